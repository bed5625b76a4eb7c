package retrycheck.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The semantics of the primitives the kernel model uses. The model calls only this API (through the
 * primitives in this package) for anything shared between threads. Two implementations decide how a
 * thread waits: {@link MonitorRuntime} on plain Java monitors (a normal JVM, and JPF), and the embedded
 * explorer's controlled runtime, where every operation is a scheduling point.
 */
public abstract class Runtime {
    private final List<Shared> objects = new ArrayList<>();
    private final List<EventListener> listeners = new ArrayList<>();
    private int seq;

    void register(Shared s) { objects.add(s); }

    public List<Shared> objects() { return Collections.unmodifiableList(objects); }

    public void addListener(EventListener l) { listeners.add(l); }

    /** Performs a shared-memory operation, waiting while it is not enabled. */
    public abstract <R> R exec(Op<R> op);

    /** The calling model thread's name. */
    public abstract String threadName();

    /** Runs the model threads to their end (or until the runtime gives up on them). */
    public abstract void run(List<ModelThread> threads);

    /** A model-level mark; not a scheduling point. */
    public void note(Event.Note kind, Src src, String detail, int flags, int fault) {
        emit(threadName(), kind.name(), kind, "", src, detail, flags, fault, false);
    }

    /** A note on behalf of {@code thread}, emitted by an engine (deadlock found, state repeated). */
    public void engineNote(String thread, Event.Note kind, String detail) {
        emit(thread, kind.name(), kind, "", Src.NONE, detail, 0, 0, false);
    }

    /** Emits the event of a performed operation. Called by implementations right after {@link Op#perform()}. */
    protected void emitOp(String thread, Op<?> op, Object result) {
        Shared o = op.object();
        emit(thread, op.name, null, o == null ? "" : o.name, op.src, String.valueOf(result), 0, 0, op.mightSleep);
    }

    private void emit(String thread, String op, Event.Note note, String object, Src src, String result, int flags, int fault,
                      boolean mightSleep) {
        Event e = new Event(++seq, thread, op, note, object, src, result, flags, fault, mightSleep);
        for (int i = 0, n = listeners.size(); i < n; i++) listeners.get(i).onEvent(e);
        afterEvent(e);
    }

    /** Hook for engines: called after the listeners saw {@code e}. */
    protected void afterEvent(Event e) {}

    /** The global state of the shared objects, canonical: "mmap_sem=free page=locked:io ...". */
    public String sharedState() {
        StringBuilder b = new StringBuilder();
        appendSharedState(b);
        return b.toString();
    }

    /** Appends {@link #sharedState()} to {@code b} (for engines that build a longer key from it). */
    public void appendSharedState(StringBuilder b) {
        for (int i = 0, n = objects.size(); i < n; i++) {
            Shared s = objects.get(i);
            b.append(s.name).append('=').append(s.state()).append(' ');
        }
    }
}
