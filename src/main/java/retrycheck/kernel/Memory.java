package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/** mm/memory.c: handle_mm_fault() and the fault paths it dispatches to. */
public class Memory {
    static final Src HANDLE_MM_FAULT = Src.fn("mm/memory.c", "handle_mm_fault");
    private static final Src HANDLE_PTE_FAULT = Src.fn("mm/memory.c", "handle_pte_fault");
    private static final Src DO_READ_FAULT = Src.fn("mm/memory.c", "do_read_fault");
    private static final Src DO_SWAP_PAGE = Src.fn("mm/memory.c", "do_swap_page");

    private final Kernel k;

    public Memory(Kernel k) { this.k = k; }

    /**
     * mm/memory.c:4355 handle_mm_fault(vma, address, flags): the entry of the core, with the marks the monitors read
     * (ATTEMPT_BEGIN with the flags, ATTEMPT_END with the vm_fault_t).
     */
    public int handleMmFault(Vma vma, long address, int flags) {
        k.rt.note(Event.Note.ATTEMPT_BEGIN, HANDLE_MM_FAULT.at(4355), k.path.id, flags, 0);
        int fault = handleMmFault(flags);
        k.rt.note(Event.Note.ATTEMPT_END, HANDLE_MM_FAULT.at(4393), VmFault.names(fault), flags, fault);
        return fault;
    }

    /**
     * mm/memory.c:4355 handle_mm_fault() -> __handle_mm_fault() -> handle_pte_fault(): the core path the scenario
     * selects (the vma's kind decides it in the kernel). A present pte means there is nothing to do.
     */
    int handleMmFault(int flags) {
        if (k.pte.get("pte_present", HANDLE_PTE_FAULT.at(4213)))     // if (pte_present(vmf->orig_pte)) ... return 0;
            return 0;
        return switch (k.path) {
            case FILEMAP -> doReadFault(flags);                       // do_fault() -> do_read_fault()
            case SWAP -> doSwapPage(flags);                           // do_swap_page()
            case TTM -> k.ttm.ttmBoVmFault(flags);                    // do_fault() -> __do_fault() -> vma->vm_ops->fault
            case UFFD -> doAnonymousPage(flags);                      // do_anonymous_page()
        };
    }

    /** mm/memory.c:3831 do_read_fault(). */
    int doReadFault(int flags) {
        int ret = k.filemap.filemapFault(flags);                      // ret = __do_fault(vmf);  (-> filemap_fault)
        if ((ret & (VmFault.ERROR | VmFault.NOPAGE | VmFault.RETRY)) != 0)
            return ret;                                               // if (unlikely(ret & (ERROR|NOPAGE|RETRY))) return ret;
        k.pte.set("set_pte_at", DO_READ_FAULT.at(3852));              // ret |= finish_fault(vmf);
        k.page.lock.unlock("unlock_page", DO_READ_FAULT.at(3853));    // unlock_page(vmf->page);
        return ret & ~VmFault.LOCKED;                                 // return ret;
    }

    /** mm/memory.c:3090 do_swap_page(), for a page found in the swap cache while its read is in flight. */
    int doSwapPage(int flags) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        Page page = k.page;                                           // page = lookup_swap_cache(entry, vma, vmf->address);
        boolean locked = k.filemap.lockPageOrRetry(page, flags);      // locked = lock_page_or_retry(page, vma->vm_mm, vmf->flags);
        if (!locked) {                                                // if (!locked) {
            if (!k.overrides.swapRetryLost)                           //   (mutant seam: the RETRY is lost)
                ret |= VmFault.RETRY;                                 //   ret |= VM_FAULT_RETRY;
            return ret;                                               //   goto out_release;
        }
        k.pte.set("set_pte_at", DO_SWAP_PAGE.at(3263));               // set_pte_at(vma->vm_mm, vmf->address, vmf->pte, pte);
        page.lock.unlock("unlock_page", DO_SWAP_PAGE.at(3276));       // unlock_page(page);
        return ret;                                                   // return ret;
    }

    /** mm/memory.c:3309 do_anonymous_page(), in a range registered with userfaultfd for missing pages. */
    int doAnonymousPage(int flags) {
        // if (userfaultfd_missing(vma)) { pte_unmap_unlock(vmf->pte, vmf->ptl); return handle_userfault(vmf, VM_UFFD_MISSING); }
        return k.userfaultfd.handleUserfault(flags);                  // (mm/memory.c:3353)
    }
}
