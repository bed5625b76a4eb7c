package retrycheck.kernel.arch;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Properties;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.trace.TextTrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s390's rewritten v6.8.0 do_exception() (S390.doException68, spec/releases.md §8.6): the handler is declared for v6.8,
 * its verdicts are the v6.8 VMA-lock arches', and its traces cite 6.8.0's lines, not the v6.5 loop's.
 */
class S390V68Test {
    static CheckResult run(String handler, Variant v, String scenario) {
        FaultHandler h = Handlers.byName(handler);
        try (Checker c = new Checker()) {
            return c.run(new CheckSpec(h, v, Scenarios.byId(scenario), Properties.ALL, KernelOps.DEFAULT), Explorer.Options.defaults());
        }
    }

    @Test
    void s390AndS390GmapDeclareV68() {
        assertTrue(Handlers.byName("s390").declares(Variant.V6_8));
        assertTrue(Handlers.byName("s390-gmap").declares(Variant.V6_8));
    }

    @Test
    void theV65SwapInLockFailureIsGoneInV68() {
        assertEquals(Verdict.FAIL, run("s390", Variant.V6_5, "swap-io").verdicts.get("LOCK"), "6.5: vma_end_read() after RETRY");
        CheckResult r = run("s390", Variant.V6_8, "swap-io");
        assertEquals(Verdict.PASS, r.verdicts.get("LOCK"), r.verdicts.toString());
        assertEquals(Verdict.PASS, r.verdicts.get("TERMINATION"), r.verdicts.toString());
    }

    /**
     * The rewritten exits reached, as "violations" of an observer: the VM_FAULT_ERROR exit's own unlock (:391, not the
     * normal exit's :420 as up to v6.5's out_up), and the guest pfault exit's handle_fault_error(regs, 0) in user mode,
     * whose WARN_ON_ONCE(!si_code) (:235) up to v6.5 was VM_FAULT_PFAULT -> do_no_context().
     */
    static retrycheck.check.Property cites(String id, int line) {
        return retrycheck.check.CitesObserver.cites(id, src -> src.file().equals("arch/s390/mm/fault.c") && src.line() == line
                && src.release().equals(retrycheck.runtime.Src.V6_8_0));
    }

    @Test
    void theErrorExitAndThePfaultExitAreV68s() {
        try (Checker c = new Checker()) {
            CheckResult err = c.run(new CheckSpec(Handlers.byName("s390"), Variant.V6_8, Scenarios.byId("filemap-read-error"),
                    java.util.List.of(cites("ERROR_UNLOCK_391", 391)), KernelOps.DEFAULT), Explorer.Options.defaults());
            assertEquals(Verdict.FAIL, err.verdicts.get("ERROR_UNLOCK_391"), "a SIGBUS from the core: mmap_read_unlock(mm); goto error;");
            java.util.List<String> warned = new java.util.ArrayList<>();
            for (retrycheck.check.Scenario sc : Scenarios.ALL) {
                if (sc.path().absentFrom(Variant.V6_8) != null) continue;   // uffd-wp-swap: 5.7.14 only
                CheckResult r = c.run(new CheckSpec(Handlers.byName("s390-gmap"), Variant.V6_8, sc,
                        java.util.List.of(cites("WARN_235", 235)), KernelOps.DEFAULT), Explorer.Options.defaults());
                if (r.verdicts.get("WARN_235") == Verdict.FAIL) warned.add(sc.id());
            }
            System.out.println("s390-gmap v6.8, user-mode pfault exit reached in: " + warned);
            assertTrue(!warned.isEmpty(), "no scenario reaches the user-mode pfault exit's WARN_ON_ONCE(!si_code)");
            for (String id : warned) {
                assertTrue(Scenarios.byId(id).userMode(), id + ": the WARN is handle_fault_error_nolock()'s user-mode branch");
                CheckResult v65 = c.run(new CheckSpec(Handlers.byName("s390-gmap"), Variant.V6_5, Scenarios.byId(id),
                        java.util.List.of(cites("WARN_235", 235)), KernelOps.DEFAULT), Explorer.Options.defaults());
                assertEquals(Verdict.PASS, v65.verdicts.get("WARN_235"), id + ": v6.5 has no such line");
            }
        }
    }

    @Test
    void aV68TraceWalksTheRewrittenDoException() {
        CheckResult r = run("s390", Variant.V6_8, "filemap-relock");
        assertEquals(Verdict.FAIL, r.verdicts.get("TERMINATION"), "the VMA-lock attempt counts as an attempt (§8.5)");
        String text = TextTrace.render(r.traces.get("TERMINATION"), false);
        assertTrue(text.contains("v6.8.0 arch/s390/mm/fault.c:348 do_exception()"), text);   // lock_mmap: mmap_read_lock(mm);
        assertTrue(!text.contains("v6.5.0 arch/s390/mm/fault.c"), text);
    }
}
