package retrycheck.check;

import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultAccess;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFlags;
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
 * @param threads     environment threads of the user's own, run after {@code env} (see {@link EnvThread})
 */
public record Scenario(String id, CorePath path, boolean userMode, boolean pageUnderIo, List<Env> env, String description,
                       FaultAccess.Kind access, boolean readFails, boolean beyondEof, boolean shared, List<EnvThread> threads) {

    public Scenario {
        env = List.copyOf(env);
        threads = List.copyOf(threads);
        java.util.Set<String> names = new java.util.HashSet<>(List.of("fault"));
        for (Env e : env)
            if (!names.add(e.thread)) throw new IllegalArgumentException("scenario " + id + ": two threads named " + e.thread);
        for (EnvThread t : threads)
            if (!names.add(t.name())) throw new IllegalArgumentException("scenario " + id + ": two threads named " + t.name()
                    + " (give each environment thread its own name)");
    }

    /** The scenario without threads of the user's own. */
    public Scenario(String id, CorePath path, boolean userMode, boolean pageUnderIo, List<Env> env, String description,
                    FaultAccess.Kind access, boolean readFails, boolean beyondEof, boolean shared) {
        this(id, path, userMode, pageUnderIo, env, description, access, readFails, beyondEof, shared, List.of());
    }

    /**
     * An environment thread of the user's own: {@code body} runs as a model thread beside the fault thread and
     * reaches the kernel's shared state only through the runtime objects of {@link Kernel} (mmap_sem, the page lock,
     * the pte, signals, ...: every such operation is a scheduling point the explorer interleaves).
     */
    public record EnvThread(String name, java.util.function.Consumer<Kernel> body) {
        public EnvThread {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("an environment thread needs a name");
            java.util.Objects.requireNonNull(body, "body");
        }
    }

    /** This scenario under another id, with {@code extra} threads of the user's own added. */
    public Scenario withThreads(String newId, String newDescription, List<EnvThread> extra) {
        List<EnvThread> all = new ArrayList<>(threads);
        all.addAll(extra);
        return new Scenario(newId, path, userMode, pageUnderIo, env, newDescription, access, readFails, beyondEof, shared, all);
    }

    /** A read fault on a private mapping whose page reads fine. */
    public Scenario(String id, CorePath path, boolean userMode, boolean pageUnderIo, List<Env> env, String description) {
        this(id, path, userMode, pageUnderIo, env, description, FaultAccess.Kind.READ, false, false, false);
    }

    private static final Src RETURN_TO_USER = Src.v57("arch/x86/entry/common.c", "exit_to_usermode_loop");
    private static final Src PAGE_ENDIO = Src.v57("mm/filemap.c", "page_endio");
    private static final Src UNLOCK_PAGE = Src.v57("mm/filemap.c", "unlock_page");
    private static final Src FENCE = Src.v57("drivers/dma-buf/dma-fence.c", "dma_fence_signal");
    private static final Src MPROTECT = Src.v57("mm/mprotect.c", "do_mprotect_pkey");
    private static final Src MPROTECT_FIXUP = Src.v57("mm/mprotect.c", "mprotect_fixup");
    private static final Src VM_MUNMAP = Src.v57("mm/mmap.c", "__vm_munmap");
    private static final Src DO_MUNMAP = Src.v57("mm/mmap.c", "__do_munmap");
    private static final Src KILL = Src.v57("kernel/signal.c", "send_sig");
    private static final Src MCOPY_ATOMIC = Src.v57("mm/userfaultfd.c", "__mcopy_atomic");
    private static final Src MCOPY_ATOMIC_PTE = Src.v57("mm/userfaultfd.c", "mcopy_atomic_pte");
    private static final Src LOCK_PAGE = Src.v57("include/linux/pagemap.h", "lock_page");
    private static final Src MWRITEPROTECT = Src.v57("mm/userfaultfd.c", "mwriteprotect_range");
    private static final Src CHANGE_PTE_RANGE = Src.v57("mm/mprotect.c", "change_pte_range");
    private static final Src UFFD_WRITEPROTECT = Src.v57("fs/userfaultfd.c", "userfaultfd_writeprotect");

    /** Builds the kernel and the threads of this scenario on {@code rt}. */
    public Built build(Runtime rt, FaultHandler handler, Variant variant, KernelOps ops) {
        Kernel k = new Kernel(rt, variant, path, new FaultAccess(FaultAccess.DEFAULT_ADDRESS, access, userMode),
                new Kernel.Setup(pageUnderIo, readFails, beyondEof, shared, false, perVmaLock(handler, variant)), ops);
        List<ModelThread> threads = new ArrayList<>();
        threads.add(new ModelThread("fault", () -> faultThread(k, handler)));
        for (Env e : env) threads.add(new ModelThread(e.thread, () -> envThread(k, e)));
        for (EnvThread t : this.threads) threads.add(new ModelThread(t.name(), () -> t.body().accept(k)));
        return new Built(k, threads);
    }

    /**
     * CONFIG_PER_VMA_LOCK: the arch selects ARCH_SUPPORTS_PER_VMA_LOCK in this release (it has the per-VMA lock
     * attempt, spec/releases.md §8.1). The core's own handlers (GUP, fixup_user_fault) run on no particular arch: without.
     */
    static boolean perVmaLock(FaultHandler handler, Variant variant) {
        return handler instanceof retrycheck.kernel.arch.Arch a
                && a.choices(variant).vmaLock() != retrycheck.kernel.arch.RetryChoices.VmaLock.NONE;
    }

    /** The kernel and threads of one built scenario. */
    public record Built(Kernel kernel, List<ModelThread> threads) {}

    /**
     * The faulting access: the handler runs; a user-mode return delivers pending signals; unless the access is
     * finished or the page is now mapped, the faulting instruction runs again and faults again.
     */
    static void faultThread(Kernel k, FaultHandler handler) {
        // a label for the notes around the handler (its lines are cited in its own code), not a citation
        Src entry = handler instanceof retrycheck.kernel.arch.Arch a ? Src.label(a.file(), a.function())
                : Src.label(handler.file(), handler.name());
        for (;;) {
            k.rt.note(Event.Note.FAULT_BEGIN, entry, k.task.userMode ? "user" : "kernel", 0, 0);
            FaultOutcome o = handler.handle(k);
            k.rt.note(Event.Note.FAULT_END, entry, o.how(), 0, o.fault());
            if (o.finished()) return;                                     // no_context fixup, or an in-kernel caller
            if (k.task.userMode && k.task.signals.deliverOnReturnToUser(RETURN_TO_USER.at(161, "do_signal(regs);")))
                return;                                                   // SIGKILL: do_exit()
            if (k.pte.get("pte_present", Src.NONE)                       // the faulting instruction runs again (not kernel C)
                    && (!k.access.isWrite() || k.pteWrite(Src.NONE)))     //   (a write needs a writable pte)
                return;                                                   //   and succeeds
        }
    }

    /** v6.4 mm/mprotect.c:702 {@code vm_flags_reset(vma, newflags);} / mm/mmap.c:2481 {@code vma_start_write(next);}. */
    private static void vmaStartWrite(Kernel k) {
        ((retrycheck.kernel.Mm64) k.mmH()).vmaStartWrite(k.vma());      // vma_start_write(vma);
    }

    /** v6.4 include/linux/mmap_lock.h:128 mmap_write_unlock(): {@code vma_end_write_all(mm);} before its up_write. */
    private static void vmaEndWriteAll(Kernel k) {
        ((retrycheck.kernel.Mm64) k.mmH()).vmaEndWriteAll();            // vma_end_write_all(mm);
    }

    static void envThread(Kernel k, Env e) {
        switch (e) {
            case IO_COMPLETION -> {                                       // page_endio(page, false, 0):
                k.page.uptodate.set("SetPageUptodate", PAGE_ENDIO.at(1333, "SetPageUptodate(page);"));
                k.page.lock.unlock("unlock_page", PAGE_ENDIO.at(1338, "unlock_page(page);"));
            }
            case IO_ERROR ->                                              // page_endio(page, false, err): ClearPageUptodate(page); SetPageError(page);
                k.page.lock.unlock("unlock_page", PAGE_ENDIO.at(1338, "unlock_page(page);"));
            case FENCE_SIGNAL -> k.boMovingSignaled.set("dma_fence_signal", FENCE.at(178, "ret = dma_fence_signal_locked(fence);"));
            // v6.4 on, with the per-VMA lock (k.perVmaLock): a writer that changes the vma write-locks it first
            // (vma_start_write(), which waits for the vma's readers) and mmap_write_unlock() ends every vma write lock
            // of its period (vma_end_write_all()), so lock_vma_under_rcu() fails meanwhile and the fault falls back.
            case MMAP_WRITER -> {                                         // (a change to the faulting vma that keeps its access)
                k.mm.mmapSem.downWrite(MPROTECT.at(541, "if (down_write_killable(&current->mm->mmap_sem))"));
                if (k.perVmaLock) vmaStartWrite(k);                       // 6.4: mprotect_fixup(): vm_flags_reset(vma, newflags); -> vma_start_write(vma);
                if (k.perVmaLock) vmaEndWriteAll(k);                      // 6.4: mmap_write_unlock(mm): vma_end_write_all(mm);
                k.mm.mmapSem.upWrite(MPROTECT.at(631, "up_write(&current->mm->mmap_sem);"));
            }
            case MUNMAP -> {
                k.mm.mmapSem.downWrite(VM_MUNMAP.at(2865, "if (down_write_killable(&mm->mmap_sem))"));
                if (k.perVmaLock) vmaStartWrite(k);                       // 6.4: do_vmi_align_munmap(): vma_start_write(next);
                k.vma().unlink(DO_MUNMAP.at(2839, "if (!detach_vmas_to_be_unmapped(mm, vma, prev, end))")); // 6.4: vma_mark_detached(next, true);
                if (k.perVmaLock) vmaEndWriteAll(k);                      // 6.4: mmap_write_downgrade(mm) / mmap_write_unlock(mm): vma_end_write_all(mm);
                k.mm.mmapSem.upWrite(VM_MUNMAP.at(2878, "up_write(&mm->mmap_sem);"));
            }
            case MPROTECT -> {                                            // mprotect(addr, len, PROT_NONE)
                k.mm.mmapSem.downWrite(MPROTECT.at(541, "if (down_write_killable(&current->mm->mmap_sem))"));
                if (k.perVmaLock) vmaStartWrite(k);                       // 6.4: vm_flags_reset(vma, newflags); -> vma_start_write(vma);
                k.vma().setVmFlags(VmFlags.VM_MAYREAD | VmFlags.VM_MAYWRITE | VmFlags.VM_MAYEXEC
                        | (k.vma().vmFlagsNow() & (VmFlags.VM_SHARED | VmFlags.VM_MAYSHARE | VmFlags.VM_UFFD_MISSING)),
                        MPROTECT_FIXUP.at(483, "vma->vm_flags = newflags;"));
                if (k.perVmaLock) vmaEndWriteAll(k);                      // 6.4: mmap_write_unlock(mm): vma_end_write_all(mm);
                k.mm.mmapSem.upWrite(MPROTECT.at(631, "up_write(&current->mm->mmap_sem);"));
            }
            case FATAL_SIGNAL -> k.task.signals.send(true, KILL.at(1615, "return send_sig_info(sig, __si_special(priv), p);"));
            case NONFATAL_SIGNAL -> k.task.signals.send(false, KILL.at(1615, "return send_sig_info(sig, __si_special(priv), p);"));
            case UFFD_RESOLVER -> {
                k.mm.mmapSem.downRead(MCOPY_ATOMIC.at(491, "down_read(&dst_mm->mmap_sem);")); // mcopy_atomic: down_read(&dst_mm->mmap_sem)
                k.pte.set("UFFDIO_COPY", MCOPY_ATOMIC_PTE.at(130, "set_pte_at(dst_mm, dst_addr, dst_pte, _dst_pte);")); // install the page, set the pte
                k.mm.mmapSem.upRead(MCOPY_ATOMIC.at(618, "up_read(&dst_mm->mmap_sem);")); // up_read(&dst_mm->mmap_sem)
                // wake_userfault(): the faulting thread's wait ends when the pte is set (Flag wait)
            }
            case UFFD_WP_RESOLVER -> {                                    // ioctl(uffd, UFFDIO_WRITEPROTECT, { range, .mode = 0 }):
                k.mm.mmapSem.downRead(MWRITEPROTECT.at(658, "down_read(&dst_mm->mmap_sem);")); // mwriteprotect_range(..., enable_wp = false)
                // change_protection(dst_vma, start, start + len, newprot, MM_CP_UFFD_WP_RESOLVE) -> change_pte_range():
                // a present pte loses its uffd-wp bit (the write bit is left to the fault), a swap entry its
                // swp uffd-wp bit (mm/mprotect.c:172-173 pte_swp_clear_uffd_wp)
                k.pteUffdWp.clear("pte_clear_uffd_wp", CHANGE_PTE_RANGE.at(131, "ptent = pte_clear_uffd_wp(ptent);"));
                k.mm.mmapSem.upRead(MWRITEPROTECT.at(692, "up_read(&dst_mm->mmap_sem);"));
                k.uwqWaken.set("wake_userfault", UFFD_WRITEPROTECT.at(1860, "wake_userfault(ctx, &range);")); // if (!mode_wp && !mode_dontwake) wake_userfault(ctx, &range);
            }
            case PAGE_LOCKER -> {
                k.page.lock.lock("lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0, LOCK_PAGE.at(481, "__lock_page(page);"));
                k.page.lock.unlock("unlock_page", UNLOCK_PAGE.at(1294, "if (clear_bit_unlock_is_negative_byte(PG_locked, &page->flags))"));
                k.page.lock.lock("lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0, LOCK_PAGE.at(481, "__lock_page(page);"));
            }
        }
    }
}
