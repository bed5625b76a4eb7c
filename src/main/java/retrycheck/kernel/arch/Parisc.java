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

/** arch/parisc/mm/fault.c do_page_fault(). */
public final class Parisc extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/parisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/parisc/mm/fault.c", "do_page_fault");

    /** parisc: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSUP, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.DO_SIGBUS), new ErrorCase(VmFault.SIGBUS | VmFault.HWPOISON | VmFault.HWPOISON_LARGE, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "parisc"; }
    @Override public String file() { return "arch/parisc/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~FAULT_FLAG_ALLOW_RETRY; goto retry; } }} (no TRIED).
     */
    @Override protected RetryChoices v56() {
        // v5.6.4 line 331 clears ALLOW_RETRY and does not set TRIED (as kernel-facts.md says)
        return new RetryChoices(OUTER, false, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/parisc/mm/fault.c:284-342", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/parisc/mm/fault.c:284-340", PATH);
    }

    @Override public String quirks() {
        return "v5.6 ran the second attempt with neither ALLOW_RETRY nor TRIED; the signal check is ret-only"
                + "; find_vma_prev(); an address below the vma goes to check_expansion with prev_vma (NULL in the one-vma mm of the scenarios, so bad_area: VM_GROWSUP growth is not exercised); VM_FAULT_SIGSEGV, SIGBUS and HWPOISON all go to bad_area, which for a data fault on a valid vma sends SIGBUS (HWPOISON: BUS_MCEERR_AR)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(285, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(287, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_56.at(296, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_56.at(296, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_56.at(296, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_56.at(307, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(331, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(342, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(354, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(426, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(354, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(323, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(327, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(329, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(285, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(287, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_57.at(296, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_57.at(296, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_57.at(296, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_57.at(307, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(336, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(340, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(352, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(424, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(352, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(323, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(327, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(329, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/parisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/parisc/mm/fault.c", "do_page_fault");

    /** v6.4.6: the loop of the previous release, re-cited */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withLines("v6.4.6 arch/parisc/mm/fault.c:288-351");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lock(DO_PAGE_FAULT_64.at(289, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_64.at(291, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_64.at(304, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_64.at(304, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_64.at(304, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_64.at(315, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(348, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(351, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(358, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(432, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(358, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(340, "BUG();"))
                .completed(DO_PAGE_FAULT_64.at(324, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(287, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/parisc/mm/fault.c:288-351");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lock(DO_PAGE_FAULT_65.at(289, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_65.at(291, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_65.at(304, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_65.at(304, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_65.at(304, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_65.at(315, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(348, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(351, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(358, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(432, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(358, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(340, "BUG();"))
                .completed(DO_PAGE_FAULT_65.at(324, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(287, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/parisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/parisc/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/parisc/mm/fault.c:285-422");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(287, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(289, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_59.at(298, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_59.at(298, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_59.at(298, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_59.at(309, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(334, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(338, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(350, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(422, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(350, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(325, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(285, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/parisc/mm/fault.c:285-422");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(287, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(289, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_512.at(298, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_512.at(298, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_512.at(298, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_512.at(309, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(334, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(338, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(350, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(422, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(350, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(325, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(285, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/parisc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/parisc/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/parisc/mm/fault.c:315-316, 333): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/parisc/mm/fault.c:289-427");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(289, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(291, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_60.at(300, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_60.at(300, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_60.at(300, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_60.at(311, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(315, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(339, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(342, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(354, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(427, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(354, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(331, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(287, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/parisc/mm/fault.c:311): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) { msg = "Page fault: fault signal on kernel memory"; goto no_context; } ... }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/parisc/mm/fault.c:289-432");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(289, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(291, "if (!vma || address < vma->vm_start)"))
                .accessRead(DO_PAGE_FAULT_63.at(300, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(DO_PAGE_FAULT_63.at(300, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(DO_PAGE_FAULT_63.at(300, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(DO_PAGE_FAULT_63.at(311, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(320, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(344, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(347, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(359, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(432, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(359, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(336, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(287, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/parisc/mm/fault.c:294-437"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lock(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(294, "mmap_read_lock(mm);"))
                .vmStart(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(296, "if (!vma || address < vma->vm_start)"))
                .accessRead(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(309, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessWrite(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(309, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .accessExec(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(309, "if ((vma->vm_flags & acc_type) != acc_type)"))
                .signalCheck(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(320, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(353, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(356, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(363, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(437, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(363, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(345, "BUG();"))
                .completed(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(329, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(292, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
