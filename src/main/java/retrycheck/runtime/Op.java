package retrycheck.runtime;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One shared-memory operation of the model: a scheduling point. It is enabled (can proceed now) or not
 * (the thread blocks); once chosen it is performed atomically. {@link #reads}/{@link #writes} name the
 * shared objects it touches, which is what the explorer's partial-order reduction calls dependence.
 */
public final class Op<R> {
    public final String name;
    public final Src src;
    public final List<Shared> reads;
    public final List<Shared> writes;
    private final BooleanSupplier enabled;
    private final Supplier<R> perform;

    public Op(String name, Src src, List<Shared> reads, List<Shared> writes, BooleanSupplier enabled, Supplier<R> perform) {
        this.name = name;
        this.src = src;
        this.reads = reads;
        this.writes = writes;
        this.enabled = enabled;
        this.perform = perform;
    }

    /** An operation that always proceeds and writes {@code obj}. */
    public static <R> Op<R> write(String name, Src src, Shared obj, Supplier<R> perform) {
        return new Op<>(name, src, List.of(), List.of(obj), () -> true, perform);
    }

    /** An operation that always proceeds and only reads {@code obj}. */
    public static <R> Op<R> read(String name, Src src, Shared obj, Supplier<R> perform) {
        return new Op<>(name, src, List.of(obj), List.of(), () -> true, perform);
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
