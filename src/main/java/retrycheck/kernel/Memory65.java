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
    protected static final Src LOCK_VMA_UNDER_RCU_65 = Src.v65("mm/memory.c", "lock_vma_under_rcu");

    // ---- the per-VMA lock (helper 17d) ----

    /**
     * mm/memory.c:5377 lock_vma_under_rcu() (6.5.0): anonymous and TCP-zerocopy vmas (no scenario maps a TCP socket:
     * {@code vma_is_tcp(vma)} is false); the anon_vma test after vma_start_read(), the exits through
     * {@code inval_end_read:}.
     */
    @Override public Vma lockVmaUnderRcu(MmStruct mm, long address) {
        Mm64 mmh = (Mm64) k.mmH();
        for (;;) {                                                    // rcu_read_lock(); retry:
            Vma vma = mm.vma.lookup(address, LOCK_VMA_UNDER_RCU_65.at(5385, "vma = mas_walk(&mas);")); // vma = mas_walk(&mas);
            if (vma == null) return lockVmaInval65();                 // if (!vma) goto inval;
            if (vma.vmOps() != null) return lockVmaInval65();         // if (!vma_is_anonymous(vma) && !vma_is_tcp(vma)) goto inval;
            if (!mmh.vmaStartRead(vma)) return lockVmaInval65();      // if (!vma_start_read(vma)) goto inval;
            if (!vma.anonVma()) return lockVmaInvalEndRead65(vma);    // if (unlikely(!vma->anon_vma && !vma_is_tcp(vma))) goto inval_end_read;
            if ((vma.vmFlags(LOCK_VMA_UNDER_RCU_65.at(5409, "if (userfaultfd_armed(vma))"))
                    & (VmFlags.VM_UFFD_MISSING | VmFlags.VM_UFFD_WP)) != 0) // if (userfaultfd_armed(vma))
                return lockVmaInvalEndRead65(vma);                    //   goto inval_end_read;
            if (address < vma.vmStart(LOCK_VMA_UNDER_RCU_65.at(5413, "if (unlikely(address < vma->vm_start || address >= vma->vm_end))"))
                    || address >= vma.vmEnd(LOCK_VMA_UNDER_RCU_65.at(5413, "if (unlikely(address < vma->vm_start || address >= vma->vm_end))")))
                return lockVmaInvalEndRead65(vma);                    //   goto inval_end_read;
            if (vma.detached(LOCK_VMA_UNDER_RCU_65.at(5417, "if (vma->detached) {"))) { // if (vma->detached) {
                mmh.vmaEndRead(vma);                                  //   vma_end_read(vma); count_vm_vma_lock_event(VMA_LOCK_MISS);
                continue;                                             //   goto retry; }
            }
            return lockVmaRet(LOCK_VMA_UNDER_RCU_65.at(5425, "return vma;"), vma); // rcu_read_unlock(); return vma;
        }
    }

    /** {@code inval_end_read: vma_end_read(vma);} then {@code inval:}. */
    protected Vma lockVmaInvalEndRead65(Vma vma) {
        ((Mm64) k.mmH()).vmaEndRead(vma);                             // inval_end_read: vma_end_read(vma);
        return lockVmaInval65();
    }

    /** {@code inval: rcu_read_unlock(); count_vm_vma_lock_event(VMA_LOCK_ABORT); return NULL;} */
    protected Vma lockVmaInval65() {
        return lockVmaRet(LOCK_VMA_UNDER_RCU_65.at(5432, "return NULL;"), null);
    }}
