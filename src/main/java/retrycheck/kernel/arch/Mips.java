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

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src __DO_PAGE_FAULT_64 = Src.v64("arch/mips/mm/fault.c", "__do_page_fault");
    private static final Src __DO_PAGE_FAULT_65 = Src.v65("arch/mips/mm/fault.c", "__do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/mips/mm/fault.c:101-183");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(__DO_PAGE_FAULT_64.at(102, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(__DO_PAGE_FAULT_64.at(139, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(__DO_PAGE_FAULT_64.at(112, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(__DO_PAGE_FAULT_64.at(139, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(__DO_PAGE_FAULT_64.at(151, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(__DO_PAGE_FAULT_64.at(172, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(__DO_PAGE_FAULT_64.at(183, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__DO_PAGE_FAULT_64.at(191, "mmap_read_unlock(mm);"))
                .oomUpRead(__DO_PAGE_FAULT_64.at(243, "mmap_read_unlock(mm);"))
                .sigbusUpRead(__DO_PAGE_FAULT_64.at(250, "mmap_read_unlock(mm);"))
                .bug(__DO_PAGE_FAULT_64.at(168, "BUG();"))
                .perf(__DO_PAGE_FAULT_64.at(100, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(__DO_PAGE_FAULT_64.at(158, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/mips/mm/fault.c:101-183");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(__DO_PAGE_FAULT_65.at(102, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(__DO_PAGE_FAULT_65.at(139, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(__DO_PAGE_FAULT_65.at(112, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(__DO_PAGE_FAULT_65.at(139, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(__DO_PAGE_FAULT_65.at(151, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(__DO_PAGE_FAULT_65.at(172, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(__DO_PAGE_FAULT_65.at(183, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__DO_PAGE_FAULT_65.at(191, "mmap_read_unlock(mm);"))
                .oomUpRead(__DO_PAGE_FAULT_65.at(243, "mmap_read_unlock(mm);"))
                .sigbusUpRead(__DO_PAGE_FAULT_65.at(250, "mmap_read_unlock(mm);"))
                .bug(__DO_PAGE_FAULT_65.at(168, "BUG();"))
                .perf(__DO_PAGE_FAULT_65.at(100, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(__DO_PAGE_FAULT_65.at(158, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src __DO_PAGE_FAULT_59 = Src.v59("arch/mips/mm/fault.c", "__do_page_fault");
    private static final Src __DO_PAGE_FAULT_512 = Src.v512("arch/mips/mm/fault.c", "__do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was PER_ATTEMPT). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/mips/mm/fault.c:100-252");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(__DO_PAGE_FAULT_59.at(102, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_59.at(106, "if (vma->vm_start <= address)"))
                .growsDown(__DO_PAGE_FAULT_59.at(108, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_59.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(__DO_PAGE_FAULT_59.at(120, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(__DO_PAGE_FAULT_59.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(__DO_PAGE_FAULT_59.at(159, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(__DO_PAGE_FAULT_59.at(173, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(__DO_PAGE_FAULT_59.at(185, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__DO_PAGE_FAULT_59.at(193, "mmap_read_unlock(mm);"))
                .oomUpRead(__DO_PAGE_FAULT_59.at(245, "mmap_read_unlock(mm);"))
                .sigbusUpRead(__DO_PAGE_FAULT_59.at(252, "mmap_read_unlock(mm);"))
                .bug(__DO_PAGE_FAULT_59.at(169, "BUG();"))
                .perf(__DO_PAGE_FAULT_59.at(100, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the signal check sends a kernel-mode fault to the fixup: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}. */
    @Override protected RetryChoices v512() {
        return v59().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT).withLines("v5.12.9 arch/mips/mm/fault.c:100-255");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(__DO_PAGE_FAULT_512.at(102, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_512.at(106, "if (vma->vm_start <= address)"))
                .growsDown(__DO_PAGE_FAULT_512.at(108, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_512.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(__DO_PAGE_FAULT_512.at(120, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(__DO_PAGE_FAULT_512.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(__DO_PAGE_FAULT_512.at(159, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(__DO_PAGE_FAULT_512.at(176, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(__DO_PAGE_FAULT_512.at(188, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__DO_PAGE_FAULT_512.at(196, "mmap_read_unlock(mm);"))
                .oomUpRead(__DO_PAGE_FAULT_512.at(248, "mmap_read_unlock(mm);"))
                .sigbusUpRead(__DO_PAGE_FAULT_512.at(255, "mmap_read_unlock(mm);"))
                .bug(__DO_PAGE_FAULT_512.at(172, "BUG();"))
                .perf(__DO_PAGE_FAULT_512.at(100, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/mips/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/mips/mm/fault.c", "__do_page_fault");

    /**
     * v6.0.1 (arch/mips/mm/fault.c:166-167, 179): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/mips/mm/fault.c:100-258");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(102, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(106, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(108, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_60.at(120, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_60.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_60.at(159, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(166, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(180, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(191, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(199, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(251, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(258, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(176, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(100, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/mips/mm/fault.c:100-258");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(102, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(106, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(108, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_63.at(120, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_63.at(147, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_63.at(159, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(166, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(180, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(191, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(199, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(251, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(258, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(176, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(100, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
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
                .perf(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(101, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/mips/mm/fault.c", "__do_page_fault").at(159, "if (fault & VM_FAULT_COMPLETED)"));
    }}
