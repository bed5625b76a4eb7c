package retrycheck.kernel;

/**
 * v6.8.0 fs/userfaultfd.c: the functions whose C changed since the class it extends (Userfaultfd59): handle_userfault() with release_fault_lock(); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Userfaultfd59 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Userfaultfd68 extends Userfaultfd59 {
    public Userfaultfd68(Kernel k) { super(k); }
}
