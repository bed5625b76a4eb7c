package retrycheck.kernel;

/**
 * v6.0.1 mm/memory.c: the functions whose C changed since the class it extends (Memory59): VM_FAULT_COMPLETED: fault_dirty_shared_page() may release mmap_lock and complete the fault; spec/releases.md §5.1.
 * A function not overridden here has the same C as in the release of Memory59 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory60 extends Memory59 {
    public Memory60(Kernel k) { super(k); }
}
