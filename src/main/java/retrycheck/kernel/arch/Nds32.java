package retrycheck.kernel.arch;

import retrycheck.kernel.Variant;

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
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/nds32/mm/fault.c do_page_fault(). */
public final class Nds32 extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/nds32/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/nds32/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/nds32/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/nds32/mm/fault.c", "do_page_fault");

    /** nds32: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.NEVER, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, false, false, Perf.PER_ATTEMPT_NO_ERROR);

    /** arch/nds32 is in 5.12.9 and gone in 6.0.1 (spec/releases.md §1). */
    @Override public boolean existsIn(Variant v) { return !v.atLeast(Variant.V6_0); }

    @Override public String name() { return "nds32"; }
    @Override public String file() { return "arch/nds32/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) { if (!user_mode(regs)) goto no_context;
     * return; }} ... {@code if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/nds32/mm/fault.c:130-260", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }} ...
     * {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/nds32/mm/fault.c:130-259", PATH);
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; kernel-mode signal exit via no_context"
                + "; never sets FAULT_FLAG_USER; a write is the TLB_MISC WRT_PROT/PAGE_MODIFY case (flags |= WRITE; a write to a not-present pte is ENTRY_PTE_NOT_PRESENT, a read fault); every other VM_FAULT_ERROR (SIGSEGV, HWPOISON) goes to bad_area; perf PAGE_FAULTS per attempt that did not fail";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_56.at(130, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(DO_PAGE_FAULT_56.at(135, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(154, "if (vma->vm_start <= addr)"))
                .growsDown(DO_PAGE_FAULT_56.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_56.at(201, "if (!(vma->vm_flags & mask))"))
                .accessWrite(DO_PAGE_FAULT_56.at(201, "if (!(vma->vm_flags & mask))"))
                .accessExec(DO_PAGE_FAULT_56.at(201, "if (!(vma->vm_flags & mask))"))
                .signalCheck(DO_PAGE_FAULT_56.at(217, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) {"))
                .retryFlags(DO_PAGE_FAULT_56.at(249, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(260, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(268, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(328, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(335, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_56.at(240, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(244, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(237, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_56.at(241, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_PAGE_FAULT_56.at(245, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_57.at(130, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(DO_PAGE_FAULT_57.at(135, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(154, "if (vma->vm_start <= addr)"))
                .growsDown(DO_PAGE_FAULT_57.at(157, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_57.at(201, "if (!(vma->vm_flags & mask))"))
                .accessWrite(DO_PAGE_FAULT_57.at(201, "if (!(vma->vm_flags & mask))"))
                .accessExec(DO_PAGE_FAULT_57.at(201, "if (!(vma->vm_flags & mask))"))
                .signalCheck(DO_PAGE_FAULT_57.at(217, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_57.at(249, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(259, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(267, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(327, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(334, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_57.at(240, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(244, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(237, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_57.at(241, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_PAGE_FAULT_57.at(245, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was PER_ATTEMPT_NO_ERROR). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/nds32/mm/fault.c:124-320");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_59.at(131, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_59.at(136, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(155, "if (vma->vm_start <= addr)"))
                .growsDown(DO_PAGE_FAULT_59.at(158, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_59.at(202, "if (!(vma->vm_flags & mask))"))
                .accessWrite(DO_PAGE_FAULT_59.at(202, "if (!(vma->vm_flags & mask))"))
                .accessExec(DO_PAGE_FAULT_59.at(202, "if (!(vma->vm_flags & mask))"))
                .signalCheck(DO_PAGE_FAULT_59.at(218, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_59.at(235, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(245, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(253, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(313, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(320, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_59.at(124, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/nds32/mm/fault.c:124-320");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_512.at(131, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_PAGE_FAULT_512.at(136, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(155, "if (vma->vm_start <= addr)"))
                .growsDown(DO_PAGE_FAULT_512.at(158, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_512.at(202, "if (!(vma->vm_flags & mask))"))
                .accessWrite(DO_PAGE_FAULT_512.at(202, "if (!(vma->vm_flags & mask))"))
                .accessExec(DO_PAGE_FAULT_512.at(202, "if (!(vma->vm_flags & mask))"))
                .signalCheck(DO_PAGE_FAULT_512.at(218, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_512.at(235, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(245, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(253, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(313, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(320, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_512.at(124, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
}
