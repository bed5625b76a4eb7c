package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v6.4.6 mm/mmap.c: the functions whose C changed since the class it extends (Mmap): the stack is expanded under the
 * mmap write lock (spec/releases.md §7.1). {@code expand_stack(vma, address)} of v5.7 is now
 * {@code expand_stack_locked()} (the caller holds the write lock), and {@code expand_stack(mm, addr)} is the legacy
 * page-fault interface that drops the read lock, write-locks killably, and returns NULL with the lock dropped.
 * A function not overridden here has the same C as in the release of Mmap (as far as the protocol goes) and keeps
 * citing that release's tree. The same functions, the same C, in 6.5.0 (at other lines).
 */
public class Mmap64 extends Mmap {
    protected static final Src EXPAND_STACK_64 = Src.v64("mm/mmap.c", "expand_stack");
    protected static final Src EXPAND_STACK_LOCKED = Src.v64("mm/mmap.c", "expand_stack_locked");
    protected static final Src EXPAND_DOWNWARDS_64 = Src.v64("mm/mmap.c", "expand_downwards");

    public Mmap64(Kernel k) { super(k); }

    /**
     * mm/mmap.c:2158 expand_stack_locked() (no CONFIG_STACK_GROWSUP; mmap_lock held for writing): grows a VM_GROWSDOWN
     * vma down to {@code address}; 0, -EINVAL for a vma that does not grow down, or expand_downwards()'s error.
     */
    public int expandStackLocked(Vma vma, long address) {
        if ((vma.vmFlags(EXPAND_STACK_LOCKED.at(2160, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))")) & VmFlags.VM_GROWSDOWN) == 0)
            return retInt(EXPAND_STACK_LOCKED.at(2161, "return -EINVAL;"), Errno.EINVAL); // return -EINVAL;
        int error = expandDownwards(vma, address);                   // return expand_downwards(vma, address);
        return retInt(EXPAND_STACK_LOCKED.at(2162, "return expand_downwards(vma, address);"), error);
    }

    /**
     * mm/mmap.c:2034 expand_downwards(): -EFAULT unless VM_GROWSDOWN; {@code if (address < vma->vm_start) { ...
     * vma->vm_start = address; }}. The
     * scenarios' stack has room (no rlimit, no guard gap collision, grow within vm_pgoff), so it succeeds.
     */
    public int expandDownwards(Vma vma, long address) {
        int error = 0;                                                // int error = 0;
        if ((vma.vmFlags(EXPAND_DOWNWARDS_64.at(2041, "if (!(vma->vm_flags & VM_GROWSDOWN))")) & VmFlags.VM_GROWSDOWN) == 0)
            return Errno.EFAULT;                                             //   return -EFAULT;
        if (address < vma.vmStart(EXPAND_DOWNWARDS_64.at(2077, "if (address < vma->vm_start) {"))) // if (address < vma->vm_start) {
            vma.setVmStart(address, EXPAND_DOWNWARDS_64.at(2101, "vma->vm_start = address;")); //   vma->vm_start = address;
        return error;                                                 // return error;
    }

    /** v6.4: {@code expand_stack(vma, address)} is gone; its successor under the write lock is {@link #expandStackLocked}. */
    @Override public int expandStack(Vma vma, long address) {
        throw new IllegalStateException("v6.4 mm/mmap.c has no expand_stack(vma, address): expand_stack_locked() or expand_stack(mm, addr)");
    }

    /**
     * mm/mmap.c:2243 expand_stack(mm, addr): "called with the mm locked for reading, drops the lock, takes the lock
     * for writing, tries to look up a vma again, expands it if necessary, and downgrades the lock to reading again.
     * If no vma is found or it can't be expanded, it returns NULL and has dropped the lock." The scenarios' mm has one
     * vma, so find_vma_prev()'s {@code prev} is NULL for an address below it (vma_expand_up() is not reached).
     */
    public Vma expandStack(MmStruct mm, long addr) {
        mm.mmapSem.upRead(EXPAND_STACK_64.at(2247, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
        if (mm.mmapSem.downWriteKillable(k.task.signals, EXPAND_STACK_64.at(2248, "if (mmap_write_lock_killable(mm))")) != 0)
            return retVma64(EXPAND_STACK_64.at(2249, "return NULL;"), null); //   return NULL;
        Vma vma = findVma(mm, addr);                                  // vma = find_vma_prev(mm, addr, &prev);  (prev: NULL)
        if (vma != null && vma.vmStart(EXPAND_STACK_64.at(2252, "if (vma && vma->vm_start <= addr)")) <= addr)
            return success(mm, vma);                                  //   goto success;
        // if (prev && !vma_expand_up(prev, addr)) { vma = prev; goto success; }   (prev is NULL)
        if (vma != null && expandStackDown(vma, addr) == 0)           // if (vma && !vma_expand_down(vma, addr))
            return success(mm, vma);                                  //   goto success;
        mm.mmapSem.upWrite(EXPAND_STACK_64.at(2263, "mmap_write_unlock(mm);")); // mmap_write_unlock(mm);
        return retVma64(EXPAND_STACK_64.at(2264, "return NULL;"), null); // return NULL;
    }

    /** {@code success: mmap_write_downgrade(mm); return vma;} */
    private Vma success(MmStruct mm, Vma vma) {
        mm.mmapSem.downgradeWrite(EXPAND_STACK_64.at(2267, "mmap_write_downgrade(mm);")); // success: mmap_write_downgrade(mm);
        return retVma64(EXPAND_STACK_64.at(2268, "return vma;"), vma);   // return vma;
    }

    /**
     * mm/mmap.c:2228 {@code #define vma_expand_down(vma, addr) expand_downwards(vma, addr)} (no CONFIG_STACK_GROWSUP,
     * not ia64; ia64's vma_expand_down() first checks vma_expand_ok(), the region bounds, which the scenarios satisfy).
     */
    protected int expandStackDown(Vma vma, long addr) {
        return expandDownwards(vma, addr);                            // #define vma_expand_down(vma, addr) expand_downwards(vma, addr)
    }

    private int retInt(Src at, int v) {
        k.ret(at, ValueKind.ERRNO, v);
        return v;
    }

    private Vma retVma64(Src at, Vma vma) {
        k.ret(at, ValueKind.POINTER, vma == null ? 0 : 1);
        return vma;
    }
}
