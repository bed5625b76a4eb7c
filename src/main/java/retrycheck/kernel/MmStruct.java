package retrycheck.kernel;

import retrycheck.runtime.Runtime;
import retrycheck.runtime.RwSem;

/**
 * include/linux/mm_types.h struct mm_struct: its mmap_sem (renamed mmap_lock in v5.8) and its vmas (mm->mm_rb),
 * here the one vma of the scenario, which munmap may unlink ({@link Vma#unlink}).
 */
public final class MmStruct {
    public final RwSem mmapSem;
    /** mm->mm_rb with its one vma; find_vma ({@link Mmap#findVma}) is how the model looks it up. */
    Vma vma;

    /** CONFIG_PER_VMA_LOCK (v6.4 on): {@code mm->mm_lock_seq} (mm_init(): 0); null without the per-VMA lock. */
    public final retrycheck.runtime.Counter mmLockSeq;

    public MmStruct(Runtime rt) { this(rt, false); }

    public MmStruct(Runtime rt, boolean perVmaLock) {
        this.mmapSem = new RwSem(rt, "mmap_sem");
        this.mmLockSeq = perVmaLock ? new retrycheck.runtime.Counter(rt, "mm_lock_seq", 0) : null;
    }

    /** The vma object, linked or not (for the environment threads that change it, and tests). */
    public Vma vmaObject() { return vma; }
}
