package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/**
 * mm/memory.c: handle_mm_fault() and the fault paths it dispatches to (v5.7.14; the v5.6.4 C of these functions is
 * the same but for the uffd-wp lines of do_swap_page() and do_wp_page(), which only {@link CorePath#UFFD_WP_SWAP}
 * reaches, and that path does not exist in v5.6: {@link CorePath#absentFrom}).
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
    protected static final Src DO_WP_PAGE = Src.v57("mm/memory.c", "do_wp_page");
    protected static final Src WP_PAGE_REUSE = Src.v57("mm/memory.c", "wp_page_reuse");
    protected static final Src WP_PAGE_COPY = Src.v57("mm/memory.c", "wp_page_copy");
    protected static final Src REUSE_SWAP_PAGE = Src.v57("mm/swapfile.c", "reuse_swap_page");

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
     * mm/memory.c:4172 handle_pte_fault(): a present pte means another thread resolved the fault (return 0), unless
     * this is a write fault and the pte is not writable (do_wp_page()); a swap entry goes to do_swap_page(); an empty
     * pte to do_anonymous_page() or do_fault() by the vma's kind.
     */
    public int handlePteFault(Vmf vmf) {
        if (k.pte.get("pte_present", HANDLE_PTE_FAULT.at(4219, "if (!pte_present(vmf->orig_pte))"))) { // vmf->orig_pte = *vmf->pte;
            if ((vmf.flags & FaultFlags.WRITE) != 0) {                //   if (vmf->flags & FAULT_FLAG_WRITE) {
                if (!k.pteWrite(HANDLE_PTE_FAULT.at(4231, "if (!pte_write(entry))"))) //     if (!pte_write(entry))
                    return doWpPage(vmf);                             //       return do_wp_page(vmf);
            }                                                         //     entry = pte_mkdirty(entry); }
            return 0;                                                 //   (ptep_set_access_flags ...) return 0;
        }
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

    /**
     * mm/memory.c:3090 do_swap_page(), for a page found in the swap cache while its read may be in flight. A write
     * fault maps the page writable when reuse_swap_page() says it is ours alone; the swap entry's uffd-wp bit makes
     * the new pte uffd-wp and write-protected (:3240-3243); a write fault whose pte is still not writable goes on to
     * do_wp_page() (:3277-3278).
     */
    public int doSwapPage(Vmf vmf) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        Page page = k.page;                                           // page = lookup_swap_cache(entry, vma, vmf->address);
        int locked = k.pagemap().lockPageOrRetry(page, k.mm, vmf.flags); // locked = lock_page_or_retry(page, vma->vm_mm, vmf->flags);
        if (locked == 0) {                                            // if (!locked) {
            ret |= VmFault.RETRY;                                     //   ret |= VM_FAULT_RETRY;
            return ret(DO_SWAP_PAGE.at(3301, "return ret;"), ret);    //   goto out_release; ... return ret;
        }
        boolean write = false;                                        // pte = mk_pte(page, vma->vm_page_prot);  (private: not writable)
        if ((vmf.flags & FaultFlags.WRITE) != 0 && reuseSwapPage(page)) { // if ((vmf->flags & FAULT_FLAG_WRITE) && reuse_swap_page(page, NULL)) {
            write = true;                                             //   pte = maybe_mkwrite(pte_mkdirty(pte), vma);
            vmf.flags &= ~FaultFlags.WRITE;                           //   vmf->flags &= ~FAULT_FLAG_WRITE;
            ret |= VmFault.WRITE;                                     //   ret |= VM_FAULT_WRITE;
        }
        if (k.pteUffdWp("pte_swp_uffd_wp", DO_SWAP_PAGE.at(3240, "if (pte_swp_uffd_wp(vmf->orig_pte)) {"))) // if (pte_swp_uffd_wp(vmf->orig_pte)) {
            write = false;                                            //   pte = pte_mkuffd_wp(pte); pte = pte_wrprotect(pte); }
        k.pte.set("set_pte_at", DO_SWAP_PAGE.at(3244, "set_pte_at(vma->vm_mm, vmf->address, vmf->pte, pte);"));
        if (write && k.pteWrite != null)                              //   (the same pte, with its write bit)
            k.pteWrite.set("set_pte_at", DO_SWAP_PAGE.at(3244, "set_pte_at(vma->vm_mm, vmf->address, vmf->pte, pte);"));
        page.lock.unlock("unlock_page", DO_SWAP_PAGE.at(3263, "unlock_page(page);")); // unlock_page(page);
        if ((vmf.flags & FaultFlags.WRITE) != 0) {                    // if (vmf->flags & FAULT_FLAG_WRITE) {
            ret |= doWpPage(vmf);                                     //   ret |= do_wp_page(vmf);
            if ((ret & VmFault.ERROR) != 0)                           //   if (ret & VM_FAULT_ERROR)
                ret &= VmFault.ERROR;                                 //     ret &= VM_FAULT_ERROR;
            return ret(DO_SWAP_PAGE.at(3281, "goto out;"), ret);      //   goto out; }
        }
        return ret(DO_SWAP_PAGE.at(3289, "return ret;"), ret);        // out: return ret;
    }

    /**
     * mm/swapfile.c:1653 reuse_swap_page(): {@code return count <= 1;} (page_mapcount + swap count): the page is
     * ours alone, unless another process shares its swap entry ({@link Kernel#swapExclusive}).
     */
    public boolean reuseSwapPage(Page page) {
        boolean ret = k.swapExclusive;                                // count = page_trans_huge_map_swapcount(page, ...);
        k.ret(REUSE_SWAP_PAGE.at(1686, "return count <= 1;"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;                                                   // return count <= 1;
    }

    /**
     * mm/memory.c:2897 do_wp_page(): a write to a present pte that is not writable. A uffd-wp pte of a range
     * registered for write-protect goes to the userfaultfd monitor (handle_userfault(vmf, VM_UFFD_WP)); otherwise the
     * anonymous page is reused if it is ours alone, else copied.
     */
    public int doWpPage(Vmf vmf) {
        if (k.userfaultfd().userfaultfdPteWp(vmf.vma)) {              // if (userfaultfd_pte_wp(vma, *vmf->pte)) {
            // pte_unmap_unlock(vmf->pte, vmf->ptl);
            int ret = k.userfaultfd().handleUserfault(vmf, VmFlags.VM_UFFD_WP); // return handle_userfault(vmf, VM_UFFD_WP);
            return ret(DO_WP_PAGE.at(2904, "return handle_userfault(vmf, VM_UFFD_WP);"), ret);
        }
        Page page = k.page;                                           // vmf->page = vm_normal_page(vma, vmf->address, vmf->orig_pte);
        // if (PageAnon(vmf->page)) {   (an anonymous page, not KSM)
        if (!page.lock.trylock("trylock_page", DO_WP_PAGE.at(2933, "if (!trylock_page(vmf->page)) {"))) { // if (!trylock_page(vmf->page)) {
            // get_page(vmf->page); pte_unmap_unlock(vmf->pte, vmf->ptl);
            page.lock.lock("lock_page", retrycheck.runtime.WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                    DO_WP_PAGE.at(2936, "lock_page(vmf->page);"));     //   lock_page(vmf->page);
            // vmf->pte = pte_offset_map_lock(...); if (!pte_same(*vmf->pte, vmf->orig_pte)) ...: only this thread maps it
        }
        if (reuseSwapPage(page)) {                                    // if (reuse_swap_page(vmf->page, &total_map_swapcount)) {
            page.lock.unlock("unlock_page", DO_WP_PAGE.at(2967, "unlock_page(vmf->page);")); // unlock_page(vmf->page);
            wpPageReuse(vmf);                                         //   wp_page_reuse(vmf);
            return ret(DO_WP_PAGE.at(2969, "return VM_FAULT_WRITE;"), VmFault.WRITE); // return VM_FAULT_WRITE;
        }
        page.lock.unlock("unlock_page", DO_WP_PAGE.at(2971, "unlock_page(vmf->page);")); // unlock_page(vmf->page);
        // copy: get_page(vmf->page); pte_unmap_unlock(vmf->pte, vmf->ptl);
        int ret = wpPageCopy(vmf);                                    // return wp_page_copy(vmf);
        return ret(DO_WP_PAGE.at(2983, "return wp_page_copy(vmf);"), ret);
    }

    /** mm/memory.c:2605 wp_page_reuse(): the pte made writable in place. */
    public void wpPageReuse(Vmf vmf) {
        // entry = pte_mkyoung(vmf->orig_pte); entry = maybe_mkwrite(pte_mkdirty(entry), vma);
        if (k.pteWrite != null)
            k.pteWrite.set("ptep_set_access_flags", WP_PAGE_REUSE.at(2622, "if (ptep_set_access_flags(vma, vmf->address, vmf->pte, entry, 1))"));
    }

    /** mm/memory.c:2643 wp_page_copy(): a new page, copied, mapped writable. */
    public int wpPageCopy(Vmf vmf) {
        // new_page = alloc_page_vma(...); cow_user_page(new_page, old_page, vmf); entry = maybe_mkwrite(pte_mkdirty(mk_pte(new_page, ...)), vma);
        if (k.pteWrite != null)
            k.pteWrite.set("set_pte_at_notify", WP_PAGE_COPY.at(2724, "set_pte_at_notify(mm, vmf->address, vmf->pte, entry);"));
        return ret(WP_PAGE_COPY.at(2781, "return page_copied ? VM_FAULT_WRITE : 0;"), VmFault.WRITE); // return page_copied ? VM_FAULT_WRITE : 0;
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
