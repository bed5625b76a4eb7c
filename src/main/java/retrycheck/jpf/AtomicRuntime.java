package retrycheck.jpf;

import retrycheck.explore.Target;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's primitives inside Java PathFinder, with the embedded explorer's step semantics and its scheduling points
 * only. Every model thread runs in JPF's atomic section ({@link JpfVm}); at each operation it offers JPF one thread
 * choice ({@link JpfVm#operationPoint()}) among the threads that can perform theirs, then performs it, and runs on
 * without any thread switch (its notes included) to its next operation, as a thread of the embedded explorer runs alone
 * from one scheduling point to the next. A thread whose operation is not enabled waits on its own lock, outside the
 * section, until an operation makes its operation enabled: it is not one of JPF's choices meanwhile, as the embedded
 * explorer offers only enabled threads. When no thread can go, JPF sees every thread blocked (its deadlock).
 * <p>
 * It also applies the embedded explorer's cycle rule ({@code ControlledRuntime}): at every loop head
 * ({@link Target.Instance#isLoopHead}) the kernel state (shared objects, each thread's last loop head and operations
 * since) is compared with those of the loop heads before it on this path; a repeat is noted as
 * {@link Event.Note#STATE_REPEATED} (the TERMINATION monitor fails it when SIGKILL is pending) and, when no monitor
 * fires, the path is cut there, as the embedded explorer cuts that execution. That history is not JPF state
 * ({@code IgnoredFields}), nor is the event counter, so equal model states match.
 */
public final class AtomicRuntime extends Runtime {
    static final class Ctl {
        final String name;
        final Object lock = new Object();
        /** The operation it waits to be able to perform, or null. */
        Op<?> waitingFor;
        boolean go;
        boolean finished;
        String head = "";
        int opsSinceHead;

        Ctl(String name) { this.name = name; }
    }

    private final JpfVm vm;
    private final List<Ctl> ctls = new ArrayList<>();
    private Target.Instance instance;
    private Map<String, Integer> seenHeads = new HashMap<>();
    private boolean cycle;

    public AtomicRuntime(JpfVm vm) { this.vm = vm; }

    /** The built check, whose loop heads the cycle rule watches. */
    public void setInstance(Target.Instance instance) { this.instance = instance; }

    private Ctl me() {
        String n = Thread.currentThread().getName();
        for (Ctl c : ctls) if (c.name.equals(n)) return c;
        return null;
    }

    @Override public <R> R exec(Op<R> op) {
        Ctl me = me();
        boolean chosen = false;
        if (!op.enabled()) {                              // not a choice until some operation enables it
            block(me, op);
            chosen = true;                                // resumed by JPF's choice of this thread
        }
        if (!chosen) vm.operationPoint();
        while (!op.enabled()) block(me, op);              // another thread went first and disabled it again
        R r = op.perform();
        me.opsSinceHead++;
        emitOp(me.name, op, r);
        for (Ctl c : ctls)
            if (c.waitingFor != null && c.waitingFor.enabled()) {
                c.waitingFor = null;
                synchronized (c.lock) {
                    c.go = true;
                    c.lock.notify();
                }
            }
        return r;
    }

    private void block(Ctl me, Op<?> op) {
        me.waitingFor = op;
        synchronized (me.lock) {
            while (true) {
                vm.leave();                                  // suspended outside the section, as at an operation point
                try {
                    me.lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("model thread interrupted", e);
                } finally {
                    vm.enter();                              // before touching anything shared: no other choice here
                }
                if (me.go) break;
            }
            me.go = false;
        }
    }

    @Override public String threadName() { return Thread.currentThread().getName(); }

    @Override protected void afterEvent(Event e) {
        if (instance == null || cycle || !instance.isLoopHead(e)) return;
        Ctl me = me();
        if (me == null) return;
        me.head = e.op() + ":" + e.result() + ":" + e.flags();          // as ControlledRuntime.afterEvent
        me.opsSinceHead = 0;
        StringBuilder key = new StringBuilder(sharedState());
        for (Ctl c : ctls) key.append('|').append(c.finished ? "end" : c.head + "#" + c.opsSinceHead);
        Integer earlier = seenHeads.putIfAbsent(key.toString(), e.seq());
        if (earlier != null) {
            cycle = true;
            engineNote(me.name, Event.Note.STATE_REPEATED,
                    "the kernel state at event " + e.seq() + " repeats event " + earlier + ": this thread can loop forever");
            vm.cutPath();                                  // no monitor fired (it would have thrown): a harmless cycle
        }
    }

    /**
     * A model thread's body, in the atomic section from its first instruction to its end. A class with final fields,
     * not a lambda: JPF breaks on the first reads of a lambda's captured values by the new thread (shared objects).
     */
    private static final class Body implements Runnable {
        private final AtomicRuntime rt;
        private final Ctl ctl;
        private final ModelThread mt;

        Body(AtomicRuntime rt, Ctl ctl, ModelThread mt) {
            this.rt = rt;
            this.ctl = ctl;
            this.mt = mt;
        }

        @Override public void run() {
            rt.vm.enter();
            mt.body().run();
            rt.note(Event.Note.THREAD_END, Src.NONE, "", 0, 0);
            ctl.finished = true;
            rt.vm.leave();
        }
    }

    /** Starts the threads (same names as the model's) inside the atomic section and waits for all of them. */
    @Override public void run(List<ModelThread> threads) {
        List<Thread> started = new ArrayList<>();
        for (ModelThread mt : threads) {
            Ctl ctl = new Ctl(mt.name());
            ctls.add(ctl);
            Thread t = new Thread(new Body(this, ctl, mt), mt.name());
            // not daemons: JPF takes a state in which only daemon threads can run for the end of the program
            started.add(t);
        }
        vm.enter();                                        // start them all before any runs
        for (Thread t : started) t.start();
        vm.leave();
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
