package retrycheck.kernel;

import retrycheck.runtime.Src;

/** v5.6.4 mm/internal.h: maybe_unlock_mmap_for_io() tests {@code (flags & (ALLOW_RETRY|RETRY_NOWAIT)) == ALLOW_RETRY}. */
public class MmInternal56 extends MmInternal {
    protected static final Src MAYBE_UNLOCK = Src.v56("mm/internal.h", "maybe_unlock_mmap_for_io");

    public MmInternal56(Kernel k) { super(k); }

    /** v5.6.4 mm/internal.h:369 maybe_unlock_mmap_for_io(). */
    @Override public boolean maybeUnlockMmapForIo(Vmf vmf, boolean fpin) {
        int flags = vmf.flags;                                        // int flags = vmf->flags;
        if (fpin)                                                     // if (fpin)
            return ret(fpin);                                         //   return fpin;
        if ((flags & (FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT)) // if ((flags & (FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT)) ==
                == FaultFlags.ALLOW_RETRY) {                          //     FAULT_FLAG_ALLOW_RETRY) {
            fpin = true;                                              //   fpin = get_file(vmf->vma->vm_file);
            k.mm.mmapSem.upRead(MAYBE_UNLOCK.at(385, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // up_read(&vmf->vma->vm_mm->mmap_sem);
        }
        return ret(fpin);                                             // return fpin;
    }
}
