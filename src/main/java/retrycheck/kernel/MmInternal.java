package retrycheck.kernel;

import retrycheck.runtime.Src;

/** mm/internal.h: maybe_unlock_mmap_for_io().  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(MmInternal.class, MyMmInternal::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class MmInternal {
    protected static final Src MAYBE_UNLOCK = Src.v57("mm/internal.h", "maybe_unlock_mmap_for_io");

    protected final Kernel k;

    public MmInternal(Kernel k) { this.k = k; }

    /**
     * mm/internal.h:395 maybe_unlock_mmap_for_io(): pins the file and drops mmap_sem on a first attempt that may wait
     * ({@code fault_flag_allow_retry_first(flags) && !(flags & FAULT_FLAG_RETRY_NOWAIT)}). Returns the pinned file
     * (true) or {@code fpin} (false: none).
     */
    public boolean maybeUnlockMmapForIo(Vmf vmf, boolean fpin) {
        int flags = vmf.flags;                                        // int flags = vmf->flags;
        if (fpin)                                                     // if (fpin)
            return ret(fpin);                                         //   return fpin;
        if (k.mmH().faultFlagAllowRetryFirst(flags)                   // if (fault_flag_allow_retry_first(flags) &&
                && (flags & FaultFlags.RETRY_NOWAIT) == 0) {          //     !(flags & FAULT_FLAG_RETRY_NOWAIT)) {
            fpin = true;                                              //   fpin = get_file(vmf->vma->vm_file);
            k.mm.mmapSem.upRead(MAYBE_UNLOCK.at(411, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // up_read(&vmf->vma->vm_mm->mmap_sem);
        }
        return ret(fpin);                                             // return fpin;
    }

    /** The RETURN event of maybe_unlock_mmap_for_io(): the pinned file or NULL. */
    protected boolean ret(boolean fpin) {
        k.ret(MAYBE_UNLOCK.at(413, "return fpin;"), ValueKind.POINTER, fpin ? 1 : 0);
        return fpin;
    }
}
