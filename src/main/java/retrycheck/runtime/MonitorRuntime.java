package retrycheck.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The primitives on plain Java monitors: one global monitor, {@code wait()} while an operation is not
 * enabled, {@code notifyAll()} after every operation. Real threads run the model; Java PathFinder runs
 * this same class and explores its interleavings.
 */
public final class MonitorRuntime extends Runtime {
    private final Object monitor = new Object();
    private final long timeoutMillis;
    private final List<String> stuck = new ArrayList<>();
    private Throwable failure;

    /** @param timeoutMillis how long {@link #run} waits for the threads before it reports them stuck (0 = forever). */
    public MonitorRuntime(long timeoutMillis) { this.timeoutMillis = timeoutMillis; }

    @Override public <R> R exec(Op<R> op) {
        // a thread that run() gave up on stops at its next operation, also when it never waits (a livelock)
        if (Thread.currentThread().isInterrupted()) throw new ThreadStuckError();
        synchronized (monitor) {
            while (!op.enabled()) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    throw new ThreadStuckError();
                }
            }
            R r = op.perform();
            emitOp(threadName(), op, r);
            monitor.notifyAll();
            return r;
        }
    }

    @Override public void note(Event.Note kind, Src src, String detail, int flags, int fault) {
        synchronized (monitor) { super.note(kind, src, detail, flags, fault); }
    }

    @Override public String threadName() { return Thread.currentThread().getName(); }

    @Override public void run(List<ModelThread> threads) {
        List<Thread> started = new ArrayList<>();
        for (ModelThread mt : threads) {
            Thread t = new Thread(() -> {
                try {
                    mt.body().run();
                    note(Event.Note.THREAD_END, Src.NONE, "", 0, 0);
                } catch (ThreadStuckError e) {
                    // interrupted by run() after the timeout: reported through stuckThreads()
                } catch (Throwable e) {
                    synchronized (monitor) { if (failure == null) failure = e; }
                }
            }, mt.name());
            t.setDaemon(true);
            started.add(t);
        }
        started.forEach(Thread::start);
        long deadline = timeoutMillis == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
        for (Thread t : started) {
            try {
                long left = deadline - System.currentTimeMillis();
                if (left > 0) t.join(timeoutMillis == 0 ? 0 : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : started) {
            if (t.isAlive()) {
                stuck.add(t.getName());
                t.interrupt();
            }
        }
    }

    /** Threads still blocked when the timeout ran out: a deadlock, or a wait nobody ends. */
    public List<String> stuckThreads() { return stuck; }

    /** An exception a model thread threw, if any. */
    public Throwable failure() { return failure; }

    private static final class ThreadStuckError extends Error {
        ThreadStuckError() { super(null, null, false, false); }
    }
}
