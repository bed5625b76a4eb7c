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
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/hexagon/mm/vm_fault.c do_page_fault(). */
public final class Hexagon extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/hexagon/mm/vm_fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/hexagon/mm/vm_fault.c", "do_page_fault");

    /** hexagon: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, true, false, Perf.NONE);

    @Override public String name() { return "hexagon"; }
    @Override public String file() { return "arch/hexagon/mm/vm_fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} then
     * {@code if (likely(!(fault & VM_FAULT_ERROR))) { if (flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) {
     * flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } } up_read(); return; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/hexagon/mm/vm_fault.c:57-115", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} then the same nesting with
     * {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/hexagon/mm/vm_fault.c:57-114", PATH);
    }

    @Override public String quirks() {
        return "the ALLOW_RETRY test is nested in if (likely(!(fault & VM_FAULT_ERROR))), which is NO_ERROR_AND_ALLOW; the signal check is ret-only"
                + "; the error branch has its own up_read (line 114, not the one of the normal exit); a VM_FAULT_HWPOISON or VM_FAULT_SIGSEGV result gets SIGSEGV";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(58, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(63, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(66, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(82, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_56.at(86, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(78, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_56.at(94, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(105, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(111, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_56.at(115, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(142, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_56.at(101, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(103, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(58, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(63, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(66, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(82, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(DO_PAGE_FAULT_57.at(86, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(78, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_57.at(94, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(105, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(110, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PAGE_FAULT_57.at(114, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(141, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PAGE_FAULT_57.at(101, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(103, "current->min_flt++;"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/hexagon/mm/vm_fault.c:61-134"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(61, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(74, "if (!(vma->vm_flags & VM_READ))"))
                .accessWrite(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(78, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(70, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(86, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(99, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(103, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(107, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/hexagon/mm/vm_fault.c", "do_page_fault").at(134, "mmap_read_unlock(mm);"));
    }
}
