package retrycheck.check;

import retrycheck.explore.ExploreStats;
import retrycheck.explore.Explorer;
import retrycheck.explore.Finding;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceRecorder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one check on the embedded explorer: explores every execution, keeps the shortest counterexample of each
 * violated invariant (first found among equals, so the result is deterministic), replays it to a trace, and
 * turns what was explored into verdicts.
 */
public final class Checker implements AutoCloseable {
    /** Bumped whenever the model changes in a way that changes schedules; traces record it. */
    public static final String MODEL_VERSION = "retrycheck-model/2";

    private final Explorer explorer = new Explorer();

    public CheckResult run(CheckSpec spec, Explorer.Options options) {
        CheckTarget target = new CheckTarget(spec);
        Map<String, Finding> first = new HashMap<>();
        Map<String, List<Integer>> shortest = new HashMap<>();
        List<List<String>> threadNames = new java.util.ArrayList<>(List.of(List.of()));
        ExploreStats stats = explorer.explore(target, options, (f, schedule, names) -> {
            threadNames.set(0, names);
            List<Integer> best = shortest.get(f.invariant());
            if (best == null || schedule.size() < best.size()) {
                shortest.put(f.invariant(), schedule);
                first.put(f.invariant(), f);
            }
        });
        CheckResult result = new CheckResult(spec, stats);
        boolean modelError = first.containsKey("MODEL_ERROR");
        if (modelError) result.error = first.get("MODEL_ERROR").message();
        for (Property p : spec.properties()) {
            Verdict v;
            if (first.containsKey(p.id())) v = Verdict.FAIL;
            else if (modelError) v = Verdict.ERROR;
            else if (stats.complete()) v = p.hasPrecondition() && !first.containsKey(p.id() + Monitor.PRECONDITION_MET)
                    ? Verdict.VACUOUS : Verdict.PASS;
            else v = Verdict.INCOMPLETE;
            result.verdicts.put(p.id(), v);
            if (v == Verdict.FAIL)
                result.traces.put(p.id(), trace(target, spec, first.get(p.id()), shortest.get(p.id()), threadNames.get(0)));
        }
        if (!stats.complete()) result.incompleteReason = stats.incompleteReason();
        return result;
    }

    /** Replays a schedule into a trace; {@code threads} are the names the schedule's indices refer to. */
    public Trace trace(CheckTarget target, CheckSpec spec, Finding f, List<Integer> schedule, List<String> threads) {
        TraceRecorder rec = new TraceRecorder();
        String diverged = explorer.replay(target, schedule, rec::onEvent);
        if (diverged != null) throw new IllegalStateException("the counterexample did not replay: " + diverged);
        return new Trace(Trace.FORMAT, MODEL_VERSION, "embedded", spec.handler().name(), spec.variant().label(),
                spec.scenario().id(), f.invariant(), f.message(), f.step(), threads, schedule, rec.steps());
    }

    @Override public void close() { explorer.close(); }
}
