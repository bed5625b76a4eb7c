package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/** mm/filemap.c and include/linux/pagemap.h: the page-cache side of a fault. */
public final class Filemap {
    private static final Src LOCK_OR_RETRY = Src.fn("mm/filemap.c", "__lock_page_or_retry");
    private static final Src PAGEMAP = Src.fn("include/linux/pagemap.h", "lock_page_or_retry");
    private static final Src MAYBE_DROP = Src.fn("mm/filemap.c", "lock_page_maybe_drop_mmap");
    private static final Src FILEMAP_FAULT = Src.fn("mm/filemap.c", "filemap_fault");

    private final Kernel k;

    Filemap(Kernel k) { this.k = k; }

    /** include/linux/pagemap.h lock_page_or_retry(): {@code trylock_page(page) || __lock_page_or_retry(page, mm, flags)}. */
    public boolean lockPageOrRetry(Page page, int flags) {
        return page.lock.trylock("trylock_page", PAGEMAP.at(508)) || lockPageOrRetrySlow(page, flags);
    }

    /**
     * mm/filemap.c:1386 __lock_page_or_retry(). Returns 1 with the page locked, or 0 for VM_FAULT_RETRY with
     * mmap_sem released (except with RETRY_NOWAIT: "CAUTION! ... mmap_sem is not released even though return 0").
     * v5.6 tested {@code flags & FAULT_FLAG_ALLOW_RETRY} where v5.7 tests fault_flag_allow_retry_first(flags).
     */
    boolean lockPageOrRetrySlow(Page page, int flags) {
        if (k.allowRetryFirst(flags)) {                               // if (fault_flag_allow_retry_first(flags)) {
            if ((flags & FaultFlags.RETRY_NOWAIT) != 0 && !k.overrides.ignoreRetryNowait)
                return false;                                         //   if (flags & RETRY_NOWAIT) return 0;
            if (!k.overrides.waitHoldingMmapSem)
                k.mm.mmapSem.upRead(LOCK_OR_RETRY.at(1397));          //   up_read(&mm->mmap_sem);
            if ((flags & FaultFlags.KILLABLE) != 0)                   //   if (flags & FAULT_FLAG_KILLABLE)
                page.lock.waitUnlocked("wait_on_page_locked_killable", WaitState.KILLABLE,
                        k.task.signals, Errno.EINTR, LOCK_OR_RETRY.at(1399));
            else                                                      //   else
                page.lock.waitUnlocked("wait_on_page_locked", WaitState.UNINTERRUPTIBLE,
                        k.task.signals, Errno.EINTR, LOCK_OR_RETRY.at(1401));
            if (k.overrides.waitHoldingMmapSem)                       //   (mutant seam: the up_read above, moved
                k.mm.mmapSem.upRead(LOCK_OR_RETRY.at(1397));          //    below the wait; spec/mutants.md M20)
            return false;                                             //   return 0;
        } else {                                                      // } else {
            if ((flags & FaultFlags.KILLABLE) != 0 && !k.overrides.unkillableTriedWait) { // if (flags & KILLABLE) {
                int ret = page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals,
                        Errno.EINTR, LOCK_OR_RETRY.at(1407));         //   ret = __lock_page_killable(page);
                if (ret != 0) {                                       //   if (ret) {
                    k.mm.mmapSem.upRead(LOCK_OR_RETRY.at(1409));      //     up_read(&mm->mmap_sem);
                    return false;                                     //     return 0;
                }
            } else {
                page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                        LOCK_OR_RETRY.at(1413));                      //   } else __lock_page(page);
            }
            return true;                                              //   return 1;
        }
    }

    /**
     * mm/filemap.c:2328 lock_page_maybe_drop_mmap(): 1 with the page locked, 0 for VM_FAULT_RETRY.
     * {@code fpin[0]} is the "file pinned, mmap_sem dropped" state (struct file **fpin).
     */
    boolean lockPageMaybeDropMmap(int flags, Page page, boolean[] fpin) {
        if (page.lock.trylock("trylock_page", MAYBE_DROP.at(2331)))   // if (trylock_page(page))
            return true;                                              //   return 1;
        if ((flags & FaultFlags.RETRY_NOWAIT) != 0 && !k.overrides.ignoreRetryNowait)
            return false;                                             // if (vmf->flags & RETRY_NOWAIT) return 0;
        fpin[0] = MmInternal.maybeUnlockMmapForIo(k, flags, fpin[0]); // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
        if ((flags & FaultFlags.KILLABLE) != 0                        // if (vmf->flags & FAULT_FLAG_KILLABLE) {
                && !(k.overrides.unkillableTriedWait && (flags & FaultFlags.TRIED) != 0)) {
            if (page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                    MAYBE_DROP.at(2343)) != 0) {                      //   if (__lock_page_killable(page)) {
                if (!fpin[0] && !k.overrides.retryWithoutDrop)        //     if (*fpin == NULL)
                    k.mm.mmapSem.upRead(MAYBE_DROP.at(2351));         //       up_read(&vmf->vma->vm_mm->mmap_sem);
                return false;                                         //     return 0;
            }
        } else {
            page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    MAYBE_DROP.at(2355));                             // } else __lock_page(page);
        }
        return true;                                                  // return 1;
    }

    /**
     * mm/filemap.c:2461 filemap_fault(), for a page that is in the page cache (find_get_page finds it) and
     * may be locked by a read in flight. Returns VM_FAULT_LOCKED with the page locked, or VM_FAULT_RETRY.
     */
    int filemapFault(int flags) {
        boolean[] fpin = {false};                                     // struct file *fpin = NULL;
        int ret = 0;                                                  // vm_fault_t ret = 0;
        Page page = k.page;                                           // page = find_get_page(mapping, offset);
        if ((flags & FaultFlags.TRIED) == 0) {                        // if (likely(page) && !(vmf->flags & FAULT_FLAG_TRIED))
            // fpin = do_async_mmap_readahead(vmf, page): the page is not PG_readahead, so no readahead and no drop.
        }
        if (!lockPageMaybeDropMmap(flags, page, fpin))                // if (!lock_page_maybe_drop_mmap(vmf, page, &fpin))
            return ret | VmFault.RETRY;                               //   goto out_retry;
        if (!page.uptodate.get("PageUptodate", FILEMAP_FAULT.at(2526))) { // if (unlikely(!PageUptodate(page)))
            // page_not_uptodate: the read failed (no scenario fails I/O): return VM_FAULT_SIGBUS after unlocking.
            page.lock.unlock("unlock_page", FILEMAP_FAULT.at(2550));
            return VmFault.SIGBUS;
        }
        if (fpin[0]) {                                                // if (fpin) {
            page.lock.unlock("unlock_page", FILEMAP_FAULT.at(2535));  //   unlock_page(page);
            return ret | VmFault.RETRY;                               //   goto out_retry;  -> return ret | VM_FAULT_RETRY;
        }
        return ret | VmFault.LOCKED;                                  // return ret | VM_FAULT_LOCKED;
    }
}
