package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v5.9.1 mm/gup.c: the functions whose C changed since the class it extends (Gup): faultin_page() and
 * fixup_user_fault() lose their {@code tsk} parameter and their {@code tsk->maj_flt++ / min_flt++} (now counted by
 * mm_account_fault() in handle_mm_fault(), called with {@code regs = NULL}); spec/releases.md §3.1.
 * __get_user_pages(), __get_user_pages_locked() and get_user_pages_unlocked() only lose {@code tsk} and take the
 * mmap_lock API: their control flow is v5.7's and they keep its citations. v5.12.9 has the same C for both
 * functions (mm/gup.c:825, :1170) and inherits them.
 */
public class Gup59 extends Gup {
    protected static final Src FAULTIN_59 = Src.v59("mm/gup.c", "faultin_page");
    protected static final Src FIXUP_59 = Src.v59("mm/gup.c", "fixup_user_fault");

    public Gup59(Kernel k) { super(k); }

    /** mm/gup.c:853 faultin_page(): as v5.7 without the task accounting. */
    @Override public int faultinPage(Vma vma, long address, int[] flags, int[] locked) {
        int faultFlags = 0;                                           // unsigned int fault_flags = 0;
        if ((flags[0] & FOLL_WRITE) != 0)                             // if (*flags & FOLL_WRITE)
            faultFlags |= FaultFlags.WRITE;                           //   fault_flags |= FAULT_FLAG_WRITE;
        if (locked != null)                                           // if (locked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
        if ((flags[0] & FOLL_NOWAIT) != 0)                            // if (*flags & FOLL_NOWAIT)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT; // fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT;
        if ((flags[0] & FOLL_TRIED) != 0)                             // if (*flags & FOLL_TRIED) {
            faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
        int ret = k.memory().handleMmFault(vma, address, faultFlags, null); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return errno(FAULTIN_59.at(883, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if (locked != null && (faultFlags & FaultFlags.RETRY_NOWAIT) == 0) // if (locked && !(fault_flags & FAULT_FLAG_RETRY_NOWAIT))
                locked[0] = 0;                                        //   *locked = 0;
            return errno(FAULTIN_59.at(890, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN_59.at(904, "return 0;"), 0);             // return 0;
    }

    /** mm/gup.c:1191 fixup_user_fault(): as v5.7 without the task accounting ({@code major} is still computed, unused). */
    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret, major = 0;                                           // vm_fault_t ret, major = 0;
        if (unlocked != null)                                         // if (unlocked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
        for (;;) {                                                    // retry:
            Vma vma = k.mmap().findExtendVma(mm, address);            // vma = find_extend_vma(mm, address);
            if (vma == null || address < vma.vmStart(FIXUP_59.at(1205, "if (!vma || address < vma->vm_start)")))
                return errno(FIXUP_59.at(1206, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                return errno(FIXUP_59.at(1209, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if ((faultFlags & FaultFlags.KILLABLE) != 0               // if ((fault_flags & FAULT_FLAG_KILLABLE) &&
                    && k.signal().fatalSignalPending(FIXUP_59.at(1212, "fatal_signal_pending(current))"))) // fatal_signal_pending(current))
                return errno(FIXUP_59.at(1213, "return -EINTR;"), Errno.EINTR); // return -EINTR;
            ret = k.memory().handleMmFault(vma, address, faultFlags, null); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
            major |= ret & VmFault.MAJOR;                             // major |= ret & VM_FAULT_MAJOR;
            if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                return errno(FIXUP_59.at(1221, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
            if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                mm.mmapSem.downRead(FIXUP_59.at(1226, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                faultFlags |= FaultFlags.TRIED;                       //   fault_flags |= FAULT_FLAG_TRIED;
                k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP_59.at(1228, "fault_flags |= FAULT_FLAG_TRIED;"),
                        FaultFlags.names(faultFlags), faultFlags, 0);
                continue;                                             //   goto retry;
            }
            return errno(FIXUP_59.at(1232, "return 0;"), 0);          // return 0;
        }
    }
}
