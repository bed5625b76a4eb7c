package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/**
 * mm/memory.c: handle_mm_fault() and the fault paths it dispatches to (v5.7.14; the v5.6.4 C of these functions is
 * the same but for do_swap_page()'s uffd-wp lines, which the model does not reach).
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Memory.class, MyMemory::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Memory {
    protected static final Src HANDLE_MM_FAULT = Src.v57("mm/memory.c", "handle_mm_fault");
    protected static final Src HANDLE_PTE_FAULT = Src.v57("mm/memory.c", "handle_pte_fault");
    protected static final Src DO_FAULT = Src.v57("mm/memory.c", "do_fault");
    protected static final Src __DO_FAULT = Src.v57("mm/memory.c", "__do_fault");
    protected static final Src DO_READ_FAULT = Src.v57("mm/memory.c", "do_read_fault");
    protected static final Src DO_COW_FAULT = Src.v57("mm/memory.c", "do_cow_fault");
    protected static final Src DO_SHARED_FAULT = Src.v57("mm/memory.c", "do_shared_fault");
    protected static final Src FAULT_DIRTY = Src.v57("mm/memory.c", "fault_dirty_shared_page");
    protected static final Src FINISH_FAULT = Src.v57("mm/memory.c", "finish_fault");
    protected static final Src DO_SWAP_PAGE = Src.v57("mm/memory.c", "do_swap_page");
    protected static final Src DO_ANONYMOUS_PAGE = Src.v57("mm/memory.c", "do_anonymous_page");

    protected final Kernel k;

    public Memory(Kernel k) { this.k = k; }

    /**
     * mm/memory.c:4355 handle_mm_fault(vma, address, flags): the entry of the core, with the marks the monitors read
     * (ATTEMPT_BEGIN with the flags, ATTEMPT_END with the vm_fault_t).
     */
    public int handleMmFault(Vma vma, long address, int flags) {
        k.rt.note(Event.Note.ATTEMPT_BEGIN, HANDLE_MM_FAULT.at(4355, "vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,"), k.path.id, flags, 0);
        // __set_current_state(TASK_RUNNING); count_vm_event(PGFAULT); arch_vma_access_permitted(): true
        int ret = __handleMmFault(vma, address, flags);               // ret = __handle_mm_fault(vma, address, flags);
        k.rt.note(Event.Note.ATTEMPT_END, HANDLE_MM_FAULT.at(4397, "return ret;"), VmFault.names(ret), flags, ret);
        k.ret(HANDLE_MM_FAULT.at(4397, "return ret;"), ValueKind.VM_FAULT, ret);
        return ret;                                                   // return ret;
    }

    /**
     * The call of a v5.9+ arch handler, {@code handle_mm_fault(vma, address, flags, regs)}: up to v5.8 handle_mm_fault()
     * has no regs parameter (the arch counts the fault itself), so this release ignores {@code regs}; {@link Memory59}
     * passes it to mm_account_fault().
     */
    public int handleMmFault(Vma vma, long address, int flags, FaultAccess regs) {
        return handleMmFault(vma, address, flags);                    // ret = handle_mm_fault(vma, address, flags);
    }

    /** mm/memory.c:4260 __handle_mm_fault(): builds the struct vm_fault; no huge pages, so handle_pte_fault(). */
    public int __handleMmFault(Vma vma, long address, int flags) {
        Vmf vmf = new Vmf(vma, address, flags);                       // struct vm_fault vmf = { .vma = vma, .address = address & PAGE_MASK, .flags = flags, ... };
        return handlePteFault(vmf);                                   // return handle_pte_fault(&vmf);
    }

    /**
     * mm/memory.c:4172 handle_pte_fault(): a present pte means another thread resolved the fault (return 0); a
     * swap entry goes to do_swap_page(); an empty pte to do_anonymous_page() or do_fault() by the vma's kind.
     */
    public int handlePteFault(Vmf vmf) {
        if (k.pte.get("pte_present", HANDLE_PTE_FAULT.at(4219, "if (!pte_present(vmf->orig_pte))"))) // vmf->orig_pte = *vmf->pte;
            return 0;                                                 // (present: the spurious-fault path) return 0;
        if (!k.swapEntry) {                                           // if (!vmf->pte) {   (pte_none)
            if (vmf.vma.vmOps() == null)                              //   if (vma_is_anonymous(vmf->vma))
                return doAnonymousPage(vmf);                          //     return do_anonymous_page(vmf);
            return doFault(vmf);                                      //   else return do_fault(vmf);
        }
        return doSwapPage(vmf);                                       // if (!pte_present(vmf->orig_pte)) return do_swap_page(vmf);
    }

    /** mm/memory.c:3940 do_fault(): read, COW (private write) or shared write fault. */
    public int doFault(Vmf vmf) {
        int ret;                                                      // vm_fault_t ret;
        if ((vmf.flags & FaultFlags.WRITE) == 0)                      // } else if (!(vmf->flags & FAULT_FLAG_WRITE))
            ret = doReadFault(vmf);                                   //   ret = do_read_fault(vmf);
        else if ((vmf.vma.vmFlags(DO_FAULT.at(3977, "else if (!(vma->vm_flags & VM_SHARED))")) & VmFlags.VM_SHARED) == 0)
            ret = doCowFault(vmf);                                    //   ret = do_cow_fault(vmf);
        else
            ret = doSharedFault(vmf);                                 // else ret = do_shared_fault(vmf);
        k.ret(DO_FAULT.at(3987, "return ret;"), ValueKind.VM_FAULT, ret);
        return ret;                                                   // return ret;
    }

    /** mm/memory.c:3424 __do_fault(): {@code vma->vm_ops->fault(vmf)}; a page returned unlocked is locked here. */
    public int __doFault(Vmf vmf) {
        int ret = vmf.vma.vmOps().fault(vmf);                         // ret = vma->vm_ops->fault(vmf);
        if ((ret & (VmFault.ERROR | VmFault.NOPAGE | VmFault.RETRY | VmFault.DONE_COW)) != 0)
            return ret(__DO_FAULT.at(3454, "return ret;"), ret);      // if (unlikely(ret & (ERROR|NOPAGE|RETRY|DONE_COW))) return ret;
        // if (unlikely(PageHWPoison(vmf->page))) ...: no poisoned page
        if ((ret & VmFault.LOCKED) == 0)                              // if (unlikely(!(ret & VM_FAULT_LOCKED)))
            vmf.page.lock.lock("lock_page", retrycheck.runtime.WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    __DO_FAULT.at(3465, "lock_page(vmf->page);"));    //   lock_page(vmf->page);
        return ret(__DO_FAULT.at(3469, "return ret;"), ret);          // return ret;
    }

    /** mm/memory.c:3691 finish_fault(): alloc_set_pte() installs the pte. */
    public int finishFault(Vmf vmf) {
        k.pte.set("set_pte_at", FINISH_FAULT.at(3710, "ret = alloc_set_pte(vmf, vmf->memcg, page);")); // ret = alloc_set_pte(vmf, vmf->memcg, page);
        return ret(FINISH_FAULT.at(3713, "return ret;"), 0);          // return ret;
    }

    /** mm/memory.c:3831 do_read_fault() (fault-around: no ->map_pages in the model). */
    public int doReadFault(Vmf vmf) {
        int ret = __doFault(vmf);                                     // ret = __do_fault(vmf);
        if ((ret & (VmFault.ERROR | VmFault.NOPAGE | VmFault.RETRY)) != 0)
            return ret(DO_READ_FAULT.at(3849, "return ret;"), ret);   // if (unlikely(ret & (ERROR|NOPAGE|RETRY))) return ret;
        ret |= finishFault(vmf);                                      // ret |= finish_fault(vmf);
        vmf.page.lock.unlock("unlock_page", DO_READ_FAULT.at(3852, "unlock_page(vmf->page);")); // unlock_page(vmf->page);
        return ret(DO_READ_FAULT.at(3855, "return ret;"), ret);       // return ret;
    }

    /** mm/memory.c:3858 do_cow_fault(): a write fault on a private file mapping copies the page. */
    public int doCowFault(Vmf vmf) {
        // anon_vma_prepare(), alloc_page_vma(), mem_cgroup_try_charge_delay(): succeed
        int ret = __doFault(vmf);                                     // ret = __do_fault(vmf);
        if ((ret & (VmFault.ERROR | VmFault.NOPAGE | VmFault.RETRY)) != 0)
            return ret(DO_COW_FAULT.at(3894, "return ret;"), ret);    // goto uncharge_out; ... return ret;
        // copy_user_highpage(vmf->cow_page, vmf->page, vmf->address, vma); __SetPageUptodate(vmf->cow_page);
        ret |= finishFault(vmf);                                      // ret |= finish_fault(vmf);
        vmf.page.lock.unlock("unlock_page", DO_COW_FAULT.at(3886, "unlock_page(vmf->page);")); // unlock_page(vmf->page);
        return ret(DO_COW_FAULT.at(3890, "return ret;"), ret);        // return ret;
    }

    /** mm/memory.c:3897 do_shared_fault(): a write fault on a shared file mapping (no ->page_mkwrite: a plain file). */
    public int doSharedFault(Vmf vmf) {
        int ret = __doFault(vmf);                                     // ret = __do_fault(vmf);
        if ((ret & (VmFault.ERROR | VmFault.NOPAGE | VmFault.RETRY)) != 0)
            return ret(DO_SHARED_FAULT.at(3904, "return ret;"), ret); // if (unlikely(ret & (ERROR|NOPAGE|RETRY))) return ret;
        // if (vma->vm_ops->page_mkwrite) { ... }  (generic_file_vm_ops has filemap_page_mkwrite; the model's file has none)
        ret |= finishFault(vmf);                                      // ret |= finish_fault(vmf);
        ret |= faultDirtySharedPage(vmf);                             // ret |= fault_dirty_shared_page(vmf);
        return ret(DO_SHARED_FAULT.at(3929, "return ret;"), ret);     // return ret;
    }

    /**
     * mm/memory.c:2552 fault_dirty_shared_page(): dirties the page, unlocks it and throttles the writer in
     * balance_dirty_pages_ratelimited() with mmap_sem dropped on a first attempt, which then returns VM_FAULT_RETRY
     * although the pte is installed.
     */
    public int faultDirtySharedPage(Vmf vmf) {
        boolean dirtied = true;                                       // dirtied = set_page_dirty(page);
        vmf.page.lock.unlock("unlock_page", FAULT_DIRTY.at(2569, "unlock_page(page);")); // unlock_page(page);
        if (dirtied) {                                                // if ((dirtied || page_mkwrite) && mapping) {
            boolean fpin = k.mmInternal().maybeUnlockMmapForIo(vmf, false); // fpin = maybe_unlock_mmap_for_io(vmf, NULL);
            // balance_dirty_pages_ratelimited(mapping);  (no dirty-page throttling wait in the model)
            if (fpin)                                                 //   if (fpin) { fput(fpin);
                return ret(FAULT_DIRTY.at(2590, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY; }
        }
        return ret(FAULT_DIRTY.at(2594, "return 0;"), 0);             // return 0;
    }

    /** mm/memory.c:3090 do_swap_page(), for a page found in the swap cache while its read may be in flight. */
    public int doSwapPage(Vmf vmf) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        Page page = k.page;                                           // page = lookup_swap_cache(entry, vma, vmf->address);
        int locked = k.pagemap().lockPageOrRetry(page, k.mm, vmf.flags); // locked = lock_page_or_retry(page, vma->vm_mm, vmf->flags);
        if (locked == 0) {                                            // if (!locked) {
            ret |= VmFault.RETRY;                                     //   ret |= VM_FAULT_RETRY;
            return ret(DO_SWAP_PAGE.at(3301, "return ret;"), ret);    //   goto out_release; ... return ret;
        }
        k.pte.set("set_pte_at", DO_SWAP_PAGE.at(3244, "set_pte_at(vma->vm_mm, vmf->address, vmf->pte, pte);"));
        page.lock.unlock("unlock_page", DO_SWAP_PAGE.at(3263, "unlock_page(page);")); // unlock_page(page);
        return ret(DO_SWAP_PAGE.at(3289, "return ret;"), ret);        // out: return ret;
    }

    /** mm/memory.c:3309 do_anonymous_page(), in a range registered with userfaultfd for missing pages. */
    public int doAnonymousPage(Vmf vmf) {
        // if (userfaultfd_missing(vma)) { pte_unmap_unlock(vmf->pte, vmf->ptl);
        int ret = k.userfaultfd().handleUserfault(vmf, VmFlags.VM_UFFD_MISSING); // return handle_userfault(vmf, VM_UFFD_MISSING);
        return ret(DO_ANONYMOUS_PAGE.at(3353, "return handle_userfault(vmf, VM_UFFD_MISSING);"), ret);
    }

    /** A vm_fault_t RETURN event at {@code at}. */
    protected int ret(Src at, int value) {
        k.ret(at, ValueKind.VM_FAULT, value);
        return value;
    }
}
