package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.4.6 mm/memory.c: the functions whose C changed since the class it extends (Memory60): lock_mm_and_find_vma()
 * with get_mmap_lock_carefully() and upgrade_mmap_lock_carefully() (spec/releases.md §7.1); the per-VMA lock
 * (lock_vma_under_rcu(), do_swap_page() under FAULT_FLAG_VMA_LOCK; §8) is added on top by its own class methods.
 * A function not overridden here has the same C as in the release of Memory60 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory64 extends Memory60 {
    protected static final Src GET_MMAP_LOCK_CAREFULLY = Src.v64("mm/memory.c", "get_mmap_lock_carefully");
    protected static final Src MMAP_UPGRADE_TRYLOCK = Src.v64("mm/memory.c", "mmap_upgrade_trylock");
    protected static final Src UPGRADE_MMAP_LOCK_CAREFULLY = Src.v64("mm/memory.c", "upgrade_mmap_lock_carefully");
    protected static final Src LOCK_MM_AND_FIND_VMA = Src.v64("mm/memory.c", "lock_mm_and_find_vma");

    public Memory64(Kernel k) { super(k); }

    /**
     * mm/memory.c:5275 get_mmap_lock_carefully(): a trylock; failing that, a kernel-mode fault whose instruction has no
     * exception-table entry gives up; else a killable read lock. {@code regs}: the caller passed its pt_regs (every
     * modelled arch does; sparc32's force_user_fault() passes NULL and is not modelled).
     */
    protected boolean getMmapLockCarefully(MmStruct mm, boolean regs) {
        if (mm.mmapSem.downReadTrylock(GET_MMAP_LOCK_CAREFULLY.at(5278, "if (likely(mmap_read_trylock(mm))) {"))) {
            // might_sleep();  (a debug annotation: "Even if this succeeds, make it clear we *might* have slept")
            return retBool(GET_MMAP_LOCK_CAREFULLY.at(5280, "return true;"), true); // return true;
        }
        if (regs && !k.access.userMode()) {                           // if (regs && !user_mode(regs)) {
            // unsigned long ip = instruction_pointer(regs);
            if (!searchExceptionTables())                             //   if (!search_exception_tables(ip))
                return retBool(GET_MMAP_LOCK_CAREFULLY.at(5286, "return false;"), false); // return false;
        }
        boolean locked = mm.mmapSem.downReadKillable(k.task.signals,   // return !mmap_read_lock_killable(mm);
                GET_MMAP_LOCK_CAREFULLY.at(5289, "return !mmap_read_lock_killable(mm);")) == 0;
        return retBool(GET_MMAP_LOCK_CAREFULLY.at(5289, "return !mmap_read_lock_killable(mm);"), locked);
    }

    /**
     * kernel/extable.c search_exception_tables(ip) for the faulting kernel instruction: the model's kernel-mode faults
     * are uaccesses (copy_from_user(), {@link FaultAccess#userMode()}), each of which has an exception-table entry —
     * the same entry the arches' no_context fixup uses ({@link retrycheck.kernel.FaultOutcome#noContext}). So: found.
     */
    protected boolean searchExceptionTables() { return true; }

    /** mm/memory.c:5292 mmap_upgrade_trylock(): "We don't have this operation yet." {@code return false;} */
    protected boolean mmapUpgradeTrylock(MmStruct mm) {
        return false;                                                 // return false;
    }

    /**
     * mm/memory.c:5305 upgrade_mmap_lock_carefully(): drops the read lock, the same kernel-mode check, then a killable
     * write lock. false: the lock is not held.
     */
    protected boolean upgradeMmapLockCarefully(MmStruct mm, boolean regs) {
        mm.mmapSem.upRead(UPGRADE_MMAP_LOCK_CAREFULLY.at(5307, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
        if (regs && !k.access.userMode()) {                           // if (regs && !user_mode(regs)) {
            if (!searchExceptionTables())                             //   if (!search_exception_tables(ip))
                return retBool(UPGRADE_MMAP_LOCK_CAREFULLY.at(5311, "return false;"), false); // return false;
        }
        boolean locked = mm.mmapSem.downWriteKillable(k.task.signals,  // return !mmap_write_lock_killable(mm);
                UPGRADE_MMAP_LOCK_CAREFULLY.at(5313, "return !mmap_write_lock_killable(mm);")) == 0;
        return retBool(UPGRADE_MMAP_LOCK_CAREFULLY.at(5313, "return !mmap_write_lock_killable(mm);"), locked);
    }

    /**
     * mm/memory.c:5335 lock_mm_and_find_vma(mm, addr, regs): "kind of equivalent to mmap_read_lock() followed by
     * find_extend_vma(), except it's a lot more careful about the locking (and will drop the lock on failure)". The vma
     * with mmap_lock held for reading, or NULL with it not held. A stack below the vma is expanded under the write
     * lock (upgraded by unlock + killable write lock, as mmap_upgrade_trylock() always fails), then downgraded.
     */
    public Vma lockMmAndFindVma(MmStruct mm, long addr, boolean regs) {
        if (!getMmapLockCarefully(mm, regs))                          // if (!get_mmap_lock_carefully(mm, regs))
            return retVma(LOCK_MM_AND_FIND_VMA.at(5341, "return NULL;"), null); // return NULL;
        Vma vma = k.mmap().findVma(mm, addr);                          // vma = find_vma(mm, addr);
        if (vma != null && vma.vmStart(LOCK_MM_AND_FIND_VMA.at(5344, "if (likely(vma && (vma->vm_start <= addr)))")) <= addr)
            return retVma(LOCK_MM_AND_FIND_VMA.at(5345, "return vma;"), vma); // return vma;
        if (vma == null || (vma.vmFlags(LOCK_MM_AND_FIND_VMA.at(5351, "if (!vma || !(vma->vm_flags & VM_GROWSDOWN)) {"))
                & VmFlags.VM_GROWSDOWN) == 0) {                       // if (!vma || !(vma->vm_flags & VM_GROWSDOWN)) {
            mm.mmapSem.upRead(LOCK_MM_AND_FIND_VMA.at(5352, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
            return retVma(LOCK_MM_AND_FIND_VMA.at(5353, "return NULL;"), null); // return NULL;
        }
        if (!mmapUpgradeTrylock(mm)) {                                // if (!mmap_upgrade_trylock(mm)) {
            if (!upgradeMmapLockCarefully(mm, regs))                  //   if (!upgrade_mmap_lock_carefully(mm, regs))
                return retVma(LOCK_MM_AND_FIND_VMA.at(5367, "return NULL;"), null); // return NULL;
            vma = k.mmap().findVma(mm, addr);                          //   vma = find_vma(mm, addr);
            if (vma == null)                                          //   if (!vma)
                return fail(mm);                                      //     goto fail;
            if (vma.vmStart(LOCK_MM_AND_FIND_VMA.at(5372, "if (vma->vm_start <= addr)")) <= addr) // if (vma->vm_start <= addr)
                return success(mm, vma);                              //     goto success;
            if ((vma.vmFlags(LOCK_MM_AND_FIND_VMA.at(5374, "if (!(vma->vm_flags & VM_GROWSDOWN))")) & VmFlags.VM_GROWSDOWN) == 0)
                return fail(mm);                                      //     goto fail;
        }
        if (((Mmap64) k.mmap()).expandStackLocked(vma, addr) != 0)    // if (expand_stack_locked(vma, addr))
            return fail(mm);                                          //   goto fail;
        return success(mm, vma);
    }

    /** {@code success: mmap_write_downgrade(mm); return vma;} */
    private Vma success(MmStruct mm, Vma vma) {
        mm.mmapSem.downgradeWrite(LOCK_MM_AND_FIND_VMA.at(5382, "mmap_write_downgrade(mm);")); // success: mmap_write_downgrade(mm);
        return retVma(LOCK_MM_AND_FIND_VMA.at(5383, "return vma;"), vma); // return vma;
    }

    /** {@code fail: mmap_write_unlock(mm); return NULL;} */
    private Vma fail(MmStruct mm) {
        mm.mmapSem.upWrite(LOCK_MM_AND_FIND_VMA.at(5386, "mmap_write_unlock(mm);")); // fail: mmap_write_unlock(mm);
        return retVma(LOCK_MM_AND_FIND_VMA.at(5387, "return NULL;"), null); // return NULL;
    }

    private boolean retBool(Src at, boolean v) {
        k.ret(at, ValueKind.BOOL, v ? 1 : 0);
        return v;
    }

    private Vma retVma(Src at, Vma vma) {
        k.ret(at, ValueKind.POINTER, vma == null ? 0 : 1);
        return vma;
    }
}
