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
        if (choices(k.variant).accounting() == RetryChoices.Accounting.CORE)
            return;                                                   // v5.9 on: no accounting in the arch (mm_account_fault())
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

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/xtensa/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/xtensa/mm/fault.c", "do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        // .withPath(... Perf.BEFORE_LOCK) restates v5.9's perf_sw_event(PAGE_FAULTS) before the lock (6.4.6 line 130; the
        // MAJ/MIN events moved into mm_account_fault()), a no-op on top of the v5.9 declaration.
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withPerf(RetryChoices.Perf.BEFORE_LOCK)).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/xtensa/mm/fault.c:132-191");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(133, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_64.at(151, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_64.at(144, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_64.at(148, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_64.at(160, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_64.at(181, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(191, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(198, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_64.at(212, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_64.at(220, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(177, "BUG();"))
                .perf(DO_PAGE_FAULT_64.at(130, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_64.at(167, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/xtensa/mm/fault.c:132-191");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(133, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_65.at(151, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_65.at(144, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_65.at(148, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_65.at(160, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_65.at(181, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(191, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(198, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_65.at(212, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_65.at(220, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(177, "BUG();"))
                .perf(DO_PAGE_FAULT_65.at(130, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_65.at(167, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/xtensa/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/xtensa/mm/fault.c", "do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was AFTER_UNLOCK). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/xtensa/mm/fault.c:76-170");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(79, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(84, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_59.at(86, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_59.at(106, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_59.at(99, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_59.at(103, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_59.at(115, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_59.at(129, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(140, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_59.at(147, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_59.at(162, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_59.at(170, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_59.at(125, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(76, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the signal check sends a kernel-mode fault to the fixup: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto bad_page_fault; return; }} ({@code bad_page_fault:} is the exception fixup, else die). */
    @Override protected RetryChoices v512() {
        return v59().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT).withLines("v5.12.9 arch/xtensa/mm/fault.c:76-173");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(79, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(84, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_512.at(86, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_512.at(106, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_512.at(99, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_512.at(103, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_512.at(115, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_512.at(132, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(143, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_512.at(150, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_512.at(165, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_512.at(173, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_512.at(128, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(76, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/xtensa/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/xtensa/mm/fault.c", "do_page_fault");

    /**
     * v6.0.1 (arch/xtensa/mm/fault.c:176-177, 189): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, ...) before the lock (line 130) since v5.9: as above
                .withPath(v512().path().withPerf(Perf.BEFORE_LOCK))
                .withLines("v6.0.1 arch/xtensa/mm/fault.c:130-230");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(133, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(138, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(140, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(160, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_60.at(153, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_60.at(157, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_60.at(169, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_60.at(176, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(190, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(200, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_60.at(222, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_60.at(230, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(186, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(130, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/xtensa/mm/fault.c:130-228");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(133, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(138, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(140, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(160, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_63.at(153, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_63.at(157, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_63.at(169, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_PAGE_FAULT_63.at(176, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(190, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(200, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(207, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_PAGE_FAULT_63.at(220, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_PAGE_FAULT_63.at(228, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(186, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(130, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
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
                .perf(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(131, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/xtensa/mm/fault.c", "do_page_fault").at(168, "if (fault & VM_FAULT_COMPLETED)"));
    }}
