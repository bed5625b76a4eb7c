package retrycheck.runtime;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
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
    /** How the operation touches each of its objects, asked in the state where it is next; null: reads READ, writes WRITE. */
    private Function<Shared, Access> access;

    /**
     * How an operation touches one object, for the explorer's dependence relation (it never changes what the
     * operation does). READ and WRITE are plain accesses. ACQUIRE takes a free lock; RELEASE frees a held one (or
     * sets a flag that others wait for); AWAIT is a wait that proceeds because the object is in the state waited
     * for. A RELEASE and the ACQUIRE or AWAIT it enables are never enabled together, so the explorer orders them
     * (happens-before) without ever trying them the other way round (Flanagan and Godefroid, POPL 2005: a race needs
     * two dependent operations that may be co-enabled). That holds only for an operation that nothing but the
     * release can enable: an uninterruptible lock or wait. An operation that something else can enable too (a
     * trylock, a sleep a signal can end) is a WRITE when it changes the object and a READ when it fails; so is an
     * unlock by a non-holder a READ.
     */
    public enum Access { READ, WRITE, ACQUIRE, RELEASE, AWAIT }

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

    /** Sets how this operation touches its objects (see {@link Access}); evaluated in the state where it is next. */
    public Op<R> access(Function<Shared, Access> f) {
        this.access = f;
        return this;
    }

    /** How this operation, next in the current state, touches {@code o} (one of its reads or writes). */
    public Access accessOf(Shared o) {
        if (access != null) {
            Access a = access.apply(o);
            if (a != null) return a;
        }
        return writes.contains(o) ? Access.WRITE : Access.READ;
    }

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
