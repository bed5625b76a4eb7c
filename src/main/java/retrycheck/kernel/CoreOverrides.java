package retrycheck.kernel;

import java.util.function.IntPredicate;

/**
 * Seams in the core mm model that seeded mutants (spec/mutants.md) and users' experiments change. The kernel's
 * own behaviour is {@link #NONE}. Each field names the kernel decision it replaces.
 */
public final class CoreOverrides {
    public static final CoreOverrides NONE = new CoreOverrides();

    /** Replaces the "first attempt" test where the core decides to drop mmap_sem (e.g. flags & ALLOW_RETRY only). */
    public IntPredicate allowRetryFirst;
    /** __lock_page_or_retry / lock_page_maybe_drop_mmap ignore FAULT_FLAG_RETRY_NOWAIT. */
    public boolean ignoreRetryNowait;
    /** The TRIED-attempt page lock sleeps uninterruptibly instead of killably. */
    public boolean unkillableTriedWait;
    /** __lock_page_or_retry waits for the page on the first attempt while still holding mmap_sem. */
    public boolean waitHoldingMmapSem;
    /** lock_page_maybe_drop_mmap returns 0 (RETRY) after a fatal signal without dropping mmap_sem. */
    public boolean retryWithoutDrop;
    /** handle_userfault sleeps before it drops mmap_sem. */
    public boolean uffdWaitHoldingMmapSem;
}
