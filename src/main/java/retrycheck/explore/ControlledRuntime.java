package retrycheck.explore;

import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The runtime under the explorer's control: model threads run one at a time; every {@link #exec} is a
 * scheduling point at which the thread stops until the explorer grants it the next step. How a thread stops
 * and is resumed is the {@link Handoff}: a carrier thread per model thread (semaphores, or a turn flag with
 * park/unpark), or a continuation run on the explorer's own thread. It also watches loop heads and flags a
 * repeated kernel state (a cycle).
 * <p>
 * A model thread that does not reach its next operation within the step timeout (a handler looping in plain Java)
 * is given up on and the search ends with {@link #timeoutReason} (see {@link CarrierPool#search}). On carrier threads
 * the explorer's wait times out; a continuation runs on the explorer's own thread, so there the search runs on a
 * carrier and the calling thread watches it.
 */
final class ControlledRuntime extends Runtime {
    /** Thrown in parked model threads to unwind them when an execution is cut short. */
    static final class Abort extends Error {
        Abort() { super(null, null, false, false); }
    }

    /** Why a model thread was given up on: the reason the check reports. */
    static String timeoutReason(String thread, long timeoutNanos) {
        return "thread " + thread + " did not reach its next operation within " + seconds(timeoutNanos)
                + " (a loop that never calls the runtime?)";
    }

    static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s == Math.rint(s) ? String.format("%d s", (long) s) : String.format("%s s", Double.toString(s));
    }

    final class Ctl {
        final int tid;
        final String name;
        Op<?> pending;
        private OpSig sig;
        boolean finished;
        /** Given up on after the step timeout: it is still running somewhere and is never resumed again. */
        volatile boolean hung;
        // THREADS
        final Semaphore resume = mode == Handoff.THREADS ? new Semaphore(0) : null;
        // PARK: 1 = the model thread's turn, 0 = the explorer's
        volatile int turn = 1;
        volatile Thread carrier;
        // CONTINUATION
        Object cont;
        String head = "";
        int opsSinceHead;

        Ctl(int tid, String name) { this.tid = tid; this.name = name; }

        /** The signature of the pending operation, built once per operation. */
        OpSig sig() {
            OpSig s = sig;
            if (s == null && pending != null) sig = s = OpSig.of(pending);
            return s;
        }
    }

    private final CarrierPool pool;
    /** With continuations and a step timeout: what the calling thread watches (else null). */
    private final CarrierPool.Watch watch;
    private final Handoff mode;
    private final long timeoutNanos;
    private final Semaphore back;
    private final Thread explorerThread = Thread.currentThread();
    /** The model thread that runs now (null: the explorer). Published to it by the hand-off itself. */
    private Ctl running;
    final List<Ctl> ctls = new ArrayList<>();
    private volatile boolean aborting;
    Throwable crash;
    String crashThread;

    private Target.Instance instance;
    /** Loop-head states seen in this execution: the event number and the steps taken when first seen. */
    private final Map<String, int[]> seenHeads = new HashMap<>();
    boolean cycle;
    /** With {@link #cycle}: the number of steps taken when the repeated state was first seen. */
    int cycleFromDepth;
    private int stepsTaken;
    private int[] taken = new int[64];
    int eventCount;

    ControlledRuntime(CarrierPool pool) {
        this.pool = pool;
        this.watch = CarrierPool.currentWatch();
        this.mode = watch != null ? Handoff.CONTINUATION : pool.mode();
        this.timeoutNanos = watch != null ? watch.timeoutNanos : pool.stepTimeoutNanos();
        this.back = mode == Handoff.THREADS ? new Semaphore(0) : null;
    }

    void setInstance(Target.Instance instance) { this.instance = instance; }

    @Override public <R> R exec(Op<R> op) {
        if (aborting) throw new Abort();   // also stops a thread given up on, should it ever get here
        Ctl me = running;
        me.pending = op;
        me.sig = null;
        switch (mode) {
            case THREADS -> {
                back.release();
                me.resume.acquireUninterruptibly();
            }
            case PARK -> {
                me.turn = 0;
                LockSupport.unpark(explorerThread);
                awaitTurn(me, 1, 0);
            }
            case CONTINUATION -> Continuations.yieldNow();
        }
        if (aborting) throw new Abort();
        me.pending = null;
        me.sig = null;
        R r = op.perform();
        me.opsSinceHead++;
        emitOp(me.name, op, r);
        return r;
    }

    @Override public String threadName() {
        Ctl c = running;
        return c == null ? "explorer" : c.name;
    }

    /** Starts the threads one after another; each runs to its first operation (or its end). */
    @Override public void run(List<ModelThread> threads) {
        for (ModelThread mt : threads) {
            Ctl ctl = new Ctl(ctls.size(), mt.name());
            ctls.add(ctl);
            running = ctl;
            switch (mode) {
                case THREADS -> {
                    pool.submit(() -> body(ctl, mt));
                    awaitBack(ctl);
                }
                case PARK -> {
                    pool.submit(() -> body(ctl, mt));
                    awaitTurn(ctl, 0, timeoutNanos);
                }
                case CONTINUATION -> {
                    ctl.cont = Continuations.create(() -> body(ctl, mt));
                    if (watch != null) watch.enter(this, ctl);
                    Continuations.run(ctl.cont);
                    if (watch != null) watch.leave();
                }
            }
            running = null;
        }
    }

    private void body(Ctl ctl, ModelThread mt) {
        if (mode == Handoff.PARK) ctl.carrier = Thread.currentThread();
        try {
            mt.body().run();
            note(Event.Note.THREAD_END, retrycheck.runtime.Src.NONE, "", 0, 0);
        } catch (Abort a) {
            // unwound at the end of a cut-short execution
        } catch (Throwable t) {
            if (crash == null && !ctl.hung) { crash = t; crashThread = ctl.name; }
        } finally {
            ctl.finished = true;
            ctl.pending = null;
            ctl.sig = null;
            if (!ctl.hung) {
                switch (mode) {
                    case THREADS -> back.release();
                    case PARK -> {
                        ctl.turn = 0;
                        LockSupport.unpark(explorerThread);
                    }
                    case CONTINUATION -> { }   // the continuation ends; its run() returns
                }
            }
        }
    }

    /** Lets {@code ctl} perform its pending operation and run on to its next one (or its end). */
    void step(Ctl ctl) {
        if (stepsTaken == taken.length) taken = Arrays.copyOf(taken, taken.length * 2);
        taken[stepsTaken++] = ctl.tid;
        resume(ctl);
    }

    private void resume(Ctl ctl) {
        running = ctl;
        switch (mode) {
            case THREADS -> {
                ctl.resume.release();
                awaitBack(ctl);
            }
            case PARK -> {
                ctl.turn = 1;
                LockSupport.unpark(ctl.carrier);
                awaitTurn(ctl, 0, timeoutNanos);
            }
            case CONTINUATION -> {
                if (watch != null) watch.enter(this, ctl);
                Continuations.run(ctl.cont);
                if (watch != null) watch.leave();
            }
        }
        running = null;
    }

    /** THREADS: waits for the model thread to stop again, or gives up on it after the step timeout. */
    private void awaitBack(Ctl ctl) {
        if (timeoutNanos <= 0) {
            back.acquireUninterruptibly();
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!back.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) giveUp(ctl);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Spins this many times on the turn flag before parking (the other side usually answers within a microsecond). */
    private static final int SPINS = Integer.getInteger("retrycheck.handoff.spins", 0);

    /**
     * PARK: waits until {@code ctl.turn == want}. On the explorer's side ({@code timeout > 0}) gives up on the
     * model thread after the step timeout; a model thread waits for as long as it takes.
     */
    private void awaitTurn(Ctl ctl, int want, long timeout) {
        for (int i = 0; i < SPINS; i++) {
            if (ctl.turn == want) return;
            Thread.onSpinWait();
        }
        long deadline = timeout > 0 ? System.nanoTime() + timeout : 0;
        while (ctl.turn != want) {
            if (timeout <= 0) {
                LockSupport.park(this);
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    giveUp(ctl);
                    return;
                }
                LockSupport.parkNanos(this, left);
            }
        }
    }

    /**
     * The step timeout expired: the thread is given up on, the others are unwound, and the search ends with the
     * reason ({@link CarrierPool#search} reports it).
     */
    private void giveUp(Ctl ctl) {
        ctl.hung = true;
        running = null;
        abortAll();
        throw new CarrierPool.Hung(this, ctl, timeoutReason(ctl.name, timeoutNanos));
    }

    /** Unwinds every parked thread. */
    void abortAll() {
        aborting = true;
        for (Ctl c : ctls) {
            if (!c.finished && !c.hung) resume(c);
        }
    }

    /** The tids of the steps taken so far. */
    List<Integer> schedule() {
        List<Integer> s = new ArrayList<>(stepsTaken);
        for (int i = 0; i < stepsTaken; i++) s.add(taken[i]);
        return s;
    }

    List<String> threadNames() { return ctls.stream().map(c -> c.name).toList(); }

    @Override protected void afterEvent(Event e) {
        eventCount = e.seq();
        if (instance == null || cycle || !instance.isLoopHead(e)) return;
        Ctl me = running;
        if (me == null) return;
        me.head = e.op() + ":" + e.result() + ":" + e.flags();
        me.opsSinceHead = 0;
        StringBuilder key = new StringBuilder(128);
        appendSharedState(key);
        for (Ctl c : ctls) {
            key.append('|');
            if (c.finished) key.append("end");
            else key.append(c.head).append('#').append(c.opsSinceHead);
        }
        int[] earlier = seenHeads.putIfAbsent(key.toString(), new int[] {e.seq(), stepsTaken});
        if (earlier != null) {
            cycle = true;
            cycleFromDepth = earlier[1];
            engineNote(me.name, Event.Note.STATE_REPEATED,
                    "the kernel state at event " + e.seq() + " repeats event " + earlier[0] + ": this thread can loop forever");
        }
    }
}
