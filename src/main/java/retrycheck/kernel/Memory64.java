package retrycheck.kernel;

/**
 * v6.4.6 mm/memory.c: the functions whose C changed since the class it extends (Memory60): lock_mm_and_find_vma() and the per-VMA lock (lock_vma_under_rcu(), do_swap_page() under FAULT_FLAG_VMA_LOCK); spec/releases.md §7, §8.
 * A function not overridden here has the same C as in the release of Memory60 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory64 extends Memory60 {
    public Memory64(Kernel k) { super(k); }
}
