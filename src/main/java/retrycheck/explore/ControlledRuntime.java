package retrycheck.explore;

import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The runtime under the explorer's control: model threads run one at a time; every {@link #exec} is a
 * scheduling point at which the thread parks until the explorer grants it the next step. It also watches
 * loop heads and flags a repeated kernel state (a cycle).
 */
final class ControlledRuntime extends Runtime {
    /** Thrown in parked model threads to unwind them when an execution is cut short. */
    static final class Abort extends Error {
        Abort() { super(null, null, false, false); }
    }

    final class Ctl {
        final int tid;
        final String name;
        Op<?> pending;
        boolean finished;
        final Semaphore resume = new Semaphore(0);
        String head = "";
        int opsSinceHead;

        Ctl(int tid, String name) { this.tid = tid; this.name = name; }
    }

    private final CarrierPool pool;
    private final Semaphore back = new Semaphore(0);
    private final ThreadLocal<Ctl> current = new ThreadLocal<>();
    final List<Ctl> ctls = new ArrayList<>();
    private volatile boolean aborting;
    Throwable crash;
    String crashThread;

    private Target.Instance instance;
    private final Map<String, Integer> seenHeads = new HashMap<>();
    private final Map<String, Integer> seenHeadDepths = new HashMap<>();
    boolean cycle;
    /** With {@link #cycle}: the number of steps taken when the repeated state was first seen. */
    int cycleFromDepth;
    private int stepsTaken;
    int eventCount;

    ControlledRuntime(CarrierPool pool) { this.pool = pool; }

    void setInstance(Target.Instance instance) { this.instance = instance; }

    @Override public <R> R exec(Op<R> op) {
        Ctl me = current.get();
        me.pending = op;
        back.release();
        me.resume.acquireUninterruptibly();
        if (aborting) throw new Abort();
        me.pending = null;
        R r = op.perform();
        me.opsSinceHead++;
        emitOp(me.name, op, r);
        return r;
    }

    @Override public String threadName() {
        Ctl c = current.get();
        return c == null ? "explorer" : c.name;
    }

    /** Starts the threads one after another; each runs to its first operation (or its end). */
    @Override public void run(List<ModelThread> threads) {
        for (ModelThread mt : threads) {
            Ctl ctl = new Ctl(ctls.size(), mt.name());
            ctls.add(ctl);
            pool.submit(() -> body(ctl, mt));
            back.acquireUninterruptibly();
        }
    }

    private void body(Ctl ctl, ModelThread mt) {
        current.set(ctl);
        try {
            mt.body().run();
            note(Event.Note.THREAD_END, retrycheck.runtime.Src.NONE, "", 0, 0);
        } catch (Abort a) {
            // unwound at the end of a cut-short execution
        } catch (Throwable t) {
            if (crash == null) { crash = t; crashThread = ctl.name; }
        } finally {
            ctl.finished = true;
            ctl.pending = null;
            current.remove();
            back.release();
        }
    }

    /** Lets {@code ctl} perform its pending operation and run on to its next one (or its end). */
    void step(Ctl ctl) {
        stepsTaken++;
        ctl.resume.release();
        back.acquireUninterruptibly();
    }

    /** Unwinds every parked thread. */
    void abortAll() {
        aborting = true;
        for (Ctl c : ctls) {
            if (!c.finished) {
                c.resume.release();
                back.acquireUninterruptibly();
            }
        }
    }

    @Override protected void afterEvent(Event e) {
        eventCount = e.seq();
        if (instance == null || cycle || !instance.isLoopHead(e)) return;
        Ctl me = current.get();
        if (me == null) return;
        me.head = e.op() + ":" + e.result() + ":" + e.flags();
        me.opsSinceHead = 0;
        StringBuilder key = new StringBuilder(sharedState());
        for (Ctl c : ctls) key.append('|').append(c.finished ? "end" : c.head + "#" + c.opsSinceHead);
        Integer earlier = seenHeads.putIfAbsent(key.toString(), e.seq());
        seenHeadDepths.putIfAbsent(key.toString(), stepsTaken);
        if (earlier != null) {
            cycle = true;
            cycleFromDepth = seenHeadDepths.get(key.toString());
            engineNote(me.name, Event.Note.STATE_REPEATED,
                    "the kernel state at event " + e.seq() + " repeats event " + earlier + ": this thread can loop forever");
        }
    }
}
