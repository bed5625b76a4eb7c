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

/** arch/m68k/mm/fault.c do_page_fault(). */
public final class M68k extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/m68k/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/m68k/mm/fault.c", "do_page_fault");

    /** m68k: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "m68k"; }
    @Override public String file() { return "arch/m68k/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return 0;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/m68k/mm/fault.c:88-180", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return 0;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/m68k/mm/fault.c:88-177", PATH);
    }

    @Override public String quirks() {
        return "the signal check is ret-only (return 0), so a kernel-mode uaccess re-executes"
                + "; VM_IO vmas are acc_err (no VM_IO in the scenarios); user-mode stack growth needs address + 256 >= rdusp() (not modelled: no usp); read/exec not distinguished; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(89, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(128, "if (!(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(121, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(128, "if (!(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE)))"))
                .signalCheck(DO_PAGE_FAULT_56.at(141, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(167, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(180, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(217, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(188, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(217, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(151, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(161, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(163, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(89, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(121, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_57.at(141, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(165, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(177, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(214, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(185, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(214, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(151, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(161, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(163, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/m68k/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/m68k/mm/fault.c", "do_page_fault");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS)).withLines("v6.4.6 arch/m68k/mm/fault.c:90-174");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lock(DO_PAGE_FAULT_64.at(91, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_64.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_64.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_64.at(129, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_64.at(122, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_64.at(129, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_64.at(142, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(163, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(174, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(213, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(182, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(213, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(159, "BUG();"))
                .expandStack(DO_PAGE_FAULT_64.at(108, "vma = expand_stack(mm, address);"))
                .completed(DO_PAGE_FAULT_64.at(149, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(89, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/m68k/mm/fault.c:90-174");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lock(DO_PAGE_FAULT_65.at(91, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_65.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_65.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_65.at(129, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_65.at(122, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_65.at(129, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_65.at(142, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(163, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(174, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(213, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(182, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(213, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(159, "BUG();"))
                .expandStack(DO_PAGE_FAULT_65.at(108, "vma = expand_stack(mm, address);"))
                .completed(DO_PAGE_FAULT_65.at(149, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(89, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/m68k/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/m68k/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/m68k/mm/fault.c:89-207");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(91, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(98, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(100, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_59.at(130, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_59.at(123, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_59.at(130, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_59.at(143, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(158, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(170, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(178, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(207, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(153, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(89, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/m68k/mm/fault.c:89-207");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(91, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(98, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(100, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_512.at(130, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_512.at(123, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_512.at(130, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_512.at(143, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(158, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(170, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(178, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(207, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(153, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(89, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/m68k/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/m68k/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/m68k/mm/fault.c:145-146, 158): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return 0;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/m68k/mm/fault.c:91-207");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(91, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_60.at(121, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_60.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_60.at(141, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(145, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(159, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(170, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(178, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(207, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(155, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(89, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/m68k/mm/fault.c:141): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return 0; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/m68k/mm/fault.c:91-210");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(91, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_63.at(121, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_63.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_63.at(141, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(148, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(162, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(173, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(210, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(181, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(210, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(158, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(89, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/m68k/mm/fault.c:93-215"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lock(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(93, "mmap_read_lock(mm);"))
                .vmStart(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(98, "if (vma->vm_start <= address)"))
                .growsDown(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(100, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(131, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(124, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(131, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(144, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(165, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(176, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(215, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(184, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(215, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(161, "BUG();"))
                .expandStack(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(110, "vma = expand_stack(mm, address);"))
                .completed(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(151, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(91, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
