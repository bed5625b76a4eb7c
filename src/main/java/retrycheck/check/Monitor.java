package retrycheck.check;

import retrycheck.explore.Finding;
import retrycheck.kernel.FaultFlags;
import retrycheck.runtime.Event;
import retrycheck.runtime.EventListener;
import retrycheck.runtime.RwSem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A property monitor: sees every event of one execution, in order, and reports violations. This base
 * class tracks what most kernel properties need from the event stream alone: each thread's current
 * handle_mm_fault() attempt (flags, core path), its mmap_sem holds, the sleeping locks it holds, and the
 * task's pending signals. Subclasses override {@link #check(Event)}, called after the tracking is updated.
 */
public abstract class Monitor implements EventListener {
    private final String id;
    private List<Finding> out = new ArrayList<>();
    private boolean reported;

    /** Per thread: flags of the attempt in progress (between ATTEMPT_BEGIN and ATTEMPT_END), else absent. */
    protected final Map<String, Integer> attemptFlags = new HashMap<>();
    protected final Map<String, String> attemptPath = new HashMap<>();
    protected final Map<String, Integer> readHolds = new HashMap<>();
    protected final Set<String> writeHolders = new HashSet<>();
    /** Per thread: the sleeping locks (page_lock, bo_resv) it holds. */
    protected final Map<String, Set<String>> sleepLocks = new HashMap<>();
    protected boolean fatalPending;
    protected boolean nonFatalPending;
    /** Per thread: the last vm_fault_t handle_mm_fault() returned to it (ATTEMPT_END), for loop-head descriptions. */
    protected final Map<String, Integer> lastFault = new HashMap<>();
    /** Per thread: its last loop head (FAULT_BEGIN or ATTEMPT_BEGIN) and the flags/core path it carried. */
    private final Map<String, Event> lastHead = new HashMap<>();
    private final Map<String, Event> lastAttempt = new HashMap<>();
    private final Map<String, Event> lastFaultEnd = new HashMap<>();
    private boolean preconditionReported;

    /** The suffix of the marker a monitor sends when its property's precondition held in an execution. */
    public static final String PRECONDITION_MET = "#precondition-met";

    protected Monitor(String id) { this.id = id; }

    /** Where violations go; the check's instance collects every monitor's into one list. */
    public void attach(List<Finding> sink) { this.out = sink; }

    public String id() { return id; }

    /** Reports a violation; only the first one of an execution is kept (one counterexample per execution). */
    protected void violation(Event e, String message) {
        if (reported) return;
        reported = true;
        out.add(new Finding(id, e.seq(), message));
    }

    /**
     * Marks that the property's precondition held in this execution (once per execution), so that a check in which it
     * never held is reported {@link Verdict#VACUOUS}, not PASS. Only properties with
     * {@link Property#hasPrecondition()} are judged that way; the marker is not a violation.
     */
    protected void preconditionMet(Event e) {
        if (preconditionReported) return;
        preconditionReported = true;
        out.add(new Finding(id + PRECONDITION_MET, e.seq(), "precondition met"));
    }

    /**
     * The loop head {@code thread} is at, in kernel terms: which head (a fault's start or a handle_mm_fault() attempt),
     * the attempt's flags and core path, the last vm_fault_t, the locks it holds and the pending signals. What a
     * STATE_REPEATED note means when it repeats.
     */
    protected String loopHead(String thread) {
        Event h = lastHead.get(thread);
        Event a = lastAttempt.get(thread);
        StringBuilder b = new StringBuilder();
        if (h == null) b.append("no loop head of ").append(thread).append(" seen");
        else if (h.isNote(Event.Note.FAULT_BEGIN)) {
            b.append("the fault's start (").append(h.result()).append(" mode, at ").append(h.src()).append(")");
            Event end = lastFaultEnd.get(thread);
            if (end != null) b.append(", the faulting access run again after the previous fault ended with '")
                    .append(end.result()).append("'");
        } else b.append("a handle_mm_fault() attempt");
        if (a != null) b.append(h != null && h.isNote(Event.Note.FAULT_BEGIN) ? "; the last attempt's flags " : "; attempt flags ")
                .append(flags(a.flags())).append(", core path ").append(a.result());
        Integer f = lastFault.get(thread);
        b.append("; last vm_fault_t ").append(f == null ? "none" : retrycheck.kernel.VmFault.names(f));
        List<String> held = new ArrayList<>();
        int r = readHoldsOf(thread);
        if (r > 0) held.add("mmap_sem(read)" + (r > 1 ? " x" + r : ""));
        if (writeHolders.contains(thread)) held.add("mmap_sem(write)");
        if (vmaReadHoldsOf(thread) > 0) held.add("vm_lock(read)");
        held.addAll(new java.util.TreeSet<>(sleepLocks.getOrDefault(thread, Set.of())));
        b.append("; holds ").append(held.isEmpty() ? "nothing" : retrycheck.runtime.Strs.join(", ", held));
        b.append("; signals pending: ").append(fatalPending && nonFatalPending ? "SIGKILL, SIGUSR1"
                : fatalPending ? "SIGKILL" : nonFatalPending ? "SIGUSR1" : "none");
        return b.toString();
    }

    @Override public final void onEvent(Event e) {
        track(e);
        check(e);
    }

    /** The property's rule, applied to each event after the tracking state is updated. */
    protected abstract void check(Event e);

    protected int readHoldsOf(String thread) { return readHolds.getOrDefault(thread, 0); }

    /** The object name of the per-VMA lock ({@code vma->vm_lock->lock}, v6.4 on). */
    public static final String VM_LOCK = "vm_lock";
    /** Per thread: its read holds of the VMA lock (vma_start_read() that returned true, less vma_end_read()). */
    protected final Map<String, Integer> vmaReadHolds = new HashMap<>();

    protected int vmaReadHoldsOf(String thread) { return vmaReadHolds.getOrDefault(thread, 0); }

    /**
     * Whether {@code object} is a fault lock: mmap_sem, or (v6.4 on) the VMA lock — what release_fault_lock()
     * releases (spec/releases.md §9.2: "mmap_sem" becomes "the fault lock").
     */
    protected static boolean isFaultLock(String object) { return object.equals("mmap_sem") || object.equals(VM_LOCK); }

    private void track(Event e) {
        String t = e.thread();
        if (e.note() != null) {
            switch (e.note()) {
                case ATTEMPT_BEGIN -> {
                    attemptFlags.put(t, e.flags());
                    attemptPath.put(t, e.result());
                    lastHead.put(t, e);
                    lastAttempt.put(t, e);
                }
                case ATTEMPT_END -> { attemptFlags.remove(t); attemptPath.remove(t); lastFault.put(t, e.fault()); }
                case FAULT_BEGIN -> lastHead.put(t, e);
                case FAULT_END -> lastFaultEnd.put(t, e);
                default -> { }
            }
            return;
        }
        String op = e.op();
        String res = e.result();
        if (e.object().equals("mmap_sem")) {
            switch (op) {
                case "down_read" -> readHolds.merge(t, 1, (a, b) -> a + b);
                case "down_read_trylock" -> { if (res.equals("true")) readHolds.merge(t, 1, (a, b) -> a + b); }
                case "down_read_killable" -> { if (res.equals("0")) readHolds.merge(t, 1, (a, b) -> a + b); }
                case "up_read" -> { if (!res.equals(RwSem.UNHELD)) readHolds.merge(t, -1, (a, b) -> a + b); }
                case "down_write" -> writeHolders.add(t);
                case "down_write_killable" -> { if (res.equals("0")) writeHolders.add(t); }
                case "downgrade_write" -> {                           // v6.4 mmap_write_downgrade(): write -> read
                    if (!res.equals(RwSem.UNHELD)) { writeHolders.remove(t); readHolds.merge(t, 1, (a, b) -> a + b); }
                }
                case "up_write" -> writeHolders.remove(t);
                default -> { }
            }
        } else if (e.object().equals(VM_LOCK)) {                    // v6.4 on: the per-VMA lock's vma->vm_lock->lock
            switch (op) {
                case "down_read_trylock" -> { if (res.equals("true")) vmaReadHolds.merge(t, 1, (a, b) -> a + b); }
                case "up_read" -> { if (!res.equals(RwSem.UNHELD)) vmaReadHolds.merge(t, -1, (a, b) -> a + b); }
                default -> { }
            }
        } else if (e.object().equals("signals")) {
            if (op.equals("send_sig(SIGKILL)")) fatalPending = true;
            if (op.equals("send_sig(SIGUSR1)")) nonFatalPending = true;
            if (op.equals("do_signal")) nonFatalPending = false;
        } else if (isSleepLockAcquire(op, res)) {
            sleepLocks.computeIfAbsent(t, x -> new HashSet<>()).add(e.object());
        } else if (op.equals("unlock_page") || op.equals("folio_unlock") || op.equals("dma_resv_unlock")) {
            Set<String> held = sleepLocks.get(t);
            if (held != null) held.remove(e.object());
        }
    }

    /** trylock_page/folio_trylock/dma_resv_trylock that returned true, or a sleeping lock that returned 0 (v6.0 on: the folio names). */
    static boolean isSleepLockAcquire(String op, String result) {
        return switch (op) {
            case "trylock_page", "folio_trylock", "dma_resv_trylock" -> result.equals("true");
            case "__lock_page", "__lock_page_killable", "__folio_lock", "__folio_lock_killable", "dma_resv_lock_interruptible" -> result.equals("0");
            default -> false;
        };
    }

    protected static String flags(int f) { return FaultFlags.describe(f); }
}
