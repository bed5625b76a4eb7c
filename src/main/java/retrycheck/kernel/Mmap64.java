package retrycheck.kernel;

/**
 * v6.4.6 mm/mmap.c: the functions whose C changed since the class it extends (Mmap): expand_stack() under the write lock; spec/releases.md §7.
 * A function not overridden here has the same C as in the release of Mmap (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Mmap64 extends Mmap {
    public Mmap64(Kernel k) { super(k); }
}
