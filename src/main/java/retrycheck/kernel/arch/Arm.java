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
                .perf(Src.v68("arch/arm/mm/fault.c", "do_page_fault").at(279, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
}
