package retrycheck.check;

import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;
import retrycheck.runtime.RwSem;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seven built-in invariants of spec/requirements.md, each a {@link Property} over the event stream.
 * The rules here are the executable form of the requirements; keep the two in step.
 */
public final class Invariants {
    private Invariants() {}

    public static final Property FLAGS = property("FLAGS",
            "(!ALLOW_RETRY && TRIED) is never passed to handle_mm_fault()", ctx -> new Flags());
    public static final Property DROP = property("DROP",
            "the core drops mmap_sem to wait only on a first attempt (allowRetryFirst), or after a fatal signal and then returns VM_FAULT_RETRY",
            ctx -> new Drop());
    public static final Property SIGNAL = property("SIGNAL",
            "between a VM_FAULT_RETRY and the next attempt pending signals are checked, and a fatal one stops the loop",
            ctx -> new Signal());
    public static final Property LOCK = property("LOCK",
            "mmap_sem is balanced: no up_read of an unheld lock, no recursive down_read, RETRY means released (but with RETRY_NOWAIT), nothing held at the end",
            ctx -> new Lock());
    public static final Property DEADLOCK = property("DEADLOCK",
            "no reachable state where every live thread is blocked", ctx -> new Deadlock());
    public static final Property TERMINATION = property("TERMINATION",
            "no unkillable retry loop: with a fatal signal pending no state repeats; filemap and swap faults take at most two attempts",
            ctx -> new Termination(ctx));
    public static final Property SLEEP = property("SLEEP",
            "on an attempt that may drop mmap_sem (first attempt, no RETRY_NOWAIT) the fault never sleeps holding mmap_sem",
            ctx -> new Sleep(ctx));

    public static final List<Property> ALL = List.of(FLAGS, DROP, SIGNAL, LOCK, DEADLOCK, TERMINATION, SLEEP);

    public static List<String> ids() { return ALL.stream().map(Property::id).collect(Collectors.toList()); }

    public static Property byId(String id) {
        for (Property p : ALL) if (p.id().equalsIgnoreCase(id)) return p;
        throw new IllegalArgumentException("unknown invariant '" + id + "'; valid: " + retrycheck.runtime.Strs.join(", ", ids()));
    }

    private static Property property(String id, String description, Function<CheckContext, Monitor> factory) {
        return new Property() {
            @Override public String id() { return id; }
            @Override public String description() { return description; }
            @Override public Monitor newMonitor(CheckContext ctx) { return factory.apply(ctx); }
            @Override public String toString() { return id; }
        };
    }

    /** FLAGS: include/linux/mm.h, the forbidden combination. */
    static final class Flags extends Monitor {
        Flags() { super("FLAGS"); }

        @Override protected void check(Event e) {
            if (e.isNote(Event.Note.ATTEMPT_BEGIN) && FaultFlags.isForbidden(e.flags()))
                violation(e, "handle_mm_fault() called with " + flags(e.flags())
                        + ": TRIED without ALLOW_RETRY, the combination the patch forbids");
        }
    }

    /**
     * DROP: an up_read(mmap_sem) by the faulting thread inside handle_mm_fault() is allowed when
     * (a) the attempt may drop it: fault_flag_allow_retry_first(flags) and no RETRY_NOWAIT (userfaultfd: ALLOW_RETRY
     * and no RETRY_NOWAIT, since handle_userfault() drops on every attempt by design; so for any up_read of
     * handle_userfault(), e.g. the uffd-wp one that do_wp_page() reaches on a TRIED attempt), or (b) a fatal signal is
     * pending (a killable wait was interrupted), and then the attempt must return VM_FAULT_RETRY.
     */
    static final class Drop extends Monitor {
        private final Map<String, Boolean> mustRetry = new HashMap<>();

        Drop() { super("DROP"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.isNote(Event.Note.ATTEMPT_BEGIN)) mustRetry.remove(t);
            if (e.isOp("up_read") && isFaultLock(e.object()) && attemptFlags.containsKey(t)) {
                int f = attemptFlags.get(t);
                boolean nowait = (f & FaultFlags.RETRY_NOWAIT) != 0;
                boolean first = CorePath.UFFD.id.equals(attemptPath.get(t)) || "handle_userfault".equals(e.src().function())
                        ? (f & FaultFlags.ALLOW_RETRY) != 0 : FaultFlags.allowRetryFirst(f);
                if (first && !nowait) return;
                if (fatalPending) { mustRetry.put(t, true); return; }
                violation(e, "handle_mm_fault() dropped " + e.object() + " at " + e.src() + " on an attempt with "
                        + flags(f) + (nowait ? " (RETRY_NOWAIT: must keep it)" : " (not a first attempt)")
                        + " and no fatal signal pending");
            }
            if (e.isNote(Event.Note.ATTEMPT_END) && mustRetry.getOrDefault(t, false) && !VmFault.isRetry(e.fault()))
                violation(e, "handle_mm_fault() gave up mmap_sem after a fatal signal but returned "
                        + VmFault.names(e.fault()) + " without VM_FAULT_RETRY");
        }
    }

    /** SIGNAL: the retry loop checks signals between a VM_FAULT_RETRY and the next attempt; a fatal one ends it. */
    static final class Signal extends Monitor {
        private final Map<String, Boolean> awaitingCheck = new HashMap<>();
        private final Map<String, Boolean> checked = new HashMap<>();
        private final Map<String, Boolean> fatalAtCheck = new HashMap<>();
        /** Per thread: whether SIGKILL was pending at its last signal read since the attempt ended. */
        private final Map<String, Boolean> fatalAtRead = new HashMap<>();

        Signal() { super("SIGNAL"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.note() == null) {
                // The check's verdict is the read's: on real threads (and under JPF) a SIGKILL may arrive between the
                // read and the SIGNAL_CHECK note, and then the check rightly did not see it.
                if (e.object().equals("signals") && (e.isOp("fatal_signal_pending") || e.isOp("signal_pending")))
                    fatalAtRead.put(t, fatalPending);
                return;
            }
            switch (e.note()) {
                case ATTEMPT_END -> {
                    boolean retry = VmFault.isRetry(e.fault());
                    awaitingCheck.put(t, retry);
                    checked.put(t, false);
                    fatalAtCheck.put(t, false);
                    fatalAtRead.remove(t);
                }
                case SIGNAL_CHECK -> {
                    if (awaitingCheck.getOrDefault(t, false)) {
                        checked.put(t, true);
                        // a check that read no signal at all is judged by what was pending when it ran
                        if (fatalAtRead.getOrDefault(t, fatalPending)) fatalAtCheck.put(t, true);
                    }
                }
                case ATTEMPT_BEGIN -> {
                    if (awaitingCheck.getOrDefault(t, false)) {
                        if (!checked.getOrDefault(t, false))
                            violation(e, "retried handle_mm_fault() after VM_FAULT_RETRY without checking pending signals");
                        else if (fatalAtCheck.getOrDefault(t, false))
                            violation(e, "retried handle_mm_fault() although the signal check ran with SIGKILL pending");
                    }
                    awaitingCheck.remove(t);
                }
                case FAULT_END -> awaitingCheck.remove(t);
                default -> { }
            }
        }
    }

    /** LOCK: mmap_sem balance, the RETRY contract of handle_mm_fault(), and nothing held at the end. */
    static final class Lock extends Monitor {
        Lock() { super("LOCK"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.note() == null) {
                if ((e.isOp("up_read") || e.isOp("up_write") || e.isOp("downgrade_write") || e.isOp("unlock_page") || e.isOp("folio_unlock") || e.isOp("dma_resv_unlock"))
                        && e.result().equals(RwSem.UNHELD))
                    violation(e, e.op() + "(" + e.object() + ") by " + t + ", which does not hold it");
                else if ((e.isOp("down_read") || (e.isOp("down_read_trylock") && e.result().equals("true"))
                        || (e.isOp("down_read_killable") && e.result().equals("0"))) && readHoldsOf(t) > 1)
                    violation(e, t + " took mmap_sem for read while already holding it (recursive read: deadlocks behind a writer)");
                return;
            }
            switch (e.note()) {
                case ATTEMPT_END -> {
                    int f = e.flags();
                    if ((f & FaultFlags.VMA_LOCK) != 0) {              // v6.4 on: the attempt holds the VMA lock, not mmap_sem
                        vmaLockAttemptEnd(e, f, t);
                        return;
                    }
                    int holds = readHoldsOf(t);
                    if (VmFault.isRetry(e.fault())) {
                        boolean nowait = (f & FaultFlags.RETRY_NOWAIT) != 0;
                        if (!nowait && holds != 0)
                            violation(e, "handle_mm_fault() returned VM_FAULT_RETRY with mmap_sem still held (flags "
                                    + flags(f) + ")");
                        if (nowait && holds != 1)
                            violation(e, "handle_mm_fault() returned VM_FAULT_RETRY with RETRY_NOWAIT but released mmap_sem");
                    } else if (holds != 1) {
                        violation(e, "handle_mm_fault() returned " + VmFault.names(e.fault()) + " without VM_FAULT_RETRY but "
                                + (holds == 0 ? "mmap_sem is no longer held" : "mmap_sem is held " + holds + " times"));
                    }
                }
                case FAULT_END, THREAD_END -> {
                    int holds = readHoldsOf(t);
                    int vmaHolds = vmaReadHoldsOf(t);
                    Set<String> locks = sleepLocks.getOrDefault(t, Set.of());
                    if (holds != 0 || vmaHolds != 0 || writeHolders.contains(t) || !locks.isEmpty())
                        violation(e, t + " ends " + (e.isNote(Event.Note.FAULT_END) ? "the fault" : "")
                                + " holding " + (holds != 0 ? "mmap_sem(read) x" + holds + " " : "")
                                + (vmaHolds != 0 ? "vm_lock(read) x" + vmaHolds + " " : "")
                                + (writeHolders.contains(t) ? "mmap_sem(write) " : "") + retrycheck.runtime.Strs.join(",", locks));
                }
                default -> { }
            }
        }

        /**
         * LOCK (c) for an attempt under FAULT_FLAG_VMA_LOCK (v6.4 on), the rule of mmap_sem applied to the fault lock,
         * literally: RETRY means the VMA lock was released, anything else that it is still held once. 6.4/6.5's
         * do_swap_page() returns RETRY with the VMA lock held (the arch's vma_end_read() releases it): a violation by
         * design, reported (spec/releases.md §9.2). 6.8 releases it on RETRY (and COMPLETED).
         */
        private void vmaLockAttemptEnd(Event e, int f, String t) {
            int holds = vmaReadHoldsOf(t);
            if (VmFault.isRetry(e.fault())) {
                if (holds != 0)
                    violation(e, "handle_mm_fault() returned VM_FAULT_RETRY under FAULT_FLAG_VMA_LOCK with the VMA lock still held (flags "
                            + flags(f) + "; 6.4/6.5: the arch releases it, by design)");
            } else if ((e.fault() & 0x4000) == 0 && holds != 1) {    // not VM_FAULT_COMPLETED
                violation(e, "handle_mm_fault() returned " + VmFault.names(e.fault()) + " under FAULT_FLAG_VMA_LOCK without VM_FAULT_RETRY but "
                        + (holds == 0 ? "the VMA lock is no longer held" : "the VMA lock is held " + holds + " times"));
            }
            if (readHoldsOf(t) != 0)
                violation(e, "handle_mm_fault() under FAULT_FLAG_VMA_LOCK returned holding mmap_sem");
        }
    }

    /** DEADLOCK: the engine reports a state where every live thread is blocked. */
    static final class Deadlock extends Monitor {
        Deadlock() { super("DEADLOCK"); }

        @Override protected void check(Event e) {
            if (e.isNote(Event.Note.ALL_BLOCKED)) violation(e, "every live thread is blocked: " + e.result());
        }
    }

    /**
     * TERMINATION: (1) a repeated kernel state at a loop head while SIGKILL is pending is an unkillable loop;
     * (2) a filemap or swap fault takes at most two attempts.
     */
    static final class Termination extends Monitor {
        private final CheckContext ctx;
        private final Map<String, Integer> attempts = new HashMap<>();

        Termination(CheckContext ctx) {
            super("TERMINATION");
            this.ctx = ctx;
        }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.isNote(Event.Note.FAULT_BEGIN)) attempts.put(t, 0);
            if (e.isNote(Event.Note.ATTEMPT_BEGIN)) {
                int n = attempts.merge(t, 1, (a, b) -> a + b);
                boolean bounded = Arrays.stream(CorePath.values())
                        .anyMatch(p -> p.id.equals(e.result()) && p.atMostTwoAttempts());
                if (bounded && n > 2)
                    violation(e, "attempt " + n + " of one " + e.result() + " fault: the filemap and swap paths must finish within two attempts");
            }
            if (e.isNote(Event.Note.STATE_REPEATED) && fatalPending)
                violation(e, "unkillable loop with SIGKILL pending: " + e.result() + "; what repeats: " + loopHead(t));
        }
    }

    /**
     * SLEEP: the point of VM_FAULT_RETRY is to give mmap_sem up before a long wait. On an attempt that may drop it
     * (the core's own test, as the variant has it: v5.7 fault_flag_allow_retry_first(flags), v5.6 flags & ALLOW_RETRY;
     * on the userfaultfd path handle_userfault()'s flags & ALLOW_RETRY; never with RETRY_NOWAIT, which promises the
     * caller that mmap_sem stays held and that nothing waits) the faulting thread performs no sleeping wait while it
     * holds mmap_sem. A sleeping wait is an operation that may block ({@link Event#mightSleep()}: the page lock,
     * wait_on_page_locked, the userfaultfd wait, dma_resv_lock, dma_fence_wait), judged as the kernel's might_sleep()
     * judges it: by the call, whether or not this execution found the condition already true. mmap_sem's own lock
     * operations are not waits this rule is about (a recursive down_read is LOCK's). A TRIED attempt waits for the page
     * lock holding mmap_sem by design, and the arch's down_read() runs outside any attempt: neither is constrained.
     */
    static final class Sleep extends Monitor {
        private final boolean v57;

        Sleep(CheckContext ctx) {
            super("SLEEP");
            this.v57 = ctx == null || ctx.variant() == null || ctx.variant().isV57();
        }

        /** The attempt may drop mmap_sem to wait: DROP's first case, with the core test of this variant. */
        private boolean mayDrop(int f, String path) {
            if ((f & FaultFlags.RETRY_NOWAIT) != 0) return false;
            if (CorePath.UFFD.id.equals(path)) return (f & FaultFlags.ALLOW_RETRY) != 0;
            return v57 ? FaultFlags.allowRetryFirst(f) : (f & FaultFlags.ALLOW_RETRY) != 0;
        }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.note() != null || !e.mightSleep() || isFaultLock(e.object())) return;
            Integer f = attemptFlags.get(t);
            if (f == null || !mayDrop(f, attemptPath.get(t))) return;
            if (readHoldsOf(t) > 0 || writeHolders.contains(t) || vmaReadHoldsOf(t) > 0)
                violation(e, t + " sleeps in " + e.op() + "(" + e.object() + ") at " + e.src() + " holding "
                        + (vmaReadHoldsOf(t) > 0 ? "the VMA lock" : "mmap_sem") + " on an "
                        + "attempt that may drop it (" + flags(f) + "): it must up_read(mmap_sem) before it waits and "
                        + "return VM_FAULT_RETRY");
        }
    }
}
