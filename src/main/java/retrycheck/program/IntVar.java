package retrycheck.program;

import retrycheck.runtime.Op;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Src;

/** A shared int: read, write, compare-and-swap, fetch-and-add, each one atomic step. */
public final class IntVar extends Shared {
    private final Program.Builder b;
    private int value;

    IntVar(Program.Builder b, String name, int initial) {
        super(b.rt, name);
        this.b = b;
        this.value = initial;
    }

    public int get() {
        int v = rt.exec(Op.read("get", Src.NONE, this, () -> value));
        b.observed(v);
        return v;
    }

    public void set(int v) { rt.exec(Op.write("set", Src.NONE, this, () -> { value = v; return v; })); }

    /** Sets the value to {@code update} if it is {@code expect}; true if it did. A failing CAS only reads. */
    public boolean cas(int expect, int update) {
        boolean ok = rt.exec(Op.write("cas", Src.NONE, this, () -> {
            if (value != expect) return false;
            value = update;
            return true;
        }).access(o -> value == expect ? Op.Access.WRITE : Op.Access.READ));
        b.observed(ok);
        return ok;
    }

    /** Adds {@code d}; returns the value before. */
    public int getAndAdd(int d) {
        int v = rt.exec(Op.write("get_and_add", Src.NONE, this, () -> { int old = value; value += d; return old; }));
        b.observed(v);
        return v;
    }

    /** The value now, without a scheduling point: for final checks after every writer was joined. */
    public int peek() { return value; }

    @Override public String state() { return Integer.toString(value); }
}
