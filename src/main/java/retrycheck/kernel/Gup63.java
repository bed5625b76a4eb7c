package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v6.3.8 mm/gup.c: the functions whose C changed since the class it extends (Gup60), spec/releases.md §6.3. The retry
 * flags are keyed on FOLL_UNLOCKABLE instead of {@code locked != NULL} (FAULT_FLAG_INTERRUPTIBLE only with
 * FOLL_INTERRUPTIBLE); get_user_pages_unlocked() no longer takes mmap_lock itself: __get_user_pages_locked() does,
 * killably ({@code if (!*locked) { if (mmap_read_lock_killable(mm)) return -EAGAIN; must_unlock = true; ...}}), and
 * its retry loop checks gup_signal_pending() (fatal signals; any signal with FOLL_INTERRUPTIBLE). fixup_user_fault()
 * has the 6.0.1 C and is inherited.
 */
public class Gup63 extends Gup60 {
    protected static final Src FAULTIN_63 = Src.v63("mm/gup.c", "faultin_page");
    protected static final Src GUP_63 = Src.v63("mm/gup.c", "__get_user_pages");
    protected static final Src LOCKED_63 = Src.v63("mm/gup.c", "__get_user_pages_locked");
    protected static final Src SIGNAL_PENDING_63 = Src.v63("mm/gup.c", "gup_signal_pending");
    protected static final Src UNLOCKED_63 = Src.v63("mm/gup.c", "get_user_pages_unlocked");

    /**
     * FOLL_INTERRUPTIBLE (include/linux/mm_types.h:1159 of 6.3.8, {@code 1 << 11}). The model keeps the v5.7 values of
     * the older FOLL_ bits ({@link Gup#FOLL_TRIED} is 0x800 = 1 << 11 there; 6.3.8 moved it to 1 << 17), so the new bits
     * only need to be distinct: 1 << 20, free in v5.7.
     */
    public static final int FOLL_INTERRUPTIBLE = 1 << 20;
    /** FOLL_UNLOCKABLE (mm/internal.h:879 of 6.3.8, {@code 1 << 21}, free in v5.7). */
    public static final int FOLL_UNLOCKABLE = 1 << 21;

    public Gup63(Kernel k) { super(k); }

    /** mm/gup.c:886 faultin_page() (6.3.8): ALLOW_RETRY|KILLABLE for FOLL_UNLOCKABLE; {@code *locked = 0} without a NULL test. */
    @Override public int faultinPage(Vma vma, long address, int[] flags, int[] locked) {
        int faultFlags = 0;                                           // unsigned int fault_flags = 0;
        // if (*flags & FOLL_NOFAULT) return -EFAULT;  (no caller of the model passes FOLL_NOFAULT)
        if ((flags[0] & FOLL_WRITE) != 0)                             // if (*flags & FOLL_WRITE)
            faultFlags |= FaultFlags.WRITE;                           //   fault_flags |= FAULT_FLAG_WRITE;
        if ((flags[0] & FOLL_UNLOCKABLE) != 0) {                      // if (*flags & FOLL_UNLOCKABLE) {
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
            if ((flags[0] & FOLL_INTERRUPTIBLE) != 0)                 //   if (*flags & FOLL_INTERRUPTIBLE)
                faultFlags |= FaultFlags.INTERRUPTIBLE;               //     fault_flags |= FAULT_FLAG_INTERRUPTIBLE; }
        }
        if ((flags[0] & FOLL_NOWAIT) != 0)                            // if (*flags & FOLL_NOWAIT)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT; // fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT;
        if ((flags[0] & FOLL_TRIED) != 0)                             // if (*flags & FOLL_TRIED) {
            faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
        int ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
        if ((ret & VmFault.COMPLETED) != 0) {                         // if (ret & VM_FAULT_COMPLETED) {
            if ((faultFlags & FaultFlags.RETRY_NOWAIT) != 0)          //   WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(FAULTIN_63.at(932, "WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);"), "WARN_ON_ONCE(COMPLETED with RETRY_NOWAIT)");
            locked[0] = 0;                                            //   *locked = 0;
            return errno(FAULTIN_63.at(942, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN; }
        }
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return errno(FAULTIN_63.at(949, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if ((faultFlags & FaultFlags.RETRY_NOWAIT) == 0)          //   if (!(fault_flags & FAULT_FLAG_RETRY_NOWAIT))
                locked[0] = 0;                                        //     *locked = 0;
            return errno(FAULTIN_63.at(956, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN_63.at(959, "return 0;"), 0);             // return 0;
    }

    /** mm/gup.c:1076 __get_user_pages() (6.3.8) for one page: the 6.0.1 flow, the 6.3.8 lines. */
    @Override public long getUserPages(MmStruct mm, long start, int gupFlags, int[] locked) {
        long ret;                                                     // long ret = 0, i = 0;
        Vma vma = k.mmap().findExtendVma(mm, start);                  // vma = find_extend_vma(mm, start);
        if (vma == null)                                              // if (!vma) { ret = -EFAULT; goto out; }
            return pages(GUP_63.at(1200, "return i ? i : ret;"), Errno.EFAULT);
        int[] follFlags = {gupFlags};                                 // unsigned int foll_flags = gup_flags;
        for (;;) {                                                    // retry:
            if (k.signal().fatalSignalPending(GUP_63.at(1139, "if (fatal_signal_pending(current)) {"))) // if (fatal_signal_pending(current)) {
                return pages(GUP_63.at(1200, "return i ? i : ret;"), Errno.EINTR); //   ret = -EINTR; goto out;
            if (k.pte.get("follow_page_mask", GUP_63.at(1145, "page = follow_page_mask(vma, start, foll_flags, &ctx);")))
                return pages(GUP_63.at(1200, "return i ? i : ret;"), 1); // (page found: pages[i] = page; i += page_increm) return i;
            ret = faultinPage(vma, start, follFlags, locked);         // ret = faultin_page(vma, start, &foll_flags, PTR_ERR(page) == -EMLINK, locked);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY || ret == Errno.EAGAIN) ret = 0;   // case -EBUSY: case -EAGAIN: ret = 0; fallthrough;
            return pages(GUP_63.at(1200, "return i ? i : ret;"), ret); // case -EFAULT ...: goto out;  out: return i ? i : ret;
        }
    }

    /** mm/gup.c:1316 gup_signal_pending(): a fatal signal, or with FOLL_INTERRUPTIBLE any signal. */
    public boolean gupSignalPending(int flags) {
        if (k.signal().fatalSignalPending(SIGNAL_PENDING_63.at(1318, "if (fatal_signal_pending(current))"))) // if (fatal_signal_pending(current))
            return true;                                              //   return true;
        if ((flags & FOLL_INTERRUPTIBLE) == 0)                        // if (!(flags & FOLL_INTERRUPTIBLE))
            return false;                                             //   return false;
        return k.signal().signalPending(SIGNAL_PENDING_63.at(1324, "return signal_pending(current);")); // return signal_pending(current);
    }

    /**
     * mm/gup.c:1340 __get_user_pages_locked() (6.3.8) for one page: takes mmap_lock itself when the caller does not hold
     * it ({@code *locked == 0}), bypasses the retry loop without FOLL_UNLOCKABLE, and retries with FOLL_TRIED after
     * gup_signal_pending() and a killable re-lock; unlocks at the end what it locked or re-locked.
     */
    @Override public long getUserPagesLocked(MmStruct mm, long start, int[] locked, int flags) {
        long ret, pagesDone;                                          // long ret, pages_done;
        boolean mustUnlock = false;                                   // bool must_unlock = false;
        long nrPages = 1;
        if (locked[0] == 0) {                                         // if (!*locked) {
            if (mm.mmapSem.downReadKillable(k.task.signals, LOCKED_63.at(1356, "if (mmap_read_lock_killable(mm))")) != 0)
                return pages(LOCKED_63.at(1357, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN;
            mustUnlock = true;                                        //   must_unlock = true;
            locked[0] = 1;                                            //   *locked = 1; }
        }
        pagesDone = 0;                                                // pages_done = 0;
        for (;;) {                                                    // for (;;) {
            ret = getUserPages(mm, start, flags, locked);             //   ret = __get_user_pages(mm, start, nr_pages, flags, pages, vmas, locked);
            if ((flags & FOLL_UNLOCKABLE) == 0) {                     //   if (!(flags & FOLL_UNLOCKABLE)) {
                pagesDone = ret;                                      //     pages_done = ret;
                break;                                                //     break; }
            }
            if (locked[0] == 0 && (ret < 0 || ret >= nrPages))        //   if (!*locked) { BUG_ON(ret < 0); BUG_ON(ret >= nr_pages); }
                k.warn(LOCKED_63.at(1391, "BUG_ON(ret < 0);"), "BUG_ON(ret < 0 || ret >= nr_pages)");
            if (ret > 0) {                                            //   if (ret > 0) {
                nrPages -= ret;                                       //     nr_pages -= ret;
                pagesDone += ret;                                     //     pages_done += ret;
                if (nrPages == 0) break;                              //     if (!nr_pages) break; }
            }
            if (locked[0] != 0) {                                     //   if (*locked) {
                if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                break;                                                //     break; }
            }
            // if (likely(pages)) pages += ret; start += ret << PAGE_SHIFT;  (ret == 0: one page)
            mustUnlock = true;                                        //   must_unlock = true;
            boolean again;
            do {                                                      // retry:
                again = false;
                if (gupSignalPending(flags)) {                        //   if (gup_signal_pending(flags)) {
                    if (pagesDone == 0) pagesDone = Errno.EINTR;      //     if (!pages_done) pages_done = -EINTR;
                    return finishLocked63(mm, pagesDone, mustUnlock, locked); // break; }
                }
                ret = mm.mmapSem.downReadKillable(k.task.signals, LOCKED_63.at(1436, "ret = mmap_read_lock_killable(mm);"));
                if (ret != 0) {                                       //   if (ret) {
                    if (pagesDone == 0) pagesDone = ret;              //     if (!pages_done) pages_done = ret;
                    return finishLocked63(mm, pagesDone, mustUnlock, locked); // break; }
                }
                locked[0] = 1;                                        //   *locked = 1;
                ret = getUserPages(mm, start, flags | FOLL_TRIED, locked); // ret = __get_user_pages(mm, start, 1, flags | FOLL_TRIED, pages, NULL, locked);
                if (locked[0] == 0) {                                 //   if (!*locked) {
                    if (ret != 0) k.warn(LOCKED_63.at(1449, "BUG_ON(ret != 0);"), "BUG_ON(ret != 0)");
                    again = true;                                     //     goto retry; }
                }
            } while (again);
            if (ret != 1) {                                           //   if (ret != 1) {
                if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                break;                                                //     break; }
            }
            nrPages--;                                                //   nr_pages--;
            pagesDone++;                                              //   pages_done++;
            if (nrPages == 0) break;                                  //   if (!nr_pages) break;
        }
        return finishLocked63(mm, pagesDone, mustUnlock, locked);
    }

    /** The end of __get_user_pages_locked() (6.3.8): {@code if (must_unlock && *locked) { mmap_read_unlock(mm); *locked = 0; } return pages_done;}. */
    protected long finishLocked63(MmStruct mm, long pagesDone, boolean mustUnlock, int[] locked) {
        if (mustUnlock && locked[0] != 0) {                           // if (must_unlock && *locked) {
            mm.mmapSem.upRead(LOCKED_63.at(1472, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
            locked[0] = 0;                                            //   *locked = 0; }
        }
        return pages(LOCKED_63.at(1475, "return pages_done;"), pagesDone); // return pages_done;
    }

    /**
     * mm/gup.c:2291 get_user_pages_unlocked() (6.3.8): {@code int locked = 0;} and is_valid_gup_args() adds FOLL_TOUCH
     * | FOLL_UNLOCKABLE; __get_user_pages_locked() takes and drops mmap_lock.
     */
    @Override public long getUserPagesUnlocked(long start, int gupFlags) {
        int[] locked = {0};                                           // int locked = 0;
        gupFlags |= FOLL_TOUCH | FOLL_UNLOCKABLE;                     // if (!is_valid_gup_args(pages, NULL, NULL, &gup_flags, FOLL_TOUCH | FOLL_UNLOCKABLE)) return -EINVAL;
        long ret = getUserPagesLocked(k.mm, start, locked, gupFlags); // return __get_user_pages_locked(current->mm, start, nr_pages, pages, NULL, &locked, gup_flags);
        return pages(UNLOCKED_63.at(2300, "return __get_user_pages_locked(current->mm, start, nr_pages, pages,"), ret);
    }
}
