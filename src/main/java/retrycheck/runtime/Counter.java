package retrycheck.runtime;

/**
 * A shared int of the model that threads read and write without waiting on it: a sequence number such as
 * mm->mm_lock_seq or vma->vm_lock_seq of the per-VMA lock (v6.4 on). Reads and writes are operations of the runtime
 * (scheduling points), each with the C it stands for.
 */
public final class Counter extends Shared {
    private int value;

    public Counter(Runtime rt, String name, int initial) {
        super(rt, name);
        this.value = initial;
    }

    /** READ_ONCE(x) / a plain read. */
    public int get(String opName, Src src) { return rt.exec(Op.read(opName, src, this, () -> value)); }

    /** WRITE_ONCE(x, v) / a plain store. */
    public void set(String opName, int v, Src src) {
        rt.exec(Op.write(opName, src, this, () -> { value = v; return Integer.toString(v); }));
    }

    public int valueNow() { return value; }

    @Override public String state() { return Integer.toString(value); }
}
