package retrycheck.kernel;

/**
 * v5.9.1 mm/memory.c: the functions whose C changed since the class it extends (Memory): handle_mm_fault() takes regs and ends with mm_account_fault() (the arches' own accounting goes); spec/releases.md §3.1.
 * A function not overridden here has the same C as in the release of Memory (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Memory59 extends Memory {
    public Memory59(Kernel k) { super(k); }
}
