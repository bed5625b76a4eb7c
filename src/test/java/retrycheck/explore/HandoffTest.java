package retrycheck.explore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-offs (threads, park, and continuation where the JVM offers it) explore exactly the same: same counts,
 * same verdicts, same first counterexample schedules; and a model thread that never reaches its next operation
 * ends its check with the documented reason instead of hanging, in every mode.
 */
class HandoffTest {
    /** Set at the end of each test: the spinning handlers below stop spinning (and then unwind). */
    static volatile boolean stop;

    @AfterEach
    void release() { stop = true; SpinningHandler.stop = true; }

    private static List<Handoff> modes() {
        List<Handoff> ms = new ArrayList<>();
        for (Handoff h : Handoff.values()) if (h.available()) ms.add(h);
        return ms;
    }

    private static CheckSpec spec(String arch, Variant v, String scenario) {
        return new CheckSpec(Handlers.byName(arch), v, Scenarios.byId(scenario), Invariants.ALL, KernelOps.DEFAULT);
    }

    /** What a check explored and found, in a form that must be equal under every hand-off. */
    private static String summary(CheckResult r) {
        Map<String, Object> m = new TreeMap<>();
        m.put("executions", r.stats.executions);
        m.put("pruned", r.stats.pruned);
        m.put("steps", r.stats.steps);
        m.put("deadlocks", r.stats.deadlocks);
        m.put("cyclesCut", r.stats.cyclesCut);
        m.put("maxDepth", r.stats.maxDepth);
        m.put("verdicts", r.verdicts);
        r.traces.forEach((inv, t) -> m.put("trace " + inv, t.schedule() + " " + t.explanation()));
        return m.toString();
    }

    @Test
    void everyHandoffExploresTheSame() {
        List<CheckSpec> specs = List.of(
                spec("gup", Variant.V5_6, "filemap-stall-kernel"),   // DEADLOCK fails: every live thread blocked
                spec("alpha", Variant.V5_6, "uffd-kernel"),          // TERMINATION fails: a repeated state (cycle)
                spec("x86", Variant.V5_6, "filemap-io"),             // FLAGS fails on v5.6
                spec("x86", Variant.V5_7, "uffd-writer"));           // a larger search
        List<Handoff> modes = modes();
        assertTrue(modes.size() >= 2, "threads and park are always available: " + modes);
        for (CheckSpec s : specs) {
            String reference = null;
            for (Handoff h : modes) {
                String got;
                try (Checker c = new Checker()) {
                    got = summary(c.run(s, Explorer.Options.defaults().withHandoff(h)));
                }
                if (reference == null) reference = got;
                else assertEquals(reference, got, s.label() + " under " + h.id());
            }
        }
        // the specs do find what the comments say, so the comparison covers a deadlock and a cycle
        try (Checker c = new Checker()) {
            assertEquals(Verdict.FAIL, c.run(specs.get(0), Explorer.Options.defaults()).verdicts.get("DEADLOCK"));
            CheckResult cyc = c.run(specs.get(1), Explorer.Options.defaults());
            assertEquals(Verdict.FAIL, cyc.verdicts.get("TERMINATION"));
            assertTrue(cyc.stats.cyclesCut > 0);
        }
    }

    @Test
    void theDefaultIsTheFastestAvailable() {
        String chosen = System.getProperty(Handoff.PROPERTY, "auto");
        assertEquals(chosen.equals("auto") ? Handoff.best() : Handoff.parse(chosen), Explorer.Options.defaults().handoff());
        assertEquals(Continuations.AVAILABLE ? Handoff.CONTINUATION : Handoff.PARK, Handoff.best());
        assertEquals(Continuations.AVAILABLE, Continuations.UNAVAILABLE.isEmpty());
        boolean exported = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED")
                || String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                .contains("jdk.internal.vm=ALL-UNNAMED");
        if (java.lang.Runtime.version().feature() >= 21 && exported)
            assertTrue(Continuations.AVAILABLE, "JDK 21+ with jdk.internal.vm exported: " + Continuations.UNAVAILABLE);
        if (java.lang.Runtime.version().feature() < 21) assertFalse(Continuations.AVAILABLE);
    }

    /** A cell for the small programs below. */
    static final class Cell extends Shared {
        int value;

        Cell(Runtime rt, String name) { super(rt, name); }

        void write(int v) { rt.exec(Op.write("write", Src.NONE, this, () -> { value = v; return "ok"; })); }

        @Override public String state() { return Integer.toString(value); }
    }

    private static void spin() { while (!stop) Thread.onSpinWait(); }

    /** Two threads; "looper" spins in plain Java after its first write, before reaching its second. */
    private static Target looping() {
        return rt -> {
            Cell x = new Cell(rt, "x");
            Cell y = new Cell(rt, "y");
            List<ModelThread> ts = List.of(
                    new ModelThread("writer", () -> { y.write(1); y.write(2); }),
                    new ModelThread("looper", () -> { x.write(1); spin(); x.write(2); }));
            return new Target.Instance() {
                @Override public List<ModelThread> threads() { return ts; }
                @Override public List<Finding> findings() { return List.of(); }
            };
        };
    }

    @Test
    @Timeout(60)
    void aThreadThatNeverReachesItsNextOperationEndsTheSearch() {
        for (Handoff h : modes()) {
            stop = false;
            List<Finding> found = new ArrayList<>();
            List<List<Integer>> schedules = new ArrayList<>();
            Explorer ex = new Explorer();
            long t0 = System.nanoTime();
            ExploreStats st = ex.explore(looping(), Explorer.Options.defaults().withHandoff(h).withStepTimeoutMillis(300),
                    (f, s, n) -> { found.add(f); schedules.add(s); });
            double secs = (System.nanoTime() - t0) / 1e9;
            stop = true;
            assertEquals(1, found.size(), h.id() + ": " + found);
            assertEquals("MODEL_ERROR", found.get(0).invariant());
            assertEquals("thread looper did not reach its next operation within 0.3 s (a loop that never calls the runtime?)",
                    found.get(0).message(), h.id());
            // the schedule leads to the hang: the looper's first step (its write of x) is the last one taken
            List<Integer> s = schedules.get(0);
            assertEquals(1, s.get(s.size() - 1), h.id() + " " + s);
            assertFalse(st.complete(), h.id() + ": a search cut short is never complete");
            assertTrue(secs < 20, h.id() + " took " + secs + " s");
            ex.close();
        }
    }

    @Test
    @Timeout(60)
    void aThreadThatLoopsBeforeItsFirstOperationEndsTheSearch() {
        for (Handoff h : modes()) {
            stop = false;
            List<Finding> found = new ArrayList<>();
            Explorer ex = new Explorer();
            Target t = rt -> {
                Cell x = new Cell(rt, "x");
                List<ModelThread> ts = List.of(new ModelThread("early", () -> { spin(); x.write(1); }));
                return new Target.Instance() {
                    @Override public List<ModelThread> threads() { return ts; }
                    @Override public List<Finding> findings() { return List.of(); }
                };
            };
            ExploreStats st = ex.explore(t, Explorer.Options.defaults().withHandoff(h).withStepTimeoutMillis(200),
                    (f, s, n) -> found.add(f));
            stop = true;
            assertEquals(List.of("thread early did not reach its next operation within 0.2 s (a loop that never calls the runtime?)"),
                    found.stream().map(Finding::message).toList(), h.id());
            assertFalse(st.complete());
            ex.close();
        }
    }

    @Test
    @Timeout(60)
    void aLoopingHandlerIsAnErrorWithTheReason() {
        for (Handoff h : modes()) {
            SpinningHandler.stop = false;
            CheckSpec s = new CheckSpec(new SpinningHandler(), Variant.V5_7, Scenarios.byId("filemap-io"), Invariants.ALL,
                    KernelOps.DEFAULT);
            CheckResult r;
            try (Checker c = new Checker()) {
                r = c.run(s, Explorer.Options.defaults().withHandoff(h).withStepTimeoutMillis(250));
            }
            SpinningHandler.stop = true;
            assertTrue(r.error.startsWith("thread fault did not reach its next operation within 0.25 s"), h.id() + ": " + r.error);
            assertFalse(r.verdicts.isEmpty());
            for (Map.Entry<String, Verdict> e : r.verdicts.entrySet())
                assertEquals(Verdict.ERROR, e.getValue(), h.id() + " " + e.getKey());
            assertNotEquals("", r.incompleteReason);
        }
    }

    @Test
    void noTimeoutStillExploresNormally() {
        for (Handoff h : modes()) {
            Explorer ex = new Explorer();
            ExploreStats st = ex.explore(rt -> {
                Cell x = new Cell(rt, "x");
                List<ModelThread> ts = List.of(new ModelThread("a", () -> x.write(1)), new ModelThread("b", () -> x.write(2)));
                return new Target.Instance() {
                    @Override public List<ModelThread> threads() { return ts; }
                    @Override public List<Finding> findings() { return List.of(); }
                };
            }, Explorer.Options.defaults().withHandoff(h).withStepTimeoutMillis(0), (f, s, n) -> { });
            assertTrue(st.complete(), h.id());
            assertEquals(2, st.executions, h.id());
            ex.close();
        }
    }
}
