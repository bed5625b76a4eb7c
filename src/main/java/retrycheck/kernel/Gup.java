package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * mm/gup.c: the in-kernel fault callers. GUP pins one page (nr_pages = 1) of the scenario's mapping;
 * fixup_user_fault() resolves one fault for a caller that holds mmap_sem (futex, KVM).
 */
public final class Gup {
    private static final Src FAULTIN = Src.fn("mm/gup.c", "faultin_page");
    private static final Src GUP = Src.fn("mm/gup.c", "__get_user_pages");
    private static final Src LOCKED = Src.fn("mm/gup.c", "__get_user_pages_locked");
    private static final Src FIXUP = Src.fn("mm/gup.c", "fixup_user_fault");

    /** FOLL_TRIED: "a retry, previous pass started an IO" (include/linux/mm.h). */
    public static final int FOLL_TRIED = 0x800;
    /** FOLL_WRITE. */
    public static final int FOLL_WRITE = 0x01;

    private final Kernel k;

    Gup(Kernel k) { this.k = k; }

    /**
     * mm/gup.c:863 faultin_page(). {@code locked} is null when the caller passed NULL. Returns 0, -EBUSY
     * (VM_FAULT_RETRY: with *locked = 0 the lock is gone) or an errno.
     */
    int faultinPage(int follFlags, int[] locked) {
        int faultFlags = 0;                                           // unsigned int fault_flags = 0;
        if ((follFlags & FOLL_WRITE) != 0) faultFlags |= FaultFlags.WRITE;
        if (locked != null)                                           // if (locked)  (v5.6: if (nonblocking))
            faultFlags |= k.v57() ? FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE : FaultFlags.ALLOW_RETRY;
        if ((follFlags & FOLL_TRIED) != 0) {                          // if (*flags & FOLL_TRIED) {
            if (!k.v57() && (faultFlags & FaultFlags.ALLOW_RETRY) != 0) // v5.6: VM_WARN_ON_ONCE(fault_flags & ALLOW_RETRY);
                k.warn(FAULTIN.at(880), "VM_WARN_ON_ONCE(FOLL_TRIED with ALLOW_RETRY)");
            faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
        }
        int ret = k.handleMmFault(faultFlags);                        // ret = handle_mm_fault(vma, address, fault_flags);
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return Errno.EFAULT;                                      //   return vm_fault_to_errno(ret, *flags) ...
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if (locked != null && (faultFlags & FaultFlags.RETRY_NOWAIT) == 0 && !k.overrides.gupKeepsLocked)
                locked[0] = 0;                                        //   if (locked && !(fault_flags & RETRY_NOWAIT)) *locked = 0;
            return Errno.EBUSY;                                       //   return -EBUSY;
        }
        return 0;                                                     // return 0;
    }

    /**
     * mm/gup.c:1031 __get_user_pages() for one page. Returns 1 (pinned), 0 (-EBUSY: the lock was dropped)
     * or an errno. v5.6 returned -ERESTARTSYS on a fatal signal, v5.7 -EINTR.
     */
    int getUserPages(int follFlags, int[] locked) {
        for (;;) {                                                    // retry:
            if (k.task.fatalSignalPending(GUP.at(1105)))              // if (fatal_signal_pending(current)) {
                return k.v57() ? Errno.EINTR : Errno.ERESTARTSYS;     //   ret = -EINTR; goto out;
            if (k.pte.get("follow_page_mask", GUP.at(1110)))          // page = follow_page_mask(vma, start, foll_flags, &ctx);
                return 1;                                             // (page found: pinned, i++ ... return i)
            int ret = faultinPage(follFlags, locked);                 // ret = faultin_page(tsk, vma, start, &foll_flags, locked);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY) return 0;                         // case -EBUSY: ret = 0; fallthrough; ... goto out;
            return ret;                                               // case -EFAULT ...: goto out;
        }
    }

    /** mm/gup.c:1267 __get_user_pages_locked() for one page, called with *locked == 1 and mmap_sem held. */
    int getUserPagesLocked(int follFlags, int[] locked) {
        return k.v57() ? getUserPagesLockedV57(follFlags, locked) : getUserPagesLockedV56(follFlags, locked);
    }

    private int getUserPagesLockedV57(int follFlags, int[] locked) {
        int pagesDone = 0;
        boolean lockDropped = false;
        for (;;) {
            int ret = getUserPages(follFlags, locked);                // ret = __get_user_pages(tsk, mm, start, nr_pages, flags, pages, vmas, locked);
            if (locked[0] != 0) {                                     // if (*locked) {
                if (pagesDone == 0) pagesDone = ret;                  //   if (!pages_done) pages_done = ret;
                break;                                                //   break; }
            }
            lockDropped = true;                                       // (VM_FAULT_RETRY triggered, so seek to the faulting offset)
            for (;;) {                                                // retry:
                if (k.task.fatalSignalPending(LOCKED.at(1346))) {     //   if (fatal_signal_pending(current)) {
                    if (pagesDone == 0) pagesDone = Errno.EINTR;      //     if (!pages_done) pages_done = -EINTR;
                    return finishLocked(pagesDone, lockDropped, locked); // break;
                }
                int err = k.mm.mmapSem.downReadKillable(k.task.signals, LOCKED.at(1352)); // ret = down_read_killable(&mm->mmap_sem);
                if (err != 0) {                                       //   if (ret) {
                    if (pagesDone == 0) pagesDone = err;              //     if (!pages_done) pages_done = ret;
                    return finishLocked(pagesDone, lockDropped, locked); // break;
                }
                locked[0] = 1;                                        //   *locked = 1;
                ret = getUserPages(k.overrides.gupRetryWithoutFollTried ? follFlags : follFlags | FOLL_TRIED, locked); // ret = __get_user_pages(..., 1, flags | FOLL_TRIED, pages, NULL, locked);
                if (locked[0] == 0) continue;                         //   if (!*locked) { BUG_ON(ret != 0); goto retry; }
                if (ret != 1) {                                       //   if (ret != 1) {
                    if (pagesDone == 0) pagesDone = ret;              //     if (!pages_done) pages_done = ret;
                    return finishLocked(pagesDone, lockDropped, locked);
                }
                pagesDone++;                                          //   nr_pages--; pages_done++; if (!nr_pages) break;
                return finishLocked(pagesDone, lockDropped, locked);
            }
        }
        return finishLocked(pagesDone, lockDropped, locked);
    }

    private int finishLocked(int pagesDone, boolean lockDropped, int[] locked) {
        if (lockDropped && locked[0] != 0) {                          // if (lock_dropped && *locked) {
            k.mm.mmapSem.upRead(LOCKED.at(1387));                     //   up_read(&mm->mmap_sem);
            locked[0] = 0;                                            //   *locked = 0; }
        }
        return pagesDone;                                             // return pages_done;
    }

    /** v5.6.4 __get_user_pages_locked(): one retry, with locked = NULL (no ALLOW_RETRY) and FOLL_TRIED. */
    private int getUserPagesLockedV56(int follFlags, int[] locked) {
        int pagesDone = 0;
        boolean lockDropped = false;
        int ret = getUserPages(follFlags, locked);                    // ret = __get_user_pages(..., locked);
        if (locked[0] != 0) {                                         // if (*locked) {
            if (pagesDone == 0) pagesDone = ret;                      //   if (!pages_done) pages_done = ret;
            return finishLocked(pagesDone, lockDropped, locked);      //   break; }
        }
        locked[0] = 1;                                                // *locked = 1;
        lockDropped = true;                                           // lock_dropped = true;
        k.mm.mmapSem.downRead(LOCKED.at(1052));                       // down_read(&mm->mmap_sem);
        ret = getUserPages(follFlags | FOLL_TRIED, null);             // ret = __get_user_pages(tsk, mm, start, 1, flags | FOLL_TRIED, pages, NULL, NULL);
        if (ret != 1) {                                               // if (ret != 1) {
            if (pagesDone == 0) pagesDone = ret;                      //   if (!pages_done) pages_done = ret;
            return finishLocked(pagesDone, lockDropped, locked);      //   break; }
        }
        pagesDone++;
        return finishLocked(pagesDone, lockDropped, locked);
    }

    /**
     * mm/gup.c:1216 fixup_user_fault() with an {@code unlocked} pointer (ALLOW_RETRY|KILLABLE). Called and
     * returns with mmap_sem held. v5.6: on RETRY {@code down_read; if (!(fault_flags & TRIED)) { *unlocked = true;
     * fault_flags &= ~ALLOW_RETRY; fault_flags |= TRIED; goto retry; }} with no signal check.
     */
    int fixupUserFault(int faultFlags, boolean[] unlocked) {
        if (unlocked != null)                                         // if (unlocked)
            faultFlags |= k.v57() ? FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE : FaultFlags.ALLOW_RETRY; // fault_flags |= ALLOW_RETRY | KILLABLE;
        for (;;) {                                                    // retry:
            // vma = find_extend_vma(mm, address); vma_permits_fault(): always good here
            if (k.v57() && (faultFlags & FaultFlags.KILLABLE) != 0 && !k.overrides.fixupNoSignalCheck
                    && k.task.fatalSignalPending(FIXUP.at(1237)))     // if ((fault_flags & KILLABLE) && fatal_signal_pending(current))
                return Errno.EINTR;                                   //   return -EINTR;
            int ret = k.handleMmFault(faultFlags);                    // ret = handle_mm_fault(vma, address, fault_flags);
            if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                return Errno.EFAULT;                                  //   return vm_fault_to_errno(ret, 0) ...
            if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                k.mm.mmapSem.downRead(FIXUP.at(1251));                //   down_read(&mm->mmap_sem);
                if (k.v57()) {
                    unlocked[0] = true;                               //   *unlocked = true;
                    if (k.overrides.fixupClearsAllowRetry)            //   (mutant seam: the v5.6 line kept)
                        faultFlags &= ~FaultFlags.ALLOW_RETRY;        //   fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;
                    faultFlags |= FaultFlags.TRIED;                   //   fault_flags |= FAULT_FLAG_TRIED;
                    k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP.at(1253), FaultFlags.names(faultFlags), faultFlags, 0);
                    continue;                                         //   goto retry;
                }
                if ((faultFlags & FaultFlags.TRIED) == 0) {           //   v5.6: if (!(fault_flags & FAULT_FLAG_TRIED)) {
                    unlocked[0] = true;                               //     *unlocked = true;
                    faultFlags &= ~FaultFlags.ALLOW_RETRY;            //     fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;
                    faultFlags |= FaultFlags.TRIED;                   //     fault_flags |= FAULT_FLAG_TRIED;
                    k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP.at(1176), FaultFlags.names(faultFlags), faultFlags, 0);
                    continue;                                         //     goto retry;
                }
            }
            return 0;                                                 // return 0;
        }
    }
}
