package retrycheck.trace;

import retrycheck.check.CheckSpec;
import retrycheck.check.CheckTarget;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.kernel.CoreOverrides;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.List;

/** Re-executes a trace's schedule on the model and compares what happens with what the trace says. */
public final class Replayer {
    private Replayer() {}

    public record Result(boolean reproduced, String message) {}

    public static Result replay(Trace t) {
        if (!Checker.MODEL_VERSION.equals(t.modelVersion()))
            throw new IllegalArgumentException("trace was recorded by model version '" + t.modelVersion()
                    + "', this is '" + Checker.MODEL_VERSION + "': re-run the check to get a current trace");
        CheckSpec spec = new CheckSpec(Handlers.byName(t.handler()), Variant.parse(t.variant()),
                Scenarios.byId(t.scenario()), List.of(Invariants.byId(t.invariant())), CoreOverrides.NONE);
        return replay(t, spec);
    }

    /** Replays against an explicit spec (for mutants and user handlers). */
    public static Result replay(Trace t, CheckSpec spec) {
        CheckTarget target = new CheckTarget(spec);
        TraceRecorder rec = new TraceRecorder();
        java.util.List<retrycheck.explore.Finding> found = new java.util.ArrayList<>();
        Explorer explorer = new Explorer();
        String diverged;
        try {
            // the monitors of the target see the replay too: collect their findings through the recorder's runtime
            diverged = explorer.replay(new retrycheck.explore.Target() {
                @Override public Instance instantiate(retrycheck.runtime.Runtime rt) {
                    Instance inner = target.instantiate(rt);
                    found.clear();
                    return new Instance() {
                        @Override public List<retrycheck.runtime.ModelThread> threads() { return inner.threads(); }
                        @Override public List<retrycheck.explore.Finding> findings() {
                            return inner.findings();
                        }
                        { rt.addListener(e -> { found.clear(); found.addAll(inner.findings()); }); }
                    };
                }
            }, t.schedule(), rec::onEvent);
        } finally {
            explorer.close();
        }
        if (diverged != null) return new Result(false, "diverged at " + diverged);
        for (int i = 0; i < Math.min(rec.steps().size(), t.steps().size()); i++) {
            TraceStep a = t.steps().get(i), b = rec.steps().get(i);
            if (!a.thread().equals(b.thread()) || !a.op().equals(b.op()) || !a.result().equals(b.result()))
                return new Result(false, "diverged at step " + (i + 1) + ": trace has " + a.thread() + " " + a.op() + " = "
                        + a.result() + ", the model did " + b.thread() + " " + b.op() + " = " + b.result());
        }
        for (var f : found)
            if (f.invariant().equals(t.invariant()) && f.step() == t.violationStep())
                return new Result(true, "reproduced: " + t.invariant() + " violated at step " + f.step() + ": " + f.message());
        for (var f : found)
            if (f.invariant().equals(t.invariant()))
                return new Result(false, "diverged: " + t.invariant() + " violated at step " + f.step()
                        + ", the trace says step " + t.violationStep());
        return new Result(false, "diverged: the schedule ran to its end without violating " + t.invariant());
    }
}
