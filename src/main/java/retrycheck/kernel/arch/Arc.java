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

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/arc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/arc/mm/fault.c", "do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        // .withPath(... Perf.BEFORE_LOCK) restates v5.9's perf_sw_event(PAGE_FAULTS) before the lock (6.4.6 line 114; the
        // MAJ/MIN events moved into mm_account_fault()), a no-op on top of the v5.9 declaration.
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withPerf(RetryChoices.Perf.BEFORE_LOCK)).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/arc/mm/fault.c:115-156");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(116, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_64.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_64.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_64.at(129, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_64.at(137, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_64.at(151, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(156, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_64.at(156, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_64.at(114, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_64.at(144, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/arc/mm/fault.c:115-156");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(116, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_65.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_65.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_65.at(129, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_65.at(137, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_65.at(151, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(156, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_65.at(156, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_65.at(114, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_65.at(144, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/arc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/arc/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was AFTER_UNLOCK). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/arc/mm/fault.c:108-153");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(110, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(115, "if (unlikely(address < vma->vm_start)) {"))
                .growsDown(DO_PAGE_FAULT_59.at(116, "if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address))"))
                .accessRead(DO_PAGE_FAULT_59.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_59.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_59.at(129, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_59.at(137, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_59.at(148, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(153, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_59.at(153, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_59.at(108, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/arc/mm/fault.c:108-153");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(110, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(115, "if (unlikely(address < vma->vm_start)) {"))
                .growsDown(DO_PAGE_FAULT_512.at(116, "if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address))"))
                .accessRead(DO_PAGE_FAULT_512.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_512.at(129, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_512.at(129, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_512.at(137, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_512.at(148, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(153, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_512.at(153, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_512.at(108, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/arc/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/arc/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/arc/mm/fault.c:150-151, 156): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (unlikely(fault & VM_FAULT_RETRY)) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/arc/mm/fault.c:114-162");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(116, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(121, "if (unlikely(address < vma->vm_start)) {"))
                .growsDown(DO_PAGE_FAULT_60.at(122, "if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address))"))
                .accessRead(DO_PAGE_FAULT_60.at(135, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_60.at(135, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_60.at(135, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_60.at(143, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_60.at(150, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(157, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(162, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(162, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_60.at(114, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/arc/mm/fault.c:114-162");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(116, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(121, "if (unlikely(address < vma->vm_start)) {"))
                .growsDown(DO_PAGE_FAULT_63.at(122, "if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, address))"))
                .accessRead(DO_PAGE_FAULT_63.at(135, "if (!(vma->vm_flags & mask)) {"))
                .accessWrite(DO_PAGE_FAULT_63.at(135, "if (!(vma->vm_flags & mask)) {"))
                .accessExec(DO_PAGE_FAULT_63.at(135, "if (!(vma->vm_flags & mask)) {"))
                .signalCheck(DO_PAGE_FAULT_63.at(143, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_63.at(150, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(157, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(162, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(162, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_63.at(114, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
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
                .perf(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(115, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/arc/mm/fault.c", "do_page_fault").at(145, "if (fault & VM_FAULT_COMPLETED)"));
    }}
