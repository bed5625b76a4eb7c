package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.8.0 mm/internal.h: the functions whose C changed since the class it extends (MmInternal): maybe_unlock_mmap_for_io() with release_fault_lock(); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of MmInternal (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class MmInternal68 extends MmInternal {
    protected static final Src MAYBE_UNLOCK_68 = Src.v68("mm/internal.h", "maybe_unlock_mmap_for_io");

    public MmInternal68(Kernel k) { super(k); }

    /** mm/internal.h:756 maybe_unlock_mmap_for_io() (6.8.0): drops the fault lock (VMA lock or mmap_lock). */
    @Override public boolean maybeUnlockMmapForIo(Vmf vmf, boolean fpin) {
        int flags = vmf.flags;                                        // int flags = vmf->flags;
        if (fpin)                                                     // if (fpin)
            return ret68(fpin, MAYBE_UNLOCK_68.at(762, "return fpin;")); // return fpin;
        if (k.mmH().faultFlagAllowRetryFirst(flags)                   // if (fault_flag_allow_retry_first(flags) &&
                && (flags & FaultFlags.RETRY_NOWAIT) == 0) {          //     !(flags & FAULT_FLAG_RETRY_NOWAIT)) {
            fpin = true;                                              //   fpin = get_file(vmf->vma->vm_file);
            ((Mm68) k.mmH()).releaseFaultLock(vmf);                   //   release_fault_lock(vmf);
        }
        return ret68(fpin, MAYBE_UNLOCK_68.at(774, "return fpin;"));  // return fpin;
    }

    private boolean ret68(boolean fpin, Src at) {
        k.ret(at, ValueKind.POINTER, fpin ? 1 : 0);
        return fpin;
    }
}
