package retrycheck.check;

import org.junit.jupiter.api.Test;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.X86;
import retrycheck.runtime.Event;
import retrycheck.runtime.Flag;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;
import retrycheck.runtime.RwSem;
import retrycheck.runtime.Signals;
import retrycheck.runtime.SleepLock;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceStep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SLEEP on the real model: the runtime marks exactly the operations that may block, and a first attempt that waits
 * for the page holding mmap_sem (the waitHoldingMmapSem seam, mutant M20) fails SLEEP alone, with a trace that
 * shows the wait and mmap_sem still held; the kernel's own order passes.
 */
class SleepInvariantTest {

    @Test
    void runtimeMarksTheOperationsThatMayBlock() {
        MonitorRuntime rt = new MonitorRuntime(5000);
        RwSem sem = new RwSem(rt, "mmap_sem");
        SleepLock page = new SleepLock(rt, "page_lock", null);
        Flag pte = new Flag(rt, "pte", true);
        Signals sig = new Signals(rt, "signals");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        rt.addListener(e -> { if (e.note() == null) seen.put(e.op(), e.mightSleep()); });
        rt.run(List.of(new ModelThread("t", () -> {
            sem.downRead(Src.NONE);
            sem.upRead(Src.NONE);
            sem.downReadTrylock(Src.NONE);
            sem.upRead(Src.NONE);
            page.trylock("trylock_page", Src.NONE);
            page.unlock("unlock_page", Src.NONE);
            page.lock("__lock_page_killable", WaitState.KILLABLE, sig, -4, Src.NONE);
            page.unlock("unlock_page", Src.NONE);
            page.waitUnlocked("wait_on_page_locked", WaitState.UNINTERRUPTIBLE, sig, -4, Src.NONE);
            pte.get("pte_present", Src.NONE);
            pte.waitUntilSet("schedule(uffd)", WaitState.INTERRUPTIBLE, sig, -4, Src.NONE);
        })));
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("down_read", true);
        expected.put("up_read", false);
        expected.put("down_read_trylock", false);
        expected.put("trylock_page", false);
        expected.put("unlock_page", false);
        expected.put("__lock_page_killable", true);            // taken at once here, but it may sleep: might_sleep()
        expected.put("wait_on_page_locked", true);
        expected.put("pte_present", false);
        expected.put("schedule(uffd)", true);
        assertEquals(expected, seen);
        assertEquals(List.of(), rt.stuckThreads());
    }

    private static CheckResult swapIo(Variant v, boolean waitHoldingMmapSem) {
        KernelOps o = waitHoldingMmapSem
                ? KernelOps.DEFAULT.with(retrycheck.kernel.Filemap.class, retrycheck.mutants.CoreMutants.M20WaitHoldingMmapSem::new)
                : KernelOps.DEFAULT;
        try (Checker c = new Checker()) {
            return c.run(new CheckSpec(new X86(), v, Scenarios.byId("swap-io"), Invariants.ALL, o), Explorer.Options.defaults());
        }
    }

    @Test
    void firstAttemptWaitingHoldingMmapSemFailsSleepOnly() {
        CheckResult r = swapIo(Variant.V5_7, true);
        for (Property p : Invariants.ALL)
            assertEquals(p == Invariants.SLEEP ? Verdict.FAIL : Verdict.PASS, r.verdicts.get(p.id()), p.id() + " " + r.verdicts);
        Trace t = r.traces.get("SLEEP");
        TraceStep at = t.steps().get(t.violationStep() - 1);
        assertEquals("wait_on_page_locked_killable", at.op());
        assertEquals("mm/filemap.c", at.file());
        assertEquals("__lock_page_or_retry", at.function());
        assertTrue(at.mmapSem().contains("R:fault"), at.toString());
        assertTrue(at.flagsBefore().contains("ALLOW_RETRY") && !at.flagsBefore().contains("TRIED"), at.toString());
    }

    @Test
    void theKernelsOrderPassesSleepInBothVariants() {
        assertEquals(Verdict.PASS, swapIo(Variant.V5_7, false).verdicts.get("SLEEP"));
        CheckResult v56 = swapIo(Variant.V5_6, false);
        assertEquals(Verdict.PASS, v56.verdicts.get("SLEEP"), v56.verdicts.toString());
        // v5.6's __lock_page_or_retry tested flags & ALLOW_RETRY: the same wrong order fails SLEEP there too
        assertEquals(Verdict.FAIL, swapIo(Variant.V5_6, true).verdicts.get("SLEEP"));
    }

    /** The event type SLEEP reads: a note never "may sleep". */
    @Test
    void notesNeverSleep() {
        Event e = new Event(1, "fault", "ATTEMPT_BEGIN", Event.Note.ATTEMPT_BEGIN, "", Src.NONE, "filemap", 0, 0);
        assertEquals(false, e.mightSleep());
    }
}
