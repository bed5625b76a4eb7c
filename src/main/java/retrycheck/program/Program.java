package retrycheck.program;

import retrycheck.explore.Finding;
import retrycheck.explore.Target;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small concurrent Java program for the explorer: shared int cells and arrays, mutexes, compare-and-swap,
 * threads that are started at once or created and joined by other threads, assertions that become findings,
 * and loop heads for cycle detection. Every shared access goes through the {@link Builder}'s objects, so the
 * explorer sees each one as a scheduling point and knows what it touches.
 * <pre>{@code
 * Program p = Program.of("lost update", b -> {
 *     IntVar x = b.var("x", 0);
 *     for (String t : List.of("a", "b")) b.thread(t, () -> x.set(x.get() + 1));
 *     Handle checker = b.thread("checker", () -> { ... });
 * });
 * Program.Result r = p.check(Explorer.Options.defaults());
 * }</pre>
 * The build function runs once per execution and must be deterministic; thread bodies must touch shared state
 * only through the builder's objects, and keep their local state in local variables.
 */
public final class Program implements Target {
    public final String name;
    private final Consumer<Builder> build;

    private Program(String name, Consumer<Builder> build) {
        this.name = name;
        this.build = build;
    }

    public static Program of(String name, Consumer<Builder> build) { return new Program(name, build); }

    @Override public Instance instantiate(Runtime rt) {
        Builder b = new Builder(rt);
        build.accept(b);
        return b.instance();
    }

    /** Explores the program; see {@link Checks#check}. */
    public Checks.Result check(retrycheck.explore.Explorer.Options options) { return Checks.check(this, options); }

    @Override public String toString() { return name; }

    /** Declares a program's shared objects and threads on one runtime (one per execution). */
    public static final class Builder {
        final Runtime rt;
        final List<ModelThread> threads = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final java.util.Map<String, Locals> locals = new java.util.HashMap<>();
        int events;

        Builder(Runtime rt) {
            this.rt = rt;
            rt.addListener(e -> {
                events = e.seq();
                if (e.isNote(Event.Note.ALL_BLOCKED)) findings.add(new Finding("DEADLOCK", e.seq(), "every live thread is blocked: " + e.result()));
            });
        }

        /** A shared int, initially {@code initial}. */
        public IntVar var(String name, int initial) { return new IntVar(this, name, initial); }

        /** A shared int array of {@code length} zeros; each element is its own object for the dependence. */
        public IntArray array(String name, int length) { return new IntArray(this, name, length); }

        /** A plain (non-reentrant) mutex, initially free. */
        public Mutex mutex(String name) { return new Mutex(this, name); }

        /** A thread that runs from the start. */
        public Handle thread(String name, Runnable body) { return add(name, body, false); }

        /** A thread that runs only once another thread calls {@link Handle#start()} on it (pthread_create). */
        public Handle created(String name, Runnable body) { return add(name, body, true); }

        private Handle add(String name, Runnable body, boolean waitsForStart) {
            for (ModelThread t : threads)
                if (t.name().equals(name)) throw new IllegalArgumentException("two threads named " + name);
            Handle h = new Handle(this, name, waitsForStart);
            Locals l = new Locals(rt, name);
            locals.put(name, l);
            threads.add(new ModelThread(name, () -> {
                if (waitsForStart) h.awaitStart();
                body.run();
                h.exit();
            }));
            return h;
        }

        /** An assertion: if {@code condition} is false, the execution has an ASSERT finding with this message. */
        public void check(boolean condition, String message) {
            if (!condition) findings.add(new Finding("ASSERT", events, rt.threadName() + ": " + message));
        }

        /**
         * Marks a loop head of the calling thread, with the loop's local state (every local variable the loop
         * carries from one iteration to the next). The explorer compares the whole state here (shared objects,
         * every thread's position and locals) with the earlier loop heads of the execution and cuts a repeated one
         * (a cycle: the program can loop forever there). It is a scheduling point that touches nothing shared.
         */
        public void loopHead(String label, int... carried) {
            String me = rt.threadName();
            locals.get(me).head(label, carried);
        }

        /** Records a value the calling thread read (its locals now depend on it). */
        void observed(Object value) {
            Locals l = locals.get(rt.threadName());
            if (l != null) l.observed(value);
        }

        Instance instance() {
            List<ModelThread> ts = List.copyOf(threads);
            return new Instance() {
                @Override public List<ModelThread> threads() { return ts; }
                @Override public List<Finding> findings() { return findings; }
                @Override public boolean isLoopHead(Event e) { return e.note() == null && e.op().startsWith(Locals.HEAD); }
            };
        }
    }
}
