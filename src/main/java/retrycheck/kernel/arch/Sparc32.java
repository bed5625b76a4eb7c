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
                .perf(Src.v68("arch/sparc/mm/fault_32.c", "do_sparc_fault").at(149, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
}
