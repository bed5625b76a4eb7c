package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v6.0.1 mm/gup.c: the functions whose C changed since the class it extends (Gup59): faultin_page() and
 * fixup_user_fault() handle VM_FAULT_COMPLETED, __get_user_pages() takes faultin_page()'s -EAGAIN like -EBUSY;
 * spec/releases.md §5.1. The task accounting of v5.7 ({@code tsk->maj_flt++}) left GUP in v5.9 (mm_account_fault()
 * in handle_mm_fault()), so these copies have none. __get_user_pages_locked() and get_user_pages_unlocked() have the
 * v5.7 control flow (only the tsk parameter and the mmap_lock API names changed) and are inherited.
 */
public class Gup60 extends Gup59 {
    protected static final Src FAULTIN_60 = Src.v60("mm/gup.c", "faultin_page");
    protected static final Src GUP_60 = Src.v60("mm/gup.c", "__get_user_pages");
    protected static final Src FIXUP_60 = Src.v60("mm/gup.c", "fixup_user_fault");

    public Gup60(Kernel k) { super(k); }

    /**
     * mm/gup.c:960 faultin_page() (6.0.1): a VM_FAULT_COMPLETED result means the fault is done with mmap_lock released:
     * {@code *locked = 0} and -EAGAIN ("we want to take the mmap lock _again_"). Otherwise as v5.7, without the
     * accounting.
     */
    @Override public int faultinPage(Vma vma, long address, int[] flags, int[] locked) {
        int faultFlags = 0;                                           // unsigned int fault_flags = 0;
        // if (*flags & FOLL_NOFAULT) return -EFAULT;  (no caller of the model passes FOLL_NOFAULT)
        if ((flags[0] & FOLL_WRITE) != 0)                             // if (*flags & FOLL_WRITE)
            faultFlags |= FaultFlags.WRITE;                           //   fault_flags |= FAULT_FLAG_WRITE;
        // if (*flags & FOLL_REMOTE) fault_flags |= FAULT_FLAG_REMOTE;  (GUP on the current mm)
        if (locked != null)                                           // if (locked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
        if ((flags[0] & FOLL_NOWAIT) != 0)                            // if (*flags & FOLL_NOWAIT)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT; // fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT;
        if ((flags[0] & FOLL_TRIED) != 0)                             // if (*flags & FOLL_TRIED) {
            faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
        // if (unshare) { fault_flags |= FAULT_FLAG_UNSHARE; ... }  (follow_page_mask() never returns -EMLINK here)
        int ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
        if ((ret & VmFault.COMPLETED) != 0) {                         // if (ret & VM_FAULT_COMPLETED) {
            if ((faultFlags & FaultFlags.RETRY_NOWAIT) != 0)          //   WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(FAULTIN_60.at(997, "WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);"), "WARN_ON_ONCE(COMPLETED with RETRY_NOWAIT)");
            if (locked != null)                                       //   if (locked)
                locked[0] = 0;                                        //     *locked = 0;
            return errno(FAULTIN_60.at(1007, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN; }
        }
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return errno(FAULTIN_60.at(1014, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if (locked != null && (faultFlags & FaultFlags.RETRY_NOWAIT) == 0) // if (locked && !(fault_flags & FAULT_FLAG_RETRY_NOWAIT))
                locked[0] = 0;                                        //   *locked = 0;
            return errno(FAULTIN_60.at(1021, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN_60.at(1024, "return 0;"), 0);            // return 0;
    }

    /**
     * mm/gup.c:1140 __get_user_pages() (6.0.1) for one page: as v5.7, and faultin_page()'s -EAGAIN (COMPLETED: the
     * lock is gone, the page is mapped) ends the call like -EBUSY, with 0 pages.
     */
    @Override public long getUserPages(MmStruct mm, long start, int gupFlags, int[] locked) {
        long ret;                                                     // long ret = 0, i = 0;
        Vma vma = k.mmap().findExtendVma(mm, start);                  // vma = find_extend_vma(mm, start);
        if (vma == null)                                              // if (!vma) { ret = -EFAULT; goto out; }
            return pages(GUP_60.at(1272, "return i ? i : ret;"), Errno.EFAULT);
        // ret = check_vma_flags(vma, gup_flags);  (the scenario's vma allows the access)
        int[] follFlags = {gupFlags};                                 // unsigned int foll_flags = gup_flags;
        for (;;) {                                                    // retry:
            if (k.signal().fatalSignalPending(GUP_60.at(1211, "if (fatal_signal_pending(current)) {"))) // if (fatal_signal_pending(current)) {
                return pages(GUP_60.at(1272, "return i ? i : ret;"), Errno.EINTR); //   ret = -EINTR; goto out;
            if (k.pte.get("follow_page_mask", GUP_60.at(1217, "page = follow_page_mask(vma, start, foll_flags, &ctx);")))
                return pages(GUP_60.at(1272, "return i ? i : ret;"), 1); // (page found: pages[i] = page; i += page_increm) return i;
            ret = faultinPage(vma, start, follFlags, locked);         // ret = faultin_page(vma, start, &foll_flags, PTR_ERR(page) == -EMLINK, locked);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY || ret == Errno.EAGAIN) ret = 0;   // case -EBUSY: case -EAGAIN: ret = 0; fallthrough;
            return pages(GUP_60.at(1272, "return i ? i : ret;"), ret); // case -EFAULT ...: goto out;  out: return i ? i : ret;
        }
    }

    /**
     * mm/gup.c:1327 fixup_user_fault() (6.0.1): a VM_FAULT_COMPLETED result re-takes mmap_lock "to pair with the
     * unlock() in the callers", sets {@code *unlocked} and returns 0; otherwise as v5.7, without the accounting.
     */
    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret;                                                      // vm_fault_t ret;
        if (unlocked != null)                                         // if (unlocked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
        for (;;) {                                                    // retry:
            Vma vma = k.mmap().findExtendVma(mm, address);            // vma = find_extend_vma(mm, address);
            if (vma == null || address < vma.vmStart(FIXUP_60.at(1341, "if (!vma || address < vma->vm_start)")))
                return errno(FIXUP_60.at(1342, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                return errno(FIXUP_60.at(1345, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if ((faultFlags & FaultFlags.KILLABLE) != 0               // if ((fault_flags & FAULT_FLAG_KILLABLE) &&
                    && k.signal().fatalSignalPending(FIXUP_60.at(1348, "fatal_signal_pending(current))"))) // fatal_signal_pending(current))
                return errno(FIXUP_60.at(1349, "return -EINTR;"), Errno.EINTR); // return -EINTR;
            ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
            if ((ret & VmFault.COMPLETED) != 0) {                     // if (ret & VM_FAULT_COMPLETED) {
                mm.mmapSem.downRead(FIXUP_60.at(1359, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                return errno(FIXUP_60.at(1361, "return 0;"), 0);      //   return 0; }
            }
            if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                return errno(FIXUP_60.at(1368, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
            if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                mm.mmapSem.downRead(FIXUP_60.at(1373, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                faultFlags |= FaultFlags.TRIED;                       //   fault_flags |= FAULT_FLAG_TRIED;
                k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP_60.at(1375, "fault_flags |= FAULT_FLAG_TRIED;"),
                        FaultFlags.names(faultFlags), faultFlags, 0);
                continue;                                             //   goto retry;
            }
            return errno(FIXUP_60.at(1379, "return 0;"), 0);          // return 0;
        }
    }
}
