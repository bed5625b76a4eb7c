package retrycheck.runtime;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One shared-memory operation of the model: a scheduling point. It is enabled (can proceed now) or not
 * (the thread blocks); once chosen it is performed atomically. {@link #reads}/{@link #writes} name the
 * shared objects it touches, which is what the explorer's partial-order reduction calls dependence.
 * An operation built with an enabling condition is a kernel sleep ({@link #mightSleep}); {@link #write} and
 * {@link #read} build the ones that never wait.
 */
public final class Op<R> {
    public final String name;
    public final Src src;
    public final List<Shared> reads;
    public final List<Shared> writes;
    /**
     * The operation may block: the kernel primitive it stands for sleeps until a condition holds (down_read,
     * lock_page, wait_on_page_locked, the userfaultfd wait, dma_resv_lock, dma_fence_wait), whether or not this
     * execution finds the condition already true. It is what the kernel's might_sleep() marks; SLEEP reads it.
     */
    public final boolean mightSleep;
    private final BooleanSupplier enabled;
    private final Supplier<R> perform;

    /** A sleeping operation: it waits while {@code enabled} is false. */
    public Op(String name, Src src, List<Shared> reads, List<Shared> writes, BooleanSupplier enabled, Supplier<R> perform) {
        this(name, src, reads, writes, true, enabled, perform);
    }

    private Op(String name, Src src, List<Shared> reads, List<Shared> writes, boolean mightSleep, BooleanSupplier enabled,
               Supplier<R> perform) {
        this.name = name;
        this.mightSleep = mightSleep;
        this.src = src;
        this.reads = reads;
        this.writes = writes;
        this.enabled = enabled;
        this.perform = perform;
    }

    /** An operation that always proceeds and writes {@code obj}. */
    public static <R> Op<R> write(String name, Src src, Shared obj, Supplier<R> perform) {
        return new Op<>(name, src, List.of(), List.of(obj), false, () -> true, perform);
    }

    /** An operation that always proceeds and only reads {@code obj}. */
    public static <R> Op<R> read(String name, Src src, Shared obj, Supplier<R> perform) {
        return new Op<>(name, src, List.of(obj), List.of(), false, () -> true, perform);
    }

    public boolean enabled() { return enabled.getAsBoolean(); }

    public R perform() { return perform.get(); }

    /** The main object, for traces: the first written object, else the first read one. */
    public Shared object() { return !writes.isEmpty() ? writes.get(0) : reads.isEmpty() ? null : reads.get(0); }

    /** Dependent: both touch one object and at least one of them writes it. */
    public boolean dependsOn(Op<?> other) {
        for (Shared w : writes) if (other.writes.contains(w) || other.reads.contains(w)) return true;
        for (Shared r : reads) if (other.writes.contains(r)) return true;
        return false;
    }
}
