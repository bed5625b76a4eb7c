package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Flag;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.SleepLock;
import retrycheck.runtime.Src;

/**
 * The kernel state one scenario needs: the faulting task, its mm, the page (locked by I/O in flight), the
 * page table entry, a TTM buffer object and the userfaultfd context, plus the core paths of the chosen
 * variant. All shared state lives in runtime objects; everything else is local to a model thread.
 */
public final class Kernel {
    public final Runtime rt;
    public final Variant variant;
    public final CorePath path;
    public final Task task;
    public final MmStruct mm;
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
    /** Hook for seeded mutants and user experiments: a changed core, or null for the kernel's own. */
    public final CoreOverrides overrides;

    public Kernel(Runtime rt, Variant variant, CorePath path, boolean userMode, boolean pageUnderIo, CoreOverrides overrides) {
        this.rt = rt;
        this.variant = variant;
        this.path = path;
        this.overrides = overrides == null ? CoreOverrides.NONE : overrides;
        this.task = new Task(rt, userMode, this.overrides);
        this.mm = new MmStruct(rt);
        this.page = new Page(rt, pageUnderIo ? "io" : null);
        this.pte = new Flag(rt, "pte", false);
        this.boResv = new SleepLock(rt, "bo_resv", null);
        this.boMovingSignaled = new Flag(rt, "bo_moving_signaled", false);
        this.filemap = new Filemap(this);
        this.memory = new Memory(this);
        this.ttm = new TtmBoVm(this);
        this.userfaultfd = new Userfaultfd(this);
        this.gup = new Gup(this);
    }

    public boolean v57() { return variant.isV57(); }

    /** The core's test "is this the first attempt that may drop mmap_sem": v5.7 fault_flag_allow_retry_first(), v5.6 flags & ALLOW_RETRY. */
    public boolean allowRetryFirst(int flags) {
        if (overrides.allowRetryFirst != null) return overrides.allowRetryFirst.test(flags);
        return v57() ? FaultFlags.allowRetryFirst(flags) : (flags & FaultFlags.ALLOW_RETRY) != 0;
    }

    /** mm/memory.c handle_mm_fault(): the entry of the core, with the marks the monitors read. */
    public int handleMmFault(int flags) {
        rt.note(Event.Note.ATTEMPT_BEGIN, Memory.HANDLE_MM_FAULT.at(4355), path.id, flags, 0);
        int fault = memory.handleMmFault(flags);
        rt.note(Event.Note.ATTEMPT_END, Memory.HANDLE_MM_FAULT.at(4393), VmFault.names(fault), flags, fault);
        return fault;
    }

    /** A BUG()/WARN() in the kernel: recorded, and the model goes on as the kernel would (or stops if BUG). */
    public void warn(Src src, String message) {
        rt.note(Event.Note.BUG, src, message, 0, 0);
    }
}
