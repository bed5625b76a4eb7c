package retrycheck.check;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The claims the patch itself makes ("mm: allow VM_FAULT_RETRY for multiple times", shared/seed-patch.txt), each a
 * {@link Property} over the event stream with a stable id and a section in spec/requirements.md that quotes the
 * sentence it comes from. They are not in the default set of {@code check} (the seven {@link Invariants} are): select
 * them with {@code check --invariant RETRY_WAIT,COMPLETE,UFFD_WP_SWAP}. Each has a precondition
 * ({@link Property#hasPrecondition()}): a check in which it never held is VACUOUS, not PASS.
 */
public final class Claims {
    private Claims() {}

    public static final Property RETRY_WAIT = claim("RETRY_WAIT",
            "every VM_FAULT_RETRY follows a wait for a condition (or RETRY_NOWAIT / a signal / the condition already met), and no fault loop repeats without a wait",
            ctx -> new RetryWait());
    public static final Property COMPLETE = claim("COMPLETE",
            "without SIGKILL, a fault whose page the environment makes available ends with the page mapped, not with an error",
            ctx -> new Complete());
    public static final Property UFFD_WP_SWAP = claim("UFFD_WP_SWAP",
            "a userfaultfd write-protect fault on a swapped page that needs a third attempt gets it (with ALLOW_RETRY) and completes",
            ctx -> new UffdWpSwap());

    public static final List<Property> ALL = List.of(RETRY_WAIT, COMPLETE, UFFD_WP_SWAP);

    public static List<String> ids() { return ALL.stream().map(Property::id).collect(Collectors.toList()); }

    private static Property claim(String id, String description, Function<CheckContext, Monitor> factory) {
        return new Property() {
            @Override public String id() { return id; }
            @Override public String description() { return description; }
            @Override public boolean hasPrecondition() { return true; }
            @Override public Monitor newMonitor(CheckContext ctx) { return factory.apply(ctx); }
            @Override public String toString() { return id; }
        };
    }

    /** A sleeping wait of the model (not mmap_sem's own lock operations, which are LOCK's). */
    static boolean isWait(Event e) {
        return e.note() == null && e.mightSleep() && !e.object().equals("mmap_sem");
    }

    /** A wait whose condition held when it returned (0): the page unlocked / the lock taken / the fence signalled / the pte set. */
    static boolean completedWait(Event e) {
        return isWait(e) && e.result().equals("0");
    }

    private static final Pattern REPEATS = Pattern.compile("repeats event (\\d+)");
    private static final Pattern AT = Pattern.compile("state at event (\\d+)");

    /** The earlier event a STATE_REPEATED note names ("the kernel state at event N repeats event M"), or -1. */
    static int repeatedEvent(Event e) {
        Matcher m = REPEATS.matcher(e.result());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The loop head a STATE_REPEATED note is about (N above), or the note's own number. */
    static int repeatingEvent(Event e) {
        Matcher m = AT.matcher(e.result());
        return m.find() ? Integer.parseInt(m.group(1)) : e.seq();
    }

    /**
     * RETRY_WAIT: "for each code path to return a VM_FAULT_RETRY we'll first wait for a condition (during which time we
     * should possibly yield the cpu) to happen before VM_FAULT_RETRY is really returned".
     * (a) An attempt returning VM_FAULT_RETRY performed a wait whose condition held (a sleeping operation of the faulting
     * thread, other than mmap_sem's, that returned 0), or has an excuse: RETRY_NOWAIT in its flags; a wait cut short by a
     * pending signal (it returned an error); a signal read of the attempt that found one pending (handle_userfault()'s
     * userfaultfd_signal_pending() skips the wait); or the condition was already met (userfaultfd_must_wait() found the
     * pte set). (b) A loop head of the faulting thread must not repeat (the explorer's STATE_REPEATED) with no completed
     * wait of that thread since the earlier occurrence: that cycle spins without ever waiting, in any mode, with any
     * signal pending or none.
     */
    static final class RetryWait extends Monitor {
        private final Map<String, Boolean> waited = new HashMap<>();
        private final Map<String, String> excuse = new HashMap<>();
        /** Per thread: the seq of its last completed wait. */
        private final Map<String, Integer> lastWait = new HashMap<>();

        RetryWait() { super("RETRY_WAIT"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (completedWait(e)) lastWait.put(t, e.seq());
            if (e.isNote(Event.Note.ATTEMPT_BEGIN)) {
                waited.put(t, false);
                excuse.remove(t);
                if ((e.flags() & FaultFlags.RETRY_NOWAIT) != 0) excuse.put(t, "RETRY_NOWAIT");
                return;
            }
            if (e.note() == null && attemptFlags.containsKey(t)) {
                if (completedWait(e)) waited.put(t, true);
                else if (isWait(e)) excuse.putIfAbsent(t, e.op() + " at " + e.src() + " returned " + e.result()
                        + " (cut short by a pending signal)");
                else if (e.object().equals("signals") && e.result().equals("true")
                        && (e.isOp("signal_pending") || e.isOp("fatal_signal_pending")))
                    excuse.putIfAbsent(t, e.op() + " at " + e.src() + " found a signal pending (the wait was skipped)");
                else if (e.isOp("userfaultfd_must_wait") && e.result().equals("true"))
                    excuse.putIfAbsent(t, "userfaultfd_must_wait() found the page already installed (no wait needed)");
                return;
            }
            if (e.isNote(Event.Note.ATTEMPT_END) && VmFault.isRetry(e.fault())) {
                preconditionMet(e);
                if (!waited.getOrDefault(t, false) && !excuse.containsKey(t))
                    violation(e, "handle_mm_fault() returned VM_FAULT_RETRY (flags " + flags(e.flags())
                            + ") without waiting for anything: no wait of the attempt returned with its condition met, "
                            + "no RETRY_NOWAIT, no signal pending");
                return;
            }
            if (e.isNote(Event.Note.STATE_REPEATED)) {
                preconditionMet(e);
                int earlier = repeatedEvent(e);
                int w = lastWait.getOrDefault(t, 0);
                if (earlier > 0 && w < earlier)
                    violation(e, "the fault loop repeats without waiting: from event " + earlier + " to event " + repeatingEvent(e)
                            + " " + t + " made no wait whose condition held, and the state repeats, so it spins "
                            + "(busy-loops) for as long as the environment does nothing; loop head: " + loopHead(t));
            }
        }
    }

    /** The outcome of a fault thread, as its last FAULT_END says. */
    static boolean isErrorOutcome(String how) {
        if (how.startsWith("gup=")) return parse(how.substring(4)) <= 0;              // pages pinned, or -errno
        if (how.startsWith("fixup_user_fault=")) return parse(how.substring(17)) != 0; // 0 or -errno
        return switch (how) {
            case "return" -> false;                                                   // the instruction runs again
            default -> true;                                                          // sigbus, sigsegv, oom, no_context, bad_area, ...
        };
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException x) {
            return -1;
        }
    }

    /**
     * Operations by which the environment makes the page available: the read completes (SetPageUptodate), the GPU's
     * move ends (dma_fence_signal), the userfaultfd monitor installs the page (UFFDIO_COPY).
     */
    static boolean makesAvailable(Event e) {
        return e.note() == null && (e.isOp("SetPageUptodate") || e.isOp("dma_fence_signal") || e.isOp("UFFDIO_COPY"));
    }

    /**
     * COMPLETE: "the page fault handler now can retry the page fault for multiple times if necessary": a fault whose page
     * is eventually made available completes, it is not answered with SIGBUS or an error because it needed more than one
     * wait. Judged when a faulting thread ends: if no SIGKILL was sent before its last FAULT_END and the environment makes
     * the page available in the execution (before or after), its last FAULT_END must not be an error (sigbus, no_context,
     * gup &le; 0, fixup_user_fault &ne; 0 ...) and the pte must have been installed. The claim is silent about a fault
     * whose mapping another thread changed before the fault ended (munmap's detach_vmas_to_be_unmapped, mprotect's
     * vma->vm_flags=: the page is then not made available at that address, and SIGSEGV is the kernel's answer), and
     * about a fault whose caller asked not to wait (an attempt with FAULT_FLAG_RETRY_NOWAIT, e.g. s390's KVM gmap
     * pfault, which answers the first RETRY with VM_FAULT_PFAULT by design).
     */
    static final class Complete extends Monitor {
        /** Seq of the first change of the mapping by a thread that is not faulting, or -1. */
        private int mappingChangedAt = -1;
        /** Per faulting thread: an attempt carried RETRY_NOWAIT. */
        private final Set<String> noWait = new HashSet<>();
        private final Set<String> faultThreads = new HashSet<>();
        private final Map<String, Event> lastEnd = new HashMap<>();
        private final Map<String, Boolean> fatalAtEnd = new HashMap<>();
        private final List<Event> endedInError = new ArrayList<>();
        private boolean available;

        Complete() { super("COMPLETE"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (makesAvailable(e)) {
                available = true;
                for (Event end : endedInError) fail(e, end);
            }
            if (e.isNote(Event.Note.FAULT_BEGIN)) faultThreads.add(t);
            if (e.isNote(Event.Note.ATTEMPT_BEGIN) && (e.flags() & FaultFlags.RETRY_NOWAIT) != 0) noWait.add(t);
            if (mappingChangedAt < 0 && e.note() == null && !faultThreads.contains(t)
                    && (e.isOp("detach_vmas_to_be_unmapped") || e.isOp("vma->vm_flags=")))
                mappingChangedAt = e.seq();
            if (e.isNote(Event.Note.FAULT_END)) {
                lastEnd.put(t, e);
                fatalAtEnd.put(t, fatalPending);
            }
            if (e.isNote(Event.Note.THREAD_END) && faultThreads.contains(t) && lastEnd.containsKey(t)) {
                Event end = lastEnd.get(t);
                if (fatalAtEnd.get(t)) return;                      // killed: the claim is silent
                if (noWait.contains(t)) return;                     // the caller asked not to wait: silent
                if (mappingChangedAt >= 0 && mappingChangedAt < end.seq()) return;   // the mapping went away: silent
                // a plain return ends the thread only once the pte is present (or SIGKILL is delivered: excluded above)
                boolean error = isErrorOutcome(end.result());
                if (!error) { preconditionMet(e); return; }
                if (available) fail(e, end);
                else endedInError.add(end);
            }
        }

        private void fail(Event at, Event end) {
            preconditionMet(at);
            violation(at, "the fault ended at event " + end.seq() + " with " + end.result() + " (last vm_fault_t "
                    + VmFault.names(end.fault()) + ") though no SIGKILL was sent and the page is made available"
                    + (at.seq() > end.seq() && !at.isNote(Event.Note.THREAD_END) ? " (at event " + at.seq() + ")" : "")
                    + ": it was answered with an error instead of being retried until the page came");
        }
    }

    /**
     * UFFD_WP_SWAP: "in that work there will always be an explicit userfault writeprotect retry for protected pages, and
     * if that cannot resolve the page fault (e.g., when userfaultfd-writeprotect is used in conjunction with swapped
     * pages) then we'll possibly need a 3rd retry of the page fault". Per fault of a thread, on a core path whose id names
     * both a swap entry and userfaultfd write-protect ("swap" and "wp", e.g. "uffd-wp-swap"): the precondition is an
     * attempt that returned VM_FAULT_RETRY after a completed wait on the page lock (the swap-in: do_swap_page()'s
     * lock_page_or_retry()) followed by a later attempt that returned VM_FAULT_RETRY after a completed wait in
     * handle_userfault() (the write-protect userfault, do_wp_page() -&gt; handle_userfault(vmf, VM_UFFD_WP)). Then, unless
     * a SIGKILL is pending, the next attempt must come, with ALLOW_RETRY, and the fault must end without an error.
     */
    static final class UffdWpSwap extends Monitor {
        private final Map<String, Integer> stage = new HashMap<>();   // 0 none, 1 swap-in RETRY seen, 2 wp RETRY seen, 3 third attempt made
        private final Map<String, Boolean> swapWait = new HashMap<>();
        private final Map<String, Boolean> uffdWait = new HashMap<>();
        private final Map<String, Event> secondRetry = new HashMap<>();

        UffdWpSwap() { super("UFFD_WP_SWAP"); }

        static boolean isWpSwapPath(String path) { return path != null && path.contains("swap") && path.contains("wp"); }

        @Override protected void check(Event e) {
            String t = e.thread();
            if (e.isNote(Event.Note.FAULT_BEGIN)) { stage.put(t, 0); return; }
            if (e.isNote(Event.Note.ATTEMPT_BEGIN)) {
                pathOf.put(t, e.result());
                swapWait.put(t, false);
                uffdWait.put(t, false);
                if (stage.getOrDefault(t, 0) == 2) {
                    if ((e.flags() & FaultFlags.ALLOW_RETRY) == 0)
                        violation(e, "the third attempt of a uffd-wp fault on a swapped page is made without ALLOW_RETRY ("
                                + flags(e.flags()) + "): handle_userfault() answers it with VM_FAULT_SIGBUS");
                    stage.put(t, 3);
                }
                return;
            }
            if (e.note() == null && attemptFlags.containsKey(t) && isWpSwapPath(attemptPath.get(t)) && completedWait(e)) {
                if ("handle_userfault".equals(e.src().function())) uffdWait.put(t, true);
                else if (e.object().equals("page_lock")) swapWait.put(t, true);
                return;
            }
            if (e.isNote(Event.Note.ATTEMPT_END) && VmFault.isRetry(e.fault()) && isWpSwapPath(attemptPathAtEnd(t, e))) {
                int s = stage.getOrDefault(t, 0);
                if (s == 0 && swapWait.getOrDefault(t, false)) stage.put(t, 1);
                else if (s == 1 && uffdWait.getOrDefault(t, false)) {
                    stage.put(t, 2);
                    secondRetry.put(t, e);
                    preconditionMet(e);
                }
                return;
            }
            if (e.isNote(Event.Note.FAULT_END)) {
                int s = stage.getOrDefault(t, 0);
                if (s >= 2 && !fatalPending && (s == 2 || isErrorOutcome(e.result())))
                    violation(e, "a uffd-wp fault on a swapped page needed a third attempt (its second VM_FAULT_RETRY was at "
                            + "event " + secondRetry.get(t).seq() + ") but the fault ended with " + e.result()
                            + (s == 2 ? " without making it" : " after it"));
                stage.put(t, 0);
            }
        }

        /** The path of the attempt in progress: the base forgets it at ATTEMPT_END before check() runs. */
        private final Map<String, String> pathOf = new HashMap<>();

        private String attemptPathAtEnd(String t, Event e) { return pathOf.get(t); }
    }
}
