package retrycheck.kernel;

/** include/linux/mm.h: fault_flag_allow_retry_first() (new in v5.7; the v5.6 callers test ALLOW_RETRY themselves).  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Mm.class, MyMm::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Mm {
    protected final Kernel k;

    public Mm(Kernel k) { this.k = k; }

    /**
     * include/linux/mm.h:466 fault_flag_allow_retry_first():
     * {@code return (flags & FAULT_FLAG_ALLOW_RETRY) && (!(flags & FAULT_FLAG_TRIED));} (v5.7.14 lines 468-469).
     */
    public boolean faultFlagAllowRetryFirst(int flags) {
        return (flags & FaultFlags.ALLOW_RETRY) != 0                  // return (flags & FAULT_FLAG_ALLOW_RETRY) &&
                && (flags & FaultFlags.TRIED) == 0;                   //     (!(flags & FAULT_FLAG_TRIED));
    }
}
