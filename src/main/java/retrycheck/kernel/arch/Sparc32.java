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

/** arch/sparc/mm/fault_32.c do_sparc_fault(). */
public final class Sparc32 extends Arch {
    private static final Src DO_SPARC_FAULT_56 = Src.v56("arch/sparc/mm/fault_32.c", "do_sparc_fault");
    private static final Src DO_SPARC_FAULT_57 = Src.v57("arch/sparc/mm/fault_32.c", "do_sparc_fault");

    /** sparc32: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.AT_GOOD_AREA, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    @Override public String name() { return "sparc32"; }
    @Override public String file() { return "arch/sparc/mm/fault_32.c"; }
    @Override public String function() { return "do_sparc_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/sparc/mm/fault_32.c:198-276", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/sparc/mm/fault_32.c:198-275", PATH);
    }

    @Override public String quirks() {
        return "the signal check is ret-only; force_user_fault() (line 414) calls handle_mm_fault() without ALLOW_RETRY and is not modelled"
                + "; USER and WRITE are added after the access check; a kernel-mode fault above PAGE_OFFSET is a bad area (not in the scenarios); HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_SPARC_FAULT_56.at(199, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_SPARC_FAULT_56.at(207, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC_FAULT_56.at(209, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC_FAULT_56.at(224, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_56.at(220, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_56.at(224, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_56.at(240, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_SPARC_FAULT_56.at(264, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_SPARC_FAULT_56.at(276, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_SPARC_FAULT_56.at(284, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_SPARC_FAULT_56.at(333, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_SPARC_FAULT_56.at(341, "up_read(&mm->mmap_sem);"))
                .bug(DO_SPARC_FAULT_56.at(250, "BUG();"))
                .majFlt(DO_SPARC_FAULT_56.at(255, "current->maj_flt++;"))
                .minFlt(DO_SPARC_FAULT_56.at(259, "current->min_flt++;"))
                .perf(DO_SPARC_FAULT_56.at(196, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_SPARC_FAULT_56.at(256, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_SPARC_FAULT_56.at(260, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_SPARC_FAULT_57.at(199, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_SPARC_FAULT_57.at(207, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC_FAULT_57.at(209, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC_FAULT_57.at(224, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_57.at(220, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_57.at(224, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_57.at(240, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC_FAULT_57.at(264, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_57.at(275, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_SPARC_FAULT_57.at(283, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_SPARC_FAULT_57.at(332, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_SPARC_FAULT_57.at(340, "up_read(&mm->mmap_sem);"))
                .bug(DO_SPARC_FAULT_57.at(250, "BUG();"))
                .majFlt(DO_SPARC_FAULT_57.at(255, "current->maj_flt++;"))
                .minFlt(DO_SPARC_FAULT_57.at(259, "current->min_flt++;"))
                .perf(DO_SPARC_FAULT_57.at(196, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_SPARC_FAULT_57.at(256, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_SPARC_FAULT_57.at(260, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_SPARC_FAULT_64 = Src.v64("arch/sparc/mm/fault_32.c", "do_sparc_fault");
    private static final Src DO_SPARC_FAULT_65 = Src.v65("arch/sparc/mm/fault_32.c", "do_sparc_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/sparc/mm/fault_32.c:151-212");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_SPARC_FAULT_64.at(152, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_SPARC_FAULT_64.at(165, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_64.at(161, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_64.at(165, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_64.at(181, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC_FAULT_64.at(202, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_64.at(212, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC_FAULT_64.at(220, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC_FAULT_64.at(253, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC_FAULT_64.at(261, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC_FAULT_64.at(198, "BUG();"))
                .perf(DO_SPARC_FAULT_64.at(149, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_SPARC_FAULT_64.at(188, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/sparc/mm/fault_32.c:151-212");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_SPARC_FAULT_65.at(152, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_SPARC_FAULT_65.at(165, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_65.at(161, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_65.at(165, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_65.at(181, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC_FAULT_65.at(202, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_65.at(212, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC_FAULT_65.at(220, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC_FAULT_65.at(253, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC_FAULT_65.at(261, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC_FAULT_65.at(198, "BUG();"))
                .perf(DO_SPARC_FAULT_65.at(149, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_SPARC_FAULT_65.at(188, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_SPARC_FAULT_59 = Src.v59("arch/sparc/mm/fault_32.c", "do_sparc_fault");
    private static final Src DO_SPARC_FAULT_512 = Src.v512("arch/sparc/mm/fault_32.c", "do_sparc_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/sparc/mm/fault_32.c:195-330");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_SPARC_FAULT_59.at(198, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC_FAULT_59.at(206, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC_FAULT_59.at(208, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC_FAULT_59.at(223, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_59.at(219, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_59.at(223, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_59.at(239, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC_FAULT_59.at(254, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_59.at(265, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC_FAULT_59.at(273, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC_FAULT_59.at(322, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC_FAULT_59.at(330, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC_FAULT_59.at(249, "BUG();"))
                .perf(DO_SPARC_FAULT_59.at(195, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: only the exception-table fixup of no_context changed; the loop is v5.9's. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/sparc/mm/fault_32.c:146-266");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_SPARC_FAULT_512.at(149, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC_FAULT_512.at(157, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC_FAULT_512.at(159, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC_FAULT_512.at(174, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_512.at(170, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_512.at(174, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_512.at(190, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC_FAULT_512.at(205, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_512.at(216, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC_FAULT_512.at(224, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC_FAULT_512.at(258, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC_FAULT_512.at(266, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC_FAULT_512.at(200, "BUG();"))
                .perf(DO_SPARC_FAULT_512.at(146, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_SPARC_FAULT_60 = Src.v60("arch/sparc/mm/fault_32.c", "do_sparc_fault");
    private static final Src DO_SPARC_FAULT_63 = Src.v63("arch/sparc/mm/fault_32.c", "do_sparc_fault");

    /**
     * v6.0.1 (arch/sparc/mm/fault_32.c:194-195, 207): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/sparc/mm/fault_32.c:146-267");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_SPARC_FAULT_60.at(149, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC_FAULT_60.at(157, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC_FAULT_60.at(159, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC_FAULT_60.at(174, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_60.at(170, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_60.at(174, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_60.at(190, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_SPARC_FAULT_60.at(194, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_SPARC_FAULT_60.at(208, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_60.at(218, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC_FAULT_60.at(226, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC_FAULT_60.at(259, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC_FAULT_60.at(267, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC_FAULT_60.at(204, "BUG();"))
                .perf(DO_SPARC_FAULT_60.at(146, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/sparc/mm/fault_32.c:190): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!from_user) goto no_context; return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/sparc/mm/fault_32.c:146-270");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_SPARC_FAULT_63.at(149, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC_FAULT_63.at(157, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC_FAULT_63.at(159, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC_FAULT_63.at(174, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC_FAULT_63.at(170, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC_FAULT_63.at(174, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(DO_SPARC_FAULT_63.at(190, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_SPARC_FAULT_63.at(197, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_SPARC_FAULT_63.at(211, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC_FAULT_63.at(221, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC_FAULT_63.at(229, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC_FAULT_63.at(262, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC_FAULT_63.at(270, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC_FAULT_63.at(207, "BUG();"))
                .perf(DO_SPARC_FAULT_63.at(146, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/sparc/mm/fault_32.c:149-261"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(152, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(165, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(161, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(165, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(181, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(202, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(212, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(220, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(253, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(261, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(198, "BUG();"))
                .perf(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(149, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(188, "if (fault & VM_FAULT_COMPLETED)"));
    }}
