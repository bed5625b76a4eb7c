package retrycheck.explore;

import retrycheck.runtime.Event;
import retrycheck.runtime.EventListener;
import retrycheck.runtime.ModelThread;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The embedded exhaustive explorer: a stateless model checker in the VeriSoft/CHESS tradition. It runs
 * a {@link Target} again and again from the start, one model thread at a time, and searches the tree of
 * scheduling choices depth-first. Dynamic partial-order reduction with sleep sets (Flanagan and Godefroid,
 * POPL 2005) keeps it from exploring two orders of independent operations.
 * <p>
 * An execution ends when every thread has finished, when no live thread is enabled (a deadlock, reported
 * through an {@link Event.Note#ALL_BLOCKED} note), when a loop head repeats the kernel state of an earlier one
 * (a cycle: {@link Event.Note#STATE_REPEATED}; the continuation from that state is the one already being
 * explored from its first occurrence, so the execution is cut there), when every enabled thread sleeps
 * (pruned by the sleep sets), or when the step bound is reached (then the search is INCOMPLETE).
 */
public final class Explorer {

    /** The partial-order reduction. */
    public enum Por {
        /** Every interleaving. */
        NONE,
        /** Source-DPOR with sleep sets (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014, Algorithm 1). */
        SOURCE,
        /** Optimal DPOR with wakeup trees (same paper, Algorithm 2; JACM 64(4) 2017): one execution per trace. */
        OPTIMAL;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

        /** The reduction named {@code s} (source, optimal, none), or null. */
        public static Por parse(String s) {
            for (Por p : values()) if (p.label().equals(s)) return p;
            return null;
        }
    }

    /** The reduction used when partial-order reduction is on and none is named. */
    public static final Por DEFAULT_POR = Por.OPTIMAL;

    /**
     * @param maxExecutions     stop (INCOMPLETE) after this many executions
     * @param maxSteps          an execution longer than this is cut and the search is INCOMPLETE
     * @param algorithm         the partial-order reduction ({@link Por#NONE} explores every interleaving)
     * @param timeBudgetMillis  stop (INCOMPLETE, with the statistics so far) after this much wall time; 0: none
     * @param workers           threads that share one search, split by schedule prefix ({@link PrefixSplit}; with
     *                          source-DPOR or none only); 1: the plain search on this thread
     * @param handoff           how model threads are run and resumed ({@link Handoff}; same executions in every mode)
     * @param stepTimeoutMillis a model thread that does not reach its next operation within this many ms ends the
     *                          search (ERROR, with that reason); 0 = wait forever
     */
    public record Options(long maxExecutions, int maxSteps, Por algorithm, long timeBudgetMillis, int workers,
                          Handoff handoff, long stepTimeoutMillis) {
        /** The default step timeout: far beyond any real step (microseconds), short enough not to hang a run. */
        public static final long DEFAULT_STEP_TIMEOUT_MILLIS = 60_000;

        public Options {
            if (algorithm == null) throw new IllegalArgumentException("algorithm");
            if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
            if (workers > 1 && algorithm == Por.OPTIMAL)
                throw new IllegalArgumentException("a search split over workers needs --por source or none: optimal DPOR's"
                        + " wakeup trees and sleep sets span the whole tree");
        }

        public Options(long maxExecutions, int maxSteps, Por algorithm, long timeBudgetMillis, int workers) {
            this(maxExecutions, maxSteps, algorithm, timeBudgetMillis, workers, Handoff.configured(), DEFAULT_STEP_TIMEOUT_MILLIS);
        }

        /** @param por partial-order reduction on ({@link #DEFAULT_POR}) or off */
        public Options(long maxExecutions, int maxSteps, boolean por) {
            this(maxExecutions, maxSteps, por ? DEFAULT_POR : Por.NONE, 0, 1);
        }

        public static Options defaults() { return new Options(1_000_000, 400, true); }

        /** Partial-order reduction on. */
        public boolean por() { return algorithm != Por.NONE; }

        public Options withPor(Por p) { return new Options(maxExecutions, maxSteps, p, timeBudgetMillis, workers, handoff, stepTimeoutMillis); }

        public Options withTimeBudget(long millis) { return new Options(maxExecutions, maxSteps, algorithm, millis, workers, handoff, stepTimeoutMillis); }

        public Options withWorkers(int n) { return new Options(maxExecutions, maxSteps, algorithm, timeBudgetMillis, n, handoff, stepTimeoutMillis); }

        public Options withMaxExecutions(long n) { return new Options(n, maxSteps, algorithm, timeBudgetMillis, workers, handoff, stepTimeoutMillis); }

        public Options withHandoff(Handoff h) { return new Options(maxExecutions, maxSteps, algorithm, timeBudgetMillis, workers, h, stepTimeoutMillis); }

        public Options withStepTimeoutMillis(long ms) { return new Options(maxExecutions, maxSteps, algorithm, timeBudgetMillis, workers, handoff, ms); }
    }

    /** Receives each new finding with the schedule (thread choices) that reproduces it. */
    public interface FindingSink {
        void onFinding(Finding finding, List<Integer> schedule, List<String> threadNames);
    }

    private static final class Node {
        int chosen;
        final BitSet enabled;
        final OpSig[] pending;
        final TreeSet<Integer> backtrack = new TreeSet<>();
        final TreeSet<Integer> done = new TreeSet<>();
        final Map<Integer, OpSig> sleep;
        /** Optimal DPOR: the wakeup tree's branches at this node still to explore, leftmost first. */
        List<Wakeup.Branch> wakeup = new ArrayList<>();
        /** Optimal DPOR: the wakeup subtree below the branch being explored ({@link #chosen}). */
        List<Wakeup.Branch> childWakeup = new ArrayList<>();
        /**
         * Optimal DPOR: threads whose branch here was cut at a repeated state inside the cycle through this node.
         * Such a branch was not explored to its end, so it does not put the thread to sleep for later branches.
         */
        final BitSet cut = new BitSet();

        Node(BitSet enabled, OpSig[] pending, Map<Integer, OpSig> sleep) {
            this.enabled = enabled;
            this.pending = pending;
            this.sleep = sleep;
        }
    }

    private record Step(int tid, OpSig sig, int[] vc) {}

    private enum End { COMPLETE, DEADLOCK, CYCLE, BOUND, SLEEP_BLOCKED, CRASH }

    private final CarrierPool pool = new CarrierPool();

    /** Explores every execution of {@code target} (up to the options' bounds). */
    public ExploreStats explore(Target target, Options opt, FindingSink sink) {
        ExploreStats s = opt.workers() > 1 ? PrefixSplit.explore(target, opt, sink, opt.workers())
                : explore(target, opt, sink, List.of(), System.nanoTime(), null, Map.of());
        s.traceSet = null;                                    // the count stays; the hashes are not kept with the result
        return s;
    }

    /**
     * Explores the subtree below {@code prefix} (a schedule every execution starts with; its nodes are not
     * branched). {@code stop}, if not null, is polled between executions and ends the search (not exhausted).
     */
    ExploreStats explore(Target target, Options opt, FindingSink sink, List<Integer> prefix, long start,
                         java.util.function.BooleanSupplier stop, Map<Integer, OpSig> rootSleep) {
        ExploreStats stats = new ExploreStats();
        return pool.search(opt, stats, sink, s -> search(target, opt, s, prefix, start, stop, rootSleep, stats));   // the hand-off and step timeout
    }

    private ExploreStats search(Target target, Options opt, FindingSink sink, List<Integer> prefix, long start,
                                java.util.function.BooleanSupplier stop, Map<Integer, OpSig> rootSleep, ExploreStats stats) {
        List<Node> stack = new ArrayList<>();
        TraceSet traces = new TraceSet();
        long deadline = opt.timeBudgetMillis() > 0 ? start + opt.timeBudgetMillis() * 1_000_000L : Long.MAX_VALUE;
        try {
            while (true) {
                if (stats.executions >= opt.maxExecutions()) {
                    stats.hitExecutionBound = true;
                    break;
                }
                if (System.nanoTime() > deadline) {
                    stats.hitTimeBudget = true;
                    break;
                }
                if (stop != null && stop.getAsBoolean()) break;
                End end = runOne(target, opt, stack, sink, stats, prefix, traces, rootSleep);
                switch (end) {
                    case SLEEP_BLOCKED -> stats.pruned++;
                    case CYCLE -> { stats.executions++; stats.cyclesCut++; }
                    case BOUND -> { stats.executions++; stats.hitStepBound = true; }
                    case DEADLOCK -> { stats.executions++; stats.deadlocks++; }
                    default -> stats.executions++;
                }
                if (!backtrack(stack, opt.algorithm(), prefix.size())) {
                    stats.exhausted = true;
                    break;
                }
            }
        } finally {
            stats.wallNanos = System.nanoTime() - start;
            stats.traces = traces.size();
            stats.tracesCapped = traces.capped();
            stats.traceSet = traces;
        }
        return stats;
    }

    /** Chooses the next unexplored branch at or below depth {@code floor}; false when that tree is exhausted. */
    private static boolean backtrack(List<Node> stack, Por por, int floor) {
        for (int n = stack.size() - 1; n >= floor; n--) {
            Node node = stack.get(n);
            if (por == Por.OPTIMAL) {
                while (!node.wakeup.isEmpty()) {
                    Wakeup.Branch b = node.wakeup.remove(0);
                    if (node.done.contains(b.tid) || node.sleep.containsKey(b.tid) || !node.enabled.get(b.tid)) continue;
                    node.chosen = b.tid;
                    node.done.add(b.tid);
                    node.childWakeup = b.kids;
                    while (stack.size() > n + 1) stack.remove(stack.size() - 1);
                    return true;
                }
                continue;
            }
            for (int t : node.backtrack) {
                if (!node.done.contains(t) && !node.sleep.containsKey(t)) {
                    node.chosen = t;
                    node.done.add(t);
                    while (stack.size() > n + 1) stack.remove(stack.size() - 1);
                    return true;
                }
            }
        }
        return false;
    }

    private End runOne(Target target, Options opt, List<Node> stack, FindingSink sink, ExploreStats stats,
                       List<Integer> prefix, TraceSet traces, Map<Integer, OpSig> rootSleep) {
        ControlledRuntime rt = new ControlledRuntime(pool);
        Target.Instance inst = target.instantiate(rt);
        rt.setInstance(inst);
        List<ModelThread> threads = inst.threads();
        List<String> names = threads.stream().map(ModelThread::name).toList();
        rt.run(threads);
        int nThreads = threads.size();
        List<Step> steps = new ArrayList<>();
        List<Integer> schedule = new ArrayList<>();
        int[][] clocks = new int[nThreads][nThreads];
        int reported = 0;
        int replayDepth = stack.size();
        Por por = opt.algorithm();
        End end;
        try {
            while (true) {
                reported = report(inst, sink, schedule, names, reported);
                if (rt.crash != null) {
                    sink.onFinding(new Finding("MODEL_ERROR", rt.eventCount, "model thread " + rt.crashThread
                            + " threw " + rt.crash), List.copyOf(schedule), names);
                    end = End.CRASH;
                    break;
                }
                if (rt.cycle) {
                    // The execution is cut at a state it has been in before. Its continuation from there was never run,
                    // so the races of the threads that have not run yet were never seen: with partial-order reduction,
                    // try every enabled thread at each state of the cycle, as the full search does.
                    if (por == Por.SOURCE)
                        for (int n = rt.cycleFromDepth; n < steps.size(); n++) {
                            Node c = stack.get(n);
                            for (int t = c.enabled.nextSetBit(0); t >= 0; t = c.enabled.nextSetBit(t + 1)) c.backtrack.add(t);
                        }
                    if (por == Por.OPTIMAL)
                        for (int n = Math.max(rt.cycleFromDepth, prefix.size()); n < steps.size(); n++) {
                            Node c = stack.get(n);
                            c.cut.set(c.chosen);
                            for (int t = c.enabled.nextSetBit(0); t >= 0; t = c.enabled.nextSetBit(t + 1))
                                if (t != c.chosen) Wakeup.insert(c, List.of(new Wakeup.Entry(t, c.pending[t], new BitSet())));
                        }
                    end = End.CYCLE;
                    break;
                }
                BitSet enabled = new BitSet();
                OpSig[] pending = new OpSig[nThreads];
                boolean live = false;
                for (ControlledRuntime.Ctl c : rt.ctls) {
                    if (c.finished) continue;
                    live = true;
                    pending[c.tid] = c.sig();
                    if (c.pending.enabled()) enabled.set(c.tid);
                }
                if (!live) { end = End.COMPLETE; break; }
                int depth = steps.size();
                if (por == Por.SOURCE && depth >= replayDepth && depth >= prefix.size())
                    analyzeRaces(stack, steps, pending, clocks, depth);
                if (enabled.isEmpty()) {
                    StringBuilder who = new StringBuilder();
                    for (ControlledRuntime.Ctl c : rt.ctls)
                        if (!c.finished) who.append(who.length() == 0 ? "" : ", ").append(c.name).append(" in ").append(c.pending.name)
                                .append('(').append(c.pending.object()).append(')');
                    rt.engineNote("explorer", Event.Note.ALL_BLOCKED, who.toString());
                    report(inst, sink, schedule, names, reported);
                    if (por == Por.OPTIMAL)                      // the blocked operations' races: a reversal may unblock them
                        for (int q = 0; q < nThreads; q++)
                            if (pending[q] != null) analyzeStep(stack, steps, clocks, depth, q, pending[q], prefix.size());
                    end = End.DEADLOCK;
                    break;
                }
                if (depth >= opt.maxSteps()) { end = End.BOUND; break; }
                Node node;
                if (depth < stack.size()) {
                    node = stack.get(depth);
                    if (!enabled.get(node.chosen))
                        throw new IllegalStateException("nondeterministic target: thread " + names.get(node.chosen)
                                + " is not enabled at step " + (depth + 1) + " on re-execution");
                } else if (depth < prefix.size()) {
                    int t = prefix.get(depth);
                    if (t < 0 || t >= nThreads || !enabled.get(t))
                        throw new IllegalStateException("schedule prefix: thread #" + t + " is not enabled at step " + (depth + 1));
                    node = new Node(enabled, pending, depth == 0 && por != Por.NONE ? rootSleep : Map.of());
                    node.chosen = t;
                    node.done.add(t);
                    stack.add(node);
                } else {
                    Map<Integer, OpSig> sleep = por != Por.NONE ? childSleep(stack, depth, por) : Map.of();
                    node = new Node(enabled, pending, sleep);
                    int choice = -1;
                    if (por == Por.OPTIMAL && depth > 0) {
                        Node parent = stack.get(depth - 1);
                        List<Wakeup.Branch> w = parent.childWakeup;
                        parent.childWakeup = new ArrayList<>();
                        while (!w.isEmpty() && choice < 0) {
                            Wakeup.Branch b = w.remove(0);
                            if (enabled.get(b.tid) && !sleep.containsKey(b.tid)) { choice = b.tid; node.childWakeup = b.kids; }
                        }
                        node.wakeup = w;
                    }
                    if (choice < 0)
                        for (int t = enabled.nextSetBit(0); t >= 0; t = enabled.nextSetBit(t + 1)) {
                            if (!sleep.containsKey(t)) { choice = t; break; }
                        }
                    if (choice < 0) { end = End.SLEEP_BLOCKED; break; }
                    node.chosen = choice;
                    node.done.add(choice);
                    if (por == Por.SOURCE) node.backtrack.add(choice);
                    else if (por == Por.NONE) for (int t = enabled.nextSetBit(0); t >= 0; t = enabled.nextSetBit(t + 1)) node.backtrack.add(t);
                    stack.add(node);
                }
                int tid = node.chosen;
                OpSig sig = pending[tid];
                if (por == Por.OPTIMAL && depth >= replayDepth - 1) analyzeStep(stack, steps, clocks, depth, tid, sig, prefix.size());
                steps.add(new Step(tid, sig, clockFor(steps, clocks, tid, sig)));
                schedule.add(tid);
                stats.maxDepth = Math.max(stats.maxDepth, steps.size());
                rt.step(rt.ctls.get(tid));
            }
        } finally {
            rt.abortAll();
        }
        stats.steps += steps.size();
        if (end != End.SLEEP_BLOCKED) traces.add(canonicalHash(steps, nThreads));
        return end;
    }

    private static int report(Target.Instance inst, FindingSink sink, List<Integer> schedule, List<String> names, int reported) {
        List<Finding> fs = inst.findings();
        for (int i = reported; i < fs.size(); i++) sink.onFinding(fs.get(i), List.copyOf(schedule), names);
        return fs.size();
    }

    /** The sleep set of a new node: what slept at (or was done before at) the parent, minus what its step wakes. */
    private static Map<Integer, OpSig> childSleep(List<Node> stack, int depth, Por por) {
        if (depth == 0) return Map.of();
        Node parent = stack.get(depth - 1);
        OpSig taken = parent.pending[parent.chosen];
        Map<Integer, OpSig> sleep = new LinkedHashMap<>();
        for (Map.Entry<Integer, OpSig> e : parent.sleep.entrySet())
            if (!e.getValue().dependsOn(taken)) sleep.put(e.getKey(), e.getValue());
        for (int t : parent.done) {
            if (t == parent.chosen || por == Por.OPTIMAL && parent.cut.get(t)) continue;
            OpSig s = parent.pending[t];
            if (s != null && !s.dependsOn(taken)) sleep.put(t, s);
        }
        return sleep;
    }

    /** The vector clock of a new step by {@code tid}: after its thread's last step and every earlier dependent step. */
    private static int[] clockFor(List<Step> steps, int[][] clocks, int tid, OpSig sig) {
        int[] vc = clocks[tid].clone();
        for (Step s : steps) {
            if (s.sig.dependsOn(sig)) for (int i = 0; i < vc.length; i++) vc[i] = Math.max(vc[i], s.vc[i]);
        }
        vc[tid] = clocks[tid][tid] + 1;
        clocks[tid] = vc;
        return vc;
    }

    /**
     * The DPOR race analysis at a new state, in the manner of source-DPOR (Abdulla et al., POPL 2014): for every
     * thread q's next operation and every earlier step e of another thread that races with it (dependent and maybe
     * co-enabled, not happening before q's current point, and not happening before another such step), the other
     * order must be tried from the state before e. It is tried by one of the threads that can start the reversed
     * sequence v = (the steps after e that do not happen after e), q's operation: its initials. Taking only the last
     * dependent step and adding q itself is not enough together with sleep sets: q may sleep there while the
     * order needs another thread to move first (see ExplorerTest).
     */
    private static void analyzeRaces(List<Node> stack, List<Step> steps, OpSig[] pending, int[][] clocks, int depth) {
        for (int q = 0; q < pending.length; q++) {
            OpSig next = pending[q];
            if (next == null) continue;
            List<Step> raced = new ArrayList<>();
            for (int i = depth - 1; i >= 0; i--) {
                Step s = steps.get(i);
                if (s.tid == q || !s.sig.racesWith(next)) continue;
                if (happensBefore(s, clocks[q])) continue; // happens before q's current point: not a race
                boolean immediate = true;
                for (Step r : raced) if (happensBefore(s, r.vc)) { immediate = false; break; }
                raced.add(s);
                if (immediate) addBacktrack(stack.get(i), initials(steps, i, depth, q, next, clocks[q]), q);
            }
        }
    }

    /**
     * Optimal DPOR (Abdulla et al., POPL 2014, Algorithm 2): the races of the step q is about to take (or, at a
     * deadlock, of its blocked operation). For each earlier step e of another thread it races with immediately,
     * the reversing sequence v = notdep(e).next is inserted into the wakeup tree of the node before e, unless a
     * thread sleeping or already explored there is a weak initial of v, or the tree already has a branch that v
     * starts with (then v is redundant).
     */
    private static void analyzeStep(List<Node> stack, List<Step> steps, int[][] clocks, int depth, int q, OpSig next, int floor) {
        List<Step> raced = new ArrayList<>();
        for (int i = depth - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.tid == q || !s.sig.racesWith(next)) continue;
            if (happensBefore(s, clocks[q])) continue;
            boolean immediate = true;
            for (Step r : raced) if (happensBefore(s, r.vc)) { immediate = false; break; }
            raced.add(s);
            if (!immediate || i < floor) continue;
            Step e = steps.get(i);
            List<Step> v = new ArrayList<>();
            for (int j = i + 1; j < depth; j++) if (!happensBefore(e, steps.get(j).vc)) v.add(steps.get(j));
            List<Wakeup.Entry> seq = new ArrayList<>(v.size() + 1);
            for (int a = 0; a < v.size(); a++) {
                BitSet preds = new BitSet();
                for (int b = 0; b < a; b++) if (happensBefore(v.get(b), v.get(a).vc)) preds.set(b);
                seq.add(new Wakeup.Entry(v.get(a).tid, v.get(a).sig, preds));
            }
            BitSet last = new BitSet();
            for (int b = 0; b < v.size(); b++)
                if (happensBefore(v.get(b), clocks[q]) || v.get(b).sig.dependsOn(next)) { last.set(b); last.or(seq.get(b).preds()); }
            seq.add(new Wakeup.Entry(q, next, last));
            Wakeup.insert(stack.get(i), seq);
        }
    }

    /**
     * The trace of an execution, as a 64-bit hash of its canonical linearization (at each point the lowest
     * thread whose next step has all its happens-before predecessors taken): two executions have the same
     * canonical linearization exactly when they are one Mazurkiewicz trace.
     */
    private static long canonicalHash(List<Step> steps, int nThreads) {
        List<List<Step>> per = new ArrayList<>();
        for (int t = 0; t < nThreads; t++) per.add(new ArrayList<>());
        for (Step s : steps) per.get(s.tid).add(s);
        int[] taken = new int[nThreads];
        long h = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < steps.size(); k++) {
            int pick = -1;
            for (int t = 0; t < nThreads && pick < 0; t++) {
                if (taken[t] >= per.get(t).size()) continue;
                int[] vc = per.get(t).get(taken[t]).vc;
                boolean ready = true;
                for (int u = 0; u < nThreads && ready; u++) if (u != t && vc[u] > taken[u]) ready = false;
                if (ready) pick = t;
            }
            Step s = per.get(pick).get(taken[pick]++);
            h = (h ^ (pick * 0x100000001B3L + s.sig.name().hashCode())) * 0x5851F42D4C957F2DL;
            h ^= h >>> 29;
        }
        return h ^ steps.size();
    }

    /** Step {@code s} happens before the point whose vector clock is {@code vc}. */
    private static boolean happensBefore(Step s, int[] vc) { return s.vc[s.tid] <= vc[s.tid]; }

    /** The threads that can take the first step of v = (steps after step i that do not happen after it), then q's next operation. */
    private static TreeSet<Integer> initials(List<Step> steps, int i, int depth, int q, OpSig next, int[] qClock) {
        Step e = steps.get(i);
        List<Step> v = new ArrayList<>();
        for (int j = i + 1; j < depth; j++) if (!happensBefore(e, steps.get(j).vc)) v.add(steps.get(j));
        TreeSet<Integer> initials = new TreeSet<>();
        BitSet seen = new BitSet();
        for (int a = 0; a < v.size(); a++) {
            Step s = v.get(a);
            if (seen.get(s.tid)) continue;                   // only a thread's first step in v can be initial
            seen.set(s.tid);
            boolean first = true;
            for (int b = 0; b < a && first; b++) if (happensBefore(v.get(b), s.vc)) first = false;
            if (first) initials.add(s.tid);
        }
        if (!seen.get(q)) {
            boolean first = true;
            for (Step k : v) if (happensBefore(k, qClock) || k.sig.dependsOn(next)) { first = false; break; }
            if (first) initials.add(q);
        }
        return initials;
    }

    /** Unless an initial is already to be tried at {@code node}, adds one (q if it can), or every enabled thread if none is enabled there. */
    private static void addBacktrack(Node node, TreeSet<Integer> initials, int q) {
        for (int t : initials) if (node.backtrack.contains(t)) return;
        int pick = -1;
        if (initials.contains(q) && node.enabled.get(q) && !node.sleep.containsKey(q)) pick = q;
        if (pick < 0) for (int t : initials) if (node.enabled.get(t) && !node.sleep.containsKey(t)) { pick = t; break; }
        if (pick < 0) for (int t : initials) if (node.enabled.get(t)) { pick = t; break; }
        if (pick >= 0) node.backtrack.add(pick);
        else for (int t = node.enabled.nextSetBit(0); t >= 0; t = node.enabled.nextSetBit(t + 1)) node.backtrack.add(t);
    }

    /** Sleep set and explored threads of a node, for the wakeup-tree insertion. */
    static Map<Integer, OpSig> asleepAt(Object n) {
        Node node = (Node) n;
        Map<Integer, OpSig> m = new LinkedHashMap<>(node.sleep);
        for (int t : node.done) if (t != node.chosen && !node.cut.get(t) && node.pending[t] != null) m.put(t, node.pending[t]);
        return m;
    }

    static List<Wakeup.Branch> wakeupOf(Object n) { return ((Node) n).wakeup; }

    /**
     * Re-executes {@code schedule} exactly, with {@code listener} seeing every event (and the runtime, for
     * snapshots), then stops. Returns null if it replayed, or a description of where it diverged.
     */
    public String replay(Target target, List<Integer> schedule, ReplayListener listener) {
        ControlledRuntime rt = new ControlledRuntime(pool);
        Target.Instance inst = target.instantiate(rt);
        rt.setInstance(inst);
        rt.addListener(e -> listener.onEvent(e, rt));
        List<ModelThread> threads = inst.threads();
        rt.run(threads);
        try {
            for (int i = 0; i < schedule.size(); i++) {
                int tid = schedule.get(i);
                if (tid < 0 || tid >= rt.ctls.size())
                    return "step " + (i + 1) + ": no thread #" + tid + " (the model has " + rt.ctls.size() + " threads)";
                ControlledRuntime.Ctl c = rt.ctls.get(tid);
                if (c.finished) return "step " + (i + 1) + ": thread " + c.name + " has already finished";
                if (!c.pending.enabled())
                    return "step " + (i + 1) + ": thread " + c.name + " is blocked in " + c.pending.name;
                rt.step(c);
                if (rt.crash != null) return "step " + (i + 1) + ": thread " + rt.crashThread + " threw " + rt.crash;
            }
            // the state after the schedule: if nothing is enabled, show the deadlock as the exploration saw it
            boolean live = false, anyEnabled = false;
            StringBuilder who = new StringBuilder();
            for (ControlledRuntime.Ctl c : rt.ctls) {
                if (c.finished) continue;
                live = true;
                if (c.pending.enabled()) anyEnabled = true;
                who.append(who.length() == 0 ? "" : ", ").append(c.name).append(" in ").append(c.pending.name)
                        .append('(').append(c.pending.object()).append(')');
            }
            if (live && !anyEnabled) rt.engineNote("explorer", Event.Note.ALL_BLOCKED, who.toString());
            return null;
        } finally {
            rt.abortAll();
        }
    }

    /** Sees replayed events together with the runtime (for snapshots of the shared state). */
    public interface ReplayListener {
        void onEvent(Event e, retrycheck.runtime.Runtime rt);
    }

    /**
     * The search split by schedule prefix ({@link PrefixSplit}) on {@code workers} threads; the counts do not
     * depend on {@code workers} (1 runs the same units one after another).
     */
    public static ExploreStats exploreSplit(Target target, Options opt, FindingSink sink, int workers) {
        ExploreStats s = PrefixSplit.explore(target, opt, sink, workers);
        s.traceSet = null;
        return s;
    }

    /** The threads enabled at the start of {@code target}, with their first operations (for the prefix split). */
    Map<Integer, OpSig> enabledAtStart(Target target) {
        ControlledRuntime rt = new ControlledRuntime(pool);
        Target.Instance inst = target.instantiate(rt);
        rt.setInstance(inst);
        rt.run(inst.threads());
        try {
            Map<Integer, OpSig> m = new LinkedHashMap<>();
            for (ControlledRuntime.Ctl c : rt.ctls) if (!c.finished && c.pending.enabled()) m.put(c.tid, OpSig.of(c.pending));
            return m;
        } finally {
            rt.abortAll();
        }
    }

    /** Ends the explorer's carrier threads. */
    public void close() { pool.shutdown(); }

    /** Adapter so plain listeners can be used in {@link #replay}. */
    public static ReplayListener of(EventListener l) { return (e, rt) -> l.onEvent(e); }
}
