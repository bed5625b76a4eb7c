package retrycheck.kernel;

import retrycheck.runtime.Src;

/** mm/internal.h. */
final class MmInternal {
    private static final Src MAYBE_UNLOCK = Src.fn("mm/internal.h", "maybe_unlock_mmap_for_io");

    private MmInternal() {}

    /**
     * mm/internal.h:395 maybe_unlock_mmap_for_io(): drops mmap_sem (after get_file) iff
     * v5.7 {@code fault_flag_allow_retry_first(flags) && !(flags & RETRY_NOWAIT)};
     * v5.6 {@code (flags & (ALLOW_RETRY|RETRY_NOWAIT)) == ALLOW_RETRY}. Returns the pinned file (true) or fpin.
     */
    static boolean maybeUnlockMmapForIo(Kernel k, int flags, boolean fpin) {
        if (fpin)                                                     // if (fpin) return fpin;
            return true;
        boolean nowait = (flags & FaultFlags.RETRY_NOWAIT) != 0 && !k.overrides.ignoreRetryNowait;
        if (k.allowRetryFirst(flags) && !nowait) {                    // if (fault_flag_allow_retry_first(flags) && !(flags & RETRY_NOWAIT)) {
            if (!k.overrides.unlockForIoKeepsMmapSem)                 //   (mutant seam: the up_read below is lost)
                k.mm.mmapSem.upRead(MAYBE_UNLOCK.at(k.v57() ? 410 : 408)); //   fpin = get_file(vmf->vma->vm_file); up_read(&mm->mmap_sem);
            return true;
        }
        return false;                                                 // return fpin;
    }
}
