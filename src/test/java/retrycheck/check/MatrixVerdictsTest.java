package retrycheck.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verdict matrix on the embedded explorer: v5.7 keeps the retry protocol's safety invariants on every arch and
 * scenario; v5.6 breaks FLAGS wherever the arch set TRIED and cleared ALLOW_RETRY; the results are deterministic;
 * partial-order reduction reaches the verdicts of the full search.
 */
@Timeout(120)
class MatrixVerdictsTest {
    private static final Explorer.Options OPTIONS = Explorer.Options.defaults();
    private static final int WORKERS = Math.max(2, java.lang.Runtime.getRuntime().availableProcessors());
    private static final List<String> SAFETY = List.of("FLAGS", "DROP", "SIGNAL", "LOCK", "DEADLOCK");
    /** v5.6 cleared ALLOW_RETRY without setting TRIED on these: no forbidden combination (kernel-facts.md §4). */
    private static final Set<String> NO_TRIED_56 = Set.of("alpha", "parisc", "unicore32");
    /**
     * What model v2's new scenarios found in v5.7 (spec/requirements.md, "Findings of model v2"): sh's
     * mm_fault_error() releases mmap_sem (arch/sh/mm/fault.c:312-313, v5.7.14) and then calls do_sigbus(), which
     * releases it again (:288), for every VM_FAULT_SIGBUS: a read that fails and a page beyond EOF. v5.6.4's
     * mm_fault_error() had no up_read before do_sigbus() (:313-333), so v5.6 sh passes LOCK there.
     */
    private static final Set<String> V57_LOCK_FINDINGS = Set.of("sh v5.7 filemap-read-error", "sh v5.7 filemap-eof");
    /**
     * s390-gmap never applies its v5.6 flags change: the first VM_FAULT_RETRY of a RETRY_NOWAIT attempt ends the fault
     * with VM_FAULT_PFAULT (arch/s390/mm/fault.c v5.6.4 lines 509-516), so no attempt runs with TRIED (spec/arch-findings.md).
     */
    private static final Set<String> NO_RETRY_56 = Set.of("s390-gmap");

    private static List<CheckSpec> specs(List<FaultHandler> handlers, Variant v, List<Scenario> scenarios, List<Property> props) {
        List<CheckSpec> specs = new ArrayList<>();
        for (FaultHandler h : handlers) {
            if (!h.declares(v)) continue;                             // an arch that joins in a later release (loongarch)
            for (Scenario s : scenarios)
                specs.add(new CheckSpec(h, v, s, props, KernelOps.DEFAULT));
        }
        return specs;
    }

    private static List<CheckResult> run(List<CheckSpec> specs, Explorer.Options o, int workers) throws InterruptedException {
        return MatrixRunner.run(specs, o, workers, line -> { });
    }

    @Test
    void v57KeepsTheSafetyInvariantsEverywhere() throws InterruptedException {
        List<CheckSpec> specs = specs(Handlers.patch(), Variant.V5_7, Scenarios.ALL, Invariants.ALL);
        assertEquals(26, Handlers.patch().size());   // 23 arches, s390-gmap, gup, fixup
        assertEquals(26 * Scenarios.ALL.size(), specs.size());
        List<CheckResult> results = run(specs, OPTIONS, WORKERS);
        assertEquals(specs.size(), results.size());
        int found = 0;
        for (int i = 0; i < specs.size(); i++) {
            CheckResult r = results.get(i);
            assertEquals(specs.get(i), r.spec, "results come back in the order of the specs");
            assertTrue(r.stats.complete(), r.spec.label() + ": " + r.incompleteReason);
            assertEquals("", r.error, r.spec.label());
            assertTrue(r.stats.executions >= 1, r.spec.label());
            for (String id : SAFETY) {
                if (id.equals("LOCK") && V57_LOCK_FINDINGS.contains(r.spec.label())) {
                    assertEquals(Verdict.FAIL, r.verdicts.get(id), r.spec.label() + " " + id);
                    assertTrue(r.traces.get(id).explanation().contains("up_read(mmap_sem) by fault, which does not hold it"),
                            r.traces.get(id).explanation());
                    found++;
                    continue;
                }
                assertEquals(Verdict.PASS, r.verdicts.get(id), r.spec.label() + " " + id);
                assertFalse(r.traces.containsKey(id));
            }
            // TERMINATION is PASS or FAIL (with a trace), never INCOMPLETE or ERROR
            Verdict t = r.verdicts.get("TERMINATION");
            assertTrue(t == Verdict.PASS || (t == Verdict.FAIL && r.traces.containsKey("TERMINATION")), r.spec.label() + " " + t);
        }
        assertEquals(V57_LOCK_FINDINGS.size(), found, "each v5.7 finding is still found");
    }

    @Test
    void v56BreaksFlagsExceptOnAlphaPariscUnicore32() throws InterruptedException {
        List<CheckSpec> specs = specs(Handlers.patch(), Variant.V5_6, List.of(Scenarios.byId("filemap-io")), List.of(Invariants.FLAGS));
        List<CheckResult> results = run(specs, OPTIONS, WORKERS);
        for (CheckResult r : results) {
            String name = r.spec.handler().name();
            assertTrue(r.stats.complete(), r.spec.label());
            if (NO_TRIED_56.contains(name) || NO_RETRY_56.contains(name)) {
                assertEquals(Verdict.PASS, r.verdicts.get("FLAGS"), name);
                assertTrue(r.traces.isEmpty(), name);
                continue;
            }
            assertEquals(Verdict.FAIL, r.verdicts.get("FLAGS"), name);
            Trace t = r.traces.get("FLAGS");
            assertTrue(t != null && !t.schedule().isEmpty() && !t.steps().isEmpty(), name);
            assertEquals("FLAGS", t.invariant());
            assertEquals(name, t.handler());
            assertEquals("v5.6", t.variant());
            assertEquals("filemap-io", t.scenario());
            // the violation is a handle_mm_fault() entry with TRIED and without ALLOW_RETRY
            TraceStep v = t.steps().stream().filter(s -> s.n() == t.violationStep()).findFirst().orElseThrow();
            assertEquals("ATTEMPT_BEGIN", v.op(), name + " " + v);
            TraceStep prev = t.steps().stream().filter(s -> s.op().equals("ATTEMPT_BEGIN") && s.n() < v.n()).findFirst().orElseThrow();
            assertTrue(prev.n() < v.n(), "an earlier attempt returned VM_FAULT_RETRY first");
            assertTrue(t.explanation().contains("TRIED"), t.explanation());
        }
        assertEquals(26 - 4, results.stream().filter(r -> r.verdicts.get("FLAGS") == Verdict.FAIL).count());
    }

    @Test
    void v56FlagsFailureUsesTheForbiddenFlags() throws InterruptedException {
        // the schedule replays to a state where the attempt's flags are forbidden
        List<CheckSpec> specs = specs(List.of(Handlers.byName("x86"), Handlers.byName("gup")), Variant.V5_6,
                List.of(Scenarios.byId("filemap-io")), List.of(Invariants.FLAGS));
        for (CheckResult r : run(specs, OPTIONS, 1)) {
            Trace t = r.traces.get("FLAGS");
            TraceStep v = t.steps().stream().filter(s -> s.n() == t.violationStep()).findFirst().orElseThrow();
            String flags = v.flagsAfter().isEmpty() ? v.result() : v.flagsAfter();
            String names = flags.replaceAll(" \\(0x[0-9a-f]+\\)", "");
            assertTrue(FaultFlags.isForbidden(FaultFlags.parse(names)), r.spec.label() + ": " + v);
        }
    }

    /** The same checks twice, on different numbers of workers: the same verdicts, counts and counterexamples. */
    @Test
    void resultsAreDeterministic() throws InterruptedException {
        List<Scenario> scs = List.of(Scenarios.byId("filemap-io"), Scenarios.byId("filemap-writer"),
                Scenarios.byId("swap-io"), Scenarios.byId("uffd-kernel"), Scenarios.byId("filemap-io-kernel"));
        List<CheckSpec> specs = new ArrayList<>(specs(Handlers.patch(), Variant.V5_6, scs, Invariants.ALL));
        List<CheckResult> a = run(specs, OPTIONS, WORKERS);
        List<CheckResult> b = run(specs, OPTIONS, WORKERS + 1);
        int traces = 0;
        for (int i = 0; i < specs.size(); i++) {
            CheckResult x = a.get(i), y = b.get(i);
            String l = x.spec.label();
            assertEquals(x.verdicts, y.verdicts, l);
            assertEquals(x.stats.executions, y.stats.executions, l);
            assertEquals(x.stats.pruned, y.stats.pruned, l);
            assertEquals(x.stats.steps, y.stats.steps, l);
            assertEquals(x.stats.maxDepth, y.stats.maxDepth, l);
            assertEquals(x.stats.cyclesCut, y.stats.cyclesCut, l);
            assertEquals(x.traces.keySet(), y.traces.keySet(), l);
            for (String id : x.traces.keySet()) {
                assertEquals(x.traces.get(id).schedule(), y.traces.get(id).schedule(), l + " " + id);
                assertEquals(x.traces.get(id).steps(), y.traces.get(id).steps(), l + " " + id);
                traces++;
            }
        }
        assertTrue(traces > 50, "the comparison covers many counterexamples: " + traces);
    }

    /** Partial-order reduction and the cycle cut must not change a verdict: compare with every interleaving. */
    @Test
    void porReachesTheVerdictsOfTheFullSearch() throws InterruptedException {
        List<CheckSpec> specs = new ArrayList<>();
        for (Variant v : Variant.PATCH) {
            specs.addAll(specs(List.of(Handlers.byName("x86"), Handlers.byName("gup"), Handlers.byName("alpha")), v,
                    List.of(Scenarios.byId("filemap-io"), Scenarios.byId("filemap-io-kernel"), Scenarios.byId("swap-io"),
                            Scenarios.byId("filemap-stall-kernel")), Invariants.ALL));
        }
        List<CheckResult> por = run(specs, OPTIONS, WORKERS);
        List<CheckResult> full = run(specs, new Explorer.Options(100_000, 400, false), WORKERS);
        for (int i = 0; i < specs.size(); i++) {
            assertEquals(full.get(i).verdicts, por.get(i).verdicts, specs.get(i).label());
            assertTrue(full.get(i).stats.complete(), specs.get(i).label());
            assertTrue(por.get(i).stats.executions <= full.get(i).stats.executions, specs.get(i).label());
        }
    }
}
