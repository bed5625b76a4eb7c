package retrycheck.explore;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The JDK's internal one-shot delimited continuations ({@code jdk.internal.vm.Continuation}, the machinery under
 * virtual threads, JDK 21+), reached through method handles so that this code still compiles with
 * {@code --release 17}. A model thread that is a continuation runs on the explorer's own thread: a step is
 * {@link #run} until the thread's next operation {@link #yieldNow yields}, with no operating-system thread switch.
 * <p>
 * The package must be exported to this code: {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} on the
 * command line, or the {@code Add-Exports: java.base/jdk.internal.vm} attribute of the executable jar's manifest
 * (which {@code java -jar target/retrycheck.jar} reads). Without it, or on JDK 17, {@link #AVAILABLE} is false and
 * {@link #UNAVAILABLE} says why.
 */
final class Continuations {
    private Continuations() {}

    static final boolean AVAILABLE;
    /** Why continuations cannot be used here, or "" when they can. */
    static final String UNAVAILABLE;

    private static final Object SCOPE;
    private static final MethodHandle NEW;      // (Object scope, Runnable) Object
    private static final MethodHandle RUN;      // (Object) void
    private static final MethodHandle YIELD;    // (Object scope) boolean
    private static final MethodHandle IS_DONE;  // (Object) boolean

    static {
        Object scope = null;
        MethodHandle mNew = null, mRun = null, mYield = null, mDone = null;
        String why = "";
        try {
            Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
            Class<?> contClass = Class.forName("jdk.internal.vm.Continuation");
            MethodHandles.Lookup l = MethodHandles.lookup();
            scope = l.findConstructor(scopeClass, MethodType.methodType(void.class, String.class)).invoke("retrycheck");
            mNew = l.findConstructor(contClass, MethodType.methodType(void.class, scopeClass, Runnable.class))
                    .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
            mRun = l.findVirtual(contClass, "run", MethodType.methodType(void.class))
                    .asType(MethodType.methodType(void.class, Object.class));
            mYield = l.findStatic(contClass, "yield", MethodType.methodType(boolean.class, scopeClass))
                    .asType(MethodType.methodType(boolean.class, Object.class));
            mDone = l.findVirtual(contClass, "isDone", MethodType.methodType(boolean.class))
                    .asType(MethodType.methodType(boolean.class, Object.class));
            // a smoke test: one yield, then the end
            final Object s = scope;
            final MethodHandle y = mYield;
            int[] seen = new int[1];
            Object c = mNew.invoke(s, (Runnable) () -> {
                seen[0]++;
                try { boolean ignored = (boolean) y.invokeExact(s); } catch (Throwable t) { throw new IllegalStateException(t); }
                seen[0]++;
            });
            mRun.invoke(c);
            if (seen[0] != 1 || (boolean) mDone.invoke(c)) throw new IllegalStateException("the continuation did not yield");
            mRun.invoke(c);
            if (seen[0] != 2 || !(boolean) mDone.invoke(c)) throw new IllegalStateException("the continuation did not end");
        } catch (ClassNotFoundException e) {
            why = "this JDK (" + System.getProperty("java.version") + ") has no jdk.internal.vm.Continuation (JDK 21+ has)";
        } catch (IllegalAccessException e) {
            why = "java.base/jdk.internal.vm is not exported (run with --add-exports java.base/jdk.internal.vm=ALL-UNNAMED,"
                    + " or java -jar target/retrycheck.jar, whose manifest exports it)";
        } catch (Throwable t) {
            why = "jdk.internal.vm.Continuation did not work: " + t;
        }
        AVAILABLE = why.isEmpty();
        UNAVAILABLE = why;
        SCOPE = AVAILABLE ? scope : null;
        NEW = AVAILABLE ? mNew : null;
        RUN = AVAILABLE ? mRun : null;
        YIELD = AVAILABLE ? mYield : null;
        IS_DONE = AVAILABLE ? mDone : null;
    }

    /** A new continuation that will run {@code body}. */
    static Object create(Runnable body) {
        try {
            return (Object) NEW.invokeExact(SCOPE, body);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Runs {@code cont} on the calling thread until it yields or ends. */
    static void run(Object cont) {
        try {
            RUN.invokeExact(cont);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Called inside a running continuation: suspends it, returning from the {@link #run} that ran it. */
    static void yieldNow() {
        boolean yielded;
        try {
            yielded = (boolean) YIELD.invokeExact(SCOPE);
        } catch (IllegalStateException e) {   // pinned: the JDK's onPinned() refuses the yield
            throw new IllegalStateException("a model thread could not yield at a runtime operation (" + e.getMessage()
                    + ": it holds a monitor or is inside a native frame); run with -D" + Handoff.PROPERTY + "=park", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (!yielded) throw new IllegalStateException("a model thread could not yield (pinned by a monitor or a native frame)");
    }

    static boolean isDone(Object cont) {
        try {
            return (boolean) IS_DONE.invokeExact(cont);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
