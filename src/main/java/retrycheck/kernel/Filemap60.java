package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v6.0.1 mm/filemap.c: the functions whose C changed since the class it extends (Filemap): __folio_lock_or_retry() and
 * lock_folio_maybe_drop_mmap() (the folio names of __lock_page_or_retry() and lock_page_maybe_drop_mmap(), same control
 * flow), and filemap_fault(), whose control flow did change: a folio found not uptodate takes the mapping's
 * invalidate_lock (mapping_locked), and the re-read of page_not_uptodate waits in filemap_read_folio() with
 * folio_wait_locked_killable() (v5.7: an uninterruptible wait_on_page_locked()). spec/releases.md §5.1, §6.2.
 * do_async_mmap_readahead() has the v5.7 flow (folio_test_readahead() for PageReadahead()) and is inherited.
 * The runtime operations on the page lock carry the folio names of the C (folio_trylock, __folio_lock_killable, ...).
 */
public class Filemap60 extends Filemap {
    protected static final Src FOLIO_LOCK_OR_RETRY = Src.v60("mm/filemap.c", "__folio_lock_or_retry");
    protected static final Src FOLIO_MAYBE_DROP = Src.v60("mm/filemap.c", "lock_folio_maybe_drop_mmap");
    protected static final Src READ_FOLIO = Src.v60("mm/filemap.c", "filemap_read_folio");
    protected static final Src FILEMAP_FAULT_60 = Src.v60("mm/filemap.c", "filemap_fault");

    public Filemap60(Kernel k) { super(k); }

    /**
     * mm/filemap.c:1713 __folio_lock_or_retry() (6.0.1, bool): true with the folio locked, false for VM_FAULT_RETRY with
     * mmap_lock released (except with RETRY_NOWAIT: "CAUTION! In this case, mmap_lock is not released even though
     * return 0").
     */
    @Override public int lockPageOrRetry(Page folio, MmStruct mm, int flags) {
        if (k.mmH().faultFlagAllowRetryFirst(flags)) {                // if (fault_flag_allow_retry_first(flags)) {
            if ((flags & FaultFlags.RETRY_NOWAIT) != 0)               //   if (flags & FAULT_FLAG_RETRY_NOWAIT)
                return bool(FOLIO_LOCK_OR_RETRY.at(1722, "return false;"), 0); // return false;
            mm.mmapSem.upRead(FOLIO_LOCK_OR_RETRY.at(1724, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
            if ((flags & FaultFlags.KILLABLE) != 0)                   //   if (flags & FAULT_FLAG_KILLABLE)
                folio.lock.waitUnlocked("folio_wait_locked_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        FOLIO_LOCK_OR_RETRY.at(1726, "folio_wait_locked_killable(folio);")); // folio_wait_locked_killable(folio);
            else                                                      //   else
                folio.lock.waitUnlocked("folio_wait_locked", WaitState.UNINTERRUPTIBLE, k.task.signals, Errno.EINTR,
                        FOLIO_LOCK_OR_RETRY.at(1728, "folio_wait_locked(folio);")); // folio_wait_locked(folio);
            return bool(FOLIO_LOCK_OR_RETRY.at(1729, "return false;"), 0); // return false;
        }
        if ((flags & FaultFlags.KILLABLE) != 0) {                     // if (flags & FAULT_FLAG_KILLABLE) {
            int ret = folio.lock.lock("__folio_lock_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                    FOLIO_LOCK_OR_RETRY.at(1734, "ret = __folio_lock_killable(folio);")); // ret = __folio_lock_killable(folio);
            if (ret != 0) {                                           //   if (ret) {
                mm.mmapSem.upRead(FOLIO_LOCK_OR_RETRY.at(1736, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
                return bool(FOLIO_LOCK_OR_RETRY.at(1737, "return false;"), 0); // return false; }
            }
        } else {                                                      // } else {
            folio.lock.lock("__folio_lock", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    FOLIO_LOCK_OR_RETRY.at(1740, "__folio_lock(folio);")); //   __folio_lock(folio); }
        }
        return bool(FOLIO_LOCK_OR_RETRY.at(1743, "return true;"), 1); // return true;
    }

    /**
     * mm/filemap.c:2928 lock_folio_maybe_drop_mmap() (6.0.1): 1 with the folio locked, 0 for VM_FAULT_RETRY.
     * {@code fpin[0]} is {@code *fpin}: the file pinned by maybe_unlock_mmap_for_io(), mmap_lock dropped.
     */
    @Override public int lockPageMaybeDropMmap(Vmf vmf, Page folio, boolean[] fpin) {
        if (folio.lock.trylock("folio_trylock", FOLIO_MAYBE_DROP.at(2931, "if (folio_trylock(folio))"))) // if (folio_trylock(folio))
            return ret(FOLIO_MAYBE_DROP.at(2932, "return 1;"), 1);    //   return 1;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(FOLIO_MAYBE_DROP.at(2940, "return 0;"), 0);    //   return 0;
        fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]);  // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
        if ((vmf.flags & FaultFlags.KILLABLE) != 0) {                 // if (vmf->flags & FAULT_FLAG_KILLABLE) {
            if (folio.lock.lock("__folio_lock_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                    FOLIO_MAYBE_DROP.at(2944, "if (__folio_lock_killable(folio)) {")) != 0) { // if (__folio_lock_killable(folio)) {
                if (!fpin[0])                                         //     if (*fpin == NULL)
                    k.mm.mmapSem.upRead(FOLIO_MAYBE_DROP.at(2952, "mmap_read_unlock(vmf->vma->vm_mm);")); // mmap_read_unlock(vmf->vma->vm_mm);
                return ret(FOLIO_MAYBE_DROP.at(2953, "return 0;"), 0); //    return 0;
            }
        } else                                                        // } else
            folio.lock.lock("__folio_lock", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    FOLIO_MAYBE_DROP.at(2956, "__folio_lock(folio);")); //   __folio_lock(folio);
        return ret(FOLIO_MAYBE_DROP.at(2958, "return 1;"), 1);        // return 1;
    }

    /**
     * mapping->a_ops->read_folio(file, folio) with its I/O, as {@link Filemap#readpage} (the faulting thread completes
     * the read: the folio is unlocked, uptodate unless the read fails). Returns 0.
     */
    public int readFolio(Page folio) {
        Src src = READ_FOLIO.at(2394, "error = filler(file, folio);");
        if (!k.readFails) folio.uptodate.set("folio_mark_uptodate", src); // folio_end_read: if (!err) folio_mark_uptodate(folio);
        folio.lock.unlock("folio_unlock", src);                       //   folio_unlock(folio);
        return 0;
    }

    /**
     * mm/filemap.c:2382 filemap_read_folio() (6.0.1): starts the read and waits for it killably: -EINTR on a fatal
     * signal, -EIO when the folio is still not uptodate.
     */
    public int filemapReadFolio(Page folio) {
        int error;                                                    // int error;
        // folio_clear_error(folio);
        error = readFolio(folio);                                     // error = filler(file, folio);
        if (error != 0)                                               // if (error)
            return errno(READ_FOLIO.at(2396, "return error;"), error); //   return error;
        error = folio.lock.waitUnlocked("folio_wait_locked_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                READ_FOLIO.at(2398, "error = folio_wait_locked_killable(folio);")); // error = folio_wait_locked_killable(folio);
        if (error != 0)                                               // if (error)
            return errno(READ_FOLIO.at(2400, "return error;"), error); //   return error;
        if (folio.uptodate.get("folio_test_uptodate", READ_FOLIO.at(2401, "if (folio_test_uptodate(folio))"))) // if (folio_test_uptodate(folio))
            return errno(READ_FOLIO.at(2402, "return 0;"), 0);        //   return 0;
        // if (file) shrink_readahead_size_eio(&file->f_ra);
        return errno(READ_FOLIO.at(2405, "return -EIO;"), Errno.EIO); // return -EIO;
    }

    /**
     * mm/filemap.c:3084 filemap_fault() (6.0.1) for a file whose folio is in the page cache: the EOF check, async
     * readahead, mapping_locked for a folio found not uptodate, the folio lock that may drop mmap_lock, the uptodate
     * check (a folio not uptodate without mapping_locked goes back to retry_find to take the invalidate lock),
     * page_not_uptodate (filemap_read_folio(): one re-read, waited for killably) and out_retry. The invalidate_lock
     * itself is not modelled: only truncation and hole punching take it for write, which no scenario does.
     */
    @Override public int filemapFault(Vmf vmf) {
        int error;                                                    // int error;
        boolean[] fpin = {false};                                     // struct file *fpin = NULL;
        int ret = 0;                                                  // vm_fault_t ret = 0;
        boolean mappingLocked = false;                                // bool mapping_locked = false;
        if (k.beyondEof)                                              // max_idx = DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE);
            return ret(FILEMAP_FAULT_60.at(3098, "return VM_FAULT_SIGBUS;"), VmFault.SIGBUS); // if (unlikely(index >= max_idx)) return VM_FAULT_SIGBUS;
        Page folio = k.page;                                          // folio = filemap_get_folio(mapping, index);
        // if (likely(folio)) {
        if ((vmf.flags & FaultFlags.TRIED) == 0)                      //   if (!(vmf->flags & FAULT_FLAG_TRIED))
            fpin[0] = doAsyncMmapReadahead(vmf, folio);               //     fpin = do_async_mmap_readahead(vmf, folio);
        if (!folio.uptodate.get("folio_test_uptodate", FILEMAP_FAULT_60.at(3111, "if (unlikely(!folio_test_uptodate(folio))) {"))) {
            // filemap_invalidate_lock_shared(mapping);
            mappingLocked = true;                                     //   mapping_locked = true; }
        }
        // } else { ... fpin = do_sync_mmap_readahead(vmf); retry_find: ... }  (the folio is always found)
        for (;;) {                                                    // (retry_find: __filemap_get_folio() finds the folio again)
            if (lockPageMaybeDropMmap(vmf, folio, fpin) == 0)         // if (!lock_folio_maybe_drop_mmap(vmf, folio, &fpin))
                return outRetry60(ret);                               //   goto out_retry;
            // if (unlikely(folio->mapping != mapping)) { ... goto retry_find; }  (no truncation)
            if (!folio.uptodate.get("folio_test_uptodate", FILEMAP_FAULT_60.at(3156, "if (unlikely(!folio_test_uptodate(folio))) {"))) {
                if (!mappingLocked) {                                 //   if (!mapping_locked) {
                    folio.lock.unlock("folio_unlock", FILEMAP_FAULT_60.at(3164, "folio_unlock(folio);")); // folio_unlock(folio);
                    // folio_put(folio); goto retry_find;  retry_find: if (!mapping_locked) { filemap_invalidate_lock_shared(mapping);
                    mappingLocked = true;                             //   mapping_locked = true; }
                    continue;
                }
                // goto page_not_uptodate;  page_not_uptodate:
                fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]); // fpin = maybe_unlock_mmap_for_io(vmf, fpin);
                error = filemapReadFolio(folio);                      // error = filemap_read_folio(file, mapping->a_ops->read_folio, folio);
                if (fpin[0])                                          // if (fpin)
                    return outRetry60(ret);                           //   goto out_retry;
                // folio_put(folio);
                if (error == 0)                                       // if (!error || error == AOP_TRUNCATED_PAGE)
                    continue;                                         //   goto retry_find;
                // filemap_invalidate_unlock_shared(mapping);
                return ret(FILEMAP_FAULT_60.at(3214, "return VM_FAULT_SIGBUS;"), VmFault.SIGBUS); // return VM_FAULT_SIGBUS;
            }
            if (fpin[0]) {                                            // if (fpin) {
                folio.lock.unlock("folio_unlock", FILEMAP_FAULT_60.at(3177, "folio_unlock(folio);")); // folio_unlock(folio);
                return outRetry60(ret);                               //   goto out_retry; }
            }
            // if (mapping_locked) filemap_invalidate_unlock_shared(mapping);
            // max_idx = DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE); if (unlikely(index >= max_idx)) ...  (unchanged i_size)
            vmf.page = folio;                                         // vmf->page = folio_file_page(folio, index);
            return ret(FILEMAP_FAULT_60.at(3195, "return ret | VM_FAULT_LOCKED;"), ret | VmFault.LOCKED);
        }
    }

    /** out_retry: {@code if (folio) folio_put(folio); if (mapping_locked) ...; if (fpin) fput(fpin); return ret | VM_FAULT_RETRY;}. */
    protected int outRetry60(int ret) {
        return ret(FILEMAP_FAULT_60.at(3228, "return ret | VM_FAULT_RETRY;"), ret | VmFault.RETRY);
    }

    /** A bool RETURN event at {@code at}. */
    protected int bool(Src at, int value) {
        k.ret(at, ValueKind.BOOL, value);
        return value;
    }

    /** An errno RETURN event at {@code at}. */
    protected int errno(Src at, int value) {
        k.ret(at, ValueKind.ERRNO, value);
        return value;
    }
}
