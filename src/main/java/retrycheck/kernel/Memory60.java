package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.0.1 mm/memory.c: the functions whose C changed since the class it extends (Memory59): VM_FAULT_COMPLETED:
 * fault_dirty_shared_page() may release mmap_lock and complete the fault; spec/releases.md §5.1.
 * A function not overridden here has the same C as in the release of Memory59 (as far as the protocol goes) and keeps
 * citing that release's tree (spec/releases.md "v6.0 core: inherited functions checked").
 */
public class Memory60 extends Memory59 {
    protected static final Src FAULT_DIRTY_60 = Src.v60("mm/memory.c", "fault_dirty_shared_page");

    public Memory60(Kernel k) { super(k); }

    /**
     * mm/memory.c:2993 fault_dirty_shared_page() (6.0.1): as in v5.7, the page is dirtied and unlocked and the writer
     * throttled in balance_dirty_pages_ratelimited() with mmap_lock dropped on a first attempt; but then the fault is
     * done, and it returns VM_FAULT_COMPLETED (the pte is installed, the lock already released) instead of v5.7's
     * VM_FAULT_RETRY, which made the arch run a second, TRIED attempt.
     */
    @Override public int faultDirtySharedPage(Vmf vmf) {
        boolean dirtied = true;                                       // dirtied = set_page_dirty(page);
        // mapping = page_rmapping(page);
        vmf.page.lock.unlock("unlock_page", FAULT_DIRTY_60.at(3010, "unlock_page(page);")); // unlock_page(page);
        // if (!page_mkwrite) file_update_time(vma->vm_file);
        if (dirtied) {                                                // if ((dirtied || page_mkwrite) && mapping) {
            boolean fpin = k.mmInternal().maybeUnlockMmapForIo(vmf, false); // fpin = maybe_unlock_mmap_for_io(vmf, NULL);
            // balance_dirty_pages_ratelimited(mapping);  (no dirty-page throttling wait in the model)
            if (fpin)                                                 //   if (fpin) { fput(fpin);
                return ret(FAULT_DIRTY_60.at(3031, "return VM_FAULT_COMPLETED;"), VmFault.COMPLETED); // return VM_FAULT_COMPLETED; }
        }
        return ret(FAULT_DIRTY_60.at(3035, "return 0;"), 0);          // return 0;
    }
}
