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

/** arch/sparc/mm/fault_64.c do_sparc64_fault(). */
public final class Sparc64 extends Arch {
    private static final Src DO_SPARC64_FAULT_56 = Src.v56("arch/sparc/mm/fault_64.c", "do_sparc64_fault");
    private static final Src DO_SPARC64_FAULT_57 = Src.v57("arch/sparc/mm/fault_64.c", "do_sparc64_fault");

    /** sparc64: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    @Override public String name() { return "sparc64"; }
    @Override public String file() { return "arch/sparc/mm/fault_64.c"; }
    @Override public String function() { return "do_sparc64_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) goto exit_exception;} ...
     * {@code if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/sparc/mm/fault_64.c:322-463", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) goto exit_exception;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/sparc/mm/fault_64.c:322-462", PATH);
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch (kernel mode tested with TSTATE_PRIV); the signal exit goto exit_exception is a plain return"
                + "; WRITE is added after the access check; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_56.at(322, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_SPARC64_FAULT_56.at(330, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_SPARC64_FAULT_56.at(369, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_56.at(371, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_56.at(422, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_56.at(407, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_56.at(399, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_56.at(428, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_SPARC64_FAULT_56.at(452, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_SPARC64_FAULT_56.at(463, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_SPARC64_FAULT_56.at(494, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_SPARC64_FAULT_56.at(506, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_SPARC64_FAULT_56.at(519, "up_read(&mm->mmap_sem);"))
                .bug(DO_SPARC64_FAULT_56.at(438, "BUG();"))
                .majFlt(DO_SPARC64_FAULT_56.at(443, "current->maj_flt++;"))
                .minFlt(DO_SPARC64_FAULT_56.at(447, "current->min_flt++;"))
                .perf(DO_SPARC64_FAULT_56.at(320, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_SPARC64_FAULT_56.at(444, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_SPARC64_FAULT_56.at(448, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_57.at(322, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_SPARC64_FAULT_57.at(330, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_SPARC64_FAULT_57.at(369, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_57.at(371, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_57.at(422, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_57.at(407, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_57.at(399, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_57.at(428, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC64_FAULT_57.at(452, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_57.at(462, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_SPARC64_FAULT_57.at(493, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_SPARC64_FAULT_57.at(505, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_SPARC64_FAULT_57.at(518, "up_read(&mm->mmap_sem);"))
                .bug(DO_SPARC64_FAULT_57.at(438, "BUG();"))
                .majFlt(DO_SPARC64_FAULT_57.at(443, "current->maj_flt++;"))
                .minFlt(DO_SPARC64_FAULT_57.at(447, "current->min_flt++;"))
                .perf(DO_SPARC64_FAULT_57.at(320, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_SPARC64_FAULT_57.at(444, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_SPARC64_FAULT_57.at(448, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/sparc/mm/fault_64.c:322-521"); }

    @Override protected Cites cites68() {
        return new Cites()
                .trylock(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(324, "if (!mmap_read_trylock(mm)) {"))
                .lock(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(332, "mmap_read_lock(mm);"))
                .vmStart(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(371, "if (vma->vm_start <= address)"))
                .growsDown(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(373, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(425, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(410, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(402, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(431, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(454, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(463, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(494, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(508, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(521, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(450, "BUG();"))
                .perf(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(322, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .expandStack(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(389, "vma = expand_stack(mm, address);"));
    }
}
