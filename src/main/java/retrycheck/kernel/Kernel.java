package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Flag;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.SleepLock;
import retrycheck.runtime.Src;

/**
 * The kernel state one scenario needs: the faulting task and its access, its mm with the one vma, the page (locked
 * by I/O in flight), the page table entry, a TTM buffer object and the userfaultfd context, plus the kernel
 * functions it was built with ({@link KernelOps}), reached through the ops accessors ({@link #memory()},
 * {@link #filemap()}, {@link #gup()}, ...) the way the kernel reaches {@code vma->vm_ops->fault}. All shared state
 * lives in runtime objects; everything else is local to a model thread.
 */
public class Kernel {
    /**
     * What a scenario sets up beyond the path and the access.
     *
     * @param pageUnderIo the page is locked by a read in flight at the start
     * @param readFails   every read of the page completes with an error (PageError, not uptodate): the re-read too
     * @param beyondEof   the faulting offset is at or beyond i_size (filemap_fault() returns VM_FAULT_SIGBUS)
     * @param shared      the file mapping is MAP_SHARED (VM_SHARED|VM_MAYSHARE): a write fault is do_shared_fault()
     * @param readahead   the page carries PG_readahead (do_async_mmap_readahead() drops mmap_sem to read on)
     * @param perVmaLock  CONFIG_PER_VMA_LOCK (v6.4 on, the arch selects ARCH_SUPPORTS_PER_VMA_LOCK): the vma has its
     *                    vm_lock and the mm its mm_lock_seq, which the mmap writers write-lock (spec/releases.md §8)
     */
    public record Setup(boolean pageUnderIo, boolean readFails, boolean beyondEof, boolean shared, boolean readahead,
                        boolean perVmaLock) {
        public Setup(boolean pageUnderIo, boolean readFails, boolean beyondEof, boolean shared, boolean readahead) {
            this(pageUnderIo, readFails, beyondEof, shared, readahead, false);
        }

        public static Setup of(boolean pageUnderIo) { return new Setup(pageUnderIo, false, false, false, false); }
    }

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
    /**
     * pte_write() of the present pte, on {@link CorePath#UFFD_WP_SWAP} only (null elsewhere: every other path installs
     * the pte writable for a write fault, so there the model's pte is writable once present; {@link #pteWrite(Src)}).
     */
    public final Flag pteWrite;
    /**
     * The pte's uffd-wp bit (pte_swp_uffd_wp() on the swap entry, pte_uffd_wp() once present), set at the start and
     * cleared by UFFDIO_WRITEPROTECT: on {@link CorePath#UFFD_WP_SWAP} only (null elsewhere: no bit).
     */
    public final Flag pteUffdWp;
    /**
     * uwq.waken, what handle_userfault()'s wait waits for (userfaultfd_wake_function()). On the missing-page path the
     * monitor's UFFDIO_COPY installs the pte and wakes in one step (the model's wait ends when the pte is set), so
     * there it is {@link #pte} itself; on {@link CorePath#UFFD_WP_SWAP} the wake_userfault() of UFFDIO_WRITEPROTECT.
     */
    public final Flag uwqWaken;
    /**
     * reuse_swap_page(): the page is ours alone (mapcount + swapcount &lt;= 1, mm/swapfile.c:1686); false on
     * {@link CorePath#UFFD_WP_SWAP}, whose swap entry another process shares.
     */
    public final boolean swapExclusive;
    /** The pte holds a swap entry (not none, not present): handle_pte_fault() goes to do_swap_page(). */
    public final boolean swapEntry;
    /** Every read of the file's page fails ({@link Setup#readFails}). */
    public final boolean readFails;
    /** The faulting offset is beyond EOF ({@link Setup#beyondEof}). */
    public final boolean beyondEof;
    /** TTM: bo->base.resv, the buffer object's reservation lock. */
    public final SleepLock boResv;
    /** TTM: bo->moving, the fence of a move in flight; "set" once signalled. */
    public final Flag boMovingSignaled;
    /** The kernel functions this kernel was built with. */
    public final KernelOps ops;
    /** CONFIG_PER_VMA_LOCK ({@link Setup#perVmaLock}): the vma has a vm_lock, the mm an mm_lock_seq. */
    public final boolean perVmaLock;

    private final Mm mmH;
    private final Signal signal;
    private final Mmap mmap;
    private final MmInternal mmInternal;
    private final Pagemap pagemap;
    private final Filemap filemap;
    private final Memory memory;
    private final TtmBoVm ttmBoVm;
    private final Userfaultfd userfaultfd;
    private final Gup gup;

    public Kernel(Runtime rt, Variant variant, CorePath path, boolean userMode, boolean pageUnderIo, KernelOps ops) {
        this(rt, variant, path, FaultAccess.read(userMode), Setup.of(pageUnderIo), ops);
    }

    public Kernel(Runtime rt, Variant variant, CorePath path, FaultAccess access, Setup setup, KernelOps ops) {
        this.rt = rt;
        this.variant = variant;
        this.path = path;
        this.access = access;
        this.ops = ops == null ? KernelOps.DEFAULT : ops;
        this.task = new Task(rt, access.userMode());
        this.perVmaLock = setup.perVmaLock();
        this.mm = new MmStruct(rt, perVmaLock);
        this.page = new Page(rt, setup.pageUnderIo() ? "io" : null, setup.readahead());
        this.pte = new Flag(rt, "pte", false);
        if (path.absentFrom(variant) != null) throw new IllegalArgumentException(path.id + ": " + path.absentFrom(variant));
        this.swapEntry = path == CorePath.SWAP || path == CorePath.UFFD_WP_SWAP;
        boolean wp = path == CorePath.UFFD_WP_SWAP;
        this.pteWrite = wp ? new Flag(rt, "pte_write", false) : null;
        this.pteUffdWp = wp ? new Flag(rt, "pte_uffd_wp", true) : null;
        this.uwqWaken = wp ? new Flag(rt, "uwq.waken", false) : pte;
        this.swapExclusive = !wp;
        this.readFails = setup.readFails();
        this.beyondEof = setup.beyondEof();
        this.boResv = new SleepLock(rt, "bo_resv", null);
        this.boMovingSignaled = new Flag(rt, "bo_moving_signaled", false);
        this.mmH = this.ops.build(Mm.class, this, KernelReleases.mm(variant));
        this.signal = this.ops.build(Signal.class, this, KernelReleases.signal(variant));
        this.mmap = this.ops.build(Mmap.class, this, KernelReleases.mmap(variant));
        this.mmInternal = this.ops.build(MmInternal.class, this, KernelReleases.mmInternal(variant));
        this.pagemap = this.ops.build(Pagemap.class, this, KernelReleases.pagemap(variant));
        this.filemap = this.ops.build(Filemap.class, this, KernelReleases.filemap(variant));
        this.memory = this.ops.build(Memory.class, this, KernelReleases.memory(variant));
        this.ttmBoVm = this.ops.build(TtmBoVm.class, this, KernelReleases.ttmBoVm(variant));
        this.userfaultfd = this.ops.build(Userfaultfd.class, this, KernelReleases.userfaultfd(variant));
        this.gup = this.ops.build(Gup.class, this, KernelReleases.gup(variant));
        // anon_vma: the swapped-out page has one; the userfaultfd range too (its resolver's UFFDIO_COPY prepared it)
        this.mm.vma = new Vma(rt, Vma.DEFAULT_START, Vma.DEFAULT_END, vmFlags(path, setup), vmOps(path), perVmaLock,
                path == CorePath.SWAP || path == CorePath.UFFD);
    }

    /** A private (or, with {@link Setup#shared}, shared) writable mapping; userfaultfd-registered on the uffd path. */
    private static int vmFlags(CorePath path, Setup setup) {
        int flags = VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_MAYREAD | VmFlags.VM_MAYWRITE | VmFlags.VM_MAYEXEC;
        if (setup.shared()) flags |= VmFlags.VM_SHARED | VmFlags.VM_MAYSHARE;
        if (path == CorePath.UFFD) flags |= VmFlags.VM_UFFD_MISSING;
        if (path == CorePath.UFFD_WP_SWAP) flags |= VmFlags.VM_UFFD_WP;
        return flags;
    }

    /** vma->vm_ops of the path: generic_file_vm_ops (filemap_fault), ttm_bo_vm_ops; none for anonymous memory. */
    private VmOperations vmOps(CorePath path) {
        return switch (path) {
            case FILEMAP -> new VmOperations() {                      // generic_file_vm_ops:
                @Override public int fault(Vmf vmf) { return filemap().filemapFault(vmf); } // .fault = filemap_fault,
                @Override public boolean hasMapPages() { return true; }                     // .map_pages = filemap_map_pages,
            };
            case TTM -> vmf -> ttmBoVm().ttmBoVmFault(vmf);           // ttm_bo_vm_ops.fault = ttm_bo_vm_fault
            case SWAP, UFFD, UFFD_WP_SWAP -> null;                                 // anonymous: vma->vm_ops == NULL
        };
    }

    /** pte_write(pte) of the present pte: {@link #pteWrite}'s value (an operation), or true where the path has no such bit. */
    public boolean pteWrite(Src src) { return pteWrite == null || pteWrite.get("pte_write", src); }

    /** pte_uffd_wp(pte) / pte_swp_uffd_wp(pte): {@link #pteUffdWp}'s value (an operation), or false where the path has none. */
    public boolean pteUffdWp(String op, Src src) { return pteUffdWp != null && pteUffdWp.get(op, src); }

    /** include/linux/mm.h: fault_flag_allow_retry_first(). */
    public Mm mmH() { return mmH; }

    /** include/linux/sched/signal.h: fault_signal_pending(), fatal_signal_pending(), signal_pending(). */
    public Signal signal() { return signal; }

    /** mm/mmap.c: find_vma(), find_extend_vma(), expand_stack(). */
    public Mmap mmap() { return mmap; }

    /** mm/internal.h: maybe_unlock_mmap_for_io(). */
    public MmInternal mmInternal() { return mmInternal; }

    /** include/linux/pagemap.h: lock_page_or_retry(). */
    public Pagemap pagemap() { return pagemap; }

    /** mm/filemap.c. */
    public Filemap filemap() { return filemap; }

    /** mm/memory.c: handle_mm_fault() and the fault paths it dispatches to. */
    public Memory memory() { return memory; }

    /** drivers/gpu/drm/ttm/ttm_bo_vm.c. */
    public TtmBoVm ttmBoVm() { return ttmBoVm; }

    /** fs/userfaultfd.c. */
    public Userfaultfd userfaultfd() { return userfaultfd; }

    /** mm/gup.c. */
    public Gup gup() { return gup; }

    /** The scenario's vma object (linked into mm or not). */
    public Vma vma() { return mm.vma; }

    /** TRANSITIONAL (arch code only, helper 12arch): the kernel version, until each arch has v5.6/v5.7 classes. */
    public boolean v57() { return variant.isV57(); }

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
