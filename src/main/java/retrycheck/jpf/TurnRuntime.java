package retrycheck.jpf;

import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's primitives on one plain Java monitor, for Java PathFinder, with the embedded engine's step semantics.
 * <p>
 * Like {@code MonitorRuntime}, an operation waits on the monitor until it is enabled and is performed under it. Unlike
 * it, a thread keeps the <em>turn</em> from one operation until it starts the next (or ends): the notes it emits in
 * between (SIGNAL_CHECK, ATTEMPT_BEGIN, ...) reach the monitors before any other thread's operation, as in the embedded
 * explorer, where a thread runs alone from one scheduling point to the next. With {@code MonitorRuntime} a note is a
 * separate critical section, so another thread's operation can come between an operation and the note that describes
 * it: JPF then reports, for instance, SIGNAL on x86 v5.7 filemap-io (SIGKILL sent between fatal_signal_pending() and
 * its SIGNAL_CHECK note), a violation of the monitors' bookkeeping, not of the kernel.
 * <p>
 * Threads are started without catching what they throw, so JPF sees a monitor's AssertionError as uncaught.
 */
public final class TurnRuntime extends Runtime {
    private final Object monitor = new Object();
    /** The thread between an operation (or its first note) and its next operation; null when nobody holds it. */
    private Thread turn;

    @Override public <R> R exec(Op<R> op) {
        Thread me = Thread.currentThread();
        synchronized (monitor) {
            if (turn == me) {                                    // my step ends where my next operation begins
                turn = null;
                monitor.notifyAll();
            }
        }
        // Two critical sections, not one: between them another thread can take the turn (JPF breaks at the
        // monitorenter below), as the embedded explorer may run any thread at every operation. Released and retaken in
        // one section, the turn would pass only when its holder blocks or ends: no preemption, and JPF would miss every
        // interleaving in which another thread acts between two operations of a running one.
        synchronized (monitor) {
            while (turn != null || !op.enabled()) await();
            turn = me;
            R r = op.perform();
            emitOp(threadName(), op, r);
            monitor.notifyAll();
            return r;
        }
    }

    @Override public void note(Event.Note kind, Src src, String detail, int flags, int fault) {
        synchronized (monitor) {
            takeTurn();
            super.note(kind, src, detail, flags, fault);
        }
    }

    @Override public void engineNote(String thread, Event.Note kind, String detail) {
        synchronized (monitor) { super.engineNote(thread, kind, detail); }
    }

    private void takeTurn() {
        Thread me = Thread.currentThread();
        while (turn != null && turn != me) await();
        turn = me;
    }

    private void endThread() {
        synchronized (monitor) {
            if (turn == Thread.currentThread()) turn = null;
            monitor.notifyAll();
        }
    }

    private void await() {
        try {
            monitor.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("model thread interrupted", e);
        }
    }

    @Override public String threadName() { return Thread.currentThread().getName(); }

    /** Starts the threads (same names as the model's) and waits for all of them, forever if need be. */
    @Override public void run(List<ModelThread> threads) {
        List<Thread> started = new ArrayList<>();
        for (ModelThread mt : threads) {
            Thread t = new Thread(() -> {
                mt.body().run();
                note(Event.Note.THREAD_END, Src.NONE, "", 0, 0);
                endThread();
            }, mt.name());
            t.setDaemon(true);
            started.add(t);
        }
        for (Thread t : started) t.start();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
