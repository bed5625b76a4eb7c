package retrycheck.check;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import retrycheck.explore.Finding;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario with a few handlers, in both variants, on the monitor runtime with real threads: it runs to its
 * end within a timeout (or, where the model blocks forever by design, is reported stuck instead of hanging), and
 * the monitors see its events.
 */
@Timeout(120)
class ScenariosRunTest {
    private static final List<String> HANDLERS = List.of("x86", "alpha", "s390", "um", "gup", "fixup_user_fault");
    /** Generous for runs that end (they take milliseconds); short for the runs that are stuck by design. */
    private static final long TIMEOUT_MS = 3000, STUCK_TIMEOUT_MS = 300;
    /** Properties a real run can break only if the explorer is wrong about v5.7 (DEADLOCK needs the explorer's note). */
    private static final Set<String> V57_SAFE = Set.of("FLAGS", "DROP", "SIGNAL", "LOCK");

    record Outcome(List<String> stuck, Throwable failure, List<Event> events, List<Finding> findings, Scenario.Built built) {
        long count(Event.Note n) { return events.stream().filter(e -> e.isNote(n)).count(); }

        /** SIGKILL was sent before the fault thread's first handle_mm_fault() (GUP/fixup then return -EINTR at once). */
        boolean killedBeforeFirstAttempt() {
            for (Event e : events) {
                if (e.isNote(Event.Note.ATTEMPT_BEGIN)) return false;
                if (e.isOp("send_sig(SIGKILL)")) return true;
            }
            return false;
        }

        /** The environment mapped the page before the first handle_mm_fault() (GUP's follow_page_mask() then finds it). */
        boolean mappedBeforeFirstAttempt() {
            for (Event e : events) {
                if (e.isNote(Event.Note.ATTEMPT_BEGIN)) return false;
                if (e.note() == null && e.object().equals("pte") && e.result().equals("ok")) return true;
            }
            return false;
        }

        String describe() {
            StringBuilder b = new StringBuilder("stuck=" + stuck + " failure=" + failure + " findings=" + findings + "\n");
            for (Event e : events) b.append("  ").append(e.seq()).append(' ').append(e.thread()).append(' ').append(e.op())
                    .append(' ').append(e.object()).append(" -> ").append(e.result()).append('\n');
            return b.toString();
        }
    }

    static Outcome run(FaultHandler h, Variant v, Scenario s, long timeoutMs) {
        MonitorRuntime rt = new MonitorRuntime(timeoutMs);
        List<Event> events = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Finding> findings = java.util.Collections.synchronizedList(new ArrayList<>());
        CheckContext ctx = new CheckContext(h.name(), v, s);
        rt.addListener(events::add);
        Scenario.Built built = s.build(rt, h, v, KernelOps.DEFAULT);
        for (Property p : Invariants.ALL) {
            Monitor m = p.newMonitor(ctx);
            m.attach(findings);
            rt.addListener(m);
        }
        List<ModelThread> threads = built.threads();
        rt.run(threads);
        // a thread reported stuck may still emit an event on its way out: copy under the lists' locks
        List<Event> ev;
        List<Finding> fs;
        synchronized (events) { ev = List.copyOf(events); }
        synchronized (findings) { fs = List.copyOf(findings); }
        return new Outcome(List.copyOf(rt.stuckThreads()), rt.failure(), ev, fs, built);
    }

    /**
     * Known to get stuck by design, so run with a short timeout: the v5.6 GUP/fixup_user_fault attempts wait
     * uninterruptibly (no KILLABLE) for a page lock that is never released; alpha's kernel-mode fault loops with
     * SIGKILL pending (its signal check only returns, and the uaccess faults again).
     */
    static boolean expectStuck(FaultHandler h, Variant v, Scenario s) {
        boolean stalled = Set.of("filemap-stall-kernel", "filemap-relock").contains(s.id());
        return stalled && v == Variant.V5_6 && Set.of("gup", "fixup_user_fault").contains(h.name())
                || h.name().equals("alpha") && s.id().equals("filemap-stall-kernel");
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioRunsToItsEnd() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : HANDLERS)
            for (Variant v : Variant.PATCH)
                for (Scenario s : Scenarios.ALL) {
                    if (s.path().absentFrom(v) != null) continue;        // uffd-wp-swap: no v5.6
                    FaultHandler h = Handlers.byName(name);
                    tests.add(DynamicTest.dynamicTest(name + " " + v.label() + " " + s.id(), () -> check(h, v, s)));
                }
        return tests.stream();
    }

    private static void check(FaultHandler h, Variant v, Scenario s) {
        Outcome o = run(h, v, s, expectStuck(h, v, s) ? STUCK_TIMEOUT_MS : TIMEOUT_MS);
        assertNull(o.failure(), o.describe());
        assertTrue(o.count(Event.Note.FAULT_BEGIN) >= 1, "the fault thread started a fault\n" + o.describe());
        if (!o.stuck().isEmpty()) {
            // a real run may get stuck only where the explorer finds every thread blocked or an unkillable loop
            assertEquals(List.of("fault"), o.stuck(), "only the fault thread is stuck\n" + o.describe());
            Event last = o.events().stream().filter(e -> e.thread().equals("fault")).reduce((a, b) -> b).orElseThrow();
            assertFalse(last.isNote(Event.Note.THREAD_END), o.describe());
            assertTrue(o.count(Event.Note.ATTEMPT_BEGIN) >= 1, o.describe());
            CheckResult r;
            try (Checker c = new Checker()) {
                r = c.run(new CheckSpec(h, v, s, List.of(Invariants.DEADLOCK, Invariants.TERMINATION), KernelOps.DEFAULT),
                        retrycheck.explore.Explorer.Options.defaults());
            }
            assertTrue(r.verdicts.get("DEADLOCK") == Verdict.FAIL || r.verdicts.get("TERMINATION") == Verdict.FAIL,
                    "stuck on real threads, but the explorer says " + r.verdicts + "\n" + o.describe());
            return;
        }
        long threadEnds = o.count(Event.Note.THREAD_END);
        assertEquals(o.built().threads().size(), threadEnds, o.describe());
        assertEquals(o.count(Event.Note.FAULT_BEGIN), o.count(Event.Note.FAULT_END), o.describe());
        // munmap/mprotect may run before the first attempt: find_vma or the access check then ends it (bad_area)
        boolean vmaChanges = s.env().contains(Env.MUNMAP) || s.env().contains(Env.MPROTECT);
        if (!o.killedBeforeFirstAttempt() && !o.mappedBeforeFirstAttempt() && !vmaChanges)
            assertTrue(o.count(Event.Note.ATTEMPT_BEGIN) >= 1, "handle_mm_fault() was called\n" + o.describe());
        assertEquals(o.count(Event.Note.ATTEMPT_BEGIN), o.count(Event.Note.ATTEMPT_END), o.describe());
        assertFalse(o.built().kernel().mm.mmapSem.heldForReadBy("fault"), "mmap_sem released at the end");
        if (v == Variant.V5_7)
            for (Finding f : o.findings())
                assertFalse(V57_SAFE.contains(f.invariant()), "v5.7 " + f + "\n" + o.describe());
    }

    @Test
    void alphaKernelFaultLoopsWithSigkillPending() {
        for (Variant v : Variant.PATCH) {
            Outcome o = run(Handlers.byName("alpha"), v, Scenarios.byId("filemap-stall-kernel"), STUCK_TIMEOUT_MS);
            assertEquals(List.of("fault"), o.stuck(), "the looping fault thread is reported stuck\n" + o.describe());
            assertTrue(o.built().kernel().task.signals.fatalPendingNow());
            assertTrue(o.count(Event.Note.FAULT_BEGIN) >= 3, "the faulting instruction keeps re-executing\n" + o.describe());
            assertEquals("io", o.built().kernel().page.lock.owner(), "the read never completes");
        }
    }

    @Test
    void fixupV56StallIsAlwaysStuck() {
        // fixup_user_fault() v5.6 has no signal check before handle_mm_fault() and passes no KILLABLE:
        // whatever the killer does, wait_on_page_locked() never ends
        Outcome o = run(Handlers.byName("fixup_user_fault"), Variant.V5_6, Scenarios.byId("filemap-stall-kernel"), 500);
        assertEquals(List.of("fault"), o.stuck(), o.describe());
        assertTrue(o.events().stream().anyMatch(e -> e.thread().equals("fault") && e.isOp("up_read")),
                "it dropped mmap_sem first\n" + o.describe());
        assertEquals(0, o.count(Event.Note.ATTEMPT_END), o.describe());
    }

    @Test
    void v57KillableWaitsEndTheStall() {
        for (String name : List.of("gup", "fixup_user_fault", "x86")) {
            Outcome o = run(Handlers.byName(name), Variant.V5_7, Scenarios.byId("filemap-stall-kernel"), 5000);
            assertEquals(List.of(), o.stuck(), name + "\n" + o.describe());
            assertEquals("io", o.built().kernel().page.lock.owner());
            assertTrue(o.built().kernel().task.signals.fatalPendingNow());
        }
    }
}
