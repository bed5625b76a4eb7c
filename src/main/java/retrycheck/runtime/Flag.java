package retrycheck.runtime;

import java.util.List;

/**
 * A shared boolean that others can sleep on until it becomes true: PageUptodate, a page table entry
 * installed by UFFDIO_COPY (with the userfaultfd wait queue), or a signalled dma_fence; or one that is only cleared
 * (a pte's uffd-wp bit, cleared by UFFDIO_WRITEPROTECT).
 */
public final class Flag extends Shared {
    private boolean value;

    public Flag(Runtime rt, String name, boolean initial) {
        super(rt, name);
        this.value = initial;
    }

    public void set(String opName, Src src) {
        rt.exec(Op.write(opName, src, this, () -> { value = true; return "ok"; })
                .access(o -> value ? Op.Access.READ : Op.Access.RELEASE));
    }

    /** Clears the flag (a plain write: nothing in the model sleeps until a flag is clear), e.g. pte_clear_uffd_wp(). */
    public void clear(String opName, Src src) {
        rt.exec(Op.write(opName, src, this, () -> { value = false; return "ok"; }));
    }

    public boolean get(String opName, Src src) {
        return rt.exec(Op.read(opName, src, this, () -> value));
    }

    /** Sleeps in {@code state} until the flag is set: 0, or {@code error} if a signal ends the sleep first. */
    public int waitUntilSet(String opName, WaitState state, Signals signals, int error, Src src) {
        return rt.exec(new Op<>(opName, src, List.of(this, signals), List.of(),
                () -> value || state.interruptedBy(signals), () -> value ? 0 : error)
                .access(o -> o != this ? null : state == WaitState.UNINTERRUPTIBLE ? Op.Access.AWAIT : Op.Access.READ));
    }

    public boolean valueNow() { return value; }

    @Override public String state() { return value ? "set" : "clear"; }
}
