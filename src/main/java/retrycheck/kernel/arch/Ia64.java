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

/** arch/ia64/mm/fault.c ia64_do_page_fault(). */
public final class Ia64 extends Arch {
    private static final Src IA64_DO_PAGE_FAULT_56 = Src.v56("arch/ia64/mm/fault.c", "ia64_do_page_fault");
    private static final Src IA64_DO_PAGE_FAULT_57 = Src.v57("arch/ia64/mm/fault.c", "ia64_do_page_fault");

    /** ia64: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    /** arch/ia64 is in 6.5.0 and gone in 6.8.0 (spec/releases.md §1). */
    @Override public boolean existsIn(Variant v) { return !v.atLeast(Variant.V6_8); }

    @Override public String name() { return "ia64"; }
    @Override public String file() { return "arch/ia64/mm/fault.c"; }
    @Override public String function() { return "ia64_do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/ia64/mm/fault.c:104-182", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/ia64/mm/fault.c:104-181", PATH);
    }

    @Override public String quirks() {
        return "the signal check is ret-only, so a kernel-mode uaccess re-executes"
                + "; find_vma_prev() with VM_GROWSUP below a previous vma (the mm of the scenarios has one vma: prev_vma is NULL); VM_FAULT_SIGBUS goes to bad_area with signal = SIGBUS; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_56.at(105, "down_read(&mm->mmap_sem);"))
                .vmStart(IA64_DO_PAGE_FAULT_56.at(118, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .growsDown(IA64_DO_PAGE_FAULT_56.at(189, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(IA64_DO_PAGE_FAULT_56.at(131, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_56.at(134, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_56.at(134, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_56.at(144, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(IA64_DO_PAGE_FAULT_56.at(170, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(IA64_DO_PAGE_FAULT_56.at(182, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_56.at(213, "up_read(&mm->mmap_sem);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_56.at(279, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_56.at(213, "up_read(&mm->mmap_sem);"))
                .bug(IA64_DO_PAGE_FAULT_56.at(161, "BUG();"))
                .majFlt(IA64_DO_PAGE_FAULT_56.at(166, "current->maj_flt++;"))
                .minFlt(IA64_DO_PAGE_FAULT_56.at(168, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_57.at(105, "down_read(&mm->mmap_sem);"))
                .vmStart(IA64_DO_PAGE_FAULT_57.at(118, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .growsDown(IA64_DO_PAGE_FAULT_57.at(188, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(IA64_DO_PAGE_FAULT_57.at(131, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_57.at(134, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_57.at(134, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_57.at(144, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(IA64_DO_PAGE_FAULT_57.at(170, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_57.at(181, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_57.at(212, "up_read(&mm->mmap_sem);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_57.at(278, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_57.at(212, "up_read(&mm->mmap_sem);"))
                .bug(IA64_DO_PAGE_FAULT_57.at(161, "BUG();"))
                .majFlt(IA64_DO_PAGE_FAULT_57.at(166, "current->maj_flt++;"))
                .minFlt(IA64_DO_PAGE_FAULT_57.at(168, "current->min_flt++;"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src IA64_DO_PAGE_FAULT_64 = Src.v64("arch/ia64/mm/fault.c", "ia64_do_page_fault");
    private static final Src IA64_DO_PAGE_FAULT_65 = Src.v65("arch/ia64/mm/fault.c", "ia64_do_page_fault");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS_UNTESTED)).withLines("v6.4.6 arch/ia64/mm/fault.c:99-179");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_64.at(100, "mmap_read_lock(mm);"))
                .vmStart(IA64_DO_PAGE_FAULT_64.at(113, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .accessRead(IA64_DO_PAGE_FAULT_64.at(128, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_64.at(131, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_64.at(131, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_64.at(141, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(IA64_DO_PAGE_FAULT_64.at(169, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_64.at(179, "mmap_read_unlock(mm);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_64.at(183, "mmap_read_unlock(mm);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_64.at(247, "mmap_read_unlock(mm);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_64.at(183, "mmap_read_unlock(mm);"))
                .bug(IA64_DO_PAGE_FAULT_64.at(165, "BUG();"))
                .expandStack(IA64_DO_PAGE_FAULT_64.at(114, "vma = expand_stack(mm, address);"))
                .completed(IA64_DO_PAGE_FAULT_64.at(148, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(IA64_DO_PAGE_FAULT_64.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(IA64_DO_PAGE_FAULT_64.at(148, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(IA64_DO_PAGE_FAULT_64.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/ia64/mm/fault.c:99-179");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_65.at(100, "mmap_read_lock(mm);"))
                .vmStart(IA64_DO_PAGE_FAULT_65.at(113, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .accessRead(IA64_DO_PAGE_FAULT_65.at(128, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_65.at(131, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_65.at(131, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_65.at(141, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(IA64_DO_PAGE_FAULT_65.at(169, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_65.at(179, "mmap_read_unlock(mm);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_65.at(183, "mmap_read_unlock(mm);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_65.at(247, "mmap_read_unlock(mm);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_65.at(183, "mmap_read_unlock(mm);"))
                .bug(IA64_DO_PAGE_FAULT_65.at(165, "BUG();"))
                .expandStack(IA64_DO_PAGE_FAULT_65.at(114, "vma = expand_stack(mm, address);"))
                .completed(IA64_DO_PAGE_FAULT_65.at(148, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(IA64_DO_PAGE_FAULT_65.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(IA64_DO_PAGE_FAULT_65.at(148, "if (fault & VM_FAULT_COMPLETED)"))
                .perf(IA64_DO_PAGE_FAULT_65.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src IA64_DO_PAGE_FAULT_59 = Src.v59("arch/ia64/mm/fault.c", "ia64_do_page_fault");
    private static final Src IA64_DO_PAGE_FAULT_512 = Src.v512("arch/ia64/mm/fault.c", "ia64_do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was NONE). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/ia64/mm/fault.c:110-281");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_59.at(112, "mmap_read_lock(mm);"))
                .vmStart(IA64_DO_PAGE_FAULT_59.at(125, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .growsDown(IA64_DO_PAGE_FAULT_59.at(191, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(IA64_DO_PAGE_FAULT_59.at(138, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_59.at(141, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_59.at(141, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_59.at(151, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(IA64_DO_PAGE_FAULT_59.at(173, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_59.at(184, "mmap_read_unlock(mm);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_59.at(215, "mmap_read_unlock(mm);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_59.at(281, "mmap_read_unlock(mm);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_59.at(215, "mmap_read_unlock(mm);"))
                .bug(IA64_DO_PAGE_FAULT_59.at(168, "BUG();"))
                .perf(IA64_DO_PAGE_FAULT_59.at(110, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/ia64/mm/fault.c:110-281");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_512.at(112, "mmap_read_lock(mm);"))
                .vmStart(IA64_DO_PAGE_FAULT_512.at(125, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .growsDown(IA64_DO_PAGE_FAULT_512.at(191, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(IA64_DO_PAGE_FAULT_512.at(138, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_512.at(141, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_512.at(141, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_512.at(151, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(IA64_DO_PAGE_FAULT_512.at(173, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_512.at(184, "mmap_read_unlock(mm);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_512.at(215, "mmap_read_unlock(mm);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_512.at(281, "mmap_read_unlock(mm);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_512.at(215, "mmap_read_unlock(mm);"))
                .bug(IA64_DO_PAGE_FAULT_512.at(168, "BUG();"))
                .perf(IA64_DO_PAGE_FAULT_512.at(110, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src IA64_DO_PAGE_FAULT_60 = Src.v60("arch/ia64/mm/fault.c", "ia64_do_page_fault");
    private static final Src IA64_DO_PAGE_FAULT_63 = Src.v63("arch/ia64/mm/fault.c", "ia64_do_page_fault");

    /**
     * v6.0.1 (arch/ia64/mm/fault.c:143-144, 163): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/ia64/mm/fault.c:100-268");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_60.at(100, "mmap_read_lock(mm);"))
                .vmStart(IA64_DO_PAGE_FAULT_60.at(113, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .growsDown(IA64_DO_PAGE_FAULT_60.at(181, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(IA64_DO_PAGE_FAULT_60.at(126, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_60.at(129, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_60.at(129, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_60.at(139, "if (fault_signal_pending(fault, regs))"))
                .completed(IA64_DO_PAGE_FAULT_60.at(143, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(IA64_DO_PAGE_FAULT_60.at(164, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_60.at(174, "mmap_read_unlock(mm);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_60.at(205, "mmap_read_unlock(mm);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_60.at(268, "mmap_read_unlock(mm);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_60.at(205, "mmap_read_unlock(mm);"))
                .bug(IA64_DO_PAGE_FAULT_60.at(160, "BUG();"))
                .perf(IA64_DO_PAGE_FAULT_60.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perf(IA64_DO_PAGE_FAULT_60.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/ia64/mm/fault.c:139): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/ia64/mm/fault.c:100-271");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(IA64_DO_PAGE_FAULT_63.at(100, "mmap_read_lock(mm);"))
                .vmStart(IA64_DO_PAGE_FAULT_63.at(113, "if (( !vma && prev_vma ) || (address < vma->vm_start) )"))
                .growsDown(IA64_DO_PAGE_FAULT_63.at(184, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(IA64_DO_PAGE_FAULT_63.at(126, "if (((isr >> IA64_ISR_R_BIT) & 1UL) && (!(vma->vm_flags & (VM_READ | VM_WRITE))))"))
                .accessWrite(IA64_DO_PAGE_FAULT_63.at(129, "if ((vma->vm_flags & mask) != mask)"))
                .accessExec(IA64_DO_PAGE_FAULT_63.at(129, "if ((vma->vm_flags & mask) != mask)"))
                .signalCheck(IA64_DO_PAGE_FAULT_63.at(139, "if (fault_signal_pending(fault, regs))"))
                .completed(IA64_DO_PAGE_FAULT_63.at(146, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(IA64_DO_PAGE_FAULT_63.at(167, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(IA64_DO_PAGE_FAULT_63.at(177, "mmap_read_unlock(mm);"))
                .badAreaUpRead(IA64_DO_PAGE_FAULT_63.at(208, "mmap_read_unlock(mm);"))
                .oomUpRead(IA64_DO_PAGE_FAULT_63.at(271, "mmap_read_unlock(mm);"))
                .sigbusUpRead(IA64_DO_PAGE_FAULT_63.at(208, "mmap_read_unlock(mm);"))
                .bug(IA64_DO_PAGE_FAULT_63.at(163, "BUG();"))
                .perf(IA64_DO_PAGE_FAULT_63.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perf(IA64_DO_PAGE_FAULT_63.at(98, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }}
