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
                .perf(Src.v68("arch/riscv/mm/fault.c", "handle_page_fault").at(280, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
}
