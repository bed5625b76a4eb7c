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

/** arch/mips/mm/fault.c __do_page_fault(). */
public final class Mips extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/mips/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/mips/mm/fault.c", "__do_page_fault");

    /** mips: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.PER_ATTEMPT);

    @Override public String name() { return "mips"; }
    @Override public String file() { return "arch/mips/mm/fault.c"; }
    @Override public String function() { return "__do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/mips/mm/fault.c:99-194", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/mips/mm/fault.c:99-193", PATH);
    }

    @Override public String quirks() {
        return "perf PAGE_FAULTS is counted before the error check; the signal check is ret-only"
                + "; perf PAGE_FAULTS counted per attempt, after the signal check and before the error check; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86); with cpu_has_rixi the read/exec checks differ (the model takes the !cpu_has_rixi branch: vma_is_accessible())";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(100, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(104, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(106, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(145, "if (!(vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(118, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(145, "if (!(vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))"))
                .signalCheck(DO_PAGE_FAULT_56.at(157, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(181, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(194, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(202, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(254, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(261, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(168, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(174, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(178, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(160, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_56.at(172, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_56.at(176, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(100, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(104, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(106, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(145, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(118, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(145, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_57.at(157, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(181, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(193, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(201, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(253, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(260, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(168, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(174, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(178, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(160, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_57.at(172, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_57.at(176, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/mips/mm/fault.c:101-251"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(103, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(140, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(113, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(140, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(152, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(173, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(184, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(192, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(244, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(251, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(169, "BUG();"))
                .perf(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(101, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
}
