package retrycheck.kernel;

/**
 * v5.9.1 fs/userfaultfd.c: the functions whose C changed since the class it extends (Userfaultfd): handle_userfault() waits once and returns VM_FAULT_RETRY; spec/releases.md §3.2.
 * A function not overridden here has the same C as in the release of Userfaultfd (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Userfaultfd59 extends Userfaultfd {
    public Userfaultfd59(Kernel k) { super(k); }
}
