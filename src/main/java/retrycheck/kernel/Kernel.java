package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Flag;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.SleepLock;
import retrycheck.runtime.Src;

/**
 * The kernel state one scenario needs: the faulting task and its access, its mm with the one vma, the page (locked
 * by I/O in flight), the page table entry, a TTM buffer object and the userfaultfd context, plus the kernel
 * functions it was built with, reached through the ops accessors ({@link #memory()}, {@link #mmap()},
 * {@link #signal()}, ...) the way the kernel reaches {@code vma->vm_ops->fault}. All shared state lives in runtime
 * objects; everything else is local to a model thread.
 */
public class Kernel {
    public final Runtime rt;
    public final Variant variant;
    public final CorePath path;
    public final Task task;
    public final MmStruct mm;
    /** The faulting access of the scenario: address, read/write/exec, user_mode(regs). */
    public final FaultAccess access;
    public final Page page;
    /** The page table entry of the faulting address: set once the fault is resolved (set_pte_at / UFFDIO_COPY). */
    public final Flag pte;
    /** TTM: bo->base.resv, the buffer object's reservation lock. */
    public final SleepLock boResv;
    /** TTM: bo->moving, the fence of a move in flight; "set" once signalled. */
    public final Flag boMovingSignaled;

    public final Filemap filemap;
    public final Memory memory;
    public final TtmBoVm ttm;
    public final Userfaultfd userfaultfd;
    public final Gup gup;
    private final Mmap mmap;
    private final Signal signal;
    /** Hook for seeded mutants and user experiments: a changed core, or null for the kernel's own. */
    public final CoreOverrides overrides;

    public Kernel(Runtime rt, Variant variant, CorePath path, boolean userMode, boolean pageUnderIo, CoreOverrides overrides) {
        this(rt, variant, path, FaultAccess.read(userMode), pageUnderIo, overrides);
    }

    public Kernel(Runtime rt, Variant variant, CorePath path, FaultAccess access, boolean pageUnderIo, CoreOverrides overrides) {
        this.rt = rt;
        this.variant = variant;
        this.path = path;
        this.access = access;
        this.overrides = overrides == null ? CoreOverrides.NONE : overrides;
        this.task = new Task(rt, access.userMode(), this.overrides);
        this.mm = new MmStruct(rt);
        this.page = new Page(rt, pageUnderIo ? "io" : null);
        this.pte = new Flag(rt, "pte", false);
        this.boResv = new SleepLock(rt, "bo_resv", null);
        this.boMovingSignaled = new Flag(rt, "bo_moving_signaled", false);
        this.mm.vma = new Vma(rt, Vma.DEFAULT_START, Vma.DEFAULT_END, defaultVmFlags(path));
        this.filemap = new Filemap(this);
        this.memory = new Memory(this);
        this.ttm = new TtmBoVm(this);
        this.userfaultfd = new Userfaultfd(this);
        this.gup = new Gup(this);
        this.mmap = new Mmap(this);
        this.signal = new Signal(this);
    }

    /** A private writable mapping, registered with userfaultfd for missing pages on the uffd path. */
    private static int defaultVmFlags(CorePath path) {
        int flags = VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_MAYREAD | VmFlags.VM_MAYWRITE | VmFlags.VM_MAYEXEC;
        if (path == CorePath.UFFD) flags |= VmFlags.VM_UFFD_MISSING;
        return flags;
    }

    /** mm/memory.c: handle_mm_fault() and the fault paths it dispatches to. */
    public Memory memory() { return memory; }

    /** mm/mmap.c: find_vma(), expand_stack(). */
    public Mmap mmap() { return mmap; }

    /** include/linux/sched/signal.h: fault_signal_pending(), fatal_signal_pending(), signal_pending(). */
    public Signal signal() { return signal; }

    /** mm/filemap.c. */
    public Filemap filemap() { return filemap; }

    /** mm/gup.c. */
    public Gup gup() { return gup; }

    /** drivers/gpu/drm/ttm/ttm_bo_vm.c. */
    public TtmBoVm ttm() { return ttm; }

    /** fs/userfaultfd.c. */
    public Userfaultfd userfaultfd() { return userfaultfd; }

    public boolean v57() { return variant.isV57(); }

    /** The core's test "is this the first attempt that may drop mmap_sem": v5.7 fault_flag_allow_retry_first(), v5.6 flags & ALLOW_RETRY. */
    public boolean allowRetryFirst(int flags) {
        if (overrides.allowRetryFirst != null) return overrides.allowRetryFirst.test(flags);
        return v57() ? FaultFlags.allowRetryFirst(flags) : (flags & FaultFlags.ALLOW_RETRY) != 0;
    }

    /**
     * TRANSITIONAL (v2 skeleton): the old entry point the arch code calls, {@code handle_mm_fault()} on the scenario's
     * vma and address. It delegates to {@link Memory#handleMmFault(Vma, long, int)} and goes away once every arch calls
     * {@code k.memory().handleMmFault(vma, address, flags)}.
     */
    public int handleMmFault(int flags) {
        return memory().handleMmFault(mm.vma, access.address(), flags);
    }

    /** A kernel function returned {@code value} of C type {@code kind}: a RETURN event (spec/events.md). */
    public void ret(Src fn, ValueKind kind, long value) {
        rt.note(Event.Note.RETURN, fn, kind.name() + " " + kind.render(value), 0, (int) value);
    }

    /** perf_sw_event(PERF_COUNT_SW_{event}, 1, regs, address): a PERF event. */
    public void perfSwEvent(Src src, String event) {
        rt.note(Event.Note.PERF, src, event, 0, 0);
    }

    /** A BUG()/WARN() in the kernel: recorded, and the model goes on as the kernel would (or stops if BUG). */
    public void warn(Src src, String message) {
        rt.note(Event.Note.BUG, src, message, 0, 0);
    }
}
