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

    public MmStruct(Runtime rt) { this.mmapSem = new RwSem(rt, "mmap_sem"); }

    /** The vma object, linked or not (for the environment threads that change it, and tests). */
    public Vma vmaObject() { return vma; }
}
