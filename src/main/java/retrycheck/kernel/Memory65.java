package retrycheck.kernel;

/**
 * v6.5.0 mm/memory.c: the functions whose C changed since the class it extends (Memory64): lock_vma_under_rcu() as of 6.5; spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Memory64 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory65 extends Memory64 {
    public Memory65(Kernel k) { super(k); }
}
