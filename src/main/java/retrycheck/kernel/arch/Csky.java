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

import static retrycheck.kernel.arch.RetryChoices.Accounting.CORE;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/**
 * arch/csky/mm/fault.c do_page_fault(), from v5.12 (spec/releases.md §4.2): a port of riscv's handler with the
 * retry protocol and a kernel-mode fixup on the signal check from the start. Up to 5.9.1 csky has no retry loop
 * at all ({@code fault = handle_mm_fault(vma, address, write ? FAULT_FLAG_WRITE : 0, regs);}, arch/csky/mm/fault.c:153,
 * no FAULT_FLAG_ALLOW_RETRY, so the core never returns VM_FAULT_RETRY to it): the model holds csky from v5.12 on.
 */
public final class Csky extends Arch {
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/csky/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_512 = Src.v512("arch/csky/mm/fault.c", "access_error");
    private static final Src BAD_AREA_512 = Src.v512("arch/csky/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_512 = Src.v512("arch/csky/mm/fault.c", "mm_fault_error");

    /**
     * csky v5.12.9: USER and WRITE ({@code is_write(regs)}) before {@code retry:}, no INSTRUCTION; access_error(): a
     * write needs VM_WRITE, anything else vma_is_accessible(); bad_area() unlocks; the errors are dispatched after the
     * final {@code mmap_read_unlock(mm)} by mm_fault_error() (OOM, SIGBUS, else BUG()); perf at the entry.
     */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    /** arch/csky has the retry protocol from v5.12 on (5.9.1: none; spec/releases.md §1, §3.3). */
    @Override public boolean existsIn(Variant v) { return v.atLeast(Variant.V5_12); }

    @Override public String name() { return "csky"; }
    @Override public String file() { return "arch/csky/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    private static IllegalStateException noRetryLoop(String release) {
        return new IllegalStateException("csky has no retry loop in " + release + " (handle_mm_fault() without "
                + "FAULT_FLAG_ALLOW_RETRY; spec/releases.md §3.3): the model holds it from v5.12 on");
    }

    /** Not held: csky has no retry loop in v5.6.4. */
    @Override protected RetryChoices v56() { throw noRetryLoop("v5.6.4"); }

    /** Not held: csky has no retry loop in v5.7.14 (nor in v5.9.1, which inherits this). */
    @Override protected RetryChoices v57() { throw noRetryLoop("v5.7.14/v5.9.1"); }

    @Override protected Cites cites56() { return null; }

    @Override protected Cites cites57() { return null; }

    /**
     * v5.12.9: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) no_context(regs, addr); return; }}
     * then {@code if (unlikely((fault & VM_FAULT_RETRY) && (flags & FAULT_FLAG_ALLOW_RETRY))) { flags |=
     * FAULT_FLAG_TRIED; goto retry; }}, {@code retry: mmap_read_lock(mm);}; no accounting in the arch.
     */
    @Override protected RetryChoices v512() {
        return new RetryChoices(COMBINED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, RETRY_LABEL,
                CORE, "v5.12.9 arch/csky/mm/fault.c:233-305", PATH);
    }

    @Override public String quirks() {
        return "joins the model in v5.12 (no retry loop before); a port of riscv's handler: the errors are dispatched after the unlock by mm_fault_error(), "
                + "the kernel-mode signal exit is no_context() from the start; vmalloc_fault() and the cmpxchg fixup are not modelled";
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(241, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(247, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_512.at(249, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(ACCESS_ERROR_512.at(178, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(ACCESS_ERROR_512.at(175, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(ACCESS_ERROR_512.at(178, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_512.at(282, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_512.at(289, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(299, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_512.at(299, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_512.at(106, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_512.at(97, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(236, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    // v6.0.1 and v6.3.8 (the same file): the 5.12.9 loop with {@code if (fault & VM_FAULT_COMPLETED) return;} after the
    // signal check (:288-290), the lines after it 4 lower; the ALLOW_RETRY test of the gate stays (csky kept it).
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/csky/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_60 = Src.v60("arch/csky/mm/fault.c", "access_error");
    private static final Src BAD_AREA_60 = Src.v60("arch/csky/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_60 = Src.v60("arch/csky/mm/fault.c", "mm_fault_error");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/csky/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_63 = Src.v63("arch/csky/mm/fault.c", "access_error");
    private static final Src BAD_AREA_63 = Src.v63("arch/csky/mm/fault.c", "bad_area");
    private static final Src MM_FAULT_ERROR_63 = Src.v63("arch/csky/mm/fault.c", "mm_fault_error");

    /** v6.0.1: {@code if (fault & VM_FAULT_COMPLETED) return;} after the signal check; the gate keeps FAULT_FLAG_ALLOW_RETRY. */
    @Override protected RetryChoices v60() {
        return v512().withCompleted(RetryChoices.Completed.RETURN).withLines("v6.0.1 arch/csky/mm/fault.c:233-309");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(241, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(247, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_60.at(249, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(ACCESS_ERROR_60.at(178, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(ACCESS_ERROR_60.at(175, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(ACCESS_ERROR_60.at(178, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_60.at(282, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_60.at(293, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(303, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(303, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_60.at(106, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_60.at(97, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(236, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(DO_PAGE_FAULT_60.at(289, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.3.8: arch/csky/mm/fault.c is 6.0.1's. (v6.4's lock_mm_and_find_vma() conversion is not transliterated: csky is not held from v6.4 on.) */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/csky/mm/fault.c:233-309");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(241, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(247, "if (likely(vma->vm_start <= addr))"))
                .growsDown(DO_PAGE_FAULT_63.at(249, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(ACCESS_ERROR_63.at(178, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(ACCESS_ERROR_63.at(175, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(ACCESS_ERROR_63.at(178, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_63.at(282, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_63.at(293, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(303, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(303, "mmap_read_unlock(mm);"))
                .badAreaUpRead(BAD_AREA_63.at(106, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_63.at(97, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(236, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"))
                .completed(DO_PAGE_FAULT_63.at(289, "if (fault & VM_FAULT_COMPLETED)"));
    }

    // v6.4.6, v6.5.0 and v6.8.0 (the same file): lock_mm_and_find_vma() at retry:.
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/csky/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_64 = Src.v64("arch/csky/mm/fault.c", "access_error");
    private static final Src MM_FAULT_ERROR_64 = Src.v64("arch/csky/mm/fault.c", "mm_fault_error");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/csky/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_65 = Src.v65("arch/csky/mm/fault.c", "access_error");
    private static final Src MM_FAULT_ERROR_65 = Src.v65("arch/csky/mm/fault.c", "mm_fault_error");
    private static final Src DO_PAGE_FAULT_68 = Src.v68("arch/csky/mm/fault.c", "do_page_fault");
    private static final Src ACCESS_ERROR_68 = Src.v68("arch/csky/mm/fault.c", "access_error");
    private static final Src MM_FAULT_ERROR_68 = Src.v68("arch/csky/mm/fault.c", "mm_fault_error");

    /** v6.4.6: {@code vma = lock_mm_and_find_vma(mm, addr, regs); if (unlikely(!vma)) { bad_area_nosemaphore(...); return; }}
     *  at {@code retry:}; an access error unlocks, then bad_area_nosemaphore() (bad_area() lost its unlock). */
    @Override protected RetryChoices v64() {
        return v63().withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/csky/mm/fault.c:235-296");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(240, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(ACCESS_ERROR_64.at(177, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(ACCESS_ERROR_64.at(174, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(ACCESS_ERROR_64.at(177, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_64.at(270, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_64.at(277, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_64.at(281, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(291, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_64.at(291, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(253, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_64.at(97, "BUG();"))
                .perf(DO_PAGE_FAULT_64.at(235, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v6.5.0: arch/csky/mm/fault.c is 6.4.6's. */
    @Override protected RetryChoices v65() { return v64().withLines("v6.5.0 arch/csky/mm/fault.c:235-296"); }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(240, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(ACCESS_ERROR_65.at(177, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(ACCESS_ERROR_65.at(174, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(ACCESS_ERROR_65.at(177, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_65.at(270, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_65.at(277, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_65.at(281, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(291, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_65.at(291, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(253, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_65.at(97, "BUG();"))
                .perf(DO_PAGE_FAULT_65.at(235, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }

    /** v6.8.0: arch/csky/mm/fault.c is 6.4.6's (csky has no per-VMA lock attempt). */
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/csky/mm/fault.c:235-296"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_68.at(240, "vma = lock_mm_and_find_vma(mm, addr, regs);"))
                .accessRead(ACCESS_ERROR_68.at(177, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(ACCESS_ERROR_68.at(174, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(ACCESS_ERROR_68.at(177, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_68.at(270, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_68.at(277, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_68.at(281, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_68.at(291, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_68.at(291, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_68.at(253, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_68.at(97, "BUG();"))
                .perf(DO_PAGE_FAULT_68.at(235, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);"));
    }
}
