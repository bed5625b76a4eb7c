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
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/riscv/mm/fault.c do_page_fault(). */
public class Riscv extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/riscv/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/riscv/mm/fault.c", "do_page_fault");

    /** riscv: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    @Override public String name() { return "riscv"; }
    @Override public String file() { return "arch/riscv/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(tsk)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~(FAULT_FLAG_ALLOW_RETRY); flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/riscv/mm/fault.c:71-163", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/riscv/mm/fault.c:71-158", PATH);
    }

    @Override public String quirks() {
        return "the signal check is ret-only, so a kernel-mode uaccess re-executes"
                + "; the error dispatch has no VM_FAULT_SIGSEGV case: VM_FAULT_SIGSEGV (and HWPOISON) reach BUG() with mmap_sem held; the v5.7 core returns VM_FAULT_SIGSEGV only from handle_mm_fault()'s arch_vma_access_permitted() test (pkeys: x86, powerpc), so on riscv only a driver's ->fault can";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(72, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(76, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_56.at(78, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_56.at(96, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_56.at(100, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(92, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_56.at(120, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(tsk))"))
                .retryFlags(DO_PAGE_FAULT_56.at(151, "flags &= ~(FAULT_FLAG_ALLOW_RETRY);"))
                .upRead(DO_PAGE_FAULT_56.at(163, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(171, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(199, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(206, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(128, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(138, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(142, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(69, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_56.at(139, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_PAGE_FAULT_56.at(143, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(72, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(76, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_57.at(78, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_57.at(96, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_57.at(100, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(92, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_57.at(120, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(147, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(158, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(166, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(194, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(201, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(128, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(138, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(142, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(69, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_57.at(139, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ,"))
                .perfMin(DO_PAGE_FAULT_57.at(143, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN,"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src HANDLE_PAGE_FAULT_64 = Src.v64("arch/riscv/mm/fault.c", "handle_page_fault");
    private static final Src ACCESS_ERROR_64 = Src.v64("arch/riscv/mm/fault.c", "access_error");
    private static final Src BAD_AREA_64 = Src.v64("arch/riscv/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_64 = Src.v64("arch/riscv/mm/fault.c", "mm_fault_error");
    private static final Src HANDLE_PAGE_FAULT_65 = Src.v65("arch/riscv/mm/fault.c", "handle_page_fault");
    private static final Src ACCESS_ERROR_65 = Src.v65("arch/riscv/mm/fault.c", "access_error");
    private static final Src BAD_AREA_65 = Src.v65("arch/riscv/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_65 = Src.v65("arch/riscv/mm/fault.c", "mm_fault_error");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/riscv/mm/fault.c:298-351");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(HANDLE_PAGE_FAULT_64.at(299, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(ACCESS_ERROR_64.at(203, "if (!(vma->vm_flags & (VM_READ | VM_WRITE))) {"))
                .accessWrite(ACCESS_ERROR_64.at(208, "if (!(vma->vm_flags & VM_WRITE)) {"))
                .accessExec(ACCESS_ERROR_64.at(197, "if (!(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(HANDLE_PAGE_FAULT_64.at(330, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(HANDLE_PAGE_FAULT_64.at(341, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_64.at(351, "mmap_read_unlock(mm);"))
                // the one unlock before mm_fault_error() (errors are dispatched after it since v5.12, spec/releases.md §10.3)
                .errorUpRead(HANDLE_PAGE_FAULT_64.at(351, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_64.at(351, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_64.at(351, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_64.at(107, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_64.at(84, "BUG();"))
                .perf(HANDLE_PAGE_FAULT_64.at(292, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(HANDLE_PAGE_FAULT_64.at(337, "if (fault & VM_FAULT_COMPLETED)"))
                .completed(HANDLE_PAGE_FAULT_64.at(337, "if (fault & VM_FAULT_COMPLETED)"))
                .completed(HANDLE_PAGE_FAULT_64.at(337, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/riscv/mm/fault.c:316-369");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(HANDLE_PAGE_FAULT_65.at(317, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(ACCESS_ERROR_65.at(203, "if (!(vma->vm_flags & (VM_READ | VM_WRITE))) {"))
                .accessWrite(ACCESS_ERROR_65.at(208, "if (!(vma->vm_flags & VM_WRITE)) {"))
                .accessExec(ACCESS_ERROR_65.at(197, "if (!(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(HANDLE_PAGE_FAULT_65.at(348, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(HANDLE_PAGE_FAULT_65.at(359, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_65.at(369, "mmap_read_unlock(mm);"))
                // the one unlock before mm_fault_error() (errors are dispatched after it since v5.12, spec/releases.md §10.3)
                .errorUpRead(HANDLE_PAGE_FAULT_65.at(369, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_65.at(369, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_65.at(369, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_65.at(107, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_65.at(84, "BUG();"))
                .perf(HANDLE_PAGE_FAULT_65.at(280, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(HANDLE_PAGE_FAULT_65.at(355, "if (fault & VM_FAULT_COMPLETED)"))
                .completed(HANDLE_PAGE_FAULT_65.at(355, "if (fault & VM_FAULT_COMPLETED)"))
                .completed(HANDLE_PAGE_FAULT_65.at(355, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/riscv/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/riscv/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_512 = Src.v512("arch/riscv/mm/fault.c", "access_error");
    private static final Src BAD_AREA_512 = Src.v512("arch/riscv/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_512 = Src.v512("arch/riscv/mm/fault.c", "mm_fault_error");

    /**
     * riscv v5.12.9: WRITE and INSTRUCTION from the cause before {@code retry:} ({@code if (cause == EXC_STORE_PAGE_FAULT)
     * flags |= FAULT_FLAG_WRITE; else if (cause == EXC_INST_PAGE_FAULT) flags |= FAULT_FLAG_INSTRUCTION;}), the access
     * check in access_error(cause, vma) (the same masks), bad_area() unlocks, and the errors are dispatched after
     * the final {@code mmap_read_unlock(mm)} by mm_fault_error() (OOM, SIGBUS, else BUG()).
     */
    public static final Path PATH_512 = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, true,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/riscv/mm/fault.c:68-186");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(71, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(75, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_59.at(77, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(DO_PAGE_FAULT_59.at(95, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_59.at(99, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_59.at(91, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_59.at(119, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(132, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(143, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(151, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(179, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(186, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(127, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(68, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v5.12.9: restructured: the gate is {@code if (unlikely((fault & VM_FAULT_RETRY) && (flags & FAULT_FLAG_ALLOW_RETRY)))}, tested before the errors, which are dispatched after {@code mmap_read_unlock(mm)} by mm_fault_error(); WRITE and INSTRUCTION are set before {@code retry:} from the cause; the access check is access_error(cause, vma) (still ret-only). */
    @Override protected RetryChoices v512() {
        return v59().withGate(RetryChoices.Gate.COMBINED).withPath(PATH_512).withLines("v5.12.9 arch/riscv/mm/fault.c:256-322");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(263, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(270, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_512.at(272, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(ACCESS_ERROR_512.at(182, "if (!(vma->vm_flags & VM_READ)) {"))
                .accessWrite(ACCESS_ERROR_512.at(187, "if (!(vma->vm_flags & VM_WRITE)) {"))
                .accessExec(ACCESS_ERROR_512.at(177, "if (!(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_PAGE_FAULT_512.at(308, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(312, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(322, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_512.at(322, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_512.at(83, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_512.at(74, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(256, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/riscv/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_60 = Src.v60("arch/riscv/mm/fault.c", "access_error");
    private static final Src BAD_AREA_60 = Src.v60("arch/riscv/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_60 = Src.v60("arch/riscv/mm/fault.c", "mm_fault_error");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/riscv/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_63 = Src.v63("arch/riscv/mm/fault.c", "access_error");
    private static final Src BAD_AREA_63 = Src.v63("arch/riscv/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_63 = Src.v63("arch/riscv/mm/fault.c", "mm_fault_error");

    /**
     * v6.0.1 (arch/riscv/mm/fault.c:330-331, 333): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (unlikely(fault & VM_FAULT_RETRY)) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                // since v5.12 the errors are dispatched after the final mmap_read_unlock(mm) (line 344) by
                // mm_fault_error() (lines 61-84: OOM, SIGBUS, else BUG()): as above, repeated from v512()
                .withPath(v512().path().withErrors(Errors.AFTER_UP_READ, List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY),
                        new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)), Exit.BUG, false))
                .withLines("v6.0.1 arch/riscv/mm/fault.c:274-344");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(281, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(288, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_60.at(290, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(ACCESS_ERROR_60.at(187, "if (!(vma->vm_flags & VM_READ)) {"))
                .accessWrite(ACCESS_ERROR_60.at(192, "if (!(vma->vm_flags & VM_WRITE)) {"))
                .accessExec(ACCESS_ERROR_60.at(182, "if (!(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_PAGE_FAULT_60.at(326, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(330, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(334, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(344, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_60.at(92, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_60.at(83, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(274, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(344, "mmap_read_unlock(mm);"));
    }

    /**
     * v6.3.8 (arch/riscv/mm/fault.c:334): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) no_context(regs, addr); return; }}.
     * access_error() (arch/riscv/mm/fault.c:193) lets a write-only vma be read: {@code if (!(vma->vm_flags & (VM_READ | VM_WRITE))) {}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withPath(v60().path().withReadMask(VmFlags.VM_READ | VmFlags.VM_WRITE))
                .withLines("v6.3.8 arch/riscv/mm/fault.c:282-355");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(289, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(296, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_63.at(298, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(ACCESS_ERROR_63.at(193, "if (!(vma->vm_flags & (VM_READ | VM_WRITE))) {"))
                .accessWrite(ACCESS_ERROR_63.at(198, "if (!(vma->vm_flags & VM_WRITE)) {"))
                .accessExec(ACCESS_ERROR_63.at(187, "if (!(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_PAGE_FAULT_63.at(334, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(341, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(345, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(355, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_63.at(92, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_63.at(83, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(282, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(355, "mmap_read_unlock(mm);"));
    }

    // ---- The per-VMA lock attempt (helper 17d; Arch.lockVmaStep, RELEASES-CONTRACT.md) ----

    /** The per-VMA lock attempt (spec/releases.md §8.1): from v6.5 on. */
    @Override protected RetryChoices.VmaLock vmaLock(Variant v) {
        return v.atLeast(Variant.V6_8) ? RetryChoices.VmaLock.V68 : v.atLeast(Variant.V6_5) ? RetryChoices.VmaLock.V64 : RetryChoices.VmaLock.NONE;
    }

    /** The per-VMA lock attempt in the 6.5.0 tree (arch/riscv/mm/fault.c handle_page_fault). */
    @Override protected VmaLockCites vmaLockCites65() {
        return new VmaLockCites()
                .user(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(287, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(290, "vma = lock_vma_under_rcu(mm, addr);"))
                .access(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(294, "if (unlikely(access_error(cause, vma))) {"))
                .accessEndRead(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(295, "vma_end_read(vma);"))
                .hmf(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(299, "fault = handle_mm_fault(vma, addr, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(300, "vma_end_read(vma);"))
                .retryTest(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(302, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v65("arch/riscv/mm/fault.c", "handle_page_fault").at(308, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.8.0 tree (arch/riscv/mm/fault.c handle_page_fault). */
    @Override protected VmaLockCites vmaLockCites68() {
        return new VmaLockCites()
                .user(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(286, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(289, "vma = lock_vma_under_rcu(mm, addr);"))
                .access(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(293, "if (unlikely(access_error(cause, vma))) {"))
                .accessEndRead(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(294, "vma_end_read(vma);"))
                .hmf(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(298, "fault = handle_mm_fault(vma, addr, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endReadTest(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(299, "if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))"))
                .endRead(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(300, "vma_end_read(vma);"))
                .retryTest(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(302, "if (!(fault & VM_FAULT_RETRY)) {"))
                .major(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(307, "if (fault & VM_FAULT_MAJOR)"))
                .tried(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(308, "flags |= FAULT_FLAG_TRIED;"))
                .signal(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(310, "if (fault_signal_pending(fault, regs)) {"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/riscv/mm/fault.c:280-370"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(318, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(Src.v68("arch/riscv/mm/fault.c", "access_error").at(203, "if (!(vma->vm_flags & (VM_READ | VM_WRITE))) {"))
                .accessWrite(Src.v68("arch/riscv/mm/fault.c", "access_error").at(208, "if (!(vma->vm_flags & VM_WRITE)) {"))
                .accessExec(Src.v68("arch/riscv/mm/fault.c", "access_error").at(197, "if (!(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(349, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(360, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(370, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(370, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(370, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(370, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/riscv/mm/fault.c", "bad_area").at(107, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/riscv/mm/fault.c", "mm_fault_error").at(84, "BUG();"))
                .perf(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(280, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(356, "if (fault & VM_FAULT_COMPLETED)"));
    }}
