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
                .bug(Src.v68("arch/parisc/mm/fault.c", "do_page_fault").at(345, "BUG();"));
    }
}
