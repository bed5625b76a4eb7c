package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * mm/filemap.c: the page-cache side of a fault (v5.7.14). The scenario's file has one page, at the faulting offset,
 * found by find_get_page(); it may be locked by a read in flight, may fail to read ({@link Kernel#readFails}), and may
 * lie beyond EOF ({@link Kernel#beyondEof}).
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Filemap.class, MyFilemap::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Filemap {
    protected static final Src LOCK_OR_RETRY = Src.v57("mm/filemap.c", "__lock_page_or_retry");
    protected static final Src MAYBE_DROP = Src.v57("mm/filemap.c", "lock_page_maybe_drop_mmap");
    protected static final Src SYNC_RA = Src.v57("mm/filemap.c", "do_sync_mmap_readahead");
    protected static final Src ASYNC_RA = Src.v57("mm/filemap.c", "do_async_mmap_readahead");
    protected static final Src FILEMAP_FAULT = Src.v57("mm/filemap.c", "filemap_fault");

    protected final Kernel k;

    public Filemap(Kernel k) { this.k = k; }

    /**
     * mm/filemap.c:1386 __lock_page_or_retry(). Returns 1 with the page locked, or 0 for VM_FAULT_RETRY with mmap_sem
     * released (except with RETRY_NOWAIT: "CAUTION! In this case, mmap_sem is not released even though return 0").
     */
    public int lockPageOrRetry(Page page, MmStruct mm, int flags) {
        if (k.mmH().faultFlagAllowRetryFirst(flags)) {                // if (fault_flag_allow_retry_first(flags)) {
            if ((flags & FaultFlags.RETRY_NOWAIT) != 0)               //   if (flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret(LOCK_OR_RETRY.at(1395, "return 0;"), 0);   //     return 0;
            mm.mmapSem.upRead(LOCK_OR_RETRY.at(1397, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
            if ((flags & FaultFlags.KILLABLE) != 0)                   //   if (flags & FAULT_FLAG_KILLABLE)
                page.lock.waitUnlocked("wait_on_page_locked_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        LOCK_OR_RETRY.at(1399, "wait_on_page_locked_killable(page);")); // wait_on_page_locked_killable(page);
            else                                                      //   else
                page.lock.waitUnlocked("wait_on_page_locked", WaitState.UNINTERRUPTIBLE, k.task.signals, Errno.EINTR,
                        LOCK_OR_RETRY.at(1401, "wait_on_page_locked(page);")); // wait_on_page_locked(page);
            return ret(LOCK_OR_RETRY.at(1402, "return 0;"), 0);       //   return 0;
        } else {                                                      // } else {
            if ((flags & FaultFlags.KILLABLE) != 0) {                 //   if (flags & FAULT_FLAG_KILLABLE) {
                int ret = page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        LOCK_OR_RETRY.at(1407, "ret = __lock_page_killable(page);")); // ret = __lock_page_killable(page);
                if (ret != 0) {                                       //     if (ret) {
                    mm.mmapSem.upRead(LOCK_OR_RETRY.at(1409, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
                    return ret(LOCK_OR_RETRY.at(1410, "return 0;"), 0); //     return 0;
                }
            } else                                                    //   } else
                page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                        LOCK_OR_RETRY.at(1413, "__lock_page(page);"));   //     __lock_page(page);
            return ret(LOCK_OR_RETRY.at(1414, "return 1;"), 1);       //   return 1;
        }
    }

    /**
     * mm/filemap.c:2328 lock_page_maybe_drop_mmap(): 1 with the page locked, 0 for VM_FAULT_RETRY. {@code fpin[0]} is
     * {@code *fpin}: the file pinned by maybe_unlock_mmap_for_io(), mmap_sem dropped.
     */
    public int lockPageMaybeDropMmap(Vmf vmf, Page page, boolean[] fpin) {
        if (page.lock.trylock("trylock_page", MAYBE_DROP.at(2331, "if (trylock_page(page))"))) // if (trylock_page(page))
            return ret(MAYBE_DROP.at(2332, "return 1;"), 1);          //   return 1;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(MAYBE_DROP.at(2340, "return 0;"), 0);          //   return 0;
        fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]);  // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
        if ((vmf.flags & FaultFlags.KILLABLE) != 0) {                 // if (vmf->flags & FAULT_FLAG_KILLABLE) {
            if (page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                    MAYBE_DROP.at(2344, "if (__lock_page_killable(page)) {")) != 0) { // if (__lock_page_killable(page)) {
                if (!fpin[0])                                         //     if (*fpin == NULL)
                    k.mm.mmapSem.upRead(MAYBE_DROP.at(2352, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // up_read(...);
                return ret(MAYBE_DROP.at(2353, "return 0;"), 0);      //     return 0;
            }
        } else                                                        // } else
            page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    MAYBE_DROP.at(2356, "__lock_page(page);"));       //   __lock_page(page);
        return ret(MAYBE_DROP.at(2357, "return 1;"), 1);              // return 1;
    }

    /**
     * mm/filemap.c:2368 do_sync_mmap_readahead(): only called when find_get_page() finds no page, which no scenario
     * has (the file's one page is always in the page cache): read-around with mmap_sem dropped on a first attempt.
     * Returns the pinned file.
     */
    public boolean doSyncMmapReadahead(Vmf vmf) {
        boolean fpin = false;                                         // struct file *fpin = NULL;
        // VM_RAND_READ, ra_pages, VM_SEQ_READ and mmap_miss: a default file, read-around
        fpin = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin);        // fpin = maybe_unlock_mmap_for_io(vmf, fpin);
        k.ret(SYNC_RA.at(2408, "return fpin;"), ValueKind.POINTER, fpin ? 1 : 0); // ra_submit(ra, mapping, file); return fpin;
        return fpin;
    }

    /**
     * mm/filemap.c:2416 do_async_mmap_readahead(): the page was found; if it is PG_readahead (the marker the previous
     * readahead left, {@link Page#readahead}) the next window is read with mmap_sem dropped on a first attempt.
     */
    public boolean doAsyncMmapReadahead(Vmf vmf, Page page) {
        boolean fpin = false;                                         // struct file *fpin = NULL;
        // if (vmf->vma->vm_flags & VM_RAND_READ || !ra->ra_pages) return fpin;  (a default file: neither)
        if (page.readahead) {                                         // if (PageReadahead(page)) {
            fpin = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin);    //   fpin = maybe_unlock_mmap_for_io(vmf, fpin);
        }                                                             //   page_cache_async_readahead(...); }
        k.ret(ASYNC_RA.at(2435, "return fpin;"), ValueKind.POINTER, fpin ? 1 : 0);
        return fpin;                                                  // return fpin;
    }

    /**
     * mapping->a_ops->readpage(file, page) with its I/O: the filesystem submits the read of the locked page and the
     * bio's completion unlocks it (SetPageUptodate first unless the read fails, {@link Kernel#readFails}). The
     * completion is done by the faulting thread here (no environment thread is needed to end a re-read; see
     * spec/requirements.md). Returns 0: the submission itself does not fail.
     */
    public int readpage(Page page) {
        Src src = FILEMAP_FAULT.at(2556, "error = mapping->a_ops->readpage(file, page);");
        if (!k.readFails) page.uptodate.set("SetPageUptodate", src);  // end_page_read: if (!err) SetPageUptodate(page);
        page.lock.unlock("unlock_page", src);                         //   unlock_page(page);
        return 0;
    }

    /**
     * mm/filemap.c:2461 filemap_fault() in full for a file whose page is in the page cache: the EOF checks, async
     * readahead, the page lock that may drop mmap_sem, the truncation check, page_not_uptodate (one synchronous
     * re-read, -EIO, SIGBUS) and out_retry. Returns VM_FAULT_LOCKED with vmf->page locked, VM_FAULT_RETRY or
     * VM_FAULT_SIGBUS.
     */
    public int filemapFault(Vmf vmf) {
        int error;                                                    // int error;
        boolean[] fpin = {false};                                     // struct file *fpin = NULL;
        int ret = 0;                                                  // vm_fault_t ret = 0;
        if (k.beyondEof)                                              // max_off = DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE);
            return ret(FILEMAP_FAULT.at(2476, "return VM_FAULT_SIGBUS;"), VmFault.SIGBUS); // if (unlikely(offset >= max_off)) return VM_FAULT_SIGBUS;
        Page page = k.page;                                           // page = find_get_page(mapping, offset);
        if ((vmf.flags & FaultFlags.TRIED) == 0)                      // if (likely(page) && !(vmf->flags & FAULT_FLAG_TRIED)) {
            fpin[0] = doAsyncMmapReadahead(vmf, page);                //   fpin = do_async_mmap_readahead(vmf, page);
        // } else if (!page) { ... do_sync_mmap_readahead ... }  (the page is always found; doSyncMmapReadahead)
        for (;;) {                                                    // retry_find: (after a successful re-read)
            if (lockPageMaybeDropMmap(vmf, page, fpin) == 0)          // if (!lock_page_maybe_drop_mmap(vmf, page, &fpin))
                return outRetry(ret);                                 //   goto out_retry;
            // if (unlikely(compound_head(page)->mapping != mapping)) { ... goto retry_find; }  (no truncation)
            if (page.uptodate.get("PageUptodate", FILEMAP_FAULT.at(2520, "if (unlikely(!PageUptodate(page)))"))) {
                if (fpin[0]) {                                        // if (fpin) {
                    page.lock.unlock("unlock_page", FILEMAP_FAULT.at(2529, "unlock_page(page);")); // unlock_page(page);
                    return outRetry(ret);                             //   goto out_retry; }
                }
                // max_off = DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE); if (unlikely(offset >= max_off)) ... (unchanged i_size)
                vmf.page = page;                                      // vmf->page = page;
                return ret(FILEMAP_FAULT.at(2545, "return ret | VM_FAULT_LOCKED;"), ret | VmFault.LOCKED);
            }
            // page_not_uptodate:
            // ClearPageError(page);
            fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]); // fpin = maybe_unlock_mmap_for_io(vmf, fpin);
            error = readpage(page);                                   // error = mapping->a_ops->readpage(file, page);
            if (error == 0) {                                         // if (!error) {
                page.lock.waitUnlocked("wait_on_page_locked", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                        FILEMAP_FAULT.at(2558, "wait_on_page_locked(page);")); // wait_on_page_locked(page);
                if (!page.uptodate.get("PageUptodate", FILEMAP_FAULT.at(2559, "if (!PageUptodate(page))")))
                    error = Errno.EIO;                                //   if (!PageUptodate(page)) error = -EIO;
            }
            if (fpin[0])                                              // if (fpin)
                return outRetry(ret);                                 //   goto out_retry;
            if (error == 0)                                           // if (!error || error == AOP_TRUNCATED_PAGE)
                continue;                                             //   goto retry_find;
            // shrink_readahead_size_eio(ra);
            return ret(FILEMAP_FAULT.at(2571, "return VM_FAULT_SIGBUS;"), VmFault.SIGBUS); // return VM_FAULT_SIGBUS;
        }
    }

    /** out_retry: {@code if (page) put_page(page); if (fpin) fput(fpin); return ret | VM_FAULT_RETRY;}. */
    protected int outRetry(int ret) {
        return ret(FILEMAP_FAULT.at(2583, "return ret | VM_FAULT_RETRY;"), ret | VmFault.RETRY);
    }

    /** A RETURN event of an int function (0/1) at {@code at}. */
    protected int ret(Src at, int value) {
        k.ret(at, at.function().equals("filemap_fault") ? ValueKind.VM_FAULT : ValueKind.INT, value);
        return value;
    }
}
