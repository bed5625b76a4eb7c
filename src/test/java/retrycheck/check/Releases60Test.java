package retrycheck.check;

import org.junit.jupiter.api.Test;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.runtime.Event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * v6.0 and v6.3 (spec/releases.md §5, §6): VM_FAULT_COMPLETED ends a shared-write fault in one attempt with the lock
 * released by the core and not again by the arch; the eleven ret-only arches of v6.0 send a signalled kernel-mode
 * fault to the exception fixup in v6.3; loongarch exists from v6.0 on.
 */
class Releases60Test {
    private static final Set<String> ELEVEN = Set.of("alpha", "hexagon", "ia64", "m68k", "microblaze", "nios2", "openrisc",
            "parisc", "riscv", "sparc32", "sparc64");

    /**
     * A fault whose attempt returned COMPLETED: it was a first attempt (a page found locked makes the first attempt
     * RETRY, and the TRIED one never drops the lock, so it never completes that way), no attempt follows it, and the
     * faulting thread does not up_read after it (the core released mmap_lock).
     */
    static final class OneCompletedAttempt extends Monitor {
        private final Map<String, Integer> attempts = new HashMap<>();
        private final Map<String, Boolean> completed = new HashMap<>();
        private boolean sawCompleted;

        OneCompletedAttempt() { super("ONE_COMPLETED_ATTEMPT"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.isNote(Event.Note.FAULT_BEGIN)) { attempts.put(t, 0); completed.put(t, false); }
            if (e.isNote(Event.Note.ATTEMPT_BEGIN)) {
                attempts.merge(t, 1, Integer::sum);
                if (completed.getOrDefault(t, false)) violation(e, "an attempt after COMPLETED: " + e.result());
            }
            if (e.isNote(Event.Note.ATTEMPT_END) && (e.fault() & VmFault.COMPLETED) != 0 && attempts.getOrDefault(t, 0) != 1)
                violation(e, "COMPLETED on attempt " + attempts.get(t));
            if (e.isNote(Event.Note.ATTEMPT_END) && (e.fault() & VmFault.COMPLETED) != 0) {
                completed.put(t, true);
                if (!sawCompleted) { sawCompleted = true; preconditionMet(e); }
            }
            if (e.isOp("up_read") && completed.getOrDefault(t, false))
                violation(e, "up_read(mmap_sem) by " + t + " after handle_mm_fault() returned COMPLETED: " + e.src());
        }
    }

    private static final Property ONE_COMPLETED_ATTEMPT = new Property() {
        @Override public String id() { return "ONE_COMPLETED_ATTEMPT"; }
        @Override public String description() { return "a COMPLETED attempt is the first and the last, and the arch does not up_read after it"; }
        @Override public boolean hasPrecondition() { return true; }
        @Override public Monitor newMonitor(CheckContext ctx) { return new OneCompletedAttempt(); }
    };

    private static CheckResult run(String handler, Variant v, String scenario, List<Property> props) throws InterruptedException {
        FaultHandler h = Handlers.all().stream().filter(x -> x.name().equals(handler)).findFirst().orElseThrow();
        CheckSpec spec = new CheckSpec(h, v, Scenarios.byId(scenario), props, KernelOps.DEFAULT);
        CheckResult r = MatrixRunner.run(List.of(spec), Explorer.Options.defaults(), 1, line -> { }).get(0);
        assertEquals("", r.error, spec.label());
        assertTrue(r.stats.complete(), spec.label() + ": " + r.incompleteReason);
        return r;
    }

    @Test
    void aSharedWriteCompletesInOneAttemptAndTheArchDoesNotUnlockAgain() throws InterruptedException {
        for (String arch : List.of("x86", "arm64", "powerpc", "sparc64", "s390", "sh", "um", "loongarch")) {
            CheckResult r = run(arch, Variant.V6_0, "filemap-write-shared", List.of(ONE_COMPLETED_ATTEMPT, Invariants.LOCK));
            assertEquals(Verdict.PASS, r.verdicts.get("ONE_COMPLETED_ATTEMPT"), arch + ": " + r.traces);
            // LOCK (c) no longer holds by design (spec/releases.md §9.2): COMPLETED without RETRY, the lock released.
            assertEquals(Verdict.FAIL, r.verdicts.get("LOCK"), arch);
            assertTrue(r.traces.get("LOCK").explanation().contains("returned LOCKED|COMPLETED without VM_FAULT_RETRY but mmap_sem is no longer held"),
                    arch + ": " + r.traces.get("LOCK").explanation());
        }
        // v5.7: the same fault returned VM_FAULT_RETRY and ran a second, TRIED attempt; no COMPLETED at all
        CheckResult v57 = run("x86", Variant.V5_7, "filemap-write-shared", List.of(ONE_COMPLETED_ATTEMPT));
        assertEquals(Verdict.VACUOUS, v57.verdicts.get("ONE_COMPLETED_ATTEMPT"));
    }

    @Test
    void gupAndFixupTakeTheLockAgainAfterCompleted() throws InterruptedException {
        for (Variant v : List.of(Variant.V6_0, Variant.V6_3))
            for (String h : List.of("gup", "fixup_user_fault")) {
                CheckResult r = run(h, v, "filemap-write-shared", List.of(Invariants.LOCK, Invariants.DROP, Invariants.SIGNAL));
                // the only LOCK finding is the COMPLETED return itself (rule (c), by design): no up_read of an unheld
                // lock after -EAGAIN / fixup_user_fault's re-lock, nothing held at the end
                assertEquals(Verdict.FAIL, r.verdicts.get("LOCK"), h + " " + v);
                assertTrue(r.traces.get("LOCK").explanation().contains("COMPLETED without VM_FAULT_RETRY"), h + ": " + r.traces.get("LOCK").explanation());
                assertEquals(Verdict.PASS, r.verdicts.get("DROP"), h + " " + v);
                assertEquals(Verdict.PASS, r.verdicts.get("SIGNAL"), h + " " + v);
            }
        assertEquals(retrycheck.kernel.Gup63.class, retrycheck.kernel.KernelReleases.gup(Variant.V6_3).apply(null).getClass());
        assertEquals(retrycheck.kernel.Gup60.class, retrycheck.kernel.KernelReleases.gup(Variant.V6_0).apply(null).getClass());
        // v6.3's get_user_pages_unlocked() takes mmap_lock inside __get_user_pages_locked(): every invariant holds
        CheckResult io = run("gup", Variant.V6_3, "filemap-io", Invariants.ALL);
        assertTrue(io.allPass(), io.verdicts.toString());
    }

    @Test
    void theElevenSendASignalledKernelFaultToTheFixupInV63() throws InterruptedException {
        for (Arch a : Arches.all()) {
            if (!a.existsIn(Variant.V6_3)) continue;
            RetryChoices.KernelExit before = a.choices(Variant.V6_0).kernelExit(), after = a.choices(Variant.V6_3).kernelExit();
            if (ELEVEN.contains(a.name())) {
                assertEquals(RetryChoices.KernelExit.RETURN, before, a.name() + " v6.0");
                assertEquals(RetryChoices.KernelExit.NO_CONTEXT, after, a.name() + " v6.3");
            } else {
                assertEquals(before, after, a.name());
            }
        }
        // the fixup ends the unkillable loop of a kernel-mode fault whose page never comes: TERMINATION FAIL -> PASS
        for (String arch : List.of("alpha", "sparc64")) {
            assertEquals(Verdict.FAIL, run(arch, Variant.V6_0, "filemap-stall-kernel", List.of(Invariants.TERMINATION)).verdicts.get("TERMINATION"), arch);
            assertEquals(Verdict.PASS, run(arch, Variant.V6_3, "filemap-stall-kernel", List.of(Invariants.TERMINATION)).verdicts.get("TERMINATION"), arch);
        }
    }

    @Test
    void loongarchExistsFromV60() {
        Arch loongarch = Arches.all().stream().filter(a -> a.name().equals("loongarch")).findFirst().orElseThrow();
        for (Variant v : Variant.values()) {
            assertEquals(v.atLeast(Variant.V6_0), loongarch.existsIn(v), v.label());
            if (!v.atLeast(Variant.V6_0)) assertFalse(loongarch.declares(v), v.label());
        }
        assertTrue(loongarch.declares(Variant.V6_0) && loongarch.declares(Variant.V6_3));
        assertFalse(Arches.patch().contains(loongarch));
        assertEquals(RetryChoices.Completed.RETURN, loongarch.choices(Variant.V6_0).completed());
        assertEquals(RetryChoices.KernelExit.NO_CONTEXT, loongarch.choices(Variant.V6_0).kernelExit());
    }
}
