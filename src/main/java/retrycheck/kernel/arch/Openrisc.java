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

/** arch/openrisc/mm/fault.c do_page_fault(). */
public final class Openrisc extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/openrisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/openrisc/mm/fault.c", "do_page_fault");

    /** openrisc: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "openrisc"; }
    @Override public String file() { return "arch/openrisc/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/openrisc/mm/fault.c:106-196", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/openrisc/mm/fault.c:106-195", PATH);
    }

    @Override public String quirks() {
        return "the signal check is ret-only, so a kernel-mode uaccess re-executes"
                + "; user-mode stack growth needs address + 128 >= usp (not modelled); the exec check reads vm_page_prot (not modelled); HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(107, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(113, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(116, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(148, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(143, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(148, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_56.at(164, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(184, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(196, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(205, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(264, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(271, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(174, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(180, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(182, "tsk->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(107, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(113, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(116, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(148, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(143, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(148, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_57.at(164, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(184, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(195, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(204, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(263, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(270, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(174, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(180, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(182, "tsk->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/openrisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/openrisc/mm/fault.c", "do_page_fault");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS)).withLines("v6.4.6 arch/openrisc/mm/fault.c:107-198");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lock(DO_PAGE_FAULT_64.at(108, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_64.at(114, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_64.at(117, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_64.at(150, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_64.at(145, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_64.at(150, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_64.at(166, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(188, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(198, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(259, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(266, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(183, "BUG();"))
                .expandStack(DO_PAGE_FAULT_64.at(130, "vma = expand_stack(mm, address);"))
                .completed(DO_PAGE_FAULT_64.at(173, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(105, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/openrisc/mm/fault.c:107-198");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lock(DO_PAGE_FAULT_65.at(108, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_65.at(114, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_65.at(117, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_65.at(150, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_65.at(145, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_65.at(150, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_65.at(166, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(188, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(198, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(259, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(266, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(183, "BUG();"))
                .expandStack(DO_PAGE_FAULT_65.at(130, "vma = expand_stack(mm, address);"))
                .completed(DO_PAGE_FAULT_65.at(173, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(105, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/openrisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/openrisc/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/openrisc/mm/fault.c:107-269");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(110, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(116, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(119, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_59.at(151, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_59.at(146, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_59.at(151, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_59.at(167, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(183, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(194, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(203, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(262, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(269, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(177, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(107, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/openrisc/mm/fault.c:107-269");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(110, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(116, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(119, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_512.at(151, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_512.at(146, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_512.at(151, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_512.at(167, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(183, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(194, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(203, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(262, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(269, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(177, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(107, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/openrisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/openrisc/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/openrisc/mm/fault.c:169-170, 183): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/openrisc/mm/fault.c:108-262");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(108, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(114, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(117, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(149, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_60.at(144, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_60.at(149, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_60.at(165, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(169, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(184, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(194, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(203, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(255, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(262, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(179, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(105, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/openrisc/mm/fault.c:165): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/openrisc/mm/fault.c:108-265");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(108, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(114, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(117, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(149, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_63.at(144, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_63.at(149, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_63.at(165, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(172, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(187, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(197, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(206, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(258, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(265, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(182, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(105, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/openrisc/mm/fault.c:110-268"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lock(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(110, "mmap_read_lock(mm);"))
                .vmStart(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(116, "if (vma->vm_start <= address)"))
                .growsDown(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(119, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(152, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(147, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(152, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(168, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(190, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(200, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(209, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(261, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(268, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(185, "BUG();"))
                .expandStack(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(132, "vma = expand_stack(mm, address);"))
                .completed(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(175, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/openrisc/mm/fault.c", "do_page_fault").at(107, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
