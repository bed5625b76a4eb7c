package reviewer;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.Gup;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.MmStruct;
import retrycheck.kernel.Vma;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Errno;

/**
 * The change under review: fixup_user_fault() (mm/gup.c) whose retry keeps the v5.6 line
 * {@code fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;} before {@code fault_flags |= FAULT_FLAG_TRIED;}. It is a copy of
 * retrycheck's v5.7.14 {@link Gup#fixupUserFault} with that one change; every other kernel function is inherited.
 * {@code fixed} drops the line again.
 */
public class ProposedFixup extends Gup {
    private final boolean fixed;

    public ProposedFixup(Kernel k, boolean fixed) {
        super(k);
        this.fixed = fixed;
    }

    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret;
        if (unlocked != null)                                           // if (unlocked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= ALLOW_RETRY | KILLABLE;
        for (;;) {                                                      // retry:
            Vma vma = k.mmap().findExtendVma(mm, address);              //   vma = find_extend_vma(mm, address);
            if (vma == null || address < vma.vmStart(FIXUP.at(1230, "if (!vma || address < vma->vm_start)")))
                return Errno.EFAULT;                                    //     return -EFAULT;
            if (!vmaPermitsFault(vma, faultFlags))                      //   if (!vma_permits_fault(vma, fault_flags))
                return Errno.EFAULT;                                    //     return -EFAULT;
            if ((faultFlags & FaultFlags.KILLABLE) != 0                 //   if ((fault_flags & FAULT_FLAG_KILLABLE) &&
                    && k.signal().fatalSignalPending(FIXUP.at(1237, "fatal_signal_pending(current))")))
                return Errno.EINTR;                                     //       fatal_signal_pending(current)) return -EINTR;
            ret = k.memory().handleMmFault(vma, address, faultFlags);   //   ret = handle_mm_fault(vma, address, fault_flags);
            if ((ret & VmFault.ERROR) != 0)                             //   if (ret & VM_FAULT_ERROR)
                return vmFaultToErrno(ret);                             //     return vm_fault_to_errno(ret, 0) ...
            if ((ret & VmFault.RETRY) != 0) {                           //   if (ret & VM_FAULT_RETRY) {
                mm.mmapSem.downRead(FIXUP.at(1251, "down_read(&mm->mmap_sem);"));
                unlocked[0] = true;                                     //     *unlocked = true;
                if (!fixed)
                    faultFlags &= ~FaultFlags.ALLOW_RETRY;              // +   fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;
                faultFlags |= FaultFlags.TRIED;                         //     fault_flags |= FAULT_FLAG_TRIED;
                continue;                                               //     goto retry;
            }
            return 0;                                                   //   return 0;
        }
    }
}
