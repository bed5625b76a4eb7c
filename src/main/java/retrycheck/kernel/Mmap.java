package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * mm/mmap.c: find_vma() and expand_stack(), which each arch's fault handler calls with mmap_sem held. Reached
 * through {@link Kernel#mmap()}; a variant overrides one function in a subclass.
 */
public class Mmap {
    private static final Src FIND_VMA = Src.v57("mm/mmap.c", "find_vma");
    private static final Src EXPAND_STACK = Src.v57("mm/mmap.c", "expand_stack");
    private static final Src EXPAND_DOWNWARDS = Src.v57("mm/mmap.c", "expand_downwards");

    protected final Kernel k;

    public Mmap(Kernel k) { this.k = k; }

    /**
     * mm/mmap.c find_vma(): the first vma with {@code addr < vm_end}, or NULL. The scenario's mm has one vma
     * ({@link MmStruct#vma}); the vmacache is not modelled (it caches the same answer).
     */
    public Vma findVma(MmStruct mm, long addr) {
        Vma vma = mm.vma.lookup(addr, FIND_VMA.at(2251, "if (tmp->vm_end > addr) {"));
        k.ret(FIND_VMA.at(2262, "return vma;"), ValueKind.POINTER, vma == null ? 0 : 1);
        return vma;
    }

    /**
     * mm/mmap.c expand_stack() (VM_GROWSDOWN: expand_downwards()): grows the vma down to {@code address}. The
     * scenarios' stack has room (no rlimit, no guard gap collision), so it succeeds; 0 or -ENOMEM.
     */
    public int expandStack(Vma vma, long address) {
        int error = 0;                                                // int error = 0;
        if (address < vma.vmStart(EXPAND_DOWNWARDS.at(2460, "if (address < vma->vm_start) {")))
            vma.setVmStart(address, EXPAND_DOWNWARDS.at(2486, "vma->vm_start = address;"));
        k.ret(EXPAND_STACK.at(2543, "return expand_downwards(vma, address);"), ValueKind.ERRNO, error);
        return error;
    }

    /** -ENOMEM, for overrides that refuse to grow. */
    protected static int enomem() { return Errno.ENOMEM; }
}
