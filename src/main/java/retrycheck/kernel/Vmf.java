package retrycheck.kernel;

/**
 * include/linux/mm.h struct vm_fault, the fields the model's fault paths use: local to the faulting thread (on its
 * stack in __handle_mm_fault()), so not a shared object.
 */
public final class Vmf {
    /** vmf->vma: the target vma. */
    public final Vma vma;
    /** vmf->address: the faulting virtual address (& PAGE_MASK). */
    public final long address;
    /** vmf->flags: FAULT_FLAG_* (do_swap_page() clears FAULT_FLAG_WRITE once it mapped the page writable, mm/memory.c:3233). */
    public int flags;
    /** vmf->page: the page the ->fault handler returned (VM_FAULT_LOCKED: locked), or null. */
    public Page page;

    public Vmf(Vma vma, long address, int flags) {
        this.vma = vma;
        this.address = address;
        this.flags = flags;
    }
}
