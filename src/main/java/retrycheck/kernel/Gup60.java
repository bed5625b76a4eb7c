package retrycheck.kernel;

/**
 * v6.0.1 mm/gup.c: the functions whose C changed since the class it extends (Gup59): faultin_page() and fixup_user_fault() handle VM_FAULT_COMPLETED; spec/releases.md §5.1.
 * A function not overridden here has the same C as in the release of Gup (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Gup60 extends Gup59 {
    public Gup60(Kernel k) { super(k); }
}
