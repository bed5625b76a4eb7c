package retrycheck.kernel;

import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Src;

/**
 * include/linux/mm_types.h struct vm_area_struct: the one vma of a scenario, a shared object because another thread
 * may change it under down_write(mmap_sem) while a fault has dropped mmap_sem (munmap unlinks it, mprotect changes
 * its flags). Reads and writes are operations of the runtime (scheduling points), each with the C it stands for.
 * A vma that munmap unlinked is no longer found by find_vma ({@link Mmap#findVma}).
 */
public class Vma extends Shared {
    /** The scenarios' default vma: [DEFAULT_START, DEFAULT_END), holding {@link FaultAccess#DEFAULT_ADDRESS}. */
    public static final long DEFAULT_START = 0x7f0000000000L;
    public static final long DEFAULT_END = 0x7f0000010000L;

    private long vmStart;
    private long vmEnd;
    private int vmFlags;
    private boolean linked = true;
    /** vma->vm_ops: the file's or driver's fault handler; null for an anonymous vma (vma_is_anonymous()). */
    private final VmOperations vmOps;

    /**
     * CONFIG_PER_VMA_LOCK (v6.4 on, arches selecting ARCH_SUPPORTS_PER_VMA_LOCK): {@code vma->vm_lock->lock}, the
     * per-VMA rw_semaphore, and {@code vma->vm_lock_seq} (include/linux/mm_types.h struct vma_lock, vm_area_struct);
     * null without the per-VMA lock. The functions on them are include/linux/mm.h's ({@link Mm64}).
     */
    public final retrycheck.runtime.RwSem vmLock;
    public final retrycheck.runtime.Counter vmLockSeq;
    /** {@code vma->anon_vma != NULL}: an anonymous vma with pages (swap: the swapped-out page has one). Fixed here. */
    private final boolean anonVma;

    public Vma(Runtime rt, long vmStart, long vmEnd, int vmFlags, VmOperations vmOps) {
        this(rt, vmStart, vmEnd, vmFlags, vmOps, false, false);
    }

    /** A vma with (perVmaLock) its vm_lock and vm_lock_seq, initialised as vma_init() does: {@code vma->vm_lock_seq = -1;}. */
    public Vma(Runtime rt, long vmStart, long vmEnd, int vmFlags, VmOperations vmOps, boolean perVmaLock, boolean anonVma) {
        super(rt, "vma");
        this.vmOps = vmOps;
        this.vmStart = vmStart;
        this.vmEnd = vmEnd;
        this.vmFlags = vmFlags;
        this.anonVma = anonVma;
        this.vmLock = perVmaLock ? new retrycheck.runtime.RwSem(rt, "vm_lock") : null;
        this.vmLockSeq = perVmaLock ? new retrycheck.runtime.Counter(rt, "vm_lock_seq", -1) : null;
    }

    /** {@code vma->anon_vma} is set (fixed for the scenario, so not an operation). */
    public boolean anonVma() { return anonVma; }

    /** {@code vma->detached} (v6.4 on): set once munmap detached it ({@link #unlink}). */
    public boolean detached(Src src) { return rt.exec(Op.read("vma->detached", src, this, () -> !linked)); }

    /** vma->vm_ops (fixed for the life of the vma, so not an operation of the runtime). */
    public VmOperations vmOps() { return vmOps; }

    /** vma->vm_start. */
    public long vmStart(Src src) { return rt.exec(Op.read("vma->vm_start", src, this, () -> vmStart)); }

    /** vma->vm_end. */
    public long vmEnd(Src src) { return rt.exec(Op.read("vma->vm_end", src, this, () -> vmEnd)); }

    /** vma->vm_flags. */
    public int vmFlags(Src src) { return rt.exec(Op.read("vma->vm_flags", src, this, () -> vmFlags)); }

    /** find_vma()'s walk of mm->mm_rb: the vma if it is linked and {@code addr < vm_end}, else null. */
    Vma lookup(long addr, Src src) {
        return rt.exec(Op.read("find_vma", src, this, () -> linked && addr < vmEnd ? this : null));
    }

    /** expand_downwards(): {@code vma->vm_start = address} (with anon_vma_lock_write held). */
    public void setVmStart(long address, Src src) {
        rt.exec(Op.write("vma->vm_start=", src, this, () -> { vmStart = address; return "ok"; }));
    }

    /** expand_upwards(): {@code vma->vm_end = address}. */
    public void setVmEnd(long address, Src src) {
        rt.exec(Op.write("vma->vm_end=", src, this, () -> { vmEnd = address; return "ok"; }));
    }

    /** mprotect_fixup(): {@code vma->vm_flags = newflags} (under down_write(mmap_sem)). */
    public void setVmFlags(int flags, Src src) {
        rt.exec(Op.write("vma->vm_flags=", src, this, () -> { vmFlags = flags; return VmFlags.names(flags); }));
    }

    /** __do_munmap() -> detach_vmas_to_be_unmapped(): the vma leaves mm->mm_rb (under down_write(mmap_sem)). */
    public void unlink(Src src) {
        rt.exec(Op.write("detach_vmas_to_be_unmapped", src, this, () -> { linked = false; return "ok"; }));
    }

    /** The values now, outside the model (for tests, reports and the environment's computations). */
    public boolean linkedNow() { return linked; }

    public int vmFlagsNow() { return vmFlags; }

    @Override public String state() {
        return linked ? String.format("[%x,%x)%s", vmStart, vmEnd, VmFlags.names(vmFlags)) : "unlinked";
    }
}
