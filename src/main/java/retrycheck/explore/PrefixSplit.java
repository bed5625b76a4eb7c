package retrycheck.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One search on several workers, split by schedule prefix. The root of the search tree is expanded fully: every
 * thread t enabled at the start is one unit of work, the subtree of executions that begin with t, searched with
 * the threads below t asleep at the root (so a trace is explored in the subtree of its lowest-numbered thread
 * that can go first, and in no other). Each unit is an ordinary search that never branches at the root (races
 * reversed there are already covered by the full expansion); units share nothing but the execution budget and are
 * merged in thread order, so the verdicts, the findings (delivered in unit order) and the counts do not depend
 * on how many workers run them or in which order they finish ({@link Explorer#exploreSplit} with 1 worker runs
 * the same units one after another). It is source-DPOR (or no reduction) in each unit: the full root expansion is
 * a larger backtrack set at the root, which source-DPOR allows, and it may add sleep-set-blocked executions over
 * the plain search. Optimal DPOR cannot be split this way: its insertion check trusts every sleeping thread to
 * have explored its own subtree, which a thread asleep only because of the split has not (a test showed
 * readers(4) losing traces), so {@link Explorer.Options} refuses it.
 */
final class PrefixSplit {
    private PrefixSplit() {}

    private record Found(Finding finding, List<Integer> schedule, List<String> names) {}

    static ExploreStats explore(Target target, Explorer.Options opt, Explorer.FindingSink sink, int workers) {
        if (opt.algorithm() == Explorer.Por.OPTIMAL)
            throw new IllegalArgumentException("the prefix split needs source-DPOR or no reduction, not optimal DPOR");
        long start = System.nanoTime();
        Map<Integer, OpSig> roots;
        Explorer probe = new Explorer();
        try {
            roots = probe.enabledAtStart(target);
        } finally {
            probe.close();
        }
        List<Integer> units = new ArrayList<>(roots.keySet());
        if (units.size() < 2) {                               // nothing to split at the root: the plain search
            Explorer one = new Explorer();
            try {
                return one.explore(target, opt.withWorkers(1), sink);
            } finally {
                one.close();
            }
        }
        AtomicLong executions = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, units.size())), r -> {
            Thread t = new Thread(r, "retrycheck-split");
            t.setDaemon(true);
            return t;
        });
        List<Future<ExploreStats>> futures = new ArrayList<>();
        List<List<Found>> found = new ArrayList<>();
        try {
            for (int t : units) {
                Map<Integer, OpSig> sleep = new LinkedHashMap<>();
                for (int u : units) if (u < t) sleep.put(u, roots.get(u));
                List<Found> mine = new ArrayList<>();
                found.add(mine);
                futures.add(pool.submit(() -> {
                    Explorer ex = new Explorer();
                    try {
                        ExploreStats s = ex.explore(target, opt.withWorkers(1), (f, sch, names) -> mine.add(new Found(f, sch, names)),
                                List.of(t), start, () -> executions.get() >= opt.maxExecutions(), sleep);
                        executions.addAndGet(s.executions);
                        return s;
                    } finally {
                        ex.close();
                    }
                }));
            }
            ExploreStats all = new ExploreStats();
            TraceSet traces = new TraceSet();
            all.exhausted = true;
            for (int i = 0; i < futures.size(); i++) {
                ExploreStats s = futures.get(i).get();
                all.add(s);
                all.exhausted &= s.exhausted;
                all.hitStepBound |= s.hitStepBound;
                all.hitTimeBudget |= s.hitTimeBudget;
                if (s.traceSet != null) traces.addAll(s.traceSet);
                for (Found f : found.get(i)) sink.onFinding(f.finding(), f.schedule(), f.names());
            }
            if (!all.exhausted && !all.hitTimeBudget && !all.hitStepBound) all.hitExecutionBound = true;
            all.traces = traces.size();
            all.tracesCapped = traces.capped();
            all.traceSet = traces;
            all.wallNanos = System.nanoTime() - start;
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
