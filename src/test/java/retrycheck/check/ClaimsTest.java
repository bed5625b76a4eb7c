package retrycheck.check;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import retrycheck.explore.Explorer;
import retrycheck.explore.Finding;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.mutants.Mutant;
import retrycheck.mutants.Mutants;
import retrycheck.runtime.Event;
import retrycheck.runtime.Event.Note;
import retrycheck.runtime.Src;
import retrycheck.trace.Trace;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.kernel.FaultFlags.ALLOW_RETRY;
import static retrycheck.kernel.FaultFlags.INTERRUPTIBLE;
import static retrycheck.kernel.FaultFlags.KILLABLE;
import static retrycheck.kernel.FaultFlags.RETRY_NOWAIT;
import static retrycheck.kernel.FaultFlags.TRIED;
import static retrycheck.kernel.FaultFlags.USER;

/**
 * The patch's claims (spec/requirements.md "The patch's claims"): each FAILs with a trace where the model breaks it,
 * PASSes where its precondition is met (vacuity), and is VACUOUS, not PASS, where its precondition never holds.
 */
class ClaimsTest {
    private static final Checker CHECKER = new Checker();

    @AfterAll
    static void close() { CHECKER.close(); }

    private static CheckResult check(FaultHandler h, Variant v, String scenario, Property p) {
        return CHECKER.run(new CheckSpec(h, v, Scenarios.byId(scenario), List.of(p), KernelOps.DEFAULT),
                Explorer.Options.defaults());
    }

    private static CheckResult check(String arch, Variant v, String scenario, Property p) {
        return check(Handlers.byName(arch), v, scenario, p);
    }

    private static Trace failsWithTrace(CheckResult r, Property p) {
        assertEquals(Verdict.FAIL, r.verdicts.get(p.id()), r.spec.label() + " " + r.verdicts);
        Trace t = r.traces.get(p.id());
        assertNotNull(t, "a FAIL has a trace");
        assertEquals(p.id(), t.invariant());
        assertFalse(t.steps().isEmpty());
        return t;
    }

    private static void passes(CheckResult r, Property p) {
        assertTrue(r.stats.complete(), r.spec.label() + " explored completely");
        assertEquals(Verdict.PASS, r.verdicts.get(p.id()), r.spec.label() + " " + r.verdicts);
    }

    // ---- the registry ----

    @Test
    void claimsAreRegisteredButNotInTheDefaultSet() {
        assertEquals(List.of("RETRY_WAIT", "COMPLETE", "UFFD_WP_SWAP"), Claims.ids());
        assertEquals(Claims.COMPLETE, Properties.byId("complete"));
        assertEquals(Invariants.LOCK, Properties.byId("LOCK"));
        assertEquals(10, Properties.ALL.size());
        assertEquals(7, Invariants.ALL.size());
        for (Property p : Claims.ALL) {
            assertTrue(p.hasPrecondition(), p.id());
            assertFalse(Properties.isDefault(p), p.id());
        }
        for (Property p : Invariants.ALL) assertFalse(p.hasPrecondition(), p.id());
    }

    // ---- RETRY_WAIT ----

    /** The ret-only arches in kernel mode with SIGKILL pending: the killable wait fails at once, forever (as TERMINATION). */
    @Test
    void retryWaitFailsOnRetOnlyArchesInKernelMode() {
        for (Variant v : Variant.PATCH) {
            Trace t = failsWithTrace(check("alpha", v, "filemap-stall-kernel", Claims.RETRY_WAIT), Claims.RETRY_WAIT);
            assertTrue(t.explanation().contains("repeats without waiting"), t.explanation());
            assertTrue(t.explanation().contains("signals pending: SIGKILL"), t.explanation());
            assertTrue(t.explanation().contains("core path filemap"), t.explanation());
        }
        passes(check("x86", Variant.V5_7, "filemap-stall-kernel", Claims.RETRY_WAIT), Claims.RETRY_WAIT);
    }

    /**
     * kernel-facts.md §2 "Consequence": a kernel-mode fault with a non-fatal signal pending keeps retrying; TTM's
     * interruptible fence wait returns -ERESTARTSYS at once each time: x86 itself busy-loops, with no SIGKILL anywhere.
     */
    @Test
    void retryWaitFailsOnNonFatalSignalInKernelMode() {
        CheckResult r = check("x86", Variant.V5_7, "ttm-fence-kernel", Claims.RETRY_WAIT);
        Trace t = failsWithTrace(r, Claims.RETRY_WAIT);
        assertTrue(t.explanation().contains("signals pending: SIGUSR1"), t.explanation());
        assertTrue(t.explanation().contains("core path ttm"), t.explanation());
        // TERMINATION does not see it: no fatal signal is pending
        CheckResult term = check("x86", Variant.V5_7, "ttm-fence-kernel", Invariants.TERMINATION);
        assertEquals(Verdict.PASS, term.verdicts.get("TERMINATION"));
    }

    /** um's fatal-only check with INTERRUPTIBLE userfaults: a user-mode busy loop while SIGUSR1 is pending. */
    @Test
    void retryWaitFailsOnUmUffdUser() {
        Trace t = failsWithTrace(check("um", Variant.V5_7, "uffd-user", Claims.RETRY_WAIT), Claims.RETRY_WAIT);
        assertTrue(t.explanation().contains("core path uffd"), t.explanation());
        assertTrue(t.explanation().contains("TRIED"), t.explanation());
    }

    /** Vacuity: where RETRY is returned (every filemap-io execution with the page under read) the claim holds. */
    @Test
    void retryWaitPassesWherePreconditionIsMet() {
        for (Variant v : Variant.PATCH) {
            passes(check("x86", v, "filemap-io", Claims.RETRY_WAIT), Claims.RETRY_WAIT);
            passes(check("x86", v, "uffd-user", Claims.RETRY_WAIT), Claims.RETRY_WAIT);
            passes(check("gup", v, "swap-io", Claims.RETRY_WAIT), Claims.RETRY_WAIT);
        }
    }

    /** v5.6 GUP on a read that never completes: no attempt ever returns VM_FAULT_RETRY (it deadlocks first). */
    @Test
    void retryWaitIsVacuousWhereNoRetryHappens() {
        CheckResult r = check("gup", Variant.V5_6, "filemap-stall-kernel", Claims.RETRY_WAIT);
        assertTrue(r.stats.complete());
        assertEquals(Verdict.VACUOUS, r.verdicts.get("RETRY_WAIT"));
    }

    /** The seeded mutant C01 (x86 with um's fatal-only check) is killed with a trace; unmutated x86 passes. */
    @Test
    void retryWaitKillsC01() {
        Mutant m = Mutants.byId("C01");
        CheckResult r = CHECKER.run(new CheckSpec(m.handler(), Variant.V5_7, Scenarios.byId("uffd-user"),
                List.of(Claims.RETRY_WAIT), m.ops()), Explorer.Options.defaults());
        failsWithTrace(r, Claims.RETRY_WAIT);
    }

    // RETRY_WAIT part (a) on event streams: a RETRY needs a wait whose condition held, or an excuse

    @Test
    void retryWithoutAnyWaitIsAViolation() {
        Seq s = seq().faultBegin().downRead().begin("filemap", FIRST).upRead().end(FIRST, VmFault.RETRY);
        List<Finding> f = run(Claims.RETRY_WAIT, s);
        assertEquals(1, violations(f).size(), f.toString());
        assertTrue(violations(f).get(0).message().contains("without waiting for anything"));
        assertTrue(met(f));
    }

    @Test
    void retryAfterAWaitOrWithAnExcuseIsLegal() {
        // the wait's condition held
        assertEquals(List.of(), violations(run(Claims.RETRY_WAIT, seq().faultBegin().downRead().begin("filemap", FIRST)
                .upRead().sleep("wait_on_page_locked_killable", "page_lock", "0").end(FIRST, VmFault.RETRY))));
        // a wait cut short by SIGKILL
        assertEquals(List.of(), violations(run(Claims.RETRY_WAIT, seq().faultBegin().kill().downRead().begin("filemap", FIRST)
                .upRead().sleep("wait_on_page_locked_killable", "page_lock", "-4").end(FIRST, VmFault.RETRY))));
        // RETRY_NOWAIT
        assertEquals(List.of(), violations(run(Claims.RETRY_WAIT, seq().faultBegin().downRead()
                .begin("filemap", FIRST | RETRY_NOWAIT).end(FIRST | RETRY_NOWAIT, VmFault.RETRY))));
        // handle_userfault() skipped its wait: a signal is pending
        assertEquals(List.of(), violations(run(Claims.RETRY_WAIT, seq().faultBegin().downRead().begin("uffd", FIRST)
                .upRead().op("fault", "signal_pending", "signals", "true").end(FIRST, VmFault.RETRY))));
        // handle_userfault() found the page installed already
        assertEquals(List.of(), violations(run(Claims.RETRY_WAIT, seq().faultBegin().downRead().begin("uffd", FIRST)
                .op("fault", "userfaultfd_must_wait", "pte", "true").upRead().end(FIRST, VmFault.RETRY))));
    }

    @Test
    void aRepeatWithAWaitInsideIsNotRetryWaits() {
        Seq s = seq().faultBegin().downRead().begin("filemap", FIRST).upRead()
                .sleep("wait_on_page_locked_killable", "page_lock", "0").end(FIRST, VmFault.RETRY)
                .note(Note.STATE_REPEATED, "the kernel state at event 9 repeats event 3", 0, 0);
        assertEquals(List.of(), violations(run(Claims.RETRY_WAIT, s)));
        Seq spin = seq().faultBegin().downRead().begin("uffd", FIRST).upRead()
                .op("fault", "signal_pending", "signals", "true").end(FIRST, VmFault.RETRY)
                .note(Note.STATE_REPEATED, "the kernel state at event 9 repeats event 3", 0, 0);
        assertEquals(1, violations(run(Claims.RETRY_WAIT, spin)).size());
    }

    // ---- COMPLETE ----

    /**
     * Vacuity and the version difference: in this model v5.6 completes too wherever the page comes without SIGKILL (its
     * second attempt waits holding mmap_sem, and handle_userfault()'s SIGBUS on an attempt without ALLOW_RETRY needs a
     * second userfault wait, which no scenario has): both versions PASS, with the precondition met.
     */
    @Test
    void completePassesWherePreconditionIsMet() {
        for (Variant v : Variant.PATCH)
            for (String sc : List.of("filemap-relock", "uffd-user", "swap-io", "ttm-fence-kernel")) {
                passes(check("x86", v, sc, Claims.COMPLETE), Claims.COMPLETE);
            }
        passes(check("gup", Variant.V5_6, "filemap-relock", Claims.COMPLETE), Claims.COMPLETE);
    }

    /** The read never completes and SIGKILL is always sent before the fault can end: nothing to judge. */
    @Test
    void completeIsVacuousWhereThePageNeverComes() {
        CheckResult r = check("x86", Variant.V5_7, "filemap-stall-kernel", Claims.COMPLETE);
        assertTrue(r.stats.complete());
        assertEquals(Verdict.VACUOUS, r.verdicts.get("COMPLETE"));
    }

    @Test
    void completeKillsC02() {
        Mutant m = Mutants.byId("C02");
        for (String sc : List.of("swap-io", "uffd-user")) {
            CheckResult r = CHECKER.run(new CheckSpec(m.handler(), Variant.V5_7, Scenarios.byId(sc),
                    List.of(Claims.COMPLETE), m.ops()), Explorer.Options.defaults());
            Trace t = failsWithTrace(r, Claims.COMPLETE);
            assertTrue(t.explanation().contains("with sigbus"), t.explanation());
        }
    }

    /**
     * The v5.6 behaviour the patch removes, as events: the second attempt carries TRIED without ALLOW_RETRY, the
     * userfault is still missing, handle_userfault() answers VM_FAULT_SIGBUS (fs/userfaultfd.c:460-468), and the
     * monitor installs the page afterwards: COMPLETE fails. The v5.7 stream (ALLOW_RETRY kept, a third attempt) passes.
     */
    @Test
    void completeOnEventStreamsV56SigbusV57ThirdAttempt() {
        Seq v56 = seq().faultBegin().downRead().begin("uffd", FIRST56).upRead()
                .sleep("schedule(uffd)", "pte", "0").end(FIRST56, VmFault.RETRY)
                .downRead().begin("uffd", TRIED56).end(TRIED56, VmFault.SIGBUS).upRead()
                .note(Note.FAULT_END, "sigbus", 0, VmFault.SIGBUS).threadEnd()
                .op("resolver", "UFFDIO_COPY", "pte", "ok");
        List<Finding> f = run(Claims.COMPLETE, v56);
        assertEquals(1, violations(f).size(), f.toString());
        assertTrue(violations(f).get(0).message().contains("with sigbus"));
        Seq v57 = seq().faultBegin().downRead().begin("uffd", FIRST).upRead()
                .sleep("schedule(uffd)", "pte", "0").end(FIRST, VmFault.RETRY)
                .downRead().begin("uffd", TRIED_).upRead().sleep("schedule(uffd)", "pte", "0").end(TRIED_, VmFault.RETRY)
                .op("resolver", "UFFDIO_COPY", "pte", "ok")
                .downRead().begin("uffd", TRIED_).end(TRIED_, 0).upRead().faultEnd(0).threadEnd();
        f = run(Claims.COMPLETE, v57);
        assertEquals(List.of(), violations(f));
        assertTrue(met(f));
        // killed: silent
        Seq killed = seq().kill().faultBegin().note(Note.FAULT_END, "sigbus", 0, VmFault.SIGBUS).threadEnd()
                .op("resolver", "UFFDIO_COPY", "pte", "ok");
        f = run(Claims.COMPLETE, killed);
        assertEquals(List.of(), violations(f));
        assertFalse(met(f));
    }

    // ---- UFFD_WP_SWAP ----


    /** The case on events: swap-in wait, RETRY; uffd-wp wait, RETRY; the third attempt with ALLOW_RETRY completes. */
    @Test
    void uffdWpSwapOnEventStreams() {
        Seq v57 = wpSwapTwoRetries(FIRST, TRIED_).downRead().begin("uffd-wp-swap", TRIED_).end(TRIED_, 0).upRead()
                .faultEnd(0).threadEnd();
        List<Finding> f = run(Claims.UFFD_WP_SWAP, v57);
        assertEquals(List.of(), violations(f));
        assertTrue(met(f));
        // v5.6-style: the third attempt without ALLOW_RETRY
        Seq v56 = wpSwapTwoRetries(FIRST, TRIED_).downRead().begin("uffd-wp-swap", TRIED_ & ~ALLOW_RETRY)
                .end(TRIED_ & ~ALLOW_RETRY, VmFault.SIGBUS).upRead().note(Note.FAULT_END, "sigbus", 0, VmFault.SIGBUS);
        f = run(Claims.UFFD_WP_SWAP, v56);
        assertEquals(1, violations(f).size(), f.toString());
        assertTrue(violations(f).get(0).message().contains("without ALLOW_RETRY"));
        // the loop gives up after the second RETRY
        Seq gaveUp = wpSwapTwoRetries(FIRST, TRIED_).note(Note.FAULT_END, "sigbus", 0, VmFault.RETRY);
        f = run(Claims.UFFD_WP_SWAP, gaveUp);
        assertEquals(1, violations(f).size(), f.toString());
        assertTrue(violations(f).get(0).message().contains("without making it"));
        // one wait only (no write-protect userfault): the precondition does not hold
        Seq one = seq().faultBegin().downRead().begin("uffd-wp-swap", FIRST).upRead()
                .sleep("wait_on_page_locked_killable", "page_lock", "0").end(FIRST, VmFault.RETRY)
                .downRead().begin("uffd-wp-swap", TRIED_).end(TRIED_, 0).upRead().faultEnd(0).threadEnd();
        f = run(Claims.UFFD_WP_SWAP, one);
        assertEquals(List.of(), violations(f));
        assertFalse(met(f));
    }

    private static Seq wpSwapTwoRetries(int first, int tried) {
        return seq().faultBegin().downRead().begin("uffd-wp-swap", first).upRead()
                .sleep("wait_on_page_locked_killable", "page_lock", "0").end(first, VmFault.RETRY)
                .downRead().begin("uffd-wp-swap", tried).upRead()
                .sleepIn(Src.fn("fs/userfaultfd.c", "handle_userfault").at(522), "schedule(uffd)", "pte", "0")
                .end(tried, VmFault.RETRY);
    }

    // ---- TERMINATION names what repeats ----

    @Test
    void terminationNamesTheRepeatedLoopHead() {
        CheckResult r = check("alpha", Variant.V5_7, "filemap-stall-kernel", Invariants.TERMINATION);
        Trace t = failsWithTrace(r, Invariants.TERMINATION);
        assertTrue(t.explanation().startsWith("unkillable loop with SIGKILL pending: the kernel state at event"), t.explanation());
        assertTrue(t.explanation().contains("what repeats: "), t.explanation());
        assertTrue(t.explanation().contains("flags ALLOW_RETRY|KILLABLE|INTERRUPTIBLE"), t.explanation());
        assertTrue(t.explanation().contains("run again after the previous fault ended with 'return'"), t.explanation());
        assertTrue(t.explanation().contains("core path filemap"), t.explanation());
        assertTrue(t.explanation().contains("last vm_fault_t RETRY"), t.explanation());
        assertTrue(t.explanation().contains("signals pending: SIGKILL"), t.explanation());
    }

    // ---- event streams ----

    private static final int FIRST = ALLOW_RETRY | KILLABLE | INTERRUPTIBLE | USER;
    private static final int TRIED_ = FIRST | TRIED;
    private static final int FIRST56 = ALLOW_RETRY | KILLABLE | USER;
    private static final int TRIED56 = KILLABLE | USER | TRIED;
    private static final Src SRC = Src.fn("mm/filemap.c", "test");
    private static final CheckContext CTX = new CheckContext("x86", Variant.V5_7, Scenarios.byId("filemap-io"));

    private static final class Seq {
        final List<Event> events = new ArrayList<>();

        Seq add(String thread, String op, Note note, String object, String result, int flags, int fault, boolean sleeps, Src src) {
            events.add(new Event(events.size() + 1, thread, op, note, object, src, result, flags, fault, sleeps));
            return this;
        }

        Seq op(String thread, String op, String object, String result) { return add(thread, op, null, object, result, 0, 0, false, SRC); }

        Seq sleep(String op, String object, String result) { return add("fault", op, null, object, result, 0, 0, true, SRC); }

        Seq sleepIn(Src src, String op, String object, String result) { return add("fault", op, null, object, result, 0, 0, true, src); }

        Seq downRead() { return op("fault", "down_read", "mmap_sem", "ok"); }

        Seq upRead() { return op("fault", "up_read", "mmap_sem", "ok"); }

        Seq kill() { return op("killer", "send_sig(SIGKILL)", "signals", "ok"); }

        Seq note(Note n, String result, int flags, int fault) { return add("fault", n.name(), n, "", result, flags, fault, false, SRC); }

        Seq faultBegin() { return note(Note.FAULT_BEGIN, "user", 0, 0); }

        Seq begin(String path, int flags) { return note(Note.ATTEMPT_BEGIN, path, flags, 0); }

        Seq end(int flags, int fault) { return note(Note.ATTEMPT_END, VmFault.names(fault), flags, fault); }

        Seq faultEnd(int fault) { return note(Note.FAULT_END, "return", 0, fault); }

        Seq threadEnd() { return note(Note.THREAD_END, "", 0, 0); }
    }

    private static Seq seq() { return new Seq(); }

    private static List<Finding> run(Property p, Seq s) {
        List<Finding> out = new ArrayList<>();
        Monitor m = p.newMonitor(CTX);
        m.attach(out);
        for (Event e : s.events) m.onEvent(e);
        return out;
    }

    private static List<Finding> violations(List<Finding> f) {
        return f.stream().filter(x -> !x.invariant().endsWith(Monitor.PRECONDITION_MET)).toList();
    }

    private static boolean met(List<Finding> f) {
        return f.stream().anyMatch(x -> x.invariant().endsWith(Monitor.PRECONDITION_MET));
    }

    // ---- UFFD_WP_SWAP ----

    /**
     * Only uffd-wp-swap is a uffd-wp fault on a swapped page: there x86 v5.7 meets the precondition (two RETRYs, each
     * after its wait) and makes the third attempt (PASS, which a check gives only when the precondition held in some
     * execution); every other scenario is VACUOUS, in both versions.
     */
    @Test
    void uffdWpSwapPassesOnItsScenarioAndIsVacuousElsewhere() {
        for (Variant v : Variant.values())
            for (Scenario sc : Scenarios.ALL) {
                if (sc.path().absentFrom(v) != null) continue;
                CheckResult r = check("x86", v, sc.id(), Claims.UFFD_WP_SWAP);
                assertEquals(sc.id().equals("uffd-wp-swap") ? Verdict.PASS : Verdict.VACUOUS, r.verdicts.get("UFFD_WP_SWAP"),
                        r.spec.label());
            }
    }

    /** v5.6.4 cannot register a range for write-protect: the scenario does not exist there, it gets no verdict. */
    @Test
    void uffdWpSwapIsNoV56Scenario() {
        String why = CorePath.UFFD_WP_SWAP.absentFrom(Variant.V5_6);
        assertNotNull(why);
        assertTrue(why.contains("fs/userfaultfd.c:1331-1338") && why.contains("-EINVAL"), why);
        assertEquals(null, CorePath.UFFD_WP_SWAP.absentFrom(Variant.V5_7));
        assertNotNull(CorePath.UFFD_WP_SWAP.absentFrom(Variant.V5_9), "not transliterated from the later releases");
        List<CheckSpec> specs = CheckSpec.matrix(Handlers.patch(), List.of(Variant.values()),
                List.of(Scenarios.byId("uffd-wp-swap")), List.of(Claims.UFFD_WP_SWAP));
        assertEquals(Handlers.patch().size(), specs.size());
        assertTrue(specs.stream().allMatch(s -> s.variant() == Variant.V5_7));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> check("x86", Variant.V5_6, "uffd-wp-swap", Claims.UFFD_WP_SWAP));
    }

    /** The seeded mutant C03 (x86 that gives up after the second RETRY) is killed with a trace; no invariant objects. */
    @Test
    void uffdWpSwapKillsC03() {
        Mutant m = Mutants.byId("C03");
        CheckResult r = CHECKER.run(new CheckSpec(m.handler(), Variant.V5_7, Scenarios.byId("uffd-wp-swap"),
                List.of(Claims.UFFD_WP_SWAP), m.ops()), Explorer.Options.defaults());
        Trace t = failsWithTrace(r, Claims.UFFD_WP_SWAP);
        assertTrue(t.explanation().contains("without making it"), t.explanation());
        r = CHECKER.run(new CheckSpec(m.handler(), Variant.V5_7, Scenarios.byId("uffd-wp-swap"), Invariants.ALL, m.ops()),
                Explorer.Options.defaults());
        assertTrue(r.allPass(), r.verdicts.toString());
    }

    /** Where the arch cannot retry a write at all (nios2 assigns flags = FAULT_FLAG_WRITE), the claim is silent and COMPLETE fails. */
    @Test
    void uffdWpSwapOnNios2AndGup() {
        CheckResult r = check("nios2", Variant.V5_7, "uffd-wp-swap", Claims.UFFD_WP_SWAP);
        assertEquals(Verdict.VACUOUS, r.verdicts.get("UFFD_WP_SWAP"));
        r = check("nios2", Variant.V5_7, "uffd-wp-swap", Claims.COMPLETE);
        assertEquals(Verdict.FAIL, r.verdicts.get("COMPLETE"));
        assertTrue(r.traces.get("COMPLETE").explanation().contains("sigbus"), r.traces.get("COMPLETE").explanation());
        // GUP pins for write: follow_page_pte() refuses the write-protected pte, so GUP makes the third attempt too
        assertEquals(Verdict.PASS, check("gup", Variant.V5_7, "uffd-wp-swap", Claims.UFFD_WP_SWAP).verdicts.get("UFFD_WP_SWAP"));
    }}
