package example;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.Gup;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.MmStruct;
import retrycheck.kernel.Vma;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Errno;

/** A proposed fixup_user_fault() (mm/gup.c): a copy of the kernel's v5.7 retry loop to edit. The rest is the kernel's. */
public class ProposedFixup extends Gup {
    public ProposedFixup(Kernel k) { super(k); }

    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret;
        if (unlocked != null)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE;
        for (;;) {                                                      // retry:
            Vma vma = k.mmap().findExtendVma(mm, address);
            if (vma == null || address < vma.vmStart(FIXUP.at(1230, "if (!vma || address < vma->vm_start)")))
                return Errno.EFAULT;
            if (!vmaPermitsFault(vma, faultFlags))
                return Errno.EFAULT;
            if ((faultFlags & FaultFlags.KILLABLE) != 0 && k.signal().fatalSignalPending(FIXUP.at(1237, "fatal_signal_pending(current))")))
                return Errno.EINTR;
            ret = k.memory().handleMmFault(vma, address, faultFlags);
            if ((ret & VmFault.ERROR) != 0)
                return vmFaultToErrno(ret);
            if ((ret & VmFault.RETRY) != 0) {
                mm.mmapSem.downRead(FIXUP.at(1251, "down_read(&mm->mmap_sem);"));
                unlocked[0] = true;
                faultFlags |= FaultFlags.TRIED;                         // fault_flags |= FAULT_FLAG_TRIED;
                continue;                                               // goto retry;
            }
            return 0;
        }
    }
}
