package retrycheck.runtime;

/** A shared object of the model (a lock, a flag, a task's signals). Its state is part of the kernel state. */
public abstract class Shared {
    protected final Runtime rt;
    public final String name;

    protected Shared(Runtime rt, String name) {
        this.rt = rt;
        this.name = name;
        rt.register(this);
    }

    /** A short, canonical description of the state: used for traces and for the explorer's state hashing. */
    public abstract String state();

    @Override public String toString() { return name; }
}
