package retrycheck.check;

import retrycheck.explore.Finding;
import retrycheck.explore.Target;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Runtime;

import java.util.ArrayList;
import java.util.List;

/** A check as an explorer target: the scenario's threads with a fresh monitor per property per execution. */
public final class CheckTarget implements Target {
    private final CheckSpec spec;

    public CheckTarget(CheckSpec spec) { this.spec = spec; }

    @Override public Instance instantiate(Runtime rt) {
        List<Finding> findings = new ArrayList<>();
        CheckContext ctx = new CheckContext(spec.handler().name(), spec.variant(), spec.scenario());
        Scenario.Built built = spec.scenario().build(rt, spec.handler(), spec.variant(), spec.ops());
        for (Property p : spec.properties()) {
            Monitor m = p.newMonitor(ctx);
            m.attach(findings);
            rt.addListener(m);
        }
        List<ModelThread> threads = built.threads();
        return new Instance() {
            @Override public List<ModelThread> threads() { return threads; }
            @Override public List<Finding> findings() { return findings; }
        };
    }
}
