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
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/alpha/mm/fault.c do_page_fault(). */
public final class Alpha extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/alpha/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/alpha/mm/fault.c", "do_page_fault");

    /** alpha: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "alpha"; }
    @Override public String file() { return "arch/alpha/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * maj/min_flt++; if (fault & VM_FAULT_RETRY) { flags &= ~FAULT_FLAG_ALLOW_RETRY; goto retry; } }} (no TRIED).
     */
    @Override protected RetryChoices v56() {
        // v5.6.4 line 172 clears ALLOW_RETRY and does not set TRIED (as kernel-facts.md says)
        return new RetryChoices(OUTER, false, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/alpha/mm/fault.c:119-183", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code if (fault & VM_FAULT_RETRY) {
     * flags |= FAULT_FLAG_TRIED; goto retry; }} inside {@code if (flags & FAULT_FLAG_ALLOW_RETRY)}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/alpha/mm/fault.c:119-183", PATH);
    }

    @Override public String quirks() {
        return "v5.6 ran the second attempt with neither ALLOW_RETRY nor TRIED; the signal check is ret-only, so a kernel-mode uaccess re-executes"
                + "; a VM_FAULT_HWPOISON result matches none of OOM/SIGSEGV/SIGBUS and reaches BUG() with mmap_sem held (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(120, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(124, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(126, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_56.at(136, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_56.at(153, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(172, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(183, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(190, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(214, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(221, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(163, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(168, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(170, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(120, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(124, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(126, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(140, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(DO_PAGE_FAULT_57.at(136, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(DO_PAGE_FAULT_57.at(153, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(172, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(183, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(190, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(214, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(221, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(163, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(168, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(170, "current->min_flt++;"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/alpha/mm/fault.c:122-217"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(122, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessWrite(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(134, "if (!(vma->vm_flags & (VM_READ | VM_WRITE)))"))
                .accessExec(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(130, "if (!(vma->vm_flags & VM_EXEC))"))
                .signalCheck(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(147, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(168, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(178, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(185, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(210, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(217, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/alpha/mm/fault.c", "do_page_fault").at(164, "BUG();"));
    }
}
