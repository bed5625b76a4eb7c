package retrycheck.kernel;

/**
 * v6.8.0 mm/internal.h: the functions whose C changed since the class it extends (MmInternal): maybe_unlock_mmap_for_io() with release_fault_lock(); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of MmInternal (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class MmInternal68 extends MmInternal {
    public MmInternal68(Kernel k) { super(k); }
}
