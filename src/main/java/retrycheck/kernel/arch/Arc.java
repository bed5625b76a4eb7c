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

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP_LAST;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/arc/mm/fault.c do_page_fault(). */
public final class Arc extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/arc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/arc/mm/fault.c", "do_page_fault");

    /** arc: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_READ,
            Stack.GROWSDOWN, BadArea.EXIT_LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, true, false, Perf.AFTER_UNLOCK);

    @Override public String name() { return "arc"; }
    @Override public String file() { return "arch/arc/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (fatal_signal_pending(current)) { if (!user_mode(regs))
     * goto no_context; return; } if (flags & ALLOW_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     * The fatal check sits inside the RETRY branch before the flags change: semantically FATAL_ONLY.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                AFTER_LOOP_LAST, "v5.6.4 arch/arc/mm/fault.c:109-162", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}
     * then {@code if (unlikely((fault & VM_FAULT_RETRY) && (flags & FAULT_FLAG_ALLOW_RETRY))) { flags |= TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(COMBINED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, RETRY_LABEL,
                AFTER_LOOP_LAST, "v5.7.14 arch/arc/mm/fault.c:109-153", PATH);
    }

    @Override public String quirks() {
        return "maj/min_flt counted once after bad_area: up_read() from the last attempt's VM_FAULT_MAJOR (not an accumulated major); a RETRY without ALLOW_RETRY would fall into bad_area: up_read() (double unlock, unreachable)"
                + "; a bad area is fault = VM_FAULT_SIGSEGV (its initial value) and goto bad_area: the common exit (up_read, perf PAGE_FAULTS, SIGSEGV); a not-present instruction fetch is checked against VM_READ (exec is set only for a protection violation)";
    }

    /** A bad area jumps to {@code bad_area:} with {@code fault = VM_FAULT_SIGSEGV;} still as initialised (line 74). */
    @Override protected int badAreaFault(int siCode) { return siCode == 0 ? 0 : VmFault.SIGSEGV; }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(110, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(115, "if (unlikely(address < vma->vm_start)) {"))
                .growsDown(DO_PAGE_FAULT_56.at(116, "if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address))"))
                .accessRead(DO_PAGE_FAULT_56.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_56.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_56.at(129, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_56.at(146, "if (fatal_signal_pending(current)) {"))
                .retryFlags(DO_PAGE_FAULT_56.at(155, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(162, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_56.at(162, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_56.at(172, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(176, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(168, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_56.at(173, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_56.at(177, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(110, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(115, "if (unlikely(address < vma->vm_start)) {"))
                .growsDown(DO_PAGE_FAULT_57.at(116, "if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address))"))
                .accessRead(DO_PAGE_FAULT_57.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_57.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_57.at(129, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_57.at(137, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_57.at(148, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(153, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_57.at(153, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_57.at(163, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(167, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(159, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_57.at(164, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_57.at(168, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/arc/mm/fault.c:115-157"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(117, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(130, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(130, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(130, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(138, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(152, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(157, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(157, "mmap_read_unlock(mm);"))
                .perf(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(115, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
}
