package retrycheck.trace;

import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.explore.Explorer;
import retrycheck.explore.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a trace's schedule while the same invariant stays violated (spec/trace-format.md, "Minimization"):
 * first the choices after the violation are cut, then, greedily and one at a time from the end, each choice of an
 * environment thread (every thread but #0, the faulting thread) is dropped, keeping a removal when the shorter
 * schedule still replays (every choice names an enabled thread) and still violates the invariant. Dropping a
 * choice means that thread runs later or never. Repeats until no single removal is kept (1-minimal in environment
 * choices). The result is re-recorded from the model, so its steps, violation step and explanation are exact.
 */
public final class TraceMinimizer {
    private TraceMinimizer() {}

    /** The minimized trace and what it took. */
    public record Outcome(Trace trace, int removed, int replays) {}

    public static Outcome minimize(Trace t) {
        return minimize(t, Replayer.specFor(t));
    }

    public static Outcome minimize(Trace t, CheckSpec spec) {
        Explorer explorer = new Explorer();
        try {
            int[] replays = {0};
            List<Integer> current = new ArrayList<>(t.schedule());
            Replayer.Run run = Replayer.run(explorer, spec, current);
            replays[0]++;
            if (run.diverged() != null || run.finding(t.invariant()) == null)
                throw new IllegalArgumentException("cannot minimize: the trace's schedule does not violate " + t.invariant()
                        + " on this model (" + (run.diverged() != null ? "diverged at " + run.diverged() : "no violation")
                        + "); run 'replay' for details");
            run = cut(explorer, spec, current, run, t.invariant(), replays);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = current.size() - 1; i >= 0; i--) {
                    if (i >= current.size() || current.get(i) == 0) continue;
                    List<Integer> candidate = new ArrayList<>(current);
                    candidate.remove(i);
                    Replayer.Run r = Replayer.run(explorer, spec, candidate);
                    replays[0]++;
                    if (r.diverged() != null || r.finding(t.invariant()) == null) continue;
                    current = candidate;
                    run = cut(explorer, spec, current, r, t.invariant(), replays);
                    changed = true;
                }
            }
            return new Outcome(record(t, current, run), t.schedule().size() - current.size(), replays[0]);
        } finally {
            explorer.close();
        }
    }

    /** Drops the choices made after the violating step, if the violation still happens without them. */
    private static Replayer.Run cut(Explorer explorer, CheckSpec spec, List<Integer> schedule, Replayer.Run run,
                                    String invariant, int[] replays) {
        Finding f = run.finding(invariant);
        int ops = 0;
        for (TraceStep s : run.steps()) if (s.n() <= f.step() && s.kind().equals("op")) ops++;
        if (ops >= schedule.size()) return run;
        List<Integer> prefix = new ArrayList<>(schedule.subList(0, ops));
        Replayer.Run r = Replayer.run(explorer, spec, prefix);
        replays[0]++;
        if (r.diverged() != null || r.finding(invariant) == null) return run;
        schedule.subList(ops, schedule.size()).clear();
        return r;
    }

    /** A trace with {@code t}'s identity, re-recorded from a run of {@code schedule}. */
    static Trace record(Trace t, List<Integer> schedule, Replayer.Run run) {
        Finding f = run.finding(t.invariant());
        return new Trace(Trace.FORMAT, Checker.MODEL_VERSION, t.engine(), t.handler(), t.variant(), t.scenario(),
                f.invariant(), f.message(), f.step(), run.threads(), List.copyOf(schedule), run.steps());
    }

    /** Records the trace of an arbitrary schedule for {@code t}'s check (tests, tools); fails if it does not violate. */
    public static Trace recordSchedule(Trace t, List<Integer> schedule) {
        Explorer explorer = new Explorer();
        try {
            Replayer.Run run = Replayer.run(explorer, Replayer.specFor(t), schedule);
            if (run.diverged() != null) throw new IllegalArgumentException("schedule diverged at " + run.diverged());
            if (run.finding(t.invariant()) == null) throw new IllegalArgumentException("schedule does not violate " + t.invariant());
            return record(t, schedule, run);
        } finally {
            explorer.close();
        }
    }
}
