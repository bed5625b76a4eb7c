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

    @Override public final void onEvent(Event e) {
        track(e);
        check(e);
    }

    /** The property's rule, applied to each event after the tracking state is updated. */
    protected abstract void check(Event e);

    protected int readHoldsOf(String thread) { return readHolds.getOrDefault(thread, 0); }

    private void track(Event e) {
        String t = e.thread();
        if (e.note() != null) {
            switch (e.note()) {
                case ATTEMPT_BEGIN -> { attemptFlags.put(t, e.flags()); attemptPath.put(t, e.result()); }
                case ATTEMPT_END -> { attemptFlags.remove(t); attemptPath.remove(t); }
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
                case "up_write" -> writeHolders.remove(t);
                default -> { }
            }
        } else if (e.object().equals("signals")) {
            if (op.equals("send_sig(SIGKILL)")) fatalPending = true;
            if (op.equals("send_sig(SIGUSR1)")) nonFatalPending = true;
            if (op.equals("do_signal")) nonFatalPending = false;
        } else if (isSleepLockAcquire(op, res)) {
            sleepLocks.computeIfAbsent(t, x -> new HashSet<>()).add(e.object());
        } else if (op.equals("unlock_page") || op.equals("dma_resv_unlock")) {
            Set<String> held = sleepLocks.get(t);
            if (held != null) held.remove(e.object());
        }
    }

    /** trylock_page/dma_resv_trylock that returned true, or a sleeping lock that returned 0. */
    static boolean isSleepLockAcquire(String op, String result) {
        return switch (op) {
            case "trylock_page", "dma_resv_trylock" -> result.equals("true");
            case "__lock_page", "__lock_page_killable", "dma_resv_lock_interruptible" -> result.equals("0");
            default -> false;
        };
    }

    protected static String flags(int f) { return FaultFlags.describe(f); }
}
