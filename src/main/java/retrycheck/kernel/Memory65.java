package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.5.0 mm/memory.c: the functions whose C changed since the class it extends (Memory64): get_mmap_lock_carefully()
 * loses 6.4's might_sleep() after a successful trylock (the same control flow, re-cited); lock_vma_under_rcu() as of
 * 6.5 (spec/releases.md §8.4) is added by the per-VMA lock's methods. lock_mm_and_find_vma() and
 * upgrade_mmap_lock_carefully() have the same C as in 6.4.6 (at lines 5315 and 5285) and keep citing that tree.
 */
public class Memory65 extends Memory64 {
    protected static final Src GET_MMAP_LOCK_CAREFULLY_65 = Src.v65("mm/memory.c", "get_mmap_lock_carefully");

    public Memory65(Kernel k) { super(k); }

    /** mm/memory.c:5258 get_mmap_lock_carefully() (6.5.0): as 6.4.6, without the might_sleep(). */
    @Override protected boolean getMmapLockCarefully(MmStruct mm, boolean regs) {
        if (mm.mmapSem.downReadTrylock(GET_MMAP_LOCK_CAREFULLY_65.at(5260, "if (likely(mmap_read_trylock(mm)))")))
            return retBool65(GET_MMAP_LOCK_CAREFULLY_65.at(5261, "return true;"), true); // return true;
        if (regs && !k.access.userMode()) {                           // if (regs && !user_mode(regs)) {
            // unsigned long ip = instruction_pointer(regs);
            if (!searchExceptionTables())                             //   if (!search_exception_tables(ip))
                return retBool65(GET_MMAP_LOCK_CAREFULLY_65.at(5266, "return false;"), false); // return false;
        }
        boolean locked = mm.mmapSem.downReadKillable(k.task.signals,   // return !mmap_read_lock_killable(mm);
                GET_MMAP_LOCK_CAREFULLY_65.at(5269, "return !mmap_read_lock_killable(mm);")) == 0;
        return retBool65(GET_MMAP_LOCK_CAREFULLY_65.at(5269, "return !mmap_read_lock_killable(mm);"), locked);
    }

    private boolean retBool65(Src at, boolean v) {
        k.ret(at, ValueKind.BOOL, v ? 1 : 0);
        return v;
    }
}
