package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v5.6.4 mm/filemap.c: only __lock_page_or_retry() differs in what the model reaches (it tests
 * {@code flags & FAULT_FLAG_ALLOW_RETRY}; v5.7 fault_flag_allow_retry_first()). lock_page_maybe_drop_mmap() and
 * filemap_fault() have the same C (at lines 7 lower); their v5.6 differences (do_async_mmap_readahead() without the
 * {@code !ra->ra_pages} test, {@code vmf_error(-ENOMEM)} for VM_FAULT_OOM) are outside the modelled paths.
 */
public class Filemap56 extends Filemap {
    protected static final Src LOCK_OR_RETRY = Src.v56("mm/filemap.c", "__lock_page_or_retry");

    public Filemap56(Kernel k) { super(k); }

    /** v5.6.4 mm/filemap.c:1386 __lock_page_or_retry(). */
    @Override public int lockPageOrRetry(Page page, MmStruct mm, int flags) {
        if ((flags & FaultFlags.ALLOW_RETRY) != 0) {                  // if (flags & FAULT_FLAG_ALLOW_RETRY) {
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
}
