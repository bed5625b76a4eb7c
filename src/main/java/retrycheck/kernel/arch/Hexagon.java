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
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/hexagon/mm/vm_fault.c do_page_fault(). */
public final class Hexagon extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/hexagon/mm/vm_fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/hexagon/mm/vm_fault.c", "do_page_fault");

    /** hexagon: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, true, false, Perf.NONE);

    @Override public String name() { return "hexagon"; }
    @Override public String file() { return "arch/hexagon/mm/vm_fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} then
     * {@code if (likely(!(fault & VM_FAULT_ERROR))) { if (flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) {
     * flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } } up_read(); return; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/hexagon/mm/vm_fault.c:57-115", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} then the same nesting with
     * {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/hexagon/mm/vm_fault.c:57-114", PATH);
    }

    @Override public String quirks() {
        return "the ALLOW_RETRY test is nested in if (likely(!(fault & VM_FAULT_ERROR))), which is NO_ERROR_AND_ALLOW; the signal check is ret-only"
                + "; the error branch has its own up_read (line 114, not the one of the normal exit); a VM_FAULT_HWPOISON or VM_FAULT_SIGSEGV result gets SIGSEGV";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(58, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(63, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(66, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(82, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_56.at(86, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(78, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_56.at(94, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(105, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(111, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_56.at(115, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(142, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_56.at(101, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(103, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(58, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(63, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(66, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(82, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_57.at(86, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(78, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_57.at(94, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(105, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(110, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_57.at(114, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(141, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_57.at(101, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(103, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/hexagon/mm/vm_fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/hexagon/mm/vm_fault.c", "do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/hexagon/mm/vm_fault.c:59-102");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(60, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_64.at(73, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_64.at(77, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_64.at(69, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_64.at(85, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(98, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(102, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_64.at(106, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(133, "mmap_read_unlock(mm);"))
                .completed(DO_PAGE_FAULT_64.at(92, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_64.at(58, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/hexagon/mm/vm_fault.c:59-102");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(60, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_65.at(73, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_65.at(77, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_65.at(69, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_65.at(85, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(98, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(102, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_65.at(106, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(133, "mmap_read_unlock(mm);"))
                .completed(DO_PAGE_FAULT_65.at(92, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(DO_PAGE_FAULT_65.at(58, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/hexagon/mm/vm_fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/hexagon/mm/vm_fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/hexagon/mm/vm_fault.c:58-139");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(60, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(65, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(68, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_59.at(84, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_59.at(88, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_59.at(80, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_59.at(96, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(103, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(108, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_59.at(112, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(139, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_59.at(58, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/hexagon/mm/vm_fault.c:58-139");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(60, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(65, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(68, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_512.at(84, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_512.at(88, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_512.at(80, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_512.at(96, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(103, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(108, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_512.at(112, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(139, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_512.at(58, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/hexagon/mm/vm_fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/hexagon/mm/vm_fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/hexagon/mm/vm_fault.c:100-101, 105): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.NO_ERROR_RETRY_ONLY)
                .withLines("v6.0.1 arch/hexagon/mm/vm_fault.c:60-141");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(60, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(65, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(68, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(84, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_60.at(88, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_60.at(80, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_60.at(96, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(100, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(106, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(110, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(114, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(141, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_60.at(58, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/hexagon/mm/vm_fault.c:96): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/hexagon/mm/vm_fault.c:60-144");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(60, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(65, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(68, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(84, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_63.at(88, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_63.at(80, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_63.at(96, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(103, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(109, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(113, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(117, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(144, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_63.at(58, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/hexagon/mm/vm_fault.c:61-134"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(61, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(74, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(78, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(70, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(86, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(99, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(103, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(107, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(134, "mmap_read_unlock(mm);"))
                .completed(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(93, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(59, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
