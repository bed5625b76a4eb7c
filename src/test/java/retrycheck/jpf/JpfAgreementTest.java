package retrycheck.jpf;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * For every scenario (x86, v5.6 and v5.7, all invariants) the JPF engine reaches the embedded explorer's verdicts, with
 * one stated exception ({@link #knownDifference}). Took about 20 minutes before TurnRuntime let JPF preempt a running
 * model thread between two operations; with preemption JPF explores many more interleavings, and a run on 2 shared cores
 * had not finished after more than an hour (not yet measured to completion).
 * Runs whenever jpf-core and the -Pjpf backend are on the class path; otherwise it is reported as skipped, with why.
 * Also prints the agreement table (scenario, verdicts, executions/states, wall times) to the test output.
 */
class JpfAgreementTest {
    private static JpfEngine jpf;

    private static void requireJpf() {
        String why = JpfEngine.unavailable();
        assumeTrue(why == null, () -> "SKIPPED: the JPF agreement test needs Java PathFinder: " + why
                + " Install jpf-core and run mvn -Pjpf verify (README.md, 'Java PathFinder').");
        if (jpf == null) jpf = JpfEngine.create(JpfEngine.Options.defaults());
    }

    /** Shows up as one skipped test, with the reason, when jpf-core is absent. */
    @Test void jpfCoreIsInstalled() { requireJpf(); }

    @TestFactory List<DynamicTest> embeddedAndJpfAgree() {
        requireJpf();
        List<DynamicTest> tests = new ArrayList<>();
        for (Variant v : Variant.values())
            for (Scenario s : Scenarios.ALL) {
                CheckSpec spec = new CheckSpec(Handlers.byName("x86"), v, s, Invariants.ALL, KernelOps.DEFAULT);
                tests.add(DynamicTest.dynamicTest(spec.label(), () -> agree(spec)));
            }
        return tests;
    }

    /**
     * The one difference the engines are allowed: the model has an endless loop that no SIGKILL makes unkillable (an
     * unfair schedule, e.g. ttm-fence-kernel retrying while the fence thread never runs). The embedded explorer cuts it
     * at the repeated kernel state and can still say PASS; JPF's states never repeat (the event counter grows), so its
     * search runs into the depth bound and says INCOMPLETE. A FAIL must always agree.
     */
    static boolean knownDifference(CheckResult embedded, Verdict e, JpfEngine.Result j, Verdict mine) {
        return e == Verdict.PASS && mine == Verdict.INCOMPLETE && embedded.stats.cyclesCut > 0
                && j.result().incompleteReason.contains("depth limit");
    }

    private static void agree(CheckSpec spec) {
        CheckResult embedded;
        try (Checker c = new Checker()) {
            embedded = c.run(spec, Explorer.Options.defaults());
        }
        JpfEngine.Result j = jpf.run(spec);
        System.out.printf("AGREEMENT %-28s embedded %-60s %6d executions %6d ms | jpf %-60s %7d states %6d ms%n",
                spec.label(), embedded.verdicts, embedded.stats.executions, embedded.stats.wallNanos / 1_000_000,
                j.result().verdicts, j.jpf().newStates(), j.jpf().wallNanos() / 1_000_000);
        for (var e : embedded.verdicts.entrySet()) {
            Verdict mine = j.result().verdicts.get(e.getKey());
            if (knownDifference(embedded, e.getValue(), j, mine)) {
                System.out.printf("KNOWN DIFFERENCE %s %s: embedded PASS after cutting %d cycle(s); JPF INCOMPLETE (%s)%n",
                        spec.label(), e.getKey(), embedded.stats.cyclesCut, j.result().incompleteReason);
                continue;
            }
            assertEquals(e.getValue(), mine, spec.label() + " " + e.getKey() + ": embedded " + e.getValue() + ", JPF " + mine
                    + (j.result().incompleteReason.isEmpty() ? "" : " (" + j.result().incompleteReason + ")")
                    + (j.result().error.isEmpty() ? "" : " (" + j.result().error + ")"));
        }
    }
}
