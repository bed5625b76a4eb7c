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
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/arm64/mm/fault.c do_page_fault(). */
public class Arm64 extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_56 = Src.v56("arch/arm64/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_57 = Src.v57("arch/arm64/mm/fault.c", "__do_page_fault");

    /** arm64: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, true,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.FAULT_CODE, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS), new ErrorCase(VmFault.HWPOISON | VmFault.HWPOISON_LARGE, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, true, false, Perf.BEFORE_LOCK);

    @Override public String name() { return "arm64"; }
    @Override public String file() { return "arch/arm64/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if (fault & VM_FAULT_RETRY) { if (fatal_signal_pending(current)) { if (!user_mode(regs)) goto no_context;
     * return 0; } if (mm_flags & ALLOW_RETRY) { mm_flags &= ~ALLOW_RETRY; mm_flags |= TRIED; goto retry; } }}.
     * The fatal check sits inside the RETRY branch before the flags change: semantically FATAL_ONLY.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_ONLY, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.6.4 arch/arm64/mm/fault.c:494-539", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return 0; }}
     * then {@code if (fault & VM_FAULT_RETRY) { if (mm_flags & FAULT_FLAG_ALLOW_RETRY) { mm_flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NESTED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.7.14 arch/arm64/mm/fault.c:494-529", PATH);
    }

    @Override public String quirks() {
        return "handle_mm_fault() is reached through __do_page_fault(); retry: sits inside the down_read_trylock()-failed branch; major |= fault & VM_FAULT_MAJOR, counted once after the loop"
                + "; a bad area is VM_FAULT_BADMAP/BADACCESS returned by __do_page_fault(); FAULT_FLAG_INSTRUCTION only for an EL0 instruction abort";
    }

    /** arch/arm64/mm/fault.c:397-398: {@code #define VM_FAULT_BADMAP 0x010000}, {@code #define VM_FAULT_BADACCESS 0x020000}. */
    static final int VM_FAULT_BADMAP = 0x010000, VM_FAULT_BADACCESS = 0x020000;

    /** The bad area as __do_page_fault()'s result: {@code fault = VM_FAULT_BADMAP;} / {@code fault = VM_FAULT_BADACCESS;}. */
    @Override protected int badAreaFault(int siCode) {
        return siCode == SEGV_MAPERR ? VM_FAULT_BADMAP : siCode == SEGV_ACCERR ? VM_FAULT_BADACCESS : 0;
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_56.at(494, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_56.at(498, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PAGE_FAULT_56.at(412, "if (unlikely(vma->vm_start > addr)) {"))
                .growsDown(__DO_PAGE_FAULT_56.at(413, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_56.at(423, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_56.at(423, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_56.at(423, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_56.at(523, "if (fatal_signal_pending(current)) {"))
                .retryFlags(DO_PAGE_FAULT_56.at(534, "mm_flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(539, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_56.at(539, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_56.at(553, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(557, "current->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(487, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_56.at(554, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs,"))
                .perfMin(DO_PAGE_FAULT_56.at(558, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_57.at(494, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_57.at(498, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PAGE_FAULT_57.at(412, "if (unlikely(vma->vm_start > addr)) {"))
                .growsDown(__DO_PAGE_FAULT_57.at(413, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_57.at(423, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_57.at(423, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_57.at(423, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_57.at(517, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_57.at(525, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(529, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_57.at(529, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_57.at(543, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(547, "current->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(487, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .perfMaj(DO_PAGE_FAULT_57.at(544, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs,"))
                .perfMin(DO_PAGE_FAULT_57.at(548, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs,"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_64 = Src.v64("arch/arm64/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_65 = Src.v65("arch/arm64/mm/fault.c", "__do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/arm64/mm/fault.c:606-630");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(607, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(__DO_PAGE_FAULT_64.at(497, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_64.at(497, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_64.at(497, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_64.at(616, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_64.at(627, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(630, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_64.at(630, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_64.at(574, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(DO_PAGE_FAULT_64.at(623, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/arm64/mm/fault.c:620-644");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(621, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(__DO_PAGE_FAULT_65.at(511, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_65.at(511, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_65.at(511, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_65.at(630, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_65.at(641, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(644, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_65.at(644, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_65.at(588, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(DO_PAGE_FAULT_65.at(637, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_59 = Src.v59("arch/arm64/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_512 = Src.v512("arch/arm64/mm/fault.c", "__do_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/arm64/mm/fault.c:494-535");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_59.at(501, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_59.at(505, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_59.at(419, "if (unlikely(vma->vm_start > addr)) {"))
                .growsDown(__DO_PAGE_FAULT_59.at(420, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_59.at(430, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_59.at(430, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_59.at(430, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_59.at(523, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_59.at(531, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(535, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_59.at(535, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_59.at(494, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v5.12.9: do_page_fault(far, esr, regs) with addr = untagged_addr(far); the loop is v5.9's. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/arm64/mm/fault.c:565-606");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_512.at(572, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_512.at(576, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_512.at(494, "if (unlikely(vma->vm_start > addr)) {"))
                .growsDown(__DO_PAGE_FAULT_512.at(495, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_512.at(505, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_512.at(505, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_512.at(505, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_512.at(594, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_512.at(602, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(606, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_512.at(606, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_512.at(565, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_60 = Src.v60("arch/arm64/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/arm64/mm/fault.c", "do_page_fault");
    private static final Src __DO_PAGE_FAULT_63 = Src.v63("arch/arm64/mm/fault.c", "__do_page_fault");

    /**
     * v6.0.1 (arch/arm64/mm/fault.c:612-613, 615): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return 0;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/arm64/mm/fault.c:576-619");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_60.at(583, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_60.at(587, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_60.at(489, "if (unlikely(vma->vm_start > addr)) {"))
                .growsDown(__DO_PAGE_FAULT_60.at(490, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_60.at(500, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_60.at(500, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_60.at(500, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_60.at(605, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_60.at(612, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(616, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(619, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(619, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_60.at(576, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/arm64/mm/fault.c:586-629");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_63.at(593, "if (!mmap_read_trylock(mm)) {"))
                .lock(DO_PAGE_FAULT_63.at(597, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_63.at(499, "if (unlikely(vma->vm_start > addr)) {"))
                .growsDown(__DO_PAGE_FAULT_63.at(500, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(__DO_PAGE_FAULT_63.at(510, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(__DO_PAGE_FAULT_63.at(510, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(__DO_PAGE_FAULT_63.at(510, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(DO_PAGE_FAULT_63.at(615, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_63.at(622, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(626, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(629, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(629, "mmap_read_unlock(mm);"))
                .perf(DO_PAGE_FAULT_63.at(586, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    // ---- The per-VMA lock attempt (helper 17d; Arch.lockVmaStep, RELEASES-CONTRACT.md) ----

    /** The per-VMA lock attempt (spec/releases.md §8.1): from v6.4 on. */
    @Override protected RetryChoices.VmaLock vmaLock(Variant v) {
        return v.atLeast(Variant.V6_8) ? RetryChoices.VmaLock.V68 : v.atLeast(Variant.V6_4) ? RetryChoices.VmaLock.V64 : RetryChoices.VmaLock.NONE;
    }

    /** The per-VMA lock attempt in the 6.4.6 tree (arch/arm64/mm/fault.c do_page_fault). */
    @Override protected VmaLockCites vmaLockCites64() {
        return new VmaLockCites()
                .user(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(577, "if (!(mm_flags & FAULT_FLAG_USER))"))
                .rcu(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(580, "vma = lock_vma_under_rcu(mm, addr);"))
                .access(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(584, "if (!(vma->vm_flags & vm_flags)) {"))
                .accessEndRead(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(585, "vma_end_read(vma);"))
                .hmf(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(588, "fault = handle_mm_fault(vma, addr, mm_flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(589, "vma_end_read(vma);"))
                .retryTest(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(591, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v64("arch/arm64/mm/fault.c", "do_page_fault").at(598, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.5.0 tree (arch/arm64/mm/fault.c do_page_fault). */
    @Override protected VmaLockCites vmaLockCites65() {
        return new VmaLockCites()
                .user(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(591, "if (!(mm_flags & FAULT_FLAG_USER))"))
                .rcu(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(594, "vma = lock_vma_under_rcu(mm, addr);"))
                .access(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(598, "if (!(vma->vm_flags & vm_flags)) {"))
                .accessEndRead(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(599, "vma_end_read(vma);"))
                .hmf(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(602, "fault = handle_mm_fault(vma, addr, mm_flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(603, "vma_end_read(vma);"))
                .retryTest(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(605, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v65("arch/arm64/mm/fault.c", "do_page_fault").at(612, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.8.0 tree (arch/arm64/mm/fault.c do_page_fault). */
    @Override protected VmaLockCites vmaLockCites68() {
        return new VmaLockCites()
                .user(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(590, "if (!(mm_flags & FAULT_FLAG_USER))"))
                .rcu(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(593, "vma = lock_vma_under_rcu(mm, addr);"))
                .access(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(597, "if (!(vma->vm_flags & vm_flags)) {"))
                .accessEndRead(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(598, "vma_end_read(vma);"))
                .hmf(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(601, "fault = handle_mm_fault(vma, addr, mm_flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endReadTest(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(602, "if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))"))
                .endRead(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(603, "vma_end_read(vma);"))
                .retryTest(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(605, "if (!(fault & VM_FAULT_RETRY)) {"))
                .major(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(610, "if (fault & VM_FAULT_MAJOR)"))
                .tried(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(611, "mm_flags |= FAULT_FLAG_TRIED;"))
                .signal(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(614, "if (fault_signal_pending(fault, regs)) {"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/arm64/mm/fault.c:588-645"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(622, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(Src.v68("arch/arm64/mm/fault.c", "__do_page_fault").at(511, "if (!(vma->vm_flags & vm_flags))"))
                .accessWrite(Src.v68("arch/arm64/mm/fault.c", "__do_page_fault").at(511, "if (!(vma->vm_flags & vm_flags))"))
                .accessExec(Src.v68("arch/arm64/mm/fault.c", "__do_page_fault").at(511, "if (!(vma->vm_flags & vm_flags))"))
                .signalCheck(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(631, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(642, "mm_flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(645, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(645, "mmap_read_unlock(mm);"))
                .perf(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(588, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(Src.v68("arch/arm64/mm/fault.c", "do_page_fault").at(638, "if (fault & VM_FAULT_COMPLETED)"));
    }}
