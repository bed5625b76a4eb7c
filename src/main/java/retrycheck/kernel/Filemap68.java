package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v6.8.0 mm/filemap.c: the functions whose C changed since the class it extends (Filemap60): __folio_lock_or_retry(folio, vmf) returning vm_fault_t, filemap_fault() under the VMA lock; spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Filemap60 (as far as the protocol goes) and keeps
 * citing that release's tree. filemap_fault() itself has the 6.5.0 C (appendix C: "="); what makes it run under the
 * VMA lock is that its callees drop "the fault lock" with release_fault_lock() ({@link Mm68}): the two below and
 * maybe_unlock_mmap_for_io() ({@link MmInternal68}).
 */
public class Filemap68 extends Filemap60 {
    protected static final Src FOLIO_LOCK_OR_RETRY_68 = Src.v68("mm/filemap.c", "__folio_lock_or_retry");
    protected static final Src FOLIO_MAYBE_DROP_68 = Src.v68("mm/filemap.c", "lock_folio_maybe_drop_mmap");

    public Filemap68(Kernel k) { super(k); }

    /**
     * mm/filemap.c:1661 __folio_lock_or_retry(folio, vmf) (6.8.0): 0 with the folio locked, VM_FAULT_RETRY with the
     * fault lock released (except with RETRY_NOWAIT: kept).
     */
    public int folioLockOrRetry(Page folio, Vmf vmf) {
        int flags = vmf.flags;                                        // unsigned int flags = vmf->flags;
        if (k.mmH().faultFlagAllowRetryFirst(flags)) {                // if (fault_flag_allow_retry_first(flags)) {
            if ((flags & FaultFlags.RETRY_NOWAIT) != 0)               //   if (flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret(FOLIO_LOCK_OR_RETRY_68.at(1671, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY;
            ((Mm68) k.mmH()).releaseFaultLock(vmf);                   //   release_fault_lock(vmf);
            if ((flags & FaultFlags.KILLABLE) != 0)                   //   if (flags & FAULT_FLAG_KILLABLE)
                folio.lock.waitUnlocked("folio_wait_locked_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        FOLIO_LOCK_OR_RETRY_68.at(1675, "folio_wait_locked_killable(folio);")); // folio_wait_locked_killable(folio);
            else                                                      //   else
                folio.lock.waitUnlocked("folio_wait_locked", WaitState.UNINTERRUPTIBLE, k.task.signals, Errno.EINTR,
                        FOLIO_LOCK_OR_RETRY_68.at(1677, "folio_wait_locked(folio);")); // folio_wait_locked(folio);
            return ret(FOLIO_LOCK_OR_RETRY_68.at(1678, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY; }
        }
        if ((flags & FaultFlags.KILLABLE) != 0) {                     // if (flags & FAULT_FLAG_KILLABLE) {
            int r = folio.lock.lock("__folio_lock_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                    FOLIO_LOCK_OR_RETRY_68.at(1683, "ret = __folio_lock_killable(folio);")); // ret = __folio_lock_killable(folio);
            if (r != 0) {                                             //   if (ret) {
                ((Mm68) k.mmH()).releaseFaultLock(vmf);               //     release_fault_lock(vmf);
                return ret(FOLIO_LOCK_OR_RETRY_68.at(1686, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY; }
            }
        } else {                                                      // } else {
            folio.lock.lock("__folio_lock", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    FOLIO_LOCK_OR_RETRY_68.at(1689, "__folio_lock(folio);")); //   __folio_lock(folio); }
        }
        return ret(FOLIO_LOCK_OR_RETRY_68.at(1692, "return 0;"), 0);   // return 0;
    }

    /**
     * mm/filemap.c:3052 lock_folio_maybe_drop_mmap() (6.8.0): 1 with the folio locked, 0 for VM_FAULT_RETRY; a killable
     * lock interrupted without a pinned file drops the fault lock ({@code release_fault_lock(vmf);}, was
     * mmap_read_unlock()).
     */
    @Override public int lockPageMaybeDropMmap(Vmf vmf, Page folio, boolean[] fpin) {
        if (folio.lock.trylock("folio_trylock", FOLIO_MAYBE_DROP_68.at(3055, "if (folio_trylock(folio))"))) // if (folio_trylock(folio))
            return ret(FOLIO_MAYBE_DROP_68.at(3056, "return 1;"), 1); //   return 1;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(FOLIO_MAYBE_DROP_68.at(3064, "return 0;"), 0); //   return 0;
        fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]);  // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
        if ((vmf.flags & FaultFlags.KILLABLE) != 0) {                 // if (vmf->flags & FAULT_FLAG_KILLABLE) {
            if (folio.lock.lock("__folio_lock_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                    FOLIO_MAYBE_DROP_68.at(3068, "if (__folio_lock_killable(folio)) {")) != 0) { // if (__folio_lock_killable(folio)) {
                if (!fpin[0])                                         //     if (*fpin == NULL)
                    ((Mm68) k.mmH()).releaseFaultLock(vmf);           //       release_fault_lock(vmf);
                return ret(FOLIO_MAYBE_DROP_68.at(3078, "return 0;"), 0); //  return 0;
            }
        } else                                                        // } else
            folio.lock.lock("__folio_lock", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    FOLIO_MAYBE_DROP_68.at(3081, "__folio_lock(folio);")); //   __folio_lock(folio);
        return ret(FOLIO_MAYBE_DROP_68.at(3083, "return 1;"), 1);     // return 1;
    }
}
