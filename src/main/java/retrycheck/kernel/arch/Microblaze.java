package retrycheck.kernel.arch;

import retrycheck.kernel.VmFault;
import retrycheck.kernel.VmFlags;
import retrycheck.kernel.arch.RetryChoices.BadArea;
import retrycheck.kernel.arch.RetryChoices.ErrorCase;
import retrycheck.kernel.arch.RetryChoices.Errors;
import retrycheck.kernel.arch.RetryChoices.Exit;
import retrycheck.kernel.arch.RetryChoices.FlagsAt;
import retrycheck.kernel.arch.RetryChoices.Path;
import retrycheck.kernel.arch.RetryChoices.Perf;
import retrycheck.kernel.arch.RetryChoices.Stack;
import retrycheck.runtime.Src;

import java.util.List;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/microblaze/mm/fault.c do_page_fault(). */
public final class Microblaze extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/microblaze/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/microblaze/mm/fault.c", "do_page_fault");

    /** microblaze: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "microblaze"; }
    @Override public String file() { return "arch/microblaze/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/microblaze/mm/fault.c:140-252", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/microblaze/mm/fault.c:140-251", PATH);
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; the signal check is ret-only"
                + "; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86); a protection fault on a read is a bad area before the vm_flags test (the read of the model is a not-present one)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_56.at(140, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(DO_PAGE_FAULT_56.at(145, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(152, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(155, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_56.at(209, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_56.at(201, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_56.at(209, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_56.at(220, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(239, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(252, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(263, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(282, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(290, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(230, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(235, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(237, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_57.at(140, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(DO_PAGE_FAULT_57.at(145, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(152, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(155, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_57.at(209, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_57.at(201, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_57.at(209, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_57.at(220, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(239, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(251, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(262, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(281, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(289, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(230, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(235, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(237, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/microblaze/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/microblaze/mm/fault.c", "do_page_fault");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS)).withLines("v6.4.6 arch/microblaze/mm/fault.c:146-255");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_64.at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_64.at(147, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_64.at(154, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_64.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_64.at(212, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_64.at(204, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_64.at(212, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_64.at(223, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(244, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(255, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(266, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(285, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(293, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(240, "BUG();"))
                .expandStack(DO_PAGE_FAULT_64.at(195, "vma = expand_stack(mm, address);"))
                .completed(DO_PAGE_FAULT_64.at(230, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/microblaze/mm/fault.c:146-255");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_65.at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_65.at(147, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_65.at(154, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_65.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_65.at(212, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_65.at(204, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_65.at(212, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_65.at(223, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(244, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(255, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(266, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(285, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(293, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(240, "BUG();"))
                .expandStack(DO_PAGE_FAULT_65.at(195, "vma = expand_stack(mm, address);"))
                .completed(DO_PAGE_FAULT_65.at(230, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/microblaze/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/microblaze/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/microblaze/mm/fault.c:125-287");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_59.at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_59.at(147, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(154, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_59.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_59.at(203, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_59.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_59.at(222, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(237, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(249, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(260, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(287, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(232, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/microblaze/mm/fault.c:125-287");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_512.at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_512.at(147, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(154, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_512.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_512.at(203, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_512.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_512.at(222, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(237, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(249, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(260, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(287, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(232, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/microblaze/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/microblaze/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/microblaze/mm/fault.c:226-227, 239): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/microblaze/mm/fault.c:142-289");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_60.at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_60.at(147, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(154, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_60.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_60.at(203, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_60.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_60.at(222, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(226, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(240, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(251, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(262, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(281, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(289, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(236, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/microblaze/mm/fault.c:222): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) bad_page_fault(regs, address, SIGBUS); return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/microblaze/mm/fault.c:142-292");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_63.at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_63.at(147, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(154, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_63.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(DO_PAGE_FAULT_63.at(203, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_63.at(211, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(DO_PAGE_FAULT_63.at(222, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(229, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(243, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(254, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(265, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(284, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(292, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(239, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/microblaze/mm/fault.c:142-293"); }

    @Override protected Cites cites68() {
        return new Cites()
                .trylock(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(142, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(147, "mmap_read_lock(mm);"))
                .vmStart(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(154, "if (vma->vm_start <= address)"))
                .growsDown(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(212, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .accessWrite(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(204, "if (unlikely(!(vma->vm_flags & VM_WRITE)))"))
                .accessExec(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(212, "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC))))"))
                .signalCheck(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(223, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(244, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(255, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(266, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(285, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(293, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(240, "BUG();"))
                .expandStack(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(195, "vma = expand_stack(mm, address);"))
                .completed(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(230, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/microblaze/mm/fault.c", "do_page_fault").at(125, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
