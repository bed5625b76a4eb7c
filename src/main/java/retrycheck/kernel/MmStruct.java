package retrycheck.kernel;

import retrycheck.runtime.Runtime;
import retrycheck.runtime.RwSem;

/** include/linux/mm_types.h struct mm_struct: here only its mmap_sem (renamed mmap_lock in v5.8). */
public final class MmStruct {
    public final RwSem mmapSem;

    public MmStruct(Runtime rt) { this.mmapSem = new RwSem(rt, "mmap_sem"); }
}
