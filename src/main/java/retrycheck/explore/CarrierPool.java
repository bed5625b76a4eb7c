package retrycheck.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The execution machinery of one explorer: reusable daemon threads that carry model threads (so an execution does
 * not pay for thread creation; a carrier runs one model thread at a time), the {@link Handoff} and step timeout
 * of the current search, and the watch that ends a search whose model thread never reaches its next operation.
 * One pool per exploring thread.
 */
final class CarrierPool {
    private final List<Carrier> idle = new ArrayList<>();
    private final List<Carrier> all = new ArrayList<>();

    private Handoff mode = Handoff.configured();
    private long stepTimeoutNanos = Explorer.Options.DEFAULT_STEP_TIMEOUT_MILLIS * 1_000_000L;

    private final class Carrier extends Thread {
        final Semaphore go = new Semaphore(0);
        volatile Runnable task;

        Carrier(int n) {
            super("retrycheck-carrier-" + n);
            setDaemon(true);
        }

        @Override public void run() {
            for (;;) {
                go.acquireUninterruptibly();
                Runnable t = task;
                if (t == null) return;
                try {
                    t.run();
                } finally {
                    task = null;
                    synchronized (CarrierPool.this) { idle.add(this); }
                }
            }
        }
    }

    /** Runs {@code task} on an idle carrier (starting a new one if none is idle). */
    void submit(Runnable task) {
        Carrier c;
        synchronized (this) {
            if (idle.isEmpty()) {
                c = new Carrier(all.size());
                all.add(c);
                c.start();
            } else {
                c = idle.remove(idle.size() - 1);
            }
        }
        c.task = task;
        c.go.release();
    }

    /** Ends the carriers. */
    void shutdown() {
        synchronized (this) {
            for (Carrier c : all) { c.task = null; c.go.release(); }
            all.clear();
            idle.clear();
        }
    }

    Handoff mode() { return mode; }

    long stepTimeoutNanos() { return stepTimeoutNanos; }

    // ---- the step timeout ----

    /** A model thread was given up on after the step timeout; thrown out of the search on the explorer's thread. */
    static final class Hung extends Error {
        final transient ControlledRuntime rt;
        final transient ControlledRuntime.Ctl ctl;

        Hung(ControlledRuntime rt, ControlledRuntime.Ctl ctl, String message) {
            super(message, null, false, false);
            this.rt = rt;
            this.ctl = ctl;
        }
    }

    /** Thrown on a search thread that was given up on, should its model thread ever come back. */
    private static final class Abandoned extends Error {
        Abandoned() { super(null, null, false, false); }
    }

    /** What the calling thread watches of a search that runs continuations on a search thread. */
    static final class Watch {
        private static final VarHandle RT, CTL, STEPS;
        static {
            try {
                MethodHandles.Lookup l = MethodHandles.lookup();
                RT = l.findVarHandle(Watch.class, "rt", ControlledRuntime.class);
                CTL = l.findVarHandle(Watch.class, "ctl", ControlledRuntime.Ctl.class);
                STEPS = l.findVarHandle(Watch.class, "steps", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private ControlledRuntime rt;
        private ControlledRuntime.Ctl ctl;
        private long steps;
        volatile boolean abandoned;
        final long timeoutNanos;

        Watch(long timeoutNanos) { this.timeoutNanos = timeoutNanos; }

        /** On the search thread: {@code ctl} of {@code rt} starts a step. Cheap: two ordered stores, no fence. */
        void enter(ControlledRuntime r, ControlledRuntime.Ctl c) {
            if (RT.getOpaque(this) != r) RT.setRelease(this, r);
            STEPS.setOpaque(this, steps + 1);
            CTL.setRelease(this, c);
        }

        /** On the search thread: the step is over. */
        void leave() {
            CTL.setRelease(this, null);
            if (abandoned) throw new Abandoned();
        }
    }

    private static final ThreadLocal<Watch> WATCH = new ThreadLocal<>();

    /** The watch of the search running on this thread (null: none); a new runtime reports its steps to it. */
    static Watch currentWatch() { return WATCH.get(); }

    /** Forwards findings until closed; synchronized, so the calling thread sees what the search thread reported. */
    private static final class GuardedSink implements Explorer.FindingSink {
        private final Explorer.FindingSink inner;
        private boolean closed;

        GuardedSink(Explorer.FindingSink inner) { this.inner = inner; }

        @Override public synchronized void onFinding(Finding f, List<Integer> schedule, List<String> threadNames) {
            if (!closed) inner.onFinding(f, schedule, threadNames);
        }

        synchronized void close() { closed = true; }
    }

    /**
     * Runs one search with {@code opt}'s hand-off and step timeout. A model thread given up on ends the search:
     * its reason is reported as a MODEL_ERROR finding (with the schedule that leads to it) and the statistics
     * so far come back not exhausted, so no verdict is PASS. With continuations (which run on the searching thread
     * itself) and a step timeout, the search runs on a carrier while the calling thread watches its steps.
     */
    ExploreStats search(Explorer.Options opt, ExploreStats stats, Explorer.FindingSink sink,
                        Function<Explorer.FindingSink, ExploreStats> body) {
        Handoff savedMode = mode;
        long savedTimeout = stepTimeoutNanos;
        long start = System.nanoTime();
        mode = opt.handoff();
        if (!mode.available()) throw new IllegalArgumentException("hand-off " + mode.id() + ": " + mode.unavailableReason());
        stepTimeoutNanos = opt.stepTimeoutMillis() * 1_000_000L;
        try {
            if (mode != Handoff.CONTINUATION || stepTimeoutNanos <= 0) {
                try {
                    return body.apply(sink);
                } catch (Hung h) {
                    return givenUp(h.rt, h.ctl, h.getMessage(), stats, sink, start);
                }
            }
            return watched(stats, sink, body, start);
        } finally {
            mode = savedMode;
            stepTimeoutNanos = savedTimeout;
        }
    }

    private ExploreStats watched(ExploreStats stats, Explorer.FindingSink sink,
                                 Function<Explorer.FindingSink, ExploreStats> body, long start) {
        long timeout = stepTimeoutNanos;
        Watch w = new Watch(timeout);
        GuardedSink guarded = new GuardedSink(sink);
        Thread caller = Thread.currentThread();
        Object[] outcome = new Object[1];
        boolean[] done = new boolean[1];
        submit(() -> {
            Object o;
            WATCH.set(w);   // the runtimes this search creates run continuations and report to w
            try {
                o = body.apply(guarded);
            } catch (Abandoned a) {
                return;
            } catch (Throwable t) {
                o = t;
            } finally {
                WATCH.remove();
            }
            synchronized (w) {
                outcome[0] = o;
                done[0] = true;
            }
            LockSupport.unpark(caller);
        });
        long poll = Math.max(1_000_000L, Math.min(timeout / 10, 100_000_000L));
        long lastSteps = -1, since = System.nanoTime();
        boolean interrupted = false;
        try {
            while (true) {
                synchronized (w) {
                    if (done[0]) {
                        if (outcome[0] instanceof ExploreStats s) return s;
                        Throwable t = (Throwable) outcome[0];
                        if (t instanceof Hung h) return givenUp(h.rt, h.ctl, h.getMessage(), stats, sink, start);
                        if (t instanceof RuntimeException r) throw r;
                        if (t instanceof Error e) throw e;
                        throw new IllegalStateException(t);
                    }
                }
                LockSupport.parkNanos(this, poll);
                if (Thread.interrupted()) interrupted = true;
                long now = System.nanoTime();
                ControlledRuntime.Ctl c = (ControlledRuntime.Ctl) Watch.CTL.getAcquire(w);
                long n = (long) Watch.STEPS.getAcquire(w);
                if (c == null || n != lastSteps) {
                    lastSteps = c == null ? -1 : n;
                    since = now;
                } else if (now - since >= timeout) {
                    w.abandoned = true;
                    guarded.close();
                    ControlledRuntime r = (ControlledRuntime) Watch.RT.getAcquire(w);
                    c.hung = true;
                    return givenUp(r, c, ControlledRuntime.timeoutReason(c.name, timeout), stats, sink, start);
                }
            }
        } finally {
            if (interrupted) caller.interrupt();
        }
    }

    /** Reports a thread given up on and returns the statistics so far, not exhausted. */
    private static ExploreStats givenUp(ControlledRuntime rt, ControlledRuntime.Ctl ctl, String reason, ExploreStats stats,
                                        Explorer.FindingSink sink, long start) {
        sink.onFinding(new Finding("MODEL_ERROR", rt.eventCount, reason), rt.schedule(), rt.threadNames());
        ExploreStats s = new ExploreStats();
        s.add(stats);
        s.executions++;   // the execution that hung
        s.hitExecutionBound = stats.hitExecutionBound;
        s.hitStepBound = stats.hitStepBound;
        s.exhausted = false;
        s.wallNanos = System.nanoTime() - start;
        return s;
    }

}
