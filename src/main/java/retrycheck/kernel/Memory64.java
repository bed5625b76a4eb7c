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
    protected static final Src LOCK_VMA_UNDER_RCU_64 = Src.v64("mm/memory.c", "lock_vma_under_rcu");
    protected static final Src DO_SWAP_PAGE_64 = Src.v64("mm/memory.c", "do_swap_page");

    // ---- the per-VMA lock (helper 17d; lock_mm_and_find_vma is 17c's) ----

    /**
     * mm/memory.c:5397 lock_vma_under_rcu() (6.4.6): the vma holding {@code address} with its VMA lock read-held, or
     * NULL (not held) — "For now only anonymous vmas" with an anon_vma, and not a userfaultfd-armed one.
     */
    public Vma lockVmaUnderRcu(MmStruct mm, long address) {
        Mm64 mmh = (Mm64) k.mmH();
        for (;;) {                                                    // rcu_read_lock(); retry:
            Vma vma = mm.vma.lookup(address, LOCK_VMA_UNDER_RCU_64.at(5405, "vma = mas_walk(&mas);")); // vma = mas_walk(&mas);
            if (vma == null) return lockVmaInval();                          // if (!vma) goto inval;
            if (vma.vmOps() != null) return lockVmaInval();                  // if (!vma_is_anonymous(vma)) goto inval;
            if (!vma.anonVma()) return lockVmaInval();                       // if (!vma->anon_vma) goto inval;
            if (!mmh.vmaStartRead(vma)) return lockVmaInval();               // if (!vma_start_read(vma)) goto inval;
            if ((vma.vmFlags(LOCK_VMA_UNDER_RCU_64.at(5424, "if (userfaultfd_armed(vma)) {"))
                    & (VmFlags.VM_UFFD_MISSING | VmFlags.VM_UFFD_WP)) != 0) { // if (userfaultfd_armed(vma)) {
                mmh.vmaEndRead(vma);                                  //   vma_end_read(vma);
                return lockVmaInval();                                       //   goto inval; }
            }
            if (address < vma.vmStart(LOCK_VMA_UNDER_RCU_64.at(5430, "if (unlikely(address < vma->vm_start || address >= vma->vm_end)) {"))
                    || address >= vma.vmEnd(LOCK_VMA_UNDER_RCU_64.at(5430, "if (unlikely(address < vma->vm_start || address >= vma->vm_end)) {"))) {
                mmh.vmaEndRead(vma);                                  //   vma_end_read(vma);
                return lockVmaInval();                                       //   goto inval; }
            }
            if (vma.detached(LOCK_VMA_UNDER_RCU_64.at(5436, "if (vma->detached) {"))) { // if (vma->detached) {
                mmh.vmaEndRead(vma);                                  //   vma_end_read(vma); count_vm_vma_lock_event(VMA_LOCK_MISS);
                continue;                                             //   goto retry; }
            }
            return lockVmaRet(LOCK_VMA_UNDER_RCU_64.at(5444, "return vma;"), vma); // rcu_read_unlock(); return vma;
        }
    }

    /** {@code inval: rcu_read_unlock(); count_vm_vma_lock_event(VMA_LOCK_ABORT); return NULL;} */
    protected Vma lockVmaInval() {
        return lockVmaRet(LOCK_VMA_UNDER_RCU_64.at(5448, "return NULL;"), null);
    }

    /** A pointer RETURN event at {@code at}. */
    protected Vma lockVmaRet(Src at, Vma vma) {
        k.ret(at, ValueKind.POINTER, vma == null ? 0 : 1);
        return vma;
    }

    /**
     * mm/memory.c:3697 do_swap_page() (6.4.6): under the VMA lock it gives up at once — {@code ret = VM_FAULT_RETRY;}
     * without waiting and without releasing the VMA lock (the arch's vma_end_read() does) — then the rest as the
     * inherited release has it (the swap cache lookup and the page lock that may drop mmap_lock).
     */
    @Override public int doSwapPage(Vmf vmf) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        // if (!pte_unmap_same(vmf)) goto out;  (the pte is unchanged)
        if ((vmf.flags & FaultFlags.VMA_LOCK) != 0) {                 // if (vmf->flags & FAULT_FLAG_VMA_LOCK) {
            ret = VmFault.RETRY;                                      //   ret = VM_FAULT_RETRY;
            return ret(DO_SWAP_PAGE_64.at(4017, "return ret;"), ret); //   goto out; }  out: ... return ret;
        }
        return super.doSwapPage(vmf);                                 // entry = pte_to_swp_entry(vmf->orig_pte); ...
    }}
