package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;
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

/** arch/xtensa/mm/fault.c do_page_fault(). */
public final class Xtensa extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/xtensa/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/xtensa/mm/fault.c", "do_page_fault");

    /** xtensa: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.AFTER_UNLOCK);

    @Override public String name() { return "xtensa"; }
    @Override public String file() { return "arch/xtensa/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/xtensa/mm/fault.c:76-143", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/xtensa/mm/fault.c:76-142", PATH);
    }

    @Override public String quirks() {
        return "ret-only signal check; the perf MAJ/MIN event after the loop tests flags & VM_FAULT_MAJOR, a FAULT_FLAG bit (0x4 = ALLOW_RETRY), so it always counts MAJ in v5.7"
                + "; perf after the up_read tests if (flags & VM_FAULT_MAJOR), the FAULT_FLAG word: 0x4 is FAULT_FLAG_ALLOW_RETRY, so every fault counts PAGE_FAULTS_MAJ; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    /**
     * {@code perf_sw_event(PAGE_FAULTS); if (flags & VM_FAULT_MAJOR) perf_sw_event(PAGE_FAULTS_MAJ); else ...MIN;}
     * after the up_read: the test reads the FAULT_FLAG_* word, where 0x4 (VM_FAULT_MAJOR) is FAULT_FLAG_ALLOW_RETRY,
     * which a v5.7 retry never clears: every fault counts as major for perf (maj_flt/min_flt are right).
     */
    @Override protected void perfAfterUnlock(Kernel k, Cites l, int fault, int flags) {
        k.perfSwEvent(l.perf, "PAGE_FAULTS");                         // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);
        if ((flags & VmFault.MAJOR) != 0)                             // if (flags & VM_FAULT_MAJOR)
            k.perfSwEvent(l.perfMaj, "PAGE_FAULTS_MAJ");              //   perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);
        else
            k.perfSwEvent(l.perfMin, "PAGE_FAULTS_MIN");              //   perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);
    }

    /** maj_flt/min_flt inside the loop carry no perf event on xtensa (perf is counted after the up_read). */
    @Override protected void account(Kernel k, Cites l, int fault) {
        if ((fault & VmFault.MAJOR) != 0) k.task.accountMajFlt(l.majFlt); // if (fault & VM_FAULT_MAJOR) current->maj_flt++;
        else k.task.accountMinFlt(l.minFlt);                          // else current->min_flt++;
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(77, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(82, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(84, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(104, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(97, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(101, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_56.at(113, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(131, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(143, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(156, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(171, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(179, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(123, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(127, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(129, "current->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(144, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_56.at(146, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"))
                .perfMin(DO_PAGE_FAULT_56.at(148, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(77, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(82, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(84, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(104, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(97, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(101, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_57.at(113, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(131, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(142, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(155, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(170, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(178, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(123, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(127, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(129, "current->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(143, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_57.at(145, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"))
                .perfMin(DO_PAGE_FAULT_57.at(147, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/xtensa/mm/fault.c:131-221"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(134, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(152, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(145, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(149, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(161, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(182, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(192, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(199, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(213, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(221, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(178, "BUG();"))
                .perf(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(131, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
}
