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

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_SPARC64_FAULT_64 = Src.v64("arch/sparc/mm/fault_64.c", "do_sparc64_fault");
    private static final Src DO_SPARC64_FAULT_65 = Src.v65("arch/sparc/mm/fault_64.c", "do_sparc64_fault");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS)).withLines("v6.4.6 arch/sparc/mm/fault_64.c:328-460");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_64.at(321, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_SPARC64_FAULT_64.at(329, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC64_FAULT_64.at(368, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_64.at(370, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_64.at(422, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_64.at(407, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_64.at(399, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_64.at(428, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC64_FAULT_64.at(451, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_64.at(460, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC64_FAULT_64.at(491, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC64_FAULT_64.at(505, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC64_FAULT_64.at(518, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC64_FAULT_64.at(447, "BUG();"))
                .perf(DO_SPARC64_FAULT_64.at(319, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .expandStack(DO_SPARC64_FAULT_64.at(386, "vma = expand_stack(mm, address);"))
                .completed(DO_SPARC64_FAULT_64.at(437, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/sparc/mm/fault_64.c:331-463");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_65.at(324, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_SPARC64_FAULT_65.at(332, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC64_FAULT_65.at(371, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_65.at(373, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_65.at(425, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_65.at(410, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_65.at(402, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_65.at(431, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC64_FAULT_65.at(454, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_65.at(463, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC64_FAULT_65.at(494, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC64_FAULT_65.at(508, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC64_FAULT_65.at(521, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC64_FAULT_65.at(450, "BUG();"))
                .perf(DO_SPARC64_FAULT_65.at(322, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .expandStack(DO_SPARC64_FAULT_65.at(389, "vma = expand_stack(mm, address);"))
                .completed(DO_SPARC64_FAULT_65.at(440, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_SPARC64_FAULT_59 = Src.v59("arch/sparc/mm/fault_64.c", "do_sparc64_fault");
    private static final Src DO_SPARC64_FAULT_512 = Src.v512("arch/sparc/mm/fault_64.c", "do_sparc64_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/sparc/mm/fault_64.c:319-508");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_59.at(321, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_SPARC64_FAULT_59.at(329, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC64_FAULT_59.at(368, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_59.at(370, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_59.at(421, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_59.at(406, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_59.at(398, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_59.at(427, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC64_FAULT_59.at(442, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_59.at(452, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC64_FAULT_59.at(483, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC64_FAULT_59.at(495, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC64_FAULT_59.at(508, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC64_FAULT_59.at(437, "BUG();"))
                .perf(DO_SPARC64_FAULT_59.at(319, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/sparc/mm/fault_64.c:319-508");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_512.at(321, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_SPARC64_FAULT_512.at(329, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC64_FAULT_512.at(368, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_512.at(370, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_512.at(421, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_512.at(406, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_512.at(398, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_512.at(427, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_SPARC64_FAULT_512.at(442, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_512.at(452, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC64_FAULT_512.at(483, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC64_FAULT_512.at(495, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC64_FAULT_512.at(508, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC64_FAULT_512.at(437, "BUG();"))
                .perf(DO_SPARC64_FAULT_512.at(319, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_SPARC64_FAULT_60 = Src.v60("arch/sparc/mm/fault_64.c", "do_sparc64_fault");
    private static final Src DO_SPARC64_FAULT_63 = Src.v63("arch/sparc/mm/fault_64.c", "do_sparc64_fault");

    /**
     * v6.0.1 (arch/sparc/mm/fault_64.c:431-432, 444): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) goto lock_released;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.LOCK_RELEASED_LABEL).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/sparc/mm/fault_64.c:319-511");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_60.at(321, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_SPARC64_FAULT_60.at(329, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC64_FAULT_60.at(368, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_60.at(370, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_60.at(421, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_60.at(406, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_60.at(398, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_60.at(427, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_SPARC64_FAULT_60.at(431, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_SPARC64_FAULT_60.at(445, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_60.at(454, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC64_FAULT_60.at(486, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC64_FAULT_60.at(498, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC64_FAULT_60.at(511, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC64_FAULT_60.at(441, "BUG();"))
                .perf(DO_SPARC64_FAULT_60.at(319, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.3.8 (arch/sparc/mm/fault_64.c:427): a kernel-mode fault whose signal check fires goes to the exception fixup instead of
     * returning to re-execute the access: {@code if (fault_signal_pending(fault, regs)) { if (regs->tstate & TSTATE_PRIV) { insn = get_fault_insn(regs, insn); goto handle_kernel_fault; } ... }}.
     */
    @Override protected RetryChoices v63() {
        return v60().withKernelExit(RetryChoices.KernelExit.NO_CONTEXT)
                .withLines("v6.3.8 arch/sparc/mm/fault_64.c:319-516");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(DO_SPARC64_FAULT_63.at(321, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_SPARC64_FAULT_63.at(329, "mmap_read_lock(mm);"))
                .vmStart(DO_SPARC64_FAULT_63.at(368, "if (vma->vm_start <= address)"))
                .growsDown(DO_SPARC64_FAULT_63.at(370, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_SPARC64_FAULT_63.at(421, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(DO_SPARC64_FAULT_63.at(406, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_SPARC64_FAULT_63.at(398, "if ((fault_code & FAULT_CODE_ITLB) && !(vma->vm_flags & VM_EXEC)) {"))
                .signalCheck(DO_SPARC64_FAULT_63.at(427, "if (fault_signal_pending(fault, regs))"))
                .completed(DO_SPARC64_FAULT_63.at(436, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_SPARC64_FAULT_63.at(450, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_SPARC64_FAULT_63.at(459, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_SPARC64_FAULT_63.at(491, "mmap_read_unlock(mm);"))
                .oomUpRead(DO_SPARC64_FAULT_63.at(503, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SPARC64_FAULT_63.at(516, "mmap_read_unlock(mm);"))
                .bug(DO_SPARC64_FAULT_63.at(446, "BUG();"))
                .perf(DO_SPARC64_FAULT_63.at(319, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
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
                .expandStack(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(389, "vma = expand_stack(mm, address);"))
                .completed(Src.v68("arch/sparc/mm/fault_64.c", "do_sparc64_fault").at(440, "if (fault & VM_FAULT_COMPLETED)"));
    }}
