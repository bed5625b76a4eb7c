package retrycheck.kernel;

/**
 * v6.8.0 mm/memory.c: the functions whose C changed since the class it extends (Memory65): the per-VMA lock for all VMAs (vmf_can_call_fault(), vmf_anon_prepare(), sanitize_fault_flags()); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Memory65 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory68 extends Memory65 {
    public Memory68(Kernel k) { super(k); }
}
