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
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/alpha/mm/fault.c do_page_fault(). */
public final class Alpha extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/alpha/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/alpha/mm/fault.c", "do_page_fault");

    /** alpha: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "alpha"; }
    @Override public String file() { return "arch/alpha/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * maj/min_flt++; if (fault & VM_FAULT_RETRY) { flags &= ~FAULT_FLAG_ALLOW_RETRY; goto retry; } }} (no TRIED).
     */
    @Override protected RetryChoices v56() {
        // v5.6.4 line 172 clears ALLOW_RETRY and does not set TRIED (as kernel-facts.md says)
        return new RetryChoices(OUTER, false, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/alpha/mm/fault.c:119-183", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code if (fault & VM_FAULT_RETRY) {
     * flags |= FAULT_FLAG_TRIED; goto retry; }} inside {@code if (flags & FAULT_FLAG_ALLOW_RETRY)}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/alpha/mm/fault.c:119-183", PATH);
    }

    @Override public String quirks() {
        return "v5.6 ran the second attempt with neither ALLOW_RETRY nor TRIED; the signal check is ret-only, so a kernel-mode uaccess re-executes"
                + "; a VM_FAULT_HWPOISON result matches none of OOM/SIGSEGV/SIGBUS and reaches BUG() with mmap_sem held (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(120, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(124, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(126, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_56.at(136, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_56.at(153, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(172, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(183, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(190, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(214, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(221, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(163, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(168, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(170, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(120, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(124, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(126, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_57.at(136, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_57.at(153, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(172, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(183, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(190, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(214, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(221, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(163, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(168, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(170, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/alpha/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/alpha/mm/fault.c", "do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/alpha/mm/fault.c:121-178");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(122, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_64.at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_64.at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_64.at(130, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_64.at(147, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(168, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(178, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(185, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(210, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(217, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(164, "BUG();"))
                .completed(DO_PAGE_FAULT_64.at(154, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_64.at(154, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/alpha/mm/fault.c:121-178");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(122, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_65.at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_65.at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_65.at(130, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_65.at(147, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(168, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(178, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(185, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(210, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(217, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(164, "BUG();"))
                .completed(DO_PAGE_FAULT_65.at(154, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_65.at(154, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/alpha/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/alpha/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/alpha/mm/fault.c:120-219");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(122, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(126, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(128, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_59.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_59.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_59.at(138, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_59.at(155, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(170, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(181, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(188, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(212, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(219, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(165, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/alpha/mm/fault.c:120-219");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(122, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(126, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(128, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_512.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_512.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_512.at(138, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_512.at(155, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(170, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(181, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(188, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(212, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(219, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(165, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/alpha/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/alpha/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/alpha/mm/fault.c:159-160, 172): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/alpha/mm/fault.c:122-221");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(122, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(126, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(128, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_60.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_60.at(138, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_60.at(155, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(159, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(173, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(183, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(190, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(214, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(221, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(169, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perf(DO_PAGE_FAULT_60.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/alpha/mm/fault.c:155): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/alpha/mm/fault.c:122-224");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(122, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(126, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(128, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_63.at(142, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_63.at(138, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_63.at(155, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(162, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(176, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(186, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(193, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(217, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(224, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(172, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perf(DO_PAGE_FAULT_63.at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/alpha/mm/fault.c:122-217"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(122, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(130, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(147, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(168, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(178, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(185, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(210, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(217, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(164, "BUG();"))
                .completed(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(154, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(120, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
