package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * mm/mmap.c: find_vma() and expand_stack(), which each arch's fault handler calls with mmap_sem held. Reached
 * through {@link Kernel#mmap()}; a variant overrides one function in a subclass.
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Mmap.class, MyMmap::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Mmap {
    protected static final Src FIND_VMA = Src.v57("mm/mmap.c", "find_vma");
    protected static final Src EXPAND_STACK = Src.v57("mm/mmap.c", "expand_stack");
    protected static final Src FIND_EXTEND_VMA = Src.v57("mm/mmap.c", "find_extend_vma");
    protected static final Src EXPAND_DOWNWARDS = Src.v57("mm/mmap.c", "expand_downwards");

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

    /** mm/mmap.c:2546 find_extend_vma() (no CONFIG_STACK_GROWSUP): the vma holding {@code addr}, grown down to it if a stack. */
    public Vma findExtendVma(MmStruct mm, long addr) {
        Vma vma = findVma(mm, addr);                                  // vma = find_vma(mm, addr);
        if (vma == null)                                              // if (!vma)
            return retVma(FIND_EXTEND_VMA.at(2555, "return NULL;"), null); // return NULL;
        if (vma.vmStart(FIND_EXTEND_VMA.at(2556, "if (vma->vm_start <= addr)")) <= addr) // if (vma->vm_start <= addr)
            return retVma(FIND_EXTEND_VMA.at(2557, "return vma;"), vma); //   return vma;
        if ((vma.vmFlags(FIND_EXTEND_VMA.at(2558, "if (!(vma->vm_flags & VM_GROWSDOWN))")) & VmFlags.VM_GROWSDOWN) == 0)
            return retVma(FIND_EXTEND_VMA.at(2559, "return NULL;"), null); // return NULL;
        if (expandStack(vma, addr) != 0)                              // if (expand_stack(vma, addr))
            return retVma(FIND_EXTEND_VMA.at(2565, "return NULL;"), null); //   return NULL;
        return retVma(FIND_EXTEND_VMA.at(2568, "return vma;"), vma);  // return vma;
    }

    private Vma retVma(Src at, Vma vma) {
        k.ret(at, ValueKind.POINTER, vma == null ? 0 : 1);
        return vma;
    }

    /** -ENOMEM, for overrides that refuse to grow. */
    protected static int enomem() { return Errno.ENOMEM; }
}
