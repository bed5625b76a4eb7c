package retrycheck.trace;

import retrycheck.check.CheckSpec;
import retrycheck.check.CheckTarget;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.explore.Finding;
import retrycheck.explore.Target;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-executes a trace's schedule on the model and compares what happens with what the trace says
 * (spec/trace-format.md, "Replay"): reproduced means every recorded step happened again (thread, kind, operation,
 * object, result, flags, mmap_sem, page lock, signals, handler result) and the same invariant was violated at the
 * same step; otherwise the result names the first difference.
 */
public final class Replayer {
    private Replayer() {}

    /** The verdict of a replay; {@code divergedAt} is the first step that differs, 0 if none or not a step. */
    public record Result(boolean reproduced, String message, int divergedAt) {
        public Result(boolean reproduced, String message) { this(reproduced, message, 0); }
    }

    /** What one execution of a schedule did. {@code diverged} is null when every choice could be made. */
    public record Run(String diverged, List<String> threads, List<TraceStep> steps, List<Finding> findings) {
        /** The first finding of {@code invariant}, or null. */
        public Finding finding(String invariant) {
            for (Finding f : findings) if (f.invariant().equals(invariant)) return f;
            return null;
        }
    }

    /**
     * The check a trace was recorded for, with only its violated invariant monitored. Refuses a trace of another
     * model version, or naming a handler, scenario or invariant this model does not have.
     */
    public static CheckSpec specFor(Trace t) {
        if (!Checker.MODEL_VERSION.equals(t.modelVersion()))
            throw new IllegalArgumentException("trace was recorded by model version '" + t.modelVersion()
                    + "', this is '" + Checker.MODEL_VERSION + "': schedules of another model version do not replay;"
                    + " re-run 'check' to get a current trace");
        try {
            return new CheckSpec(Handlers.byName(t.handler()), Variant.parse(t.variant()),
                    Scenarios.byId(t.scenario()), List.of(retrycheck.check.Properties.byId(t.invariant())), KernelOps.DEFAULT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trace names something this model does not have: " + e.getMessage());
        }
    }

    public static Result replay(Trace t) {
        return replay(t, specFor(t));
    }

    /** Replays against an explicit spec (for mutants and user handlers). */
    public static Result replay(Trace t, CheckSpec spec) {
        Explorer explorer = new Explorer();
        try {
            return compare(t, run(explorer, spec, t.schedule()));
        } finally {
            explorer.close();
        }
    }

    /** Executes {@code schedule} on a fresh instance of {@code spec}, recording steps and findings. */
    public static Run run(Explorer explorer, CheckSpec spec, List<Integer> schedule) {
        CheckTarget target = new CheckTarget(spec);
        TraceRecorder rec = new TraceRecorder();
        List<Target.Instance> built = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        String diverged = explorer.replay(rt -> {
            Target.Instance inner = target.instantiate(rt);
            built.add(inner);
            // snapshot the findings after every event, so nothing the teardown might add is counted
            rt.addListener(e -> { found.clear(); found.addAll(inner.findings()); });
            return new Target.Instance() {
                @Override public List<ModelThread> threads() { return inner.threads(); }
                @Override public List<Finding> findings() { return inner.findings(); }
                @Override public boolean isLoopHead(Event e) { return inner.isLoopHead(e); }
            };
        }, schedule, rec::onEvent);
        List<String> names = built.isEmpty() ? List.of() : built.get(0).threads().stream().map(ModelThread::name).toList();
        return new Run(diverged, names, rec.steps(), List.copyOf(found));
    }

    /** Compares a run of the trace's schedule with the trace. */
    public static Result compare(Trace t, Run r) {
        if (!r.threads().equals(t.threads()))
            return new Result(false, "diverged before step 1: the scenario now has threads " + r.threads()
                    + ", the trace has " + t.threads(), 0);
        for (int i = 0; i < Math.min(r.steps().size(), t.steps().size()); i++) {
            TraceStep a = t.steps().get(i), b = r.steps().get(i);
            String d = difference(a, b);
            if (d != null)
                return new Result(false, "diverged at step " + a.n() + ": " + d, a.n());
        }
        if (r.diverged() != null)
            return new Result(false, "diverged: the schedule could not be followed at "
                    + r.diverged().replaceFirst("^step ", "schedule entry "), 0);
        if (r.steps().size() < t.steps().size())
            return new Result(false, "diverged at step " + (r.steps().size() + 1) + ": the model stopped after "
                    + r.steps().size() + " steps, the trace has " + t.steps().size() + " (next: "
                    + describe(t.steps().get(r.steps().size())) + ")", r.steps().size() + 1);
        if (r.steps().size() > t.steps().size())
            return new Result(false, "diverged at step " + (t.steps().size() + 1) + ": the model did "
                    + describe(r.steps().get(t.steps().size())) + " after the trace's last step " + t.steps().size(),
                    t.steps().size() + 1);
        Finding f = r.finding(t.invariant());
        if (f == null)
            return new Result(false, "diverged: all " + t.steps().size() + " steps replayed but " + t.invariant()
                    + " was not violated (the trace says step " + t.violationStep() + ")", t.violationStep());
        if (f.step() != t.violationStep())
            return new Result(false, "diverged: " + t.invariant() + " violated at step " + f.step() + ", the trace says step "
                    + t.violationStep(), Math.min(f.step(), t.violationStep()));
        return new Result(true, "reproduced: " + t.invariant() + " violated at step " + f.step() + " ("
                + describe(t.steps().get(f.step() - 1)) + "): " + f.message(), 0);
    }

    /** The first field in which two steps differ, said for a person; null if they agree. */
    static String difference(TraceStep trace, TraceStep model) {
        if (!trace.thread().equals(model.thread()) || !trace.kind().equals(model.kind()) || !trace.op().equals(model.op())
                || !trace.object().equals(model.object()))
            return "the trace has " + describe(trace) + ", the model did " + describe(model);
        String[][] fields = {
                {"result", trace.result(), model.result()},
                {"flags before", trace.flagsBefore(), model.flagsBefore()},
                {"flags after", trace.flagsAfter(), model.flagsAfter()},
                {"mmap_sem", trace.mmapSem(), model.mmapSem()},
                {"page lock", trace.pageLock(), model.pageLock()},
                {"signals", trace.signals(), model.signals()},
                {"handler result", trace.fault(), model.fault()}};
        for (String[] f : fields)
            if (!f[1].equals(f[2]))
                return describe(trace) + ": " + f[0] + " is '" + f[2] + "' on the model, '" + f[1] + "' in the trace";
        return null;
    }

    static String describe(TraceStep s) {
        return s.thread() + " " + TextTrace.operation(s) + (s.result().isEmpty() || s.result().equals("null") ? "" : " = " + s.result());
    }
}
