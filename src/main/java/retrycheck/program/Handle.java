package retrycheck.program;

import retrycheck.runtime.Op;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Src;

import java.util.List;

/**
 * A program thread, for {@link #start()} (pthread_create, of a thread declared with
 * {@link Program.Builder#created}) and {@link #join()}. Starting is a RELEASE that the created thread's first
 * step waits for (AWAIT), ending a RELEASE that a join waits for: ordered, never tried the other way round.
 */
public final class Handle {
    public final String name;
    private final Flag started;
    private final Flag ended;

    Handle(Program.Builder b, String name, boolean waitsForStart) {
        this.name = name;
        this.started = new Flag(b, "started:" + name, !waitsForStart);
        this.ended = new Flag(b, "ended:" + name, false);
    }

    /** Lets a created thread run. Starting it twice is an ASSERT finding. */
    public void start() { started.raise("create"); }

    /** Waits until the thread has ended. */
    public void join() { ended.await("join"); }

    void awaitStart() { started.await("begin"); }

    void exit() { ended.raise("exit"); }

    private static final class Flag extends Shared {
        private final Program.Builder b;
        private boolean value;

        Flag(Program.Builder b, String name, boolean initial) {
            super(b.rt, name);
            this.b = b;
            this.value = initial;
        }

        void raise(String op) {
            boolean was = rt.exec(Op.write(op, Src.NONE, this, () -> { boolean w = value; value = true; return w; })
                    .access(o -> value ? Op.Access.READ : Op.Access.RELEASE));
            if (was && op.equals("create")) b.check(false, "thread " + name.substring(name.indexOf(':') + 1) + " started twice");
        }

        void await(String op) {
            rt.exec(new Op<>(op, Src.NONE, List.of(this), List.of(), () -> value, () -> "ok").access(o -> Op.Access.AWAIT));
        }

        @Override public String state() { return value ? "yes" : "no"; }
    }
}
