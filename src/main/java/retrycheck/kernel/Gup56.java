package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v5.6.4 mm/gup.c: faultin_page() sets ALLOW_RETRY without KILLABLE and warns on FOLL_TRIED with ALLOW_RETRY;
 * __get_user_pages() returns -ERESTARTSYS on a fatal signal; __get_user_pages_locked() retries once, with
 * {@code locked = NULL} (so without ALLOW_RETRY) and FOLL_TRIED; fixup_user_fault() retries once, clearing
 * ALLOW_RETRY, without a signal check.
 */
public class Gup56 extends Gup {
    protected static final Src FAULTIN = Src.v56("mm/gup.c", "faultin_page");
    protected static final Src GUP = Src.v56("mm/gup.c", "__get_user_pages");
    protected static final Src LOCKED = Src.v56("mm/gup.c", "__get_user_pages_locked");
    protected static final Src FIXUP = Src.v56("mm/gup.c", "fixup_user_fault");

    public Gup56(Kernel k) { super(k); }

    /** v5.6.4 mm/gup.c:637 faultin_page(tsk, vma, address, flags, nonblocking). */
    @Override public int faultinPage(Vma vma, long address, int[] flags, int[] nonblocking) {
        int faultFlags = 0;                                           // unsigned int fault_flags = 0;
        if ((flags[0] & FOLL_WRITE) != 0)                             // if (*flags & FOLL_WRITE)
            faultFlags |= FaultFlags.WRITE;                           //   fault_flags |= FAULT_FLAG_WRITE;
        if (nonblocking != null)                                      // if (nonblocking)
            faultFlags |= FaultFlags.ALLOW_RETRY;                     //   fault_flags |= FAULT_FLAG_ALLOW_RETRY;
        if ((flags[0] & FOLL_NOWAIT) != 0)                            // if (*flags & FOLL_NOWAIT)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT; // fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT;
        if ((flags[0] & FOLL_TRIED) != 0) {                           // if (*flags & FOLL_TRIED) {
            if ((faultFlags & FaultFlags.ALLOW_RETRY) != 0)           //   VM_WARN_ON_ONCE(fault_flags & FAULT_FLAG_ALLOW_RETRY);
                k.warn(FAULTIN.at(655, "VM_WARN_ON_ONCE(fault_flags & FAULT_FLAG_ALLOW_RETRY);"), "VM_WARN_ON_ONCE(FOLL_TRIED with ALLOW_RETRY)");
            faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
        }
        int ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags);
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return errno(FAULTIN.at(664, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
        if ((ret & VmFault.MAJOR) != 0)                               // if (tsk) { if (ret & VM_FAULT_MAJOR)
            k.task.accountMajFlt(FAULTIN.at(670, "tsk->maj_flt++;")); //   tsk->maj_flt++;
        else
            k.task.accountMinFlt(FAULTIN.at(672, "tsk->min_flt++;")); // else tsk->min_flt++; }
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if (nonblocking != null && (faultFlags & FaultFlags.RETRY_NOWAIT) == 0) // if (nonblocking && !(fault_flags & RETRY_NOWAIT))
                nonblocking[0] = 0;                                   //   *nonblocking = 0;
            return errno(FAULTIN.at(678, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN.at(692, "return 0;"), 0);                // return 0;
    }

    /** v5.6.4 mm/gup.c:804 __get_user_pages() for one page: -ERESTARTSYS on a fatal signal. */
    @Override public long getUserPages(MmStruct mm, long start, int gupFlags, int[] nonblocking) {
        long ret;                                                     // long ret = 0, i = 0;
        Vma vma = k.mmap().findExtendVma(mm, start);                  // vma = find_extend_vma(mm, start);
        if (vma == null)                                              // if (!vma || check_vma_flags(vma, gup_flags)) {
            return pages(GUP.at(917, "return i ? i : ret;"), Errno.EFAULT); // ret = -EFAULT; goto out;
        int[] follFlags = {gupFlags};                                 // unsigned int foll_flags = gup_flags;
        for (;;) {                                                    // retry:
            if (k.signal().fatalSignalPending(GUP.at(862, "if (fatal_signal_pending(current)) {")))
                return pages(GUP.at(917, "return i ? i : ret;"), Errno.ERESTARTSYS); // ret = -ERESTARTSYS; goto out;
            if (k.pte.get("follow_page_mask", GUP.at(868, "page = follow_page_mask(vma, start, foll_flags, &ctx);")))
                return pages(GUP.at(917, "return i ? i : ret;"), 1);  // (page found) return i;
            ret = faultinPage(vma, start, follFlags, nonblocking);    // ret = faultin_page(tsk, vma, start, &foll_flags, nonblocking);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY) ret = 0;                          // case -EBUSY: ret = 0; /* FALLTHRU */
            return pages(GUP.at(917, "return i ? i : ret;"), ret);    // goto out; out: return i ? i : ret;
        }
    }

    /** v5.6.4 mm/gup.c:1023 __get_user_pages_locked() for one page: one retry, without ALLOW_RETRY, with FOLL_TRIED. */
    @Override public long getUserPagesLocked(MmStruct mm, long start, int[] locked, int flags) {
        long ret, pagesDone;                                          // long ret, pages_done;
        boolean lockDropped;                                          // bool lock_dropped;
        long nrPages = 1;
        pagesDone = 0;                                                // pages_done = 0;
        lockDropped = false;                                          // lock_dropped = false;
        for (;;) {                                                    // for (;;) {
            ret = getUserPages(mm, start, flags, locked);             //   ret = __get_user_pages(tsk, mm, start, nr_pages, flags, pages, vmas, locked);
            if (locked == null)                                       //   if (!locked)
                return pages(LOCKED.at(1061, "return ret;"), ret);    //     return ret;
            if (ret > 0) {                                            //   if (ret > 0) {
                nrPages -= ret;                                       //     nr_pages -= ret;
                pagesDone += ret;                                     //     pages_done += ret;
                if (nrPages == 0) break;                              //     if (!nr_pages) break; }
            }
            if (locked[0] != 0) {                                     //   if (*locked) {
                if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                break;                                                //     break; }
            }
            locked[0] = 1;                                            //   *locked = 1;
            lockDropped = true;                                       //   lock_dropped = true;
            mm.mmapSem.downRead(LOCKED.at(1099, "down_read(&mm->mmap_sem);")); // down_read(&mm->mmap_sem);
            ret = getUserPages(mm, start, flags | FOLL_TRIED, null);  //   ret = __get_user_pages(tsk, mm, start, 1, flags | FOLL_TRIED, pages, NULL, NULL);
            if (ret != 1) {                                           //   if (ret != 1) {
                if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                break;                                                //     break; }
            }
            nrPages--;                                                //   nr_pages--;
            pagesDone++;                                              //   pages_done++;
            if (nrPages == 0) break;                                  //   if (!nr_pages) break;
        }
        if (lockDropped && locked[0] != 0) {                          // if (lock_dropped && *locked) {
            mm.mmapSem.upRead(LOCKED.at(1121, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
            locked[0] = 0;                                            //   *locked = 0; }
        }
        return pages(LOCKED.at(1124, "return pages_done;"), pagesDone); // return pages_done;
    }

    /** v5.6.4 mm/gup.c:973 fixup_user_fault(): one retry, ALLOW_RETRY cleared, no fatal-signal check. */
    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret, major = 0;                                           // vm_fault_t ret, major = 0;
        if (unlocked != null)                                         // if (unlocked)
            faultFlags |= FaultFlags.ALLOW_RETRY;                     //   fault_flags |= FAULT_FLAG_ALLOW_RETRY;
        for (;;) {                                                    // retry:
            Vma vma = k.mmap().findExtendVma(mm, address);            // vma = find_extend_vma(mm, address);
            if (vma == null || address < vma.vmStart(FIXUP.at(987, "if (!vma || address < vma->vm_start)")))
                return errno(FIXUP.at(988, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                return errno(FIXUP.at(991, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags);
            major |= ret & VmFault.MAJOR;                             // major |= ret & VM_FAULT_MAJOR;
            if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                return errno(FIXUP.at(999, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
            if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                mm.mmapSem.downRead(FIXUP.at(1004, "down_read(&mm->mmap_sem);")); // down_read(&mm->mmap_sem);
                if ((faultFlags & FaultFlags.TRIED) == 0) {           //   if (!(fault_flags & FAULT_FLAG_TRIED)) {
                    unlocked[0] = true;                               //     *unlocked = true;
                    faultFlags &= ~FaultFlags.ALLOW_RETRY;            //     fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;
                    faultFlags |= FaultFlags.TRIED;                   //     fault_flags |= FAULT_FLAG_TRIED;
                    k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP.at(1008, "fault_flags |= FAULT_FLAG_TRIED;"),
                            FaultFlags.names(faultFlags), faultFlags, 0);
                    continue;                                         //     goto retry;
                }
            }
            if (major != 0)                                           // if (tsk) { if (major)
                k.task.accountMajFlt(FIXUP.at(1015, "tsk->maj_flt++;")); //   tsk->maj_flt++;
            else
                k.task.accountMinFlt(FIXUP.at(1017, "tsk->min_flt++;")); // else tsk->min_flt++; }
            return errno(FIXUP.at(1019, "return 0;"), 0);             // return 0;
        }
    }
}
