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

/** arch/nios2/mm/fault.c do_page_fault(). */
public final class Nios2 extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/nios2/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/nios2/mm/fault.c", "do_page_fault");

    /** nios2: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.ASSIGNED_AT_GOOD_AREA, false,
            0, VmFlags.VM_WRITE, 0,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "nios2"; }
    @Override public String file() { return "arch/nios2/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/nios2/mm/fault.c:86-175", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/nios2/mm/fault.c:86-172", PATH);
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; the signal check is ret-only"
                + "; a write is EXC_W_PROTECTION_FAULT, where the C assigns flags = FAULT_FLAG_WRITE: ALLOW_RETRY, KILLABLE (and USER) are dropped, so a write fault is never retried and waits unkillably; a TLB miss (read or fetch of a not-present page) has no access check; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_56.at(86, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_56.at(90, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_56.at(123, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_56.at(136, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(162, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(175, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(183, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(221, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(228, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(146, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(156, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(158, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PAGE_FAULT_57.at(86, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PAGE_FAULT_57.at(90, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessWrite(DO_PAGE_FAULT_57.at(123, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(DO_PAGE_FAULT_57.at(136, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(160, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(172, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(180, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(218, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(225, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(146, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(156, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(158, "current->min_flt++;"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/nios2/mm/fault.c:90-211"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(90, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessWrite(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(113, "if (!(vma->vm_flags & VM_WRITE))"))
                .signalCheck(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(126, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(147, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(158, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(166, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(204, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(211, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/nios2/mm/fault.c", "do_page_fault").at(143, "BUG();"));
    }
}
