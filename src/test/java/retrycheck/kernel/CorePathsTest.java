package retrycheck.kernel;

import org.junit.jupiter.api.Test;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;
import retrycheck.runtime.Op;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.kernel.FaultFlags.*;

/**
 * Each core path's behaviour on a first and on a TRIED attempt (kernel-facts.md §3), run on the monitor runtime
 * with real threads: the fault thread takes mmap_sem and calls handle_mm_fault(); an environment thread completes
 * the I/O (or signals the fence, or resolves the userfault) once the fault thread has found the page busy.
 */
class CorePathsTest {
    private static final int FIRST = ALLOW_RETRY | KILLABLE | USER;
    private static final int TRIED_KILLABLE = ALLOW_RETRY | KILLABLE | TRIED | USER;
    private static final int NOWAIT = ALLOW_RETRY | RETRY_NOWAIT | USER;

    /** Who runs beside the fault thread. */
    enum Env { NONE, IO, GPU, RESOLVER }

    /** What a run left behind. */
    record Run(int fault, Kernel k, List<Event> events) {
        boolean holdsMmapSem() { return k.mm.mmapSem.heldForReadBy("fault"); }

        boolean retry() { return VmFault.isRetry(fault); }

        List<Event> faultOps(String op) {
            return events.stream().filter(e -> e.thread().equals("fault") && e.isOp(op)).toList();
        }

        /** up_read(mmap_sem) events of the fault thread, by kernel function. */
        List<String> dropsIn() {
            return faultOps("up_read").stream().map(e -> e.src().function()).toList();
        }

        String describe() {
            StringBuilder b = new StringBuilder("fault=" + VmFault.names(fault) + " holds=" + holdsMmapSem() + "\n");
            for (Event e : events) b.append("  ").append(e.thread()).append(' ').append(e.op()).append(' ')
                    .append(e.object()).append(" -> ").append(e.result()).append(" @").append(e.src()).append('\n');
            return b.toString();
        }
    }

    private static Run run(Variant v, CorePath path, int flags, Env env, boolean fatalPending, boolean nonFatalPending) {
        MonitorRuntime rt = new MonitorRuntime(5000);
        List<Event> events = new ArrayList<>();
        rt.addListener(events::add);
        Kernel k = new Kernel(rt, v, path, (flags & USER) != 0,
                path == CorePath.FILEMAP || path == CorePath.SWAP, null);   // the page is locked by "io"
        int[] result = {Integer.MIN_VALUE};
        List<ModelThread> threads = new ArrayList<>();
        threads.add(new ModelThread("fault", () -> {
            if (fatalPending) k.task.signals.send(true, Src.NONE);
            if (nonFatalPending) k.task.signals.send(false, Src.NONE);
            k.mm.mmapSem.downRead(Src.NONE);
            result[0] = k.memory().handleMmFault(k.vma(), k.access.address(), flags);
        }));
        switch (env) {
            case IO -> threads.add(new ModelThread("io", () -> {
                awaitFault(rt, events, e -> (e.isOp("trylock_page") && e.result().equals("false")));
                k.page.uptodate.set("SetPageUptodate", Src.NONE);
                k.page.lock.unlock("unlock_page", Src.NONE);
            }));
            case GPU -> threads.add(new ModelThread("gpu", () -> {
                awaitFault(rt, events, e -> e.isOp("dma_fence_is_signaled") && e.result().equals("false"));
                k.boMovingSignaled.set("dma_fence_signal", Src.NONE);
            }));
            case RESOLVER -> threads.add(new ModelThread("resolver", () -> {
                awaitFault(rt, events, e -> e.isOp("userfaultfd_must_wait"));
                k.pte.set("UFFDIO_COPY", Src.NONE);
            }));
            case NONE -> { }
        }
        rt.run(threads);
        assertEquals(List.of(), rt.stuckThreads(), "stuck threads");
        assertNull(rt.failure(), "model threw");
        assertTrue(result[0] != Integer.MIN_VALUE, "handle_mm_fault returned");
        return new Run(result[0], k, List.copyOf(events));
    }

    /** Blocks the calling environment thread until the fault thread has emitted an event matching {@code p}. */
    private static void awaitFault(MonitorRuntime rt, List<Event> events, Predicate<Event> p) {
        rt.exec(new Op<>("await(test)", Src.NONE, List.of(), List.of(),
                () -> events.stream().anyMatch(e -> e.thread().equals("fault") && p.test(e)), () -> "ok"));
    }

    private static void assertAttemptMarks(Run r, int flags, String path) {
        List<Event> begin = r.events().stream().filter(e -> e.isNote(Event.Note.ATTEMPT_BEGIN)).toList();
        List<Event> end = r.events().stream().filter(e -> e.isNote(Event.Note.ATTEMPT_END)).toList();
        assertEquals(1, begin.size());
        assertEquals(flags, begin.get(0).flags());
        assertEquals(path, begin.get(0).result());
        assertEquals(1, end.size());
        assertEquals(r.fault(), end.get(0).fault());
        assertEquals(flags, end.get(0).flags());
    }

    // filemap: lock_page_maybe_drop_mmap + maybe_unlock_mmap_for_io

    @Test
    void filemapFirstAttemptDropsAndRetries() {
        Run r = run(Variant.V5_7, CorePath.FILEMAP, FIRST, Env.IO, false, false);
        assertTrue(r.retry(), r.describe());
        assertFalse(r.holdsMmapSem(), r.describe());
        assertEquals(List.of("maybe_unlock_mmap_for_io"), r.dropsIn(), r.describe());
        assertEquals(null, r.k().page.lock.owner(), "filemap_fault unlocks the page before out_retry");
        assertFalse(r.k().pte.valueNow(), "nothing mapped yet");
        assertAttemptMarks(r, FIRST, "filemap");
    }

    @Test
    void filemapTriedAttemptWaitsHoldingMmapSem() {
        Run r = run(Variant.V5_7, CorePath.FILEMAP, TRIED_KILLABLE, Env.IO, false, false);
        assertFalse(r.retry(), r.describe());
        assertTrue(r.holdsMmapSem(), r.describe());
        assertEquals(List.of(), r.dropsIn(), r.describe());
        assertEquals(1, r.faultOps("__lock_page_killable").size(), r.describe());
        assertEquals("0", r.faultOps("__lock_page_killable").get(0).result());
        assertTrue(r.k().pte.valueNow(), "do_read_fault mapped the page");
        assertEquals(null, r.k().page.lock.owner());
        assertAttemptMarks(r, TRIED_KILLABLE, "filemap");
    }

    @Test
    void filemapRetryNowaitKeepsMmapSem() {
        Run r = run(Variant.V5_7, CorePath.FILEMAP, NOWAIT, Env.NONE, false, false);
        assertTrue(r.retry(), r.describe());
        assertTrue(r.holdsMmapSem(), "RETRY_NOWAIT: RETRY with mmap_sem still held");
        assertEquals(List.of(), r.dropsIn());
        assertEquals("io", r.k().page.lock.owner(), "never waited for the page");
    }

    @Test
    void filemapTriedKillableWithFatalSignalDropsAndRetries() {
        Run r = run(Variant.V5_7, CorePath.FILEMAP, TRIED_KILLABLE, Env.NONE, true, false);
        assertTrue(r.retry(), r.describe());
        assertFalse(r.holdsMmapSem(), r.describe());
        assertEquals(List.of("lock_page_maybe_drop_mmap"), r.dropsIn(), "dropped after the killable lock failed");
        assertEquals("-4", r.faultOps("__lock_page_killable").get(0).result(), "-EINTR");
        assertEquals("io", r.k().page.lock.owner());
    }

    // swap: lock_page_or_retry -> __lock_page_or_retry

    @Test
    void swapFirstAttemptDropsAndRetries() {
        Run r = run(Variant.V5_7, CorePath.SWAP, FIRST, Env.IO, false, false);
        assertTrue(r.retry(), r.describe());
        assertFalse(r.holdsMmapSem(), r.describe());
        assertEquals(List.of("__lock_page_or_retry"), r.dropsIn(), r.describe());
        assertEquals(1, r.faultOps("wait_on_page_locked_killable").size(), "waits without taking the lock");
        assertEquals(null, r.k().page.lock.owner());
        assertFalse(r.k().pte.valueNow());
        assertAttemptMarks(r, FIRST, "swap");
    }

    @Test
    void swapTriedAttemptTakesThePageLockHoldingMmapSem() {
        Run r = run(Variant.V5_7, CorePath.SWAP, TRIED_KILLABLE, Env.IO, false, false);
        assertFalse(r.retry(), r.describe());
        assertEquals(0, r.fault(), r.describe());
        assertTrue(r.holdsMmapSem(), r.describe());
        assertEquals(List.of(), r.dropsIn());
        assertEquals("0", r.faultOps("__lock_page_killable").get(0).result());
        assertTrue(r.k().pte.valueNow());
    }

    @Test
    void swapRetryNowaitKeepsMmapSem() {
        Run r = run(Variant.V5_7, CorePath.SWAP, NOWAIT, Env.NONE, false, false);
        assertTrue(r.retry(), r.describe());
        assertTrue(r.holdsMmapSem(), r.describe());
        assertEquals(List.of(), r.dropsIn());
    }

    @Test
    void swapTriedKillableWithFatalSignalDropsAndRetries() {
        Run r = run(Variant.V5_7, CorePath.SWAP, TRIED_KILLABLE, Env.NONE, true, false);
        assertTrue(r.retry(), r.describe());
        assertFalse(r.holdsMmapSem(), r.describe());
        assertEquals(List.of("__lock_page_or_retry"), r.dropsIn());
        assertEquals("-4", r.faultOps("__lock_page_killable").get(0).result());
    }

    @Test
    void swapTriedNotKillableIgnoresTheFatalSignal() {
        // __lock_page() sleeps uninterruptibly: with the I/O completing it takes the lock and maps the page
        Run r = run(Variant.V5_7, CorePath.SWAP, ALLOW_RETRY | TRIED, Env.IO, true, false);
        assertFalse(r.retry(), r.describe());
        assertTrue(r.holdsMmapSem());
        assertEquals(1, r.faultOps("__lock_page").size(), r.describe());
    }

    // v5.6 vs v5.7: the first-attempt test of __lock_page_or_retry and maybe_unlock_mmap_for_io

    @Test
    void v56DropsOnAllowRetryTriedWhereV57DoesNot() {
        Run v56 = run(Variant.V5_6, CorePath.SWAP, TRIED_KILLABLE, Env.IO, false, false);
        assertTrue(v56.retry(), "v5.6 tests ALLOW_RETRY only: " + v56.describe());
        assertFalse(v56.holdsMmapSem());
        assertEquals(List.of("__lock_page_or_retry"), v56.dropsIn());
        Run v57 = run(Variant.V5_7, CorePath.SWAP, TRIED_KILLABLE, Env.IO, false, false);
        assertFalse(v57.retry(), v57.describe());
        assertTrue(v57.holdsMmapSem());

        Run f56 = run(Variant.V5_6, CorePath.FILEMAP, TRIED_KILLABLE, Env.IO, false, false);
        assertTrue(f56.retry(), f56.describe());
        assertFalse(f56.holdsMmapSem());
        assertEquals(List.of("maybe_unlock_mmap_for_io"), f56.dropsIn());
    }

    @Test
    void v56FirstAttemptIsLikeV57() {
        for (CorePath p : List.of(CorePath.FILEMAP, CorePath.SWAP)) {
            Run r = run(Variant.V5_6, p, FIRST, Env.IO, false, false);
            assertTrue(r.retry(), r.describe());
            assertFalse(r.holdsMmapSem(), r.describe());
            Run n = run(Variant.V5_6, p, NOWAIT, Env.NONE, false, false);
            assertTrue(n.retry() && n.holdsMmapSem(), n.describe());
        }
    }

    // TTM

    @Test
    void ttmFirstAttemptDropsAndRetries() {
        Run r = run(Variant.V5_7, CorePath.TTM, FIRST, Env.GPU, false, false);
        assertEquals(VmFault.RETRY, r.fault(), r.describe());
        assertFalse(r.holdsMmapSem(), r.describe());
        assertEquals(List.of("ttm_bo_vm_fault_idle"), r.dropsIn());
        assertEquals(null, r.k().boResv.owner(), "the reservation is released before returning RETRY");
        assertAttemptMarks(r, FIRST, "ttm");
    }

    @Test
    void ttmTriedAttemptWithNonFatalSignalReturnsNopageHoldingMmapSem() {
        Run r = run(Variant.V5_7, CorePath.TTM, ALLOW_RETRY | KILLABLE | INTERRUPTIBLE | TRIED | USER, Env.NONE, false, true);
        assertEquals(VmFault.NOPAGE, r.fault(), r.describe());
        assertTrue(r.holdsMmapSem(), r.describe());
        assertEquals(List.of(), r.dropsIn());
        assertEquals(null, r.k().boResv.owner());
        assertFalse(r.k().pte.valueNow(), "interrupted: nothing inserted");
    }

    @Test
    void ttmTriedAttemptWaitsForTheFenceHoldingMmapSem() {
        Run r = run(Variant.V5_7, CorePath.TTM, TRIED_KILLABLE, Env.GPU, false, false);
        assertEquals(VmFault.NOPAGE, r.fault(), r.describe());
        assertTrue(r.holdsMmapSem());
        assertTrue(r.k().pte.valueNow(), "vmf_insert_mixed");
    }

    @Test
    void ttmRetryNowaitKeepsMmapSemAndTheReservation() {
        Run r = run(Variant.V5_7, CorePath.TTM, NOWAIT, Env.NONE, false, false);
        assertEquals(VmFault.RETRY, r.fault(), r.describe());
        assertTrue(r.holdsMmapSem());
        // ttm_bo_vm_fault: with RETRY_NOWAIT it falls through to dma_resv_unlock
        assertEquals(null, r.k().boResv.owner(), r.describe());
    }

    // userfaultfd

    @Test
    void uffdRetriesWithMmapSemDroppedOnEveryAttempt() {
        for (int flags : new int[] {FIRST | INTERRUPTIBLE, TRIED_KILLABLE | INTERRUPTIBLE}) {
            Run r = run(Variant.V5_7, CorePath.UFFD, flags, Env.RESOLVER, false, false);
            assertTrue(r.retry(), describe(flags) + r.describe());
            assertFalse(r.holdsMmapSem(), describe(flags) + r.describe());
            assertEquals(List.of("handle_userfault"), r.dropsIn());
            assertEquals(VmFault.RETRY | VmFault.MAJOR, r.fault(), "waited for the resolver");
            assertAttemptMarks(r, flags, "uffd");
        }
    }

    @Test
    void uffdWithoutAllowRetryIsSigbus() {
        for (int flags : new int[] {USER | KILLABLE, TRIED | KILLABLE | USER, 0}) {
            Run r = run(Variant.V5_7, CorePath.UFFD, flags, Env.NONE, false, false);
            assertEquals(VmFault.SIGBUS, r.fault(), r.describe());
            assertTrue(r.holdsMmapSem());
            assertTrue(r.events().stream().anyMatch(e -> e.isNote(Event.Note.BUG) && e.result().contains("ALLOW_RETRY missing")));
        }
    }

    @Test
    void uffdRetryNowaitKeepsMmapSem() {
        Run r = run(Variant.V5_7, CorePath.UFFD, NOWAIT, Env.NONE, false, false);
        assertEquals(VmFault.RETRY, r.fault());
        assertTrue(r.holdsMmapSem());
    }

    @Test
    void uffdWithSignalPendingDoesNotSleep() {
        Run r = run(Variant.V5_7, CorePath.UFFD, FIRST | INTERRUPTIBLE, Env.NONE, false, true);
        assertEquals(VmFault.RETRY, r.fault(), "returns at once, without VM_FAULT_MAJOR: " + r.describe());
        assertFalse(r.holdsMmapSem());
    }

    @Test
    void v56UffdRetakesMmapSemForANonFatalSignal() {
        // removed by the series: a user fault with a non-fatal signal re-took mmap_sem and faked VM_FAULT_NOPAGE
        Run r = run(Variant.V5_6, CorePath.UFFD, FIRST, Env.NONE, false, true);
        assertEquals(VmFault.NOPAGE, r.fault(), r.describe());
        assertTrue(r.holdsMmapSem(), r.describe());
        assertEquals(List.of("handle_userfault"), r.dropsIn());
        assertEquals(2, r.faultOps("down_read").size(), "the caller's, and handle_userfault's own");
        Run v57 = run(Variant.V5_7, CorePath.UFFD, FIRST | INTERRUPTIBLE, Env.NONE, false, true); // FAULT_FLAG_DEFAULT|USER
        assertEquals(VmFault.RETRY, v57.fault(), v57.describe());
        assertFalse(v57.holdsMmapSem());
    }

    @Test
    void presentPteEndsTheFaultAtOnce() {
        for (CorePath p : CorePath.values()) {
            MonitorRuntime rt = new MonitorRuntime(5000);
            Kernel k = new Kernel(rt, Variant.V5_7, p, true, false, null);
            int[] res = {-1};
            rt.run(List.of(new ModelThread("fault", () -> {
                k.pte.set("set_pte_at", Src.NONE);
                k.mm.mmapSem.downRead(Src.NONE);
                res[0] = k.memory().handleMmFault(k.vma(), k.access.address(), FIRST);
            })));
            assertEquals(0, res[0], p.id);
            assertTrue(k.mm.mmapSem.heldForReadBy("fault"));
        }
    }
}
