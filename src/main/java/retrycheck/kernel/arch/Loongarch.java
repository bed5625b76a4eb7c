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

/**
 * arch/loongarch/mm/fault.c __do_page_fault(), from v6.0 (spec/releases.md §5.3): loongarch joined the kernel after
 * v5.12 (v5.19) with the retry protocol as it stood then: FAULT_FLAG_DEFAULT, the kernel-mode fixup on the signal
 * check, VM_FAULT_COMPLETED, no ALLOW_RETRY test, the RETRY test before the error dispatch (which follows its own
 * mmap_read_unlock). The model holds it from v6.0 on.
 */
public final class Loongarch extends Arch {
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/loongarch/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/loongarch/mm/fault.c", "__do_page_fault");

    /**
     * loongarch 6.0.1: USER before {@code retry:}, WRITE at good_area ({@code if (write) { flags |= FAULT_FLAG_WRITE; if
     * (!(vma->vm_flags & VM_WRITE)) goto bad_area; }}), no INSTRUCTION; a read needs VM_READ and an instruction fetch
     * ({@code address == exception_era(regs)}) VM_EXEC; bad_area unlocks, then do_sigsegv() (kernel mode:
     * no_context()); the errors after the unlock: OOM do_out_of_memory(), SIGSEGV do_sigsegv(), SIGBUS|HWPOISON*
     * do_sigbus(), else BUG(); perf before the lock.
     */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA),
                    new ErrorCase(VmFault.SIGBUS | VmFault.HWPOISON | VmFault.HWPOISON_LARGE, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    /** arch/loongarch exists from v6.0 on among the modelled releases (spec/releases.md §1). */
    @Override public boolean existsIn(Variant v) { return v.atLeast(Variant.V6_0); }

    @Override public String name() { return "loongarch"; }
    @Override public String file() { return "arch/loongarch/mm/fault.c"; }
    @Override public String function() { return "__do_page_fault"; }

    private static IllegalStateException absent(String release) {
        return new IllegalStateException("loongarch is not in the " + release + " tree (arch/loongarch joins in v5.19; "
                + "spec/releases.md §1): the model holds it from v6.0 on");
    }

    /** Not held: no arch/loongarch in v5.6.4. */
    @Override protected RetryChoices v56() { throw absent("v5.6.4"); }

    /** Not held: no arch/loongarch in v5.7.14 (nor in 5.9.1 and 5.12.9, which inherit this). */
    @Override protected RetryChoices v57() { throw absent("v5.7.14/5.9.1/5.12.9"); }

    @Override protected Cites cites56() { return null; }

    @Override protected Cites cites57() { return null; }

    /**
     * v6.0.1 (lines 168-248): {@code retry: mmap_read_lock(mm);} ... {@code if (fault_signal_pending(fault, regs)) { if
     * (!user_mode(regs)) no_context(regs, address); return; }} {@code if (fault & VM_FAULT_COMPLETED) return;} {@code
     * if (unlikely(fault & VM_FAULT_RETRY)) { flags |= FAULT_FLAG_TRIED; goto retry; }}; no accounting in the arch.
     */
    @Override protected RetryChoices v60() {
        return new RetryChoices(RetryChoices.Gate.RETRY_ONLY, true, false, false, RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING,
                RetryChoices.KernelExit.NO_CONTEXT, RetryChoices.Relock.RETRY_LABEL, RetryChoices.Accounting.CORE,
                "v6.0.1 arch/loongarch/mm/fault.c:167-248", PATH)
                .withCompleted(RetryChoices.Completed.RETURN);
    }

    /** v6.3.8: the v6.0 declaration (only kprobe_page_fault() was added before the loop, lines 138-139). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/loongarch/mm/fault.c:170-251");
    }

    @Override public String quirks() {
        return "joins the model in v6.0 (arch/loongarch is new in v5.19); the RETRY test precedes the error dispatch, which follows its own mmap_read_unlock(); "
                + "an instruction fetch is told by address == exception_era(regs); the kernel-address (__UA_LIMIT) and faulthandler_disabled() exits are not modelled";
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(169, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(173, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_60.at(175, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_60.at(200, "if (!(vma->vm_flags & VM_READ) && address != exception_era(regs))"))
                .accessWrite(DO_PAGE_FAULT_60.at(197, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_60.at(202, "if (!(vma->vm_flags & VM_EXEC) && address == exception_era(regs))"))
                .signalCheck(DO_PAGE_FAULT_60.at(213, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_60.at(220, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(224, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(248, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_60.at(234, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_60.at(184, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_60.at(245, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(167, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(172, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(176, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_63.at(178, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_63.at(203, "if (!(vma->vm_flags & VM_READ) && address != exception_era(regs))"))
                .accessWrite(DO_PAGE_FAULT_63.at(200, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_63.at(205, "if (!(vma->vm_flags & VM_EXEC) && address == exception_era(regs))"))
                .signalCheck(DO_PAGE_FAULT_63.at(216, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_63.at(223, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(227, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(251, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_63.at(237, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_63.at(187, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_63.at(248, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(170, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // v6.4.6 and v6.5.0 (the same file), v6.8.0: lock_mm_and_find_vma() at retry:.
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/loongarch/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/loongarch/mm/fault.c", "__do_page_fault");
    private static final Src DO_PAGE_FAULT_68 = Src.v68("arch/loongarch/mm/fault.c", "__do_page_fault");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) goto bad_area_nosemaphore;}. */
    @Override protected RetryChoices v64() {
        return v63().withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/loongarch/mm/fault.c:170-247");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(172, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_64.at(199, "if (!(vma->vm_flags & VM_READ) && address != exception_era(regs))"))
                .accessWrite(DO_PAGE_FAULT_64.at(196, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_64.at(201, "if (!(vma->vm_flags & VM_EXEC) && address == exception_era(regs))"))
                .signalCheck(DO_PAGE_FAULT_64.at(212, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_64.at(219, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_64.at(223, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(247, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_64.at(233, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_64.at(182, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_64.at(244, "BUG();"))
                .perf(DO_PAGE_FAULT_64.at(170, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.5.0: arch/loongarch/mm/fault.c is 6.4.6's. */
    @Override protected RetryChoices v65() { return v64().withLines("v6.5.0 arch/loongarch/mm/fault.c:170-247"); }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(172, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_65.at(199, "if (!(vma->vm_flags & VM_READ) && address != exception_era(regs))"))
                .accessWrite(DO_PAGE_FAULT_65.at(196, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_65.at(201, "if (!(vma->vm_flags & VM_EXEC) && address == exception_era(regs))"))
                .signalCheck(DO_PAGE_FAULT_65.at(212, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_65.at(219, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_65.at(223, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(247, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_65.at(233, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_65.at(182, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_65.at(244, "BUG();"))
                .perf(DO_PAGE_FAULT_65.at(170, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.8.0: the loop of 6.5.0, 6 lines lower (kfence in no_context(); loongarch has no per-VMA lock attempt). */
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/loongarch/mm/fault.c:176-253"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_68.at(178, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_68.at(205, "if (!(vma->vm_flags & VM_READ) && address != exception_era(regs))"))
                .accessWrite(DO_PAGE_FAULT_68.at(202, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_68.at(207, "if (!(vma->vm_flags & VM_EXEC) && address == exception_era(regs))"))
                .signalCheck(DO_PAGE_FAULT_68.at(218, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_68.at(225, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_68.at(229, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_68.at(253, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_PAGE_FAULT_68.at(239, "mmap_read_unlock(mm);"))
                .badAreaUpRead(DO_PAGE_FAULT_68.at(188, "mmap_read_unlock(mm);"))
                .bug(DO_PAGE_FAULT_68.at(250, "BUG();"))
                .perf(DO_PAGE_FAULT_68.at(176, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
}
