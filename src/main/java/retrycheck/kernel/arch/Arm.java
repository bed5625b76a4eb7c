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
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/arm/mm/fault.c do_page_fault(). */
public class Arm extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_56 = Src.v56("arch/arm/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_57 = Src.v57("arch/arm/mm/fault.c", "__do_page_fault");

    /** arm: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.FAULT_CODE, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, true, false, Perf.PER_ATTEMPT);

    @Override public String name() { return "arm"; }
    @Override public String file() { return "arch/arm/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) { if (!user_mode(regs)) goto no_context;
     * return 0; }} ... {@code if (!(fault & VM_FAULT_ERROR) && flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) {
     * flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, true, false, FATAL_ONLY, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/arm/mm/fault.c:273-330", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return 0; }} ...
     * {@code if (fault & VM_FAULT_RETRY) { flags |= FAULT_FLAG_TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/arm/mm/fault.c:273-327", PATH);
    }

    @Override public String quirks() {
        return "handle_mm_fault() is reached through __do_page_fault(); retry: sits inside the down_read_trylock()-failed branch; kernel-mode signal exit via no_context() (since 746a272e4414)"
                + "; a bad area is VM_FAULT_BADMAP/BADACCESS returned by __do_page_fault(): it passes the signal check and, not being VM_FAULT_ERROR, the accounting gate, so it counts a min_flt and perf PAGE_FAULTS_MIN; perf PAGE_FAULTS per attempt";
    }

    /** arch/arm/mm/fault.c:182-183: {@code #define VM_FAULT_BADMAP 0x010000}, {@code #define VM_FAULT_BADACCESS 0x020000}. */
    static final int VM_FAULT_BADMAP = 0x010000, VM_FAULT_BADACCESS = 0x020000;

    /** The bad area as __do_page_fault()'s result: {@code fault = VM_FAULT_BADMAP;} / {@code fault = VM_FAULT_BADACCESS;}. */
    @Override protected int badAreaFault(int siCode) {
        return siCode == SEGV_MAPERR ? VM_FAULT_BADMAP : siCode == SEGV_ACCERR ? VM_FAULT_BADACCESS : 0;
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_56.at(273, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_56.at(277, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PAGE_FAULT_56.at(213, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PAGE_FAULT_56.at(230, "if (vma->vm_flags & VM_GROWSDOWN &&"))
                .accessRead(__DO_PAGE_FAULT_56.at(221, "if (access_error(fsr, vma)) {"))
                .accessWrite(__DO_PAGE_FAULT_56.at(221, "if (access_error(fsr, vma)) {"))
                .accessExec(__DO_PAGE_FAULT_56.at(221, "if (access_error(fsr, vma)) {"))
                .signalCheck(DO_PAGE_FAULT_56.at(298, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) {"))
                .retryFlags(DO_PAGE_FAULT_56.at(324, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(330, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_56.at(330, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_56.at(313, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(317, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(310, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_56.at(314, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_56.at(318, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_57.at(273, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_57.at(277, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PAGE_FAULT_57.at(213, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PAGE_FAULT_57.at(230, "if (vma->vm_flags & VM_GROWSDOWN &&"))
                .accessRead(__DO_PAGE_FAULT_57.at(221, "if (access_error(fsr, vma)) {"))
                .accessWrite(__DO_PAGE_FAULT_57.at(221, "if (access_error(fsr, vma)) {"))
                .accessExec(__DO_PAGE_FAULT_57.at(221, "if (access_error(fsr, vma)) {"))
                .signalCheck(DO_PAGE_FAULT_57.at(298, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_57.at(322, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(327, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_57.at(327, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_57.at(313, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(317, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(310, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_57.at(314, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_57.at(318, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/arm/mm/fault.c", "do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/arm/mm/fault.c:278-315");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .accessExec(DO_PAGE_FAULT_64.at(289, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(DO_PAGE_FAULT_64.at(289, "if (!(vma->vm_flags & vm_flags))"))
                .accessRead(DO_PAGE_FAULT_64.at(289, "if (!(vma->vm_flags & vm_flags))"))
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(279, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .signalCheck(DO_PAGE_FAULT_64.at(298, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_64.at(310, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(315, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_64.at(315, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_64.at(276, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(DO_PAGE_FAULT_64.at(305, "if (fault & VM_FAULT_COMPLETED)"))
                .completed(DO_PAGE_FAULT_64.at(305, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/arm/mm/fault.c:281-318");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .accessExec(DO_PAGE_FAULT_65.at(292, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(DO_PAGE_FAULT_65.at(292, "if (!(vma->vm_flags & vm_flags))"))
                .accessRead(DO_PAGE_FAULT_65.at(292, "if (!(vma->vm_flags & vm_flags))"))
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(282, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .signalCheck(DO_PAGE_FAULT_65.at(301, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_65.at(313, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(318, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_65.at(318, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_65.at(279, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(DO_PAGE_FAULT_65.at(308, "if (fault & VM_FAULT_COMPLETED)"))
                .completed(DO_PAGE_FAULT_65.at(308, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_59 = Src.v59("arch/arm/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_512 = Src.v512("arch/arm/mm/fault.c", "__do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); perf PAGE_FAULTS moves to the entry, before {@code retry:} (was PER_ATTEMPT). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withPerf(Perf.BEFORE_LOCK)).withLines("v5.9.1 arch/arm/mm/fault.c:270-315");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_59.at(277, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_59.at(281, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_59.at(215, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PAGE_FAULT_59.at(232, "if (vma->vm_flags & VM_GROWSDOWN &&"))
                .accessRead(__DO_PAGE_FAULT_59.at(223, "if (access_error(fsr, vma)) {"))
                .accessWrite(__DO_PAGE_FAULT_59.at(223, "if (access_error(fsr, vma)) {"))
                .accessExec(__DO_PAGE_FAULT_59.at(223, "if (access_error(fsr, vma)) {"))
                .signalCheck(DO_PAGE_FAULT_59.at(302, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_59.at(310, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(315, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_59.at(315, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_59.at(270, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/arm/mm/fault.c:270-315");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_512.at(277, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_512.at(281, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_512.at(215, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PAGE_FAULT_512.at(232, "if (vma->vm_flags & VM_GROWSDOWN &&"))
                .accessRead(__DO_PAGE_FAULT_512.at(223, "if (access_error(fsr, vma)) {"))
                .accessWrite(__DO_PAGE_FAULT_512.at(223, "if (access_error(fsr, vma)) {"))
                .accessExec(__DO_PAGE_FAULT_512.at(223, "if (access_error(fsr, vma)) {"))
                .signalCheck(DO_PAGE_FAULT_512.at(302, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_512.at(310, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(315, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_512.at(315, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_512.at(270, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_60 = Src.v60("arch/arm/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/arm/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_63 = Src.v63("arch/arm/mm/fault.c", "__do_page_fault");

    /**
     * v6.0.1 (arch/arm/mm/fault.c:326-327, 330): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return 0;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.NO_ERROR_RETRY_ONLY)
                .withLines("v6.0.1 arch/arm/mm/fault.c:287-336");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_60.at(294, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_60.at(298, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_60.at(228, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PAGE_FAULT_60.at(229, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_60.at(241, "if (!(vma->vm_flags & vma_flags))"))
                .accessWrite(__DO_PAGE_FAULT_60.at(241, "if (!(vma->vm_flags & vma_flags))"))
                .accessExec(__DO_PAGE_FAULT_60.at(241, "if (!(vma->vm_flags & vma_flags))"))
                .signalCheck(DO_PAGE_FAULT_60.at(319, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_60.at(326, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(331, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(336, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(336, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_60.at(287, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/arm/mm/fault.c:302-351");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_63.at(309, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_63.at(313, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_63.at(243, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PAGE_FAULT_63.at(244, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_63.at(256, "if (!(vma->vm_flags & vma_flags))"))
                .accessWrite(__DO_PAGE_FAULT_63.at(256, "if (!(vma->vm_flags & vma_flags))"))
                .accessExec(__DO_PAGE_FAULT_63.at(256, "if (!(vma->vm_flags & vma_flags))"))
                .signalCheck(DO_PAGE_FAULT_63.at(334, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_63.at(341, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(346, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(351, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(351, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_63.at(302, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    // ---- The per-VMA lock attempt (helper 17d; Arch.lockVmaStep, RELEASES-CONTRACT.md) ----

    /** The per-VMA lock attempt (spec/releases.md §8.1): from v6.8 on. */
    @Override protected RetryChoices.VmaLock vmaLock(Variant v) {
        return v.atLeast(Variant.V6_8) ? RetryChoices.VmaLock.V68 : RetryChoices.VmaLock.NONE;
    }

    /** The per-VMA lock attempt in the 6.8.0 tree (arch/arm/mm/fault.c do_page_fault). */
    @Override protected VmaLockCites vmaLockCites68() {
        return new VmaLockCites()
                .user(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(281, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(284, "vma = lock_vma_under_rcu(mm, addr);"))
                .access(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(288, "if (!(vma->vm_flags & vm_flags)) {"))
                .accessEndRead(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(289, "vma_end_read(vma);"))
                .hmf(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(292, "fault = handle_mm_fault(vma, addr, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endReadTest(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(293, "if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))"))
                .endRead(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(294, "vma_end_read(vma);"))
                .retryTest(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(296, "if (!(fault & VM_FAULT_RETRY)) {"))
                .major(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(301, "if (fault & VM_FAULT_MAJOR)"))
                .tried(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(302, "flags |= FAULT_FLAG_TRIED;"))
                .signal(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(305, "if (fault_signal_pending(fault, regs)) {"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/arm/mm/fault.c:279-349"); }

    @Override protected Cites cites68() {
        return new Cites()
                .accessExec(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(323, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(323, "if (!(vma->vm_flags & vm_flags))"))
                .accessRead(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(323, "if (!(vma->vm_flags & vm_flags))"))
                .lockMmAndFindVma(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(313, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .signalCheck(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(332, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(344, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(349, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(349, "mmap_read_unlock(mm);"))
                .perf(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(279, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(339, "if (fault & VM_FAULT_COMPLETED)"));
    }}
