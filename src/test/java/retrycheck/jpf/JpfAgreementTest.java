package retrycheck.jpf;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Properties;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JPF engine reaches the embedded explorer's verdicts, every one, TERMINATION and VACUOUS included. Every check has
 * every built-in property: the seven invariants and the patch's claims ({@code Properties.ALL}, whose claims are VACUOUS
 * where their precondition never held). By default it checks a sample that covers every handler with both kernel versions
 * and every scenario: check #k is handler/version pair #(k mod 2H) (handler #i with v5.6 is pair 2i, with v5.7 2i + 1) on
 * scenario #(k mod S) of {@code Scenarios.ALL}, for k below max(2H, S) (H handlers, S scenarios; with 26 handlers and 15
 * scenarios: 52 checks, each scenario three or four times).
 * {@code -Dretrycheck.jpf.matrix=all} checks the whole matrix instead (every handler, version and scenario; see README.md,
 * 'Java PathFinder', for its running time); {@code -Dretrycheck.jpf.arch=alpha,gup} keeps only those handlers' checks.
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

    /**
     * The JPF side runs first, all checks at once, in the worker JVMs of {@code check --engine jpf --workers N}
     * ({@link JpfWorkers}; {@code -Dretrycheck.jpf.workers=N}, default 2); each dynamic test then runs the embedded engine
     * and compares.
     */
    @TestFactory List<DynamicTest> embeddedAndJpfAgree() throws InterruptedException {
        requireJpf();
        List<CheckSpec> specs = new ArrayList<>();
        String only = System.getProperty("retrycheck.jpf.arch", "");        // e.g. alpha,gup: just those handlers' checks
        for (CheckSpec spec : selection(System.getProperty("retrycheck.jpf.matrix", "sample")))
            if (only.isEmpty() || List.of(only.split(",")).contains(spec.handler().name())) specs.add(spec);
        long t0 = System.nanoTime();
        int[] done = {0};
        List<JpfEngine.Result> jpfResults = JpfWorkers.run(specs, jpf.options(), Integer.getInteger("retrycheck.jpf.workers", 2),
                JpfWorkers.timeoutMillis(), r -> System.out.printf("JPF [%d/%d] %s %s %d states %d ms%n", ++done[0], specs.size(),
                        r.result().spec.label(), r.result().verdicts, r.jpf().newStates(), r.jpf().wallNanos() / 1_000_000));
        System.out.printf("JPF: %d checks in %.1f s of wall time%n", specs.size(), (System.nanoTime() - t0) / 1e9);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            CheckSpec spec = specs.get(i);
            JpfEngine.Result j = jpfResults.get(i);
            tests.add(DynamicTest.dynamicTest(spec.label(), () -> agree(spec, j)));
        }
        return tests;
    }

    /** "sample" (every handler × version, every scenario; see the class comment) or "all" (the whole matrix). */
    static List<CheckSpec> selection(String which) {
        if (which.equals("all"))
            return CheckSpec.matrix(Handlers.patch(), Variant.PATCH, Scenarios.ALL, Properties.ALL);
        if (!which.equals("sample")) throw new IllegalArgumentException("retrycheck.jpf.matrix: 'sample' or 'all', not '" + which + "'");
        List<CheckSpec> out = new ArrayList<>();
        List<FaultHandler> handlers = Handlers.patch();   // the patch's two variants (the later releases: not sampled)
        Variant[] vs = Variant.PATCH.toArray(new Variant[0]);
        // check k: handler/version pair k mod (H*V) (pair 2i + v), scenario k mod S; max(H*V, S) checks cover both
        int pairs = handlers.size() * vs.length, n = Math.max(pairs, Scenarios.ALL.size());
        for (int k = 0; k < n; k++) {
            int pair = k % pairs;
            Scenario sc = Scenarios.ALL.get(k % Scenarios.ALL.size());
            if (sc.path().absentFrom(vs[pair % vs.length]) != null) sc = Scenarios.ALL.get(0);   // uffd-wp-swap has no v5.6: filemap-io
            out.add(new CheckSpec(handlers.get(pair / vs.length), vs[pair % vs.length], sc,
                    Properties.ALL, KernelOps.DEFAULT));
        }
        return out;
    }

    @Test void theSampleCoversEveryHandlerVersionAndScenario() {
        List<CheckSpec> sample = selection("sample");
        assertEquals(Math.max(Handlers.patch().size() * Variant.PATCH.size(), Scenarios.ALL.size()), sample.size());
        for (FaultHandler h : Handlers.patch())
            for (Variant v : Variant.PATCH)
                assertTrue(sample.stream().anyMatch(c -> c.handler().name().equals(h.name()) && c.variant() == v), h.name() + " " + v);
        for (Scenario s : Scenarios.ALL)
            assertEquals(true, sample.stream().anyMatch(c -> c.scenario() == s), s.id());
        for (CheckSpec c : sample) assertEquals(Properties.ALL, c.properties(), "every property, the claims included");
    }

    private static void agree(CheckSpec spec, JpfEngine.Result j) {
        CheckResult embedded;
        try (Checker c = new Checker()) {
            embedded = c.run(spec, Explorer.Options.defaults());
        }
        System.out.printf("AGREEMENT %-28s embedded %-60s %6d executions %6d ms | jpf %-60s %7d states %6d ms%n",
                spec.label(), embedded.verdicts, embedded.stats.executions, embedded.stats.wallNanos / 1_000_000,
                j.result().verdicts, j.jpf().newStates(), j.jpf().wallNanos() / 1_000_000);
        assertEquals(embedded.verdicts.keySet(), j.result().verdicts.keySet(), spec.label());
        for (var e : embedded.verdicts.entrySet()) {
            Verdict mine = j.result().verdicts.get(e.getKey());
            assertEquals(e.getValue(), mine, spec.label() + " " + e.getKey() + ": embedded " + e.getValue() + ", JPF " + mine
                    + (j.result().incompleteReason.isEmpty() ? "" : " (" + j.result().incompleteReason + ")")
                    + (j.result().error.isEmpty() ? "" : " (" + j.result().error + ")"));
        }
    }
}
