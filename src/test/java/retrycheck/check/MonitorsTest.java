package retrycheck.check;

import org.junit.jupiter.api.Test;
import retrycheck.explore.Finding;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;
import retrycheck.runtime.Event.Note;
import retrycheck.runtime.RwSem;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.kernel.FaultFlags.*;

/**
 * The seven invariant monitors on hand-made event sequences: each rule broken once is reported exactly once,
 * by its own monitor only; the legal sequences are reported by none.
 */
class MonitorsTest {
    private static final CheckContext CTX = new CheckContext("x86", Variant.V5_7, Scenarios.byId("filemap-io"));
    private static final int FIRST = ALLOW_RETRY | KILLABLE | INTERRUPTIBLE | USER;
    private static final int TRIED_ = FIRST | TRIED;
    private static final Src SRC = Src.fn("mm/filemap.c", "test");

    /** Builds an event sequence with increasing sequence numbers. */
    private static final class Seq {
        final List<Event> events = new ArrayList<>();

        private Seq add(String thread, String op, Note note, String object, String result, int flags, int fault) {
            events.add(new Event(events.size() + 1, thread, op, note, object, SRC, result, flags, fault));
            return this;
        }

        Seq op(String thread, String op, String object, String result) { return add(thread, op, null, object, result, 0, 0); }

        /** An operation that may block (lock_page, wait_on_page_locked, the uffd wait, down_read...), as the runtime marks it. */
        Seq sleep(String thread, String op, String object, String result) {
            events.add(new Event(events.size() + 1, thread, op, null, object, SRC, result, 0, 0, true));
            return this;
        }

        Seq downRead(String t) { return op(t, "down_read", "mmap_sem", "ok"); }

        Seq upRead(String t) { return op(t, "up_read", "mmap_sem", "ok"); }

        Seq kill() { return op("killer", "send_sig(SIGKILL)", "signals", "null"); }

        Seq note(String t, Note n, String result, int flags, int fault) { return add(t, n.name(), n, "", result, flags, fault); }

        Seq faultBegin(String t) { return note(t, Note.FAULT_BEGIN, "user", 0, 0); }

        Seq begin(String t, String path, int flags) { return note(t, Note.ATTEMPT_BEGIN, path, flags, 0); }

        Seq end(String t, int flags, int fault) { return note(t, Note.ATTEMPT_END, VmFault.names(fault), flags, fault); }

        Seq signalCheck(String t, boolean pending) {
            return note(t, Note.SIGNAL_CHECK, "fault_signal_pending=" + pending, 0, VmFault.RETRY);
        }

        Seq faultEnd(String t, int fault) { return note(t, Note.FAULT_END, "return", 0, fault); }

        Seq threadEnd(String t) { return note(t, Note.THREAD_END, "", 0, 0); }
    }

    private static Seq seq() { return new Seq(); }

    /** Every invariant's findings on {@code s}, by id. */
    private static Map<String, List<Finding>> run(Seq s) { return run(s, CTX); }

    private static Map<String, List<Finding>> run(Seq s, CheckContext ctx) {
        Map<String, List<Finding>> all = new LinkedHashMap<>();
        for (Property p : Invariants.ALL) {
            Monitor m = p.newMonitor(ctx);
            List<Finding> out = new ArrayList<>();
            m.attach(out);
            for (Event e : s.events) m.onEvent(e);
            assertEquals(p.id(), m.id());
            all.put(p.id(), out);
        }
        return all;
    }

    /** {@code s} breaks exactly {@code id}'s rule, once, at event {@code step}. */
    private static Finding violatesOnly(String id, int step, Seq s) { return violatesOnly(id, step, s, CTX); }

    private static Finding violatesOnly(String id, int step, Seq s, CheckContext ctx) {
        Map<String, List<Finding>> all = run(s, ctx);
        for (Map.Entry<String, List<Finding>> e : all.entrySet()) {
            if (e.getKey().equals(id)) {
                assertEquals(1, e.getValue().size(), id + ": " + e.getValue());
                Finding f = e.getValue().get(0);
                assertEquals(id, f.invariant());
                assertEquals(step, f.step(), f.toString());
                assertTrue(!f.message().isBlank());
            } else {
                assertEquals(List.of(), e.getValue(), e.getKey() + " on a sequence that breaks only " + id);
            }
        }
        return all.get(id).get(0);
    }

    private static void legal(Seq s) { legal(s, CTX); }

    private static void legal(Seq s, CheckContext ctx) {
        run(s, ctx).forEach((id, fs) -> assertEquals(List.of(), fs, id));
    }

    /** A v5.7 fault: first attempt drops and retries, the signal check, a TRIED attempt that maps the page. */
    private static Seq legalFault() {
        return seq().faultBegin("fault")
                .downRead("fault")
                .begin("fault", "filemap", FIRST)
                .op("fault", "trylock_page", "page_lock", "false")
                .upRead("fault")
                .op("io", "SetPageUptodate", "PageUptodate", "ok")
                .op("io", "unlock_page", "page_lock", "ok")
                .sleep("fault", "__lock_page_killable", "page_lock", "0")   // after the drop: SLEEP allows it
                .op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", FIRST, VmFault.RETRY)
                .signalCheck("fault", false)
                .downRead("fault")
                .begin("fault", "filemap", TRIED_)
                .op("fault", "trylock_page", "page_lock", "true")
                .op("fault", "set_pte_at", "pte", "ok")
                .op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", TRIED_, 0)
                .upRead("fault")
                .faultEnd("fault", 0)
                .threadEnd("fault")
                .threadEnd("io");
    }

    @Test
    void legalFaultViolatesNothing() {
        legal(legalFault());
    }

    @Test
    void monitorsAreIndependentOfEachOther() {
        // two monitors of one property do not share state
        Monitor a = Invariants.FLAGS.newMonitor(CTX), b = Invariants.FLAGS.newMonitor(CTX);
        List<Finding> fa = new ArrayList<>(), fb = new ArrayList<>();
        a.attach(fa);
        b.attach(fb);
        for (Event e : seq().begin("fault", "filemap", TRIED).events) a.onEvent(e);
        assertEquals(1, fa.size());
        assertEquals(0, fb.size());
        assertEquals(7, Invariants.ALL.size());
        assertEquals(List.of("FLAGS", "DROP", "SIGNAL", "LOCK", "DEADLOCK", "TERMINATION", "SLEEP"), Invariants.ids());
        assertEquals(Invariants.LOCK, Invariants.byId("lock"));
    }

    // FLAGS

    @Test
    void flagsTriedWithoutAllowRetry() {
        Seq s = seq().faultBegin("fault").downRead("fault")
                .begin("fault", "filemap", ALLOW_RETRY | KILLABLE | USER)
                .upRead("fault").end("fault", ALLOW_RETRY | KILLABLE | USER, VmFault.RETRY)
                .signalCheck("fault", false)
                .downRead("fault")
                .begin("fault", "filemap", KILLABLE | USER | TRIED)   // v5.6: flags &= ~ALLOW_RETRY; flags |= TRIED
                .op("fault", "trylock_page", "page_lock", "true")
                .op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", KILLABLE | USER | TRIED, 0)
                .begin("fault", "ttm", TRIED)                         // a second violation: still one finding
                .end("fault", TRIED, 0)
                .upRead("fault").faultEnd("fault", 0);
        Finding f = violatesOnly("FLAGS", 8, s);
        assertTrue(f.message().contains("TRIED"), f.message());
    }

    @Test
    void flagsAllowRetryWithTriedIsLegal() {
        legal(seq().downRead("fault").begin("fault", "filemap", ALLOW_RETRY | TRIED).end("fault", ALLOW_RETRY | TRIED, 0).upRead("fault"));
    }

    // DROP

    @Test
    void dropOnATriedAttempt() {
        Seq s = seq().downRead("fault")
                .begin("fault", "swap", TRIED_)
                .upRead("fault")                                      // v5.6 __lock_page_or_retry on a TRIED attempt
                .end("fault", TRIED_, VmFault.RETRY)
                .faultEnd("fault", VmFault.RETRY);
        violatesOnly("DROP", 3, s);
    }

    @Test
    void dropWithRetryNowait() {
        int f = ALLOW_RETRY | RETRY_NOWAIT;
        // RETRY with the lock released under NOWAIT is also a LOCK violation: end the attempt without RETRY instead
        Seq s = seq().downRead("gup").begin("gup", "filemap", f).upRead("gup").downRead("gup").end("gup", f, 0).upRead("gup");
        violatesOnly("DROP", 3, s);
    }

    @Test
    void dropAfterFatalSignalMustReturnRetry() {
        // a fatal signal interrupted the TRIED attempt's killable wait: giving mmap_sem up is allowed ...
        legal(seq().downRead("fault").begin("fault", "filemap", TRIED_).kill()
                .sleep("fault", "__lock_page_killable", "page_lock", "-4")
                .upRead("fault").end("fault", TRIED_, VmFault.RETRY)
                .signalCheck("fault", true).faultEnd("fault", VmFault.RETRY));
        // ... but then the attempt must return VM_FAULT_RETRY
        Seq s = seq().downRead("fault").begin("fault", "filemap", TRIED_).kill()
                .sleep("fault", "__lock_page_killable", "page_lock", "-4")
                .upRead("fault").downRead("fault")
                .end("fault", TRIED_, VmFault.SIGBUS)
                .upRead("fault").faultEnd("fault", VmFault.SIGBUS);
        violatesOnly("DROP", 7, s);
    }

    @Test
    void dropRulesThatAreLegal() {
        // first attempt
        legal(seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY));
        // handle_userfault drops on every attempt with ALLOW_RETRY, TRIED or not
        legal(seq().downRead("fault").begin("fault", "uffd", TRIED_).upRead("fault").end("fault", TRIED_, VmFault.RETRY));
        // up_read outside handle_mm_fault is the handler's business, not the core's
        legal(seq().downRead("fault").begin("fault", "filemap", TRIED_).end("fault", TRIED_, 0).upRead("fault"));
        // another thread's up_read during the attempt
        legal(seq().downRead("resolver").downRead("fault").begin("fault", "filemap", TRIED_).upRead("resolver")
                .end("fault", TRIED_, 0).upRead("fault"));
    }

    @Test
    void dropUffdWithNowaitIsStillAViolation() {
        int f = ALLOW_RETRY | RETRY_NOWAIT | TRIED;
        violatesOnly("DROP", 3, seq().downRead("fault").begin("fault", "uffd", f).upRead("fault").downRead("fault").end("fault", f, 0).upRead("fault"));
    }

    // SIGNAL

    @Test
    void signalNotCheckedBeforeTheRetry() {
        Seq s = seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .downRead("fault")
                .begin("fault", "filemap", TRIED_)
                .end("fault", TRIED_, 0).upRead("fault").faultEnd("fault", 0);
        violatesOnly("SIGNAL", 6, s);
    }

    @Test
    void signalRetriedDespiteSigkill() {
        Seq s = seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .kill()
                .signalCheck("fault", false)                          // e.g. a check that ignores SIGKILL
                .downRead("fault")
                .begin("fault", "filemap", TRIED_)
                .end("fault", TRIED_, 0).upRead("fault").faultEnd("fault", 0);
        violatesOnly("SIGNAL", 8, s);
    }

    @Test
    void signalJudgedByWhatTheCheckRead() {
        // on real threads SIGKILL can arrive between the check's read and its SIGNAL_CHECK note: the check saw none
        legal(seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .op("fault", "fatal_signal_pending", "signals", "false")
                .kill()
                .signalCheck("fault", false)
                .downRead("fault").begin("fault", "filemap", TRIED_).end("fault", TRIED_, 0).upRead("fault"));
        // the check read with SIGKILL already pending, and the loop went on anyway
        Seq s = seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .kill()
                .op("fault", "signal_pending", "signals", "true")
                .signalCheck("fault", false)
                .downRead("fault")
                .begin("fault", "filemap", TRIED_)
                .end("fault", TRIED_, 0).upRead("fault");
        violatesOnly("SIGNAL", 9, s);
        // a read inside the previous attempt does not count for this check
        Seq t = seq().downRead("fault").begin("fault", "filemap", FIRST)
                .op("fault", "fatal_signal_pending", "signals", "false")
                .upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .kill()
                .signalCheck("fault", false)
                .downRead("fault")
                .begin("fault", "filemap", TRIED_)
                .end("fault", TRIED_, 0).upRead("fault");
        violatesOnly("SIGNAL", 9, t);
    }

    @Test
    void signalRulesThatAreLegal() {
        // no RETRY: a new attempt needs no check (a re-executed instruction faults again)
        legal(seq().downRead("fault").begin("fault", "filemap", FIRST).end("fault", FIRST, 0).upRead("fault").faultEnd("fault", 0)
                .faultBegin("fault").downRead("fault").begin("fault", "filemap", FIRST).end("fault", FIRST, 0).upRead("fault"));
        // RETRY, SIGKILL pending, checked, and the loop ends
        legal(seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .kill().signalCheck("fault", true).faultEnd("fault", VmFault.RETRY));
        // SIGKILL arrives after the check: the next attempt is fine
        legal(seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .signalCheck("fault", false).kill().downRead("fault").begin("fault", "filemap", TRIED_)
                .end("fault", TRIED_, 0).upRead("fault"));
    }

    // LOCK

    @Test
    void lockUpReadOfAnUnheldLock() {
        violatesOnly("LOCK", 1, seq().op("fault", "up_read", "mmap_sem", RwSem.UNHELD));
        violatesOnly("LOCK", 1, seq().op("io", "unlock_page", "page_lock", RwSem.UNHELD));
    }

    @Test
    void lockRecursiveRead() {
        violatesOnly("LOCK", 2, seq().downRead("fault").downRead("fault").upRead("fault").upRead("fault"));
        violatesOnly("LOCK", 2, seq().downRead("fault").op("fault", "down_read_killable", "mmap_sem", "0").upRead("fault").upRead("fault"));
        // a failed trylock / killable down is not a hold
        legal(seq().downRead("fault").op("fault", "down_read_trylock", "mmap_sem", "false")
                .op("fault", "down_read_killable", "mmap_sem", "-4").upRead("fault"));
    }

    @Test
    void lockRetryWithMmapSemHeld() {
        // the TTM v5.6 shape on a TRIED attempt would not drop; here: RETRY returned but the lock is still held
        Seq s = seq().downRead("fault").begin("fault", "ttm", FIRST).end("fault", FIRST, VmFault.RETRY).upRead("fault");
        violatesOnly("LOCK", 3, s);
    }

    @Test
    void lockRetryNowaitMustKeepTheLock() {
        int f = ALLOW_RETRY | RETRY_NOWAIT;
        legal(seq().downRead("gup").begin("gup", "filemap", f).end("gup", f, VmFault.RETRY).upRead("gup"));
        // releasing under NOWAIT is also a DROP violation; use a killed wait so DROP allows it
        Seq s = seq().downRead("gup").begin("gup", "filemap", f).kill().upRead("gup").end("gup", f, VmFault.RETRY);
        violatesOnly("LOCK", 5, s);
    }

    @Test
    void lockNoRetryButReleased() {
        Seq s = seq().downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.SIGBUS);
        // dropping on a first attempt is legal for DROP; returning SIGBUS without the lock is not legal for LOCK
        violatesOnly("LOCK", 4, s);
    }

    @Test
    void lockLeakedAtTheEnd() {
        violatesOnly("LOCK", 2, seq().downRead("fault").faultEnd("fault", 0));
        violatesOnly("LOCK", 3, seq().op("fault", "trylock_page", "page_lock", "true").op("fault", "set_pte_at", "pte", "ok").threadEnd("fault"));
        violatesOnly("LOCK", 2, seq().op("writer", "down_write", "mmap_sem", "ok").threadEnd("writer"));
        legal(seq().op("writer", "down_write", "mmap_sem", "ok").op("writer", "up_write", "mmap_sem", "ok").threadEnd("writer"));
        // a lock held by another thread is not this thread's leak
        legal(seq().downRead("resolver").faultEnd("fault", 0));
    }

    // DEADLOCK

    @Test
    void deadlockAllBlocked() {
        Seq s = seq().downRead("fault").op("writer", "down_write(queue)", "mmap_sem", "queued")
                .note("explorer", Note.ALL_BLOCKED, "fault in down_read(mmap_sem), writer in down_write(mmap_sem)", 0, 0);
        Finding f = violatesOnly("DEADLOCK", 3, s);
        assertTrue(f.message().contains("writer in down_write"), f.message());
        legal(seq().downRead("fault").op("writer", "down_write(queue)", "mmap_sem", "queued").upRead("fault")
                .op("writer", "down_write", "mmap_sem", "ok").op("writer", "up_write", "mmap_sem", "ok"));
    }

    // TERMINATION

    @Test
    void terminationThirdFilemapAttempt() {
        Seq s = seq().faultBegin("fault")
                .downRead("fault").begin("fault", "filemap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                .signalCheck("fault", false)
                .downRead("fault").begin("fault", "filemap", TRIED_).end("fault", TRIED_, 0)
                .begin("fault", "filemap", TRIED_);                   // a third attempt of the same fault
        violatesOnly("TERMINATION", 10, s);
    }

    @Test
    void terminationUnkillableLoop() {
        Seq s = seq().kill().note("fault", Note.STATE_REPEATED, "the kernel state at event 9 repeats event 3", 0, 0);
        violatesOnly("TERMINATION", 2, s);
        // without SIGKILL a repeated state is a wait for the environment, not an unkillable loop
        legal(seq().note("fault", Note.STATE_REPEATED, "the kernel state at event 9 repeats event 3", 0, 0));
    }

    @Test
    void terminationRulesThatAreLegal() {
        // uffd retries without bound by design
        Seq uffd = seq().faultBegin("fault");
        for (int i = 0; i < 5; i++)
            uffd.downRead("fault").begin("fault", "uffd", i == 0 ? FIRST : TRIED_).upRead("fault")
                    .end("fault", i == 0 ? FIRST : TRIED_, VmFault.RETRY).signalCheck("fault", false);
        legal(uffd);
        // the count is per fault: a re-executed instruction starts again at attempt 1
        Seq two = seq();
        for (int i = 0; i < 2; i++)
            two.faultBegin("fault")
                    .downRead("fault").begin("fault", "swap", FIRST).upRead("fault").end("fault", FIRST, VmFault.RETRY)
                    .signalCheck("fault", false)
                    .downRead("fault").begin("fault", "swap", TRIED_).end("fault", TRIED_, 0).upRead("fault")
                    .faultEnd("fault", 0);
        legal(two);
    }

    // SLEEP

    private static final CheckContext V56 = new CheckContext("x86", Variant.V5_6, Scenarios.byId("swap-io"));

    /** A swap fault whose first attempt finds the page under read; {@code waitFirst} = the M20 order (wait, then up_read). */
    private static Seq swapFirstAttempt(int flags, boolean waitFirst) {
        Seq s = seq().faultBegin("fault").downRead("fault")
                .begin("fault", "swap", flags)
                .op("fault", "trylock_page", "page_lock", "false");
        if (!waitFirst) s.upRead("fault");
        s.op("io", "unlock_page", "page_lock", "ok")
                .sleep("fault", "wait_on_page_locked_killable", "page_lock", "0");
        if (waitFirst) s.upRead("fault");
        return s.end("fault", flags, VmFault.RETRY).faultEnd("fault", VmFault.RETRY);
    }

    @Test
    void sleepWaitHoldingMmapSemOnFirstAttempt() {
        Finding f = violatesOnly("SLEEP", 6, swapFirstAttempt(FIRST, true));
        assertTrue(f.message().contains("wait_on_page_locked_killable(page_lock)"), f.message());
        assertTrue(f.message().contains("holding mmap_sem"), f.message());
        legal(swapFirstAttempt(FIRST, false));
        // v5.6's core tested ALLOW_RETRY alone: its first attempt is bound the same way
        violatesOnly("SLEEP", 6, swapFirstAttempt(ALLOW_RETRY | KILLABLE | USER, true), V56);
        legal(swapFirstAttempt(ALLOW_RETRY | KILLABLE | USER, false), V56);
    }

    @Test
    void sleepJudgesTheFirstAttemptByTheVariantsCoreTest() {
        // ALLOW_RETRY|TRIED: a TRIED attempt for v5.7's fault_flag_allow_retry_first(), a first one for v5.6's flags & ALLOW_RETRY
        Seq s = seq().faultBegin("fault").downRead("fault").begin("fault", "filemap", TRIED_)
                .sleep("fault", "__lock_page_killable", "page_lock", "0").op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", TRIED_, 0).upRead("fault").faultEnd("fault", 0);
        legal(s);
        violatesOnly("SLEEP", 4, s, V56);
    }

    @Test
    void sleepOnTheUffdPathBindsEveryAttemptWithAllowRetry() {
        // handle_userfault() tests ALLOW_RETRY, not allow_retry_first: it drops mmap_sem before it sleeps on a TRIED attempt too
        Seq held = seq().faultBegin("fault").downRead("fault").begin("fault", "uffd", TRIED_)
                .op("fault", "userfaultfd_must_wait", "pte", "false")
                .sleep("fault", "schedule(uffd)", "pte", "0")
                .upRead("fault").end("fault", TRIED_, VmFault.RETRY).faultEnd("fault", VmFault.RETRY);
        violatesOnly("SLEEP", 5, held);
        legal(seq().faultBegin("fault").downRead("fault").begin("fault", "uffd", TRIED_)
                .op("fault", "userfaultfd_must_wait", "pte", "false").upRead("fault")
                .sleep("fault", "schedule(uffd)", "pte", "0")
                .end("fault", TRIED_, VmFault.RETRY).faultEnd("fault", VmFault.RETRY));
    }

    @Test
    void sleepRulesThatAreLegal() {
        // a TRIED attempt takes the page lock holding mmap_sem (__lock_page_or_retry's else branch)
        legal(seq().faultBegin("fault").downRead("fault").begin("fault", "swap", TRIED_)
                .sleep("fault", "__lock_page_killable", "page_lock", "0")
                .op("fault", "set_pte_at", "pte", "ok").op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", TRIED_, 0).upRead("fault").faultEnd("fault", 0));
        // so does an attempt without ALLOW_RETRY (v5.6 alpha's retry)
        legal(seq().faultBegin("fault").downRead("fault").begin("fault", "filemap", KILLABLE | USER)
                .sleep("fault", "__lock_page", "page_lock", "0").op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", KILLABLE | USER, 0).upRead("fault").faultEnd("fault", 0), V56);
        // RETRY_NOWAIT keeps mmap_sem and must not wait; what it does is DROP's and LOCK's business, not SLEEP's
        int nowait = FIRST | RETRY_NOWAIT;
        legal(seq().faultBegin("fault").downRead("fault").begin("fault", "filemap", nowait)
                .op("fault", "trylock_page", "page_lock", "false")
                .end("fault", nowait, VmFault.RETRY).upRead("fault").faultEnd("fault", VmFault.RETRY));
        // mmap_sem's own sleeps: the arch's down_read is outside any attempt (and a recursive one is LOCK's)
        Seq arch = seq().faultBegin("fault").sleep("fault", "down_read", "mmap_sem", "ok")
                .begin("fault", "filemap", FIRST).op("fault", "trylock_page", "page_lock", "true")
                .op("fault", "set_pte_at", "pte", "ok").op("fault", "unlock_page", "page_lock", "ok")
                .end("fault", FIRST, 0).upRead("fault").faultEnd("fault", 0);
        legal(arch);
        // another thread that holds mmap_sem and sleeps (the uffd resolver's UFFDIO_COPY) is not in a fault
        legal(seq().sleep("resolver", "down_read", "mmap_sem", "ok").sleep("resolver", "__lock_page", "page_lock", "0")
                .op("resolver", "unlock_page", "page_lock", "ok").upRead("resolver"));
    }
}
