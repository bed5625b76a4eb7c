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

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_IN_RETRY_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/x86/mm/fault.c do_user_addr_fault(). Not final: the seeded mutants of spec/mutants.md override its steps. */
public class X86 extends Arch {
    private static final Src __BAD_AREA_56 = Src.v56("arch/x86/mm/fault.c", "__bad_area");
    private static final Src __BAD_AREA_57 = Src.v57("arch/x86/mm/fault.c", "__bad_area");
    private static final Src DO_USER_ADDR_FAULT_56 = Src.v56("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src DO_USER_ADDR_FAULT_57 = Src.v57("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src MM_FAULT_ERROR_56 = Src.v56("arch/x86/mm/fault.c", "mm_fault_error");
    private static final Src MM_FAULT_ERROR_57 = Src.v57("arch/x86/mm/fault.c", "mm_fault_error");

    /** x86: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, true,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS | VmFault.HWPOISON | VmFault.HWPOISON_LARGE, Exit.DO_SIGBUS), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA)),
            Exit.BUG, false, true, Perf.BEFORE_LOCK);

    @Override public String name() { return "x86"; }
    @Override public String file() { return "arch/x86/mm/fault.c"; }
    @Override public String function() { return "do_user_addr_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (flags & ALLOW_RETRY) { flags &= ~ALLOW_RETRY;
     * flags |= TRIED; if (!fatal_signal_pending(tsk)) goto retry; } if (flags & USER) return; no_context(); }}
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_IN_RETRY_BRANCH, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.6.4 arch/x86/mm/fault.c:1405-1490", PATH);
    }

    /** v5.7.14 lines 1405-1500: fault_signal_pending() quick path, then {@code (fault & RETRY) && (flags & ALLOW_RETRY)}. */
    @Override protected RetryChoices v57() {
        return new RetryChoices(COMBINED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.7.14 arch/x86/mm/fault.c:1405-1500", PATH);
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; kernel-mode signal exit via no_context(SIGBUS, BUS_ADRERR)"
                + "; mm_fault_error() starts with fatal_signal_pending() && !user -> no_context; VM_FAULT_SIGSEGV -> bad_area_nosemaphore (no second up_read); pkeys and vsyscall paths not modelled";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_USER_ADDR_FAULT_56.at(1405, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(DO_USER_ADDR_FAULT_56.at(1415, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_USER_ADDR_FAULT_56.at(1430, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_USER_ADDR_FAULT_56.at(1432, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_USER_ADDR_FAULT_56.at(1446, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_56.at(1446, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_56.at(1446, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .signalCheck(DO_USER_ADDR_FAULT_56.at(1477, "if (!fatal_signal_pending(tsk))"))
                .retryFlags(DO_USER_ADDR_FAULT_56.at(1475, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_USER_ADDR_FAULT_56.at(1490, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_USER_ADDR_FAULT_56.at(1490, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(__BAD_AREA_56.at(954, "up_read(&mm->mmap_sem);"))
                .bug(MM_FAULT_ERROR_56.at(1085, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_56.at(1059, "if (fatal_signal_pending(current) && !(error_code & X86_PF_USER)) {"))
                .majFlt(DO_USER_ADDR_FAULT_56.at(1501, "tsk->maj_flt++;"))
                .minFlt(DO_USER_ADDR_FAULT_56.at(1504, "tsk->min_flt++;"))
                .perf(DO_USER_ADDR_FAULT_56.at(1368, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_USER_ADDR_FAULT_56.at(1502, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"))
                .perfMin(DO_USER_ADDR_FAULT_56.at(1505, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_USER_ADDR_FAULT_57.at(1405, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(DO_USER_ADDR_FAULT_57.at(1415, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_USER_ADDR_FAULT_57.at(1430, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_USER_ADDR_FAULT_57.at(1432, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_USER_ADDR_FAULT_57.at(1446, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_57.at(1446, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_57.at(1446, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .signalCheck(DO_USER_ADDR_FAULT_57.at(1468, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_USER_ADDR_FAULT_57.at(1482, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_57.at(1486, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_USER_ADDR_FAULT_57.at(1486, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(__BAD_AREA_57.at(954, "up_read(&mm->mmap_sem);"))
                .bug(MM_FAULT_ERROR_57.at(1085, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_57.at(1059, "if (fatal_signal_pending(current) && !(error_code & X86_PF_USER)) {"))
                .majFlt(DO_USER_ADDR_FAULT_57.at(1497, "tsk->maj_flt++;"))
                .minFlt(DO_USER_ADDR_FAULT_57.at(1500, "tsk->min_flt++;"))
                .perf(DO_USER_ADDR_FAULT_57.at(1368, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_USER_ADDR_FAULT_57.at(1498, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"))
                .perfMin(DO_USER_ADDR_FAULT_57.at(1501, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"));
    }

    // ---- The per-VMA lock attempt (helper 17d; Arch.lockVmaStep, RELEASES-CONTRACT.md) ----

    /** The per-VMA lock attempt (spec/releases.md §8.1): from v6.4 on. */
    @Override protected RetryChoices.VmaLock vmaLock(Variant v) {
        return v.atLeast(Variant.V6_8) ? RetryChoices.VmaLock.V68 : v.atLeast(Variant.V6_4) ? RetryChoices.VmaLock.V64 : RetryChoices.VmaLock.NONE;
    }

    /** The per-VMA lock attempt in the 6.4.6 tree (arch/x86/mm/fault.c do_user_addr_fault). */
    @Override protected VmaLockCites vmaLockCites64() {
        return new VmaLockCites()
                .user(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1332, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1335, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1339, "if (unlikely(access_error(error_code, vma))) {"))
                .accessEndRead(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1340, "vma_end_read(vma);"))
                .hmf(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1343, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1344, "vma_end_read(vma);"))
                .retryTest(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1346, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault").at(1353, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.5.0 tree (arch/x86/mm/fault.c do_user_addr_fault). */
    @Override protected VmaLockCites vmaLockCites65() {
        return new VmaLockCites()
                .user(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1332, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1335, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1339, "if (unlikely(access_error(error_code, vma))) {"))
                .accessEndRead(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1340, "vma_end_read(vma);"))
                .hmf(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1343, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1344, "vma_end_read(vma);"))
                .retryTest(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1346, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault").at(1353, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.8.0 tree (arch/x86/mm/fault.c do_user_addr_fault). */
    @Override protected VmaLockCites vmaLockCites68() {
        return new VmaLockCites()
                .user(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1344, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1347, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1351, "if (unlikely(access_error(error_code, vma))) {"))
                .accessEndRead(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1352, "vma_end_read(vma);"))
                .hmf(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1355, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endReadTest(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1356, "if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))"))
                .endRead(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1357, "vma_end_read(vma);"))
                .retryTest(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1359, "if (!(fault & VM_FAULT_RETRY)) {"))
                .major(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1364, "if (fault & VM_FAULT_MAJOR)"))
                .tried(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1365, "flags |= FAULT_FLAG_TRIED;"))
                .signal(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1368, "if (fault_signal_pending(fault, regs)) {"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/x86/mm/fault.c:1311-1467"); }

    @Override protected Cites cites68() {
        return new Cites()
                .accessRead(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1388, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1388, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1388, "if (unlikely(access_error(error_code, vma))) {"))
                .errorSignal(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1439, "if (fatal_signal_pending(current) && !user_mode(regs)) {"))
                .lockMmAndFindVma(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1378, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .signalCheck(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1408, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1430, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1434, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1434, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/x86/mm/fault.c", "__bad_area").at(869, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1467, "BUG();"))
                .perf(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1311, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
}
