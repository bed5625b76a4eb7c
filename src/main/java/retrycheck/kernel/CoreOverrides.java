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
    /** maybe_unlock_mmap_for_io() pins the file (returns fpin) but does not up_read(mmap_sem). */
    public boolean unlockForIoKeepsMmapSem;
    /** fault_signal_pending() without its fatal_signal_pending() term: only user-mode signal_pending() counts. */
    public boolean faultSignalPendingIgnoresFatal;
    /** do_swap_page() returns 0 instead of VM_FAULT_RETRY when lock_page_or_retry() fails. */
    public boolean swapRetryLost;
    /** ttm_bo_vm_fault_idle() drops mmap_sem and returns VM_FAULT_RETRY without dma_resv_unlock(). */
    public boolean ttmRetryKeepsResv;
    /** faultin_page() does not set *locked = 0 on VM_FAULT_RETRY. */
    public boolean gupKeepsLocked;
    /** __get_user_pages_locked() retries without FOLL_TRIED. */
    public boolean gupRetryWithoutFollTried;
    /** fixup_user_fault() without the v5.7 fatal_signal_pending() check before handle_mm_fault(). */
    public boolean fixupNoSignalCheck;
    /** fixup_user_fault() keeps the v5.6 {@code fault_flags &= ~FAULT_FLAG_ALLOW_RETRY} on retry. */
    public boolean fixupClearsAllowRetry;
}
