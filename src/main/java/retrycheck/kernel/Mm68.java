package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.8.0 include/linux/mm.h: the functions whose C changed since the class it extends (Mm64): release_fault_lock(),
 * the core's way to drop "the fault lock" (the VMA lock under FAULT_FLAG_VMA_LOCK, else mmap_lock); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Mm64 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Mm68 extends Mm64 {
    protected static final Src RELEASE_FAULT_LOCK = Src.v68("include/linux/mm.h", "release_fault_lock");

    public Mm68(Kernel k) { super(k); }

    /** include/linux/mm.h:748 release_fault_lock(vmf). */
    public void releaseFaultLock(Vmf vmf) {
        if ((vmf.flags & FaultFlags.VMA_LOCK) != 0)                   // if (vmf->flags & FAULT_FLAG_VMA_LOCK)
            vmaEndRead(vmf.vma);                                      //   vma_end_read(vmf->vma);
        else
            k.mm.mmapSem.upRead(RELEASE_FAULT_LOCK.at(753, "mmap_read_unlock(vmf->vma->vm_mm);")); // else mmap_read_unlock(vmf->vma->vm_mm);
    }
}
