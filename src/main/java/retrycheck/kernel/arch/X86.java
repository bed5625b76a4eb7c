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

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_USER_ADDR_FAULT_64 = Src.v64("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src __BAD_AREA_64 = Src.v64("arch/x86/mm/fault.c", "__bad_area");
    private static final Src DO_USER_ADDR_FAULT_65 = Src.v65("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src __BAD_AREA_65 = Src.v65("arch/x86/mm/fault.c", "__bad_area");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/x86/mm/fault.c:1363-1420");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .accessRead(DO_USER_ADDR_FAULT_64.at(1374, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_64.at(1374, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_64.at(1374, "if (unlikely(access_error(error_code, vma))) {"))
                .errorSignal(DO_USER_ADDR_FAULT_64.at(1427, "if (fatal_signal_pending(current) && !user_mode(regs)) {"))
                .lockMmAndFindVma(DO_USER_ADDR_FAULT_64.at(1364, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .signalCheck(DO_USER_ADDR_FAULT_64.at(1394, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_USER_ADDR_FAULT_64.at(1416, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_64.at(1420, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_USER_ADDR_FAULT_64.at(1420, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__BAD_AREA_64.at(878, "mmap_read_unlock(mm);"))
                .bug(DO_USER_ADDR_FAULT_64.at(1455, "BUG();"))
                .perf(DO_USER_ADDR_FAULT_64.at(1306, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_USER_ADDR_FAULT_64.at(1407, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/x86/mm/fault.c:1363-1420");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .accessRead(DO_USER_ADDR_FAULT_65.at(1374, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_65.at(1374, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_65.at(1374, "if (unlikely(access_error(error_code, vma))) {"))
                .errorSignal(DO_USER_ADDR_FAULT_65.at(1427, "if (fatal_signal_pending(current) && !user_mode(regs)) {"))
                .lockMmAndFindVma(DO_USER_ADDR_FAULT_65.at(1364, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .signalCheck(DO_USER_ADDR_FAULT_65.at(1394, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_USER_ADDR_FAULT_65.at(1416, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_65.at(1420, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_USER_ADDR_FAULT_65.at(1420, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__BAD_AREA_65.at(878, "mmap_read_unlock(mm);"))
                .bug(DO_USER_ADDR_FAULT_65.at(1455, "BUG();"))
                .perf(DO_USER_ADDR_FAULT_65.at(1306, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_USER_ADDR_FAULT_65.at(1407, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_USER_ADDR_FAULT_59 = Src.v59("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src __BAD_AREA_59 = Src.v59("arch/x86/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_59 = Src.v59("arch/x86/mm/fault.c", "mm_fault_error");
    private static final Src DO_USER_ADDR_FAULT_512 = Src.v512("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src __BAD_AREA_512 = Src.v512("arch/x86/mm/fault.c", "__bad_area");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/x86/mm/fault.c:1276-1393");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_USER_ADDR_FAULT_59.at(1313, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_USER_ADDR_FAULT_59.at(1323, "mmap_read_lock(mm);"))
                .vmStart(DO_USER_ADDR_FAULT_59.at(1338, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_USER_ADDR_FAULT_59.at(1340, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_USER_ADDR_FAULT_59.at(1354, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_59.at(1354, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_59.at(1354, "if (unlikely(access_error(hw_error_code, vma))) {"))
                .signalCheck(DO_USER_ADDR_FAULT_59.at(1375, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_USER_ADDR_FAULT_59.at(1389, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_59.at(1393, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_USER_ADDR_FAULT_59.at(1393, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__BAD_AREA_59.at(854, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_59.at(985, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_59.at(959, "if (fatal_signal_pending(current) && !(error_code & X86_PF_USER)) {"))
                .perf(DO_USER_ADDR_FAULT_59.at(1276, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: mm_fault_error() is inlined into do_user_addr_fault() (same tests in the same order; the kernel-mode exits call kernelmode_fixup_or_oops()); the loop is v5.9's. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/x86/mm/fault.c:1294-1444");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_USER_ADDR_FAULT_512.at(1331, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_USER_ADDR_FAULT_512.at(1341, "mmap_read_lock(mm);"))
                .vmStart(DO_USER_ADDR_FAULT_512.at(1356, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_USER_ADDR_FAULT_512.at(1358, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_USER_ADDR_FAULT_512.at(1372, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_512.at(1372, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_512.at(1372, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(DO_USER_ADDR_FAULT_512.at(1392, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_USER_ADDR_FAULT_512.at(1410, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_512.at(1414, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_USER_ADDR_FAULT_512.at(1414, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__BAD_AREA_512.at(861, "mmap_read_unlock(mm);"))
                .bug(DO_USER_ADDR_FAULT_512.at(1444, "BUG();"))
                .errorSignal(DO_USER_ADDR_FAULT_512.at(1418, "if (fatal_signal_pending(current) && !user_mode(regs)) {"))
                .perf(DO_USER_ADDR_FAULT_512.at(1294, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_USER_ADDR_FAULT_60 = Src.v60("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src __BAD_AREA_60 = Src.v60("arch/x86/mm/fault.c", "__bad_area");
    private static final Src DO_USER_ADDR_FAULT_63 = Src.v63("arch/x86/mm/fault.c", "do_user_addr_fault");
    private static final Src __BAD_AREA_63 = Src.v63("arch/x86/mm/fault.c", "__bad_area");

    /**
     * v6.0.1 (arch/x86/mm/fault.c:1412-1413, 1420): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (unlikely(fault & VM_FAULT_RETRY)) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/x86/mm/fault.c:1301-1457");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(DO_USER_ADDR_FAULT_60.at(1338, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_USER_ADDR_FAULT_60.at(1348, "mmap_read_lock(mm);"))
                .vmStart(DO_USER_ADDR_FAULT_60.at(1363, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_USER_ADDR_FAULT_60.at(1365, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_USER_ADDR_FAULT_60.at(1379, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_60.at(1379, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_60.at(1379, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(DO_USER_ADDR_FAULT_60.at(1399, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_USER_ADDR_FAULT_60.at(1412, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_USER_ADDR_FAULT_60.at(1421, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_60.at(1425, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_USER_ADDR_FAULT_60.at(1425, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__BAD_AREA_60.at(867, "mmap_read_unlock(mm);"))
                .bug(DO_USER_ADDR_FAULT_60.at(1457, "BUG();"))
                .errorSignal(DO_USER_ADDR_FAULT_60.at(1429, "if (fatal_signal_pending(current) && !user_mode(regs)) {"))
                .perf(DO_USER_ADDR_FAULT_60.at(1301, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/x86/mm/fault.c:1311-1467");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(DO_USER_ADDR_FAULT_63.at(1348, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(DO_USER_ADDR_FAULT_63.at(1358, "mmap_read_lock(mm);"))
                .vmStart(DO_USER_ADDR_FAULT_63.at(1373, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_USER_ADDR_FAULT_63.at(1375, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_USER_ADDR_FAULT_63.at(1389, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_USER_ADDR_FAULT_63.at(1389, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_USER_ADDR_FAULT_63.at(1389, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(DO_USER_ADDR_FAULT_63.at(1409, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_USER_ADDR_FAULT_63.at(1422, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_USER_ADDR_FAULT_63.at(1431, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_USER_ADDR_FAULT_63.at(1435, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_USER_ADDR_FAULT_63.at(1435, "mmap_read_unlock(mm);"))
                .badAreaUpRead(__BAD_AREA_63.at(877, "mmap_read_unlock(mm);"))
                .bug(DO_USER_ADDR_FAULT_63.at(1467, "BUG();"))
                .errorSignal(DO_USER_ADDR_FAULT_63.at(1439, "if (fatal_signal_pending(current) && !user_mode(regs)) {"))
                .perf(DO_USER_ADDR_FAULT_63.at(1311, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
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
                .perf(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1311, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/x86/mm/fault.c", "do_user_addr_fault").at(1421, "if (fault & VM_FAULT_COMPLETED)"));
    }}
