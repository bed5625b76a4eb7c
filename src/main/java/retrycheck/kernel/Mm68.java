package retrycheck.kernel;

/**
 * v6.8.0 include/linux/mm.h: the functions whose C changed since the class it extends (Mm): release_fault_lock(); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Mm (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Mm68 extends Mm {
    public Mm68(Kernel k) { super(k); }
}
