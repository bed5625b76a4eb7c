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
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JPF engine reaches the embedded explorer's verdicts, every one, TERMINATION included. By default it checks a
 * sample that covers every handler with both kernel versions and every scenario: handler #i with version #v (v5.6 = 0,
 * v5.7 = 1) is checked on scenario #((2i + v) mod 10) of {@code Scenarios.ALL}, so each scenario is checked with four
 * or five handler/version pairs (five with the 25 handlers). {@code -Dretrycheck.jpf.matrix=all} checks the whole matrix instead (every handler,
 * version and scenario; see README.md, 'Java PathFinder', for its running time); {@code -Dretrycheck.jpf.arch=alpha,gup}
 * keeps only those handlers' checks.
 * Runs whenever jpf-core and the -Pjpf backend are on the class path; otherwise it is reported as skipped, with why.
 * Also prints the agreement table (check, verdicts, executions/states, wall times) to the test output.
 */
class JpfAgreementTest {
    private static JpfEngine jpf;

    private static void requireJpf() {
        String why = JpfEngine.unavailable();
        assumeTrue(why == null, () -> "SKIPPED: the JPF agreement test needs Java PathFinder: " + why
                + " Install jpf-core and run mvn -Pjpf verify (README.md, 'Java PathFinder').");
        // the embedded engine's bound: its steps per execution are JPF's transitions per path (one per operation)
        if (jpf == null) jpf = JpfEngine.create(JpfEngine.Options.defaults()
                .bounded(Explorer.Options.defaults().maxSteps(), JpfEngine.Options.DEFAULT_MAX_STATES));
    }

    /** Shows up as one skipped test, with the reason, when jpf-core is absent. */
    @Test void jpfCoreIsInstalled() { requireJpf(); }

    @TestFactory List<DynamicTest> embeddedAndJpfAgree() {
        requireJpf();
        List<DynamicTest> tests = new ArrayList<>();
        String only = System.getProperty("retrycheck.jpf.arch", "");        // e.g. alpha,gup: just those handlers' checks
        for (CheckSpec spec : selection(System.getProperty("retrycheck.jpf.matrix", "sample")))
            if (only.isEmpty() || List.of(only.split(",")).contains(spec.handler().name()))
                tests.add(DynamicTest.dynamicTest(spec.label(), () -> agree(spec)));
        return tests;
    }

    /** The handlers of the patch's matrix: declared for v5.6 and v5.7 (not the arches that join later, such as loongarch). */
    static List<FaultHandler> patchHandlers() {
        return Handlers.all().stream().filter(h -> Variant.PATCH.stream().allMatch(h::declares)).toList();
    }

    /** "sample" (every handler × version, every scenario; see the class comment) or "all" (the whole matrix). */
    static List<CheckSpec> selection(String which) {
        if (which.equals("all")) return CheckSpec.wholeMatrix();
        if (!which.equals("sample")) throw new IllegalArgumentException("retrycheck.jpf.matrix: 'sample' or 'all', not '" + which + "'");
        List<CheckSpec> out = new ArrayList<>();
        List<FaultHandler> handlers = Handlers.patch();
        List<Variant> vs = Variant.PATCH;
        for (int i = 0; i < handlers.size(); i++)
            for (int v = 0; v < vs.size(); v++) {
                Scenario s = Scenarios.ALL.get((2 * i + v) % Scenarios.ALL.size());
                if (s.path().absentFrom(vs.get(v)) != null) s = Scenarios.ALL.get(0);   // uffd-wp-swap has no v5.6: filemap-io instead
                out.add(new CheckSpec(handlers.get(i), vs.get(v), s, Invariants.ALL, KernelOps.DEFAULT));
            }
        return out;
    }

    @Test void theSampleCoversEveryHandlerVersionAndScenario() {
        List<CheckSpec> sample = selection("sample");
        assertEquals(Handlers.patch().size() * Variant.PATCH.size(), sample.size());
        for (FaultHandler h : Handlers.patch())
            for (Variant v : Variant.PATCH)
                assertEquals(1, sample.stream().filter(c -> c.handler().name().equals(h.name()) && c.variant() == v).count());
        for (Scenario s : Scenarios.ALL)
            assertEquals(true, sample.stream().anyMatch(c -> c.scenario() == s), s.id());
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
            assertEquals(e.getValue(), mine, spec.label() + " " + e.getKey() + ": embedded " + e.getValue() + ", JPF " + mine
                    + (j.result().incompleteReason.isEmpty() ? "" : " (" + j.result().incompleteReason + ")")
                    + (j.result().error.isEmpty() ? "" : " (" + j.result().error + ")"));
        }
    }
}
