package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.4.6 mm/memory.c: the functions whose C changed since the class it extends (Memory60): lock_mm_and_find_vma() and the per-VMA lock (lock_vma_under_rcu(), do_swap_page() under FAULT_FLAG_VMA_LOCK); spec/releases.md §7, §8.
 * A function not overridden here has the same C as in the release of Memory60 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory64 extends Memory60 {
    protected static final Src LOCK_VMA_UNDER_RCU_64 = Src.v64("mm/memory.c", "lock_vma_under_rcu");
    protected static final Src DO_SWAP_PAGE_64 = Src.v64("mm/memory.c", "do_swap_page");

    public Memory64(Kernel k) { super(k); }

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
    }
}
