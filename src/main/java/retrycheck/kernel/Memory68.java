package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.8.0 mm/memory.c: the functions whose C changed since the class it extends (Memory65): the per-VMA lock for all VMAs (vmf_can_call_fault(), vmf_anon_prepare(), sanitize_fault_flags()); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Memory65 (as far as the protocol goes) and keeps
 * citing that release's tree.
 * <p>Not overridden: sanitize_fault_flags()'s {@code (FAULT_FLAG_VMA_LOCK | FAULT_FLAG_RETRY_NOWAIT)} refusal (only
 * user faults take the VMA lock, and only GUP and s390's gmap set RETRY_NOWAIT: unreachable), fault-around
 * (do_fault_around() maps only unlocked uptodate pages; the model runs none, as in the earlier releases),
 * hugetlb and device-private swap entries (no scenario has them).
 */
public class Memory68 extends Memory65 {
    protected static final Src LOCK_VMA_UNDER_RCU_68 = Src.v68("mm/memory.c", "lock_vma_under_rcu");
    protected static final Src VMF_CAN_CALL_FAULT = Src.v68("mm/memory.c", "vmf_can_call_fault");
    protected static final Src VMF_ANON_PREPARE = Src.v68("mm/memory.c", "vmf_anon_prepare");
    protected static final Src DO_READ_FAULT_68 = Src.v68("mm/memory.c", "do_read_fault");
    protected static final Src DO_COW_FAULT_68 = Src.v68("mm/memory.c", "do_cow_fault");
    protected static final Src DO_SHARED_FAULT_68 = Src.v68("mm/memory.c", "do_shared_fault");
    protected static final Src DO_SWAP_PAGE_68 = Src.v68("mm/memory.c", "do_swap_page");

    public Memory68(Kernel k) { super(k); }

    // ---- the per-VMA lock (helper 17d) ----

    /**
     * mm/memory.c:5614 lock_vma_under_rcu() (6.8.0): every vma but an anonymous one without anon_vma; no userfaultfd
     * exclusion any more.
     */
    @Override public Vma lockVmaUnderRcu(MmStruct mm, long address) {
        Mm64 mmh = (Mm64) k.mmH();
        for (;;) {                                                    // rcu_read_lock(); retry:
            Vma vma = mm.vma.lookup(address, LOCK_VMA_UNDER_RCU_68.at(5622, "vma = mas_walk(&mas);")); // vma = mas_walk(&mas);
            if (vma == null) return lockVmaInval68();                 // if (!vma) goto inval;
            if (!mmh.vmaStartRead(vma)) return lockVmaInval68();      // if (!vma_start_read(vma)) goto inval;
            if (vma.vmOps() == null && !vma.anonVma())                // if (unlikely(vma_is_anonymous(vma) && !vma->anon_vma))
                return lockVmaInvalEndRead68(vma);                    //   goto inval_end_read;
            if (address < vma.vmStart(LOCK_VMA_UNDER_RCU_68.at(5639, "if (unlikely(address < vma->vm_start || address >= vma->vm_end))"))
                    || address >= vma.vmEnd(LOCK_VMA_UNDER_RCU_68.at(5639, "if (unlikely(address < vma->vm_start || address >= vma->vm_end))")))
                return lockVmaInvalEndRead68(vma);                    //   goto inval_end_read;
            if (vma.detached(LOCK_VMA_UNDER_RCU_68.at(5643, "if (vma->detached) {"))) { // if (vma->detached) {
                mmh.vmaEndRead(vma);                                  //   vma_end_read(vma); count_vm_vma_lock_event(VMA_LOCK_MISS);
                continue;                                             //   goto retry; }
            }
            return lockVmaRet(LOCK_VMA_UNDER_RCU_68.at(5651, "return vma;"), vma); // rcu_read_unlock(); return vma;
        }
    }

    /** {@code inval_end_read: vma_end_read(vma);} then {@code inval:}. */
    protected Vma lockVmaInvalEndRead68(Vma vma) {
        ((Mm64) k.mmH()).vmaEndRead(vma);                             // inval_end_read: vma_end_read(vma);
        return lockVmaInval68();
    }

    /** {@code inval: rcu_read_unlock(); count_vm_vma_lock_event(VMA_LOCK_ABORT); return NULL;} */
    protected Vma lockVmaInval68() {
        return lockVmaRet(LOCK_VMA_UNDER_RCU_68.at(5658, "return NULL;"), null);
    }

    /** mm/memory.c:3074 vmf_can_call_fault(): a ->fault without ->map_pages is not called under the VMA lock. */
    public int vmfCanCallFault(Vmf vmf) {
        Vma vma = vmf.vma;                                            // struct vm_area_struct *vma = vmf->vma;
        if (vma.vmOps().hasMapPages() || (vmf.flags & FaultFlags.VMA_LOCK) == 0) // if (vma->vm_ops->map_pages || !(vmf->flags & FAULT_FLAG_VMA_LOCK))
            return ret(VMF_CAN_CALL_FAULT.at(3079, "return 0;"), 0);  //   return 0;
        ((Mm64) k.mmH()).vmaEndRead(vma);                             // vma_end_read(vma);
        return ret(VMF_CAN_CALL_FAULT.at(3081, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY;
    }

    /** mm/memory.c:3084 vmf_anon_prepare(): a vma still without anon_vma cannot get one under the VMA lock. */
    public int vmfAnonPrepare(Vmf vmf) {
        Vma vma = vmf.vma;                                            // struct vm_area_struct *vma = vmf->vma;
        if (vma.anonVma())                                            // if (likely(vma->anon_vma))
            return ret(VMF_ANON_PREPARE.at(3089, "return 0;"), 0);    //   return 0;
        if ((vmf.flags & FaultFlags.VMA_LOCK) != 0) {                 // if (vmf->flags & FAULT_FLAG_VMA_LOCK) {
            ((Mm64) k.mmH()).vmaEndRead(vma);                         //   vma_end_read(vma);
            return ret(VMF_ANON_PREPARE.at(3092, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY; }
        }
        // if (__anon_vma_prepare(vma)) return VM_FAULT_OOM;  (succeeds)
        return ret(VMF_ANON_PREPARE.at(3096, "return 0;"), 0);        // return 0;
    }

    /** mm/memory.c do_read_fault() (6.8.0): vmf_can_call_fault() before __do_fault(), then as the inherited release. */
    @Override public int doReadFault(Vmf vmf) {
        // if (should_fault_around(vmf)) { ret = do_fault_around(vmf); if (ret) return ret; }  (no fault-around in the model)
        int ret = vmfCanCallFault(vmf);                               // ret = vmf_can_call_fault(vmf);
        if (ret != 0)                                                 // if (ret)
            return ret(DO_READ_FAULT_68.at(4756, "return ret;"), ret); //  return ret;
        return super.doReadFault(vmf);                                // ret = __do_fault(vmf); ...
    }

    /** mm/memory.c do_cow_fault() (6.8.0): vmf_can_call_fault(), then vmf_anon_prepare(), then as the inherited release. */
    @Override public int doCowFault(Vmf vmf) {
        int ret = vmfCanCallFault(vmf);                               // ret = vmf_can_call_fault(vmf);
        if (ret == 0)                                                 // if (!ret)
            ret = vmfAnonPrepare(vmf);                                //   ret = vmf_anon_prepare(vmf);
        if (ret != 0)                                                 // if (ret)
            return ret(DO_COW_FAULT_68.at(4780, "return ret;"), ret); //   return ret;
        return super.doCowFault(vmf);                                 // vmf->cow_page = alloc_page_vma(...); ... __do_fault(vmf); ...
    }

    /** mm/memory.c do_shared_fault() (6.8.0): vmf_can_call_fault() before __do_fault(), then as the inherited release. */
    @Override public int doSharedFault(Vmf vmf) {
        int ret = vmfCanCallFault(vmf);                               // ret = vmf_can_call_fault(vmf);
        if (ret != 0)                                                 // if (ret)
            return ret(DO_SHARED_FAULT_68.at(4816, "return ret;"), ret); // return ret;
        return super.doSharedFault(vmf);                              // ret = __do_fault(vmf); ...
    }

    /**
     * mm/memory.c:3795 do_swap_page() (6.8.0), for a folio found in the swap cache: no bail-out under the VMA lock any
     * more (only for device-private entries, which no scenario has); {@code folio_lock_or_retry(folio, vmf)} waits
     * for the read with the fault lock released and returns RETRY (no VM_FAULT_MAJOR: the folio was found).
     */
    @Override public int doSwapPage(Vmf vmf) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        // if (!pte_unmap_same(vmf)) goto out;  entry = pte_to_swp_entry(vmf->orig_pte);  (a swap entry, not device-private)
        Page folio = k.page;                                          // folio = swap_cache_get_folio(entry, vma, vmf->address);
        ret |= ((Pagemap68) k.pagemap()).folioLockOrRetry(folio, vmf); // ret |= folio_lock_or_retry(folio, vmf);
        if ((ret & VmFault.RETRY) != 0)                               // if (ret & VM_FAULT_RETRY)
            return ret(DO_SWAP_PAGE_68.at(4156, "return ret;"), ret); //   goto out_release; ... return ret;
        k.pte.set("set_pte_at", DO_SWAP_PAGE_68.at(4105, "set_pte_at(vma->vm_mm, vmf->address, vmf->pte, pte);"));
        folio.lock.unlock("folio_unlock", DO_SWAP_PAGE_68.at(4108, "folio_unlock(folio);")); // folio_unlock(folio);
        return ret(DO_SWAP_PAGE_68.at(4140, "return ret;"), ret);     // out: return ret;
    }
}
