package retrycheck.check;

import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultAccess;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Variant;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

import java.util.ArrayList;
import java.util.List;

/**
 * Which threads run: a fault thread (the handler under check, in user or kernel mode, on one core path) and
 * its environment. The page starts locked by a read in flight when the scenario has I/O or stalls I/O.
 *
 * @param id          stable name used on the command line
 * @param path        the core path handle_mm_fault() reaches
 * @param userMode    user-mode access (else a kernel uaccess, which has an exception-table fixup)
 * @param pageUnderIo the page is locked by a read in flight at the start (completed only if {@link Env#IO_COMPLETION} runs)
 * @param env         the environment threads
 * @param description one line for `list scenarios`
 * @param access      the faulting access: a read, a write (the arch computes FAULT_FLAG_WRITE from it) or an instruction fetch
 * @param readFails   every read of the page completes with an error (not uptodate), the re-read of page_not_uptodate too
 * @param beyondEof   the faulting offset is at or beyond the file's i_size
 * @param shared      the file is mapped MAP_SHARED (a write fault is do_shared_fault())
 */
public record Scenario(String id, CorePath path, boolean userMode, boolean pageUnderIo, List<Env> env, String description,
                       FaultAccess.Kind access, boolean readFails, boolean beyondEof, boolean shared) {

    /** A read fault on a private mapping whose page reads fine. */
    public Scenario(String id, CorePath path, boolean userMode, boolean pageUnderIo, List<Env> env, String description) {
        this(id, path, userMode, pageUnderIo, env, description, FaultAccess.Kind.READ, false, false, false);
    }

    private static final Src RETURN_TO_USER = Src.fn("arch/x86/entry/common.c", "exit_to_usermode_loop");
    private static final Src REEXECUTE = Src.fn("arch/*/mm/fault.c", "(faulting instruction)");
    private static final Src IO = Src.fn("mm/filemap.c", "unlock_page");
    private static final Src FENCE = Src.fn("drivers/dma-buf/dma-fence.c", "dma_fence_signal");
    private static final Src WRITER = Src.fn("mm/mprotect.c", "do_mprotect_pkey");
    private static final Src KILL = Src.fn("kernel/signal.c", "send_sig");
    private static final Src UFFDIO_COPY = Src.fn("mm/userfaultfd.c", "__mcopy_atomic");
    private static final Src WAKE = Src.fn("fs/userfaultfd.c", "wake_userfault");
    private static final Src OTHER_LOCKER = Src.fn("include/linux/pagemap.h", "lock_page");

    /** Builds the kernel and the threads of this scenario on {@code rt}. */
    public Built build(Runtime rt, FaultHandler handler, Variant variant, KernelOps ops) {
        Kernel k = new Kernel(rt, variant, path, new FaultAccess(FaultAccess.DEFAULT_ADDRESS, access, userMode),
                new Kernel.Setup(pageUnderIo, readFails, beyondEof, shared, false), ops);
        List<ModelThread> threads = new ArrayList<>();
        threads.add(new ModelThread("fault", () -> faultThread(k, handler)));
        for (Env e : env) threads.add(new ModelThread(e.thread, () -> envThread(k, e)));
        return new Built(k, threads);
    }

    /** The kernel and threads of one built scenario. */
    public record Built(Kernel kernel, List<ModelThread> threads) {}

    /**
     * The faulting access: the handler runs; a user-mode return delivers pending signals; unless the access is
     * finished or the page is now mapped, the faulting instruction runs again and faults again.
     */
    static void faultThread(Kernel k, FaultHandler handler) {
        Src entry = handler instanceof retrycheck.kernel.arch.Arch a ? Src.fn(a.file(), a.function())
                : Src.fn(handler.file(), handler.name());
        for (;;) {
            k.rt.note(Event.Note.FAULT_BEGIN, entry, k.task.userMode ? "user" : "kernel", 0, 0);
            FaultOutcome o = handler.handle(k);
            k.rt.note(Event.Note.FAULT_END, entry, o.how(), 0, o.fault());
            if (o.finished()) return;                                     // no_context fixup, or an in-kernel caller
            if (k.task.userMode && k.task.signals.deliverOnReturnToUser(RETURN_TO_USER.at(160)))
                return;                                                   // SIGKILL: do_exit()
            if (k.pte.get("pte_present", REEXECUTE))                      // the instruction runs again
                return;                                                   //   and succeeds
        }
    }

    static void envThread(Kernel k, Env e) {
        switch (e) {
            case IO_COMPLETION -> {
                k.page.uptodate.set("SetPageUptodate", IO.at(1290));
                k.page.lock.unlock("unlock_page", IO.at(1291));
            }
            case FENCE_SIGNAL -> k.boMovingSignaled.set("dma_fence_signal", FENCE.at(420));
            case MMAP_WRITER -> {
                k.mm.mmapSem.downWrite(WRITER.at(500));
                k.mm.mmapSem.upWrite(WRITER.at(620));
            }
            case FATAL_SIGNAL -> k.task.signals.send(true, KILL.at(1600));
            case NONFATAL_SIGNAL -> k.task.signals.send(false, KILL.at(1600));
            case UFFD_RESOLVER -> {
                k.mm.mmapSem.downRead(UFFDIO_COPY.at(475));               // mcopy_atomic: down_read(&dst_mm->mmap_sem)
                k.pte.set("UFFDIO_COPY", UFFDIO_COPY.at(590));            //   install the page, set the pte
                k.mm.mmapSem.upRead(UFFDIO_COPY.at(640));                 //   up_read(&dst_mm->mmap_sem)
                // wake_userfault(): the faulting thread's wait ends when the pte is set (Flag wait)
            }
            case PAGE_LOCKER -> {
                k.page.lock.lock("lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0, OTHER_LOCKER.at(481));
                k.page.lock.unlock("unlock_page", IO.at(1291));
                k.page.lock.lock("lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0, OTHER_LOCKER.at(481));
            }
        }
    }
}
