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

/** arch/nios2/mm/fault.c do_page_fault(). */
public final class Nios2 extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/nios2/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/nios2/mm/fault.c", "do_page_fault");

    /** nios2: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.ASSIGNED_AT_GOOD_AREA, false,
            0, VmFlags.VM_WRITE, 0,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "nios2"; }
    @Override public String file() { return "arch/nios2/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/nios2/mm/fault.c:86-175", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/nios2/mm/fault.c:86-172", PATH);
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; the signal check is ret-only"
                + "; a write is EXC_W_PROTECTION_FAULT, where the C assigns flags = FAULT_FLAG_WRITE: ALLOW_RETRY, KILLABLE (and USER) are dropped, so a write fault is never retried and waits unkillably; a TLB miss (read or fetch of a not-present page) has no access check; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_56.at(86, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_56.at(90, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_56.at(123, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_56.at(136, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(162, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(175, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(183, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(221, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(228, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(146, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(156, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(158, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_57.at(86, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_57.at(90, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_57.at(123, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_57.at(136, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(160, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(172, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(180, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(218, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(225, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(146, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(156, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(158, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/nios2/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/nios2/mm/fault.c", "do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/nios2/mm/fault.c:89-158");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(90, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessWrite(DO_PAGE_FAULT_64.at(113, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_64.at(126, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(147, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(158, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(166, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(204, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(211, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(143, "BUG();"))
                .completed(DO_PAGE_FAULT_64.at(133, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/nios2/mm/fault.c:89-158");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(90, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessWrite(DO_PAGE_FAULT_65.at(113, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_65.at(126, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(147, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(158, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(166, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(204, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(211, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(143, "BUG();"))
                .completed(DO_PAGE_FAULT_65.at(133, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/nios2/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/nios2/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/nios2/mm/fault.c:87-219");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_59.at(89, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_59.at(93, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(99, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(101, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_59.at(126, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_59.at(139, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(154, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(166, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(174, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(212, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(219, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(149, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/nios2/mm/fault.c:87-219");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_512.at(89, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_512.at(93, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(99, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(101, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_512.at(126, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_512.at(139, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(154, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(166, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(174, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(212, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(219, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(149, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/nios2/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/nios2/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/nios2/mm/fault.c:143-144, 156): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/nios2/mm/fault.c:89-221");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_60.at(89, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_60.at(93, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(99, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(101, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_60.at(126, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_60.at(139, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(143, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(157, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(168, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(176, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(214, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(221, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(153, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/nios2/mm/fault.c:139): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/nios2/mm/fault.c:89-224");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_63.at(89, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_63.at(93, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(99, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(101, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_63.at(126, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_63.at(139, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(146, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(160, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(171, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(179, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(217, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(224, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(156, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/nios2/mm/fault.c:90-211"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(90, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessWrite(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(113, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(126, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(147, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(158, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(166, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(204, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(211, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(143, "BUG();"))
                .completed(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(133, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(87, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
