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

/** arch/m68k/mm/fault.c do_page_fault(). */
public final class M68k extends Arch {
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/m68k/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/m68k/mm/fault.c", "do_page_fault");

    /** m68k: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "m68k"; }
    @Override public String file() { return "arch/m68k/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return 0;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/m68k/mm/fault.c:88-180", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return 0;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/m68k/mm/fault.c:88-177", PATH);
    }

    @Override public String quirks() {
        return "the signal check is ret-only (return 0), so a kernel-mode uaccess re-executes"
                + "; VM_IO vmas are acc_err (no VM_IO in the scenarios); user-mode stack growth needs address + 256 >= rdusp() (not modelled: no usp); read/exec not distinguished; HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(89, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_56.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_56.at(128, "if (!(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE)))"))
                .accessWrite(DO_PAGE_FAULT_56.at(121, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_56.at(128, "if (!(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE)))"))
                .signalCheck(DO_PAGE_FAULT_56.at(141, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PAGE_FAULT_56.at(167, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(180, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_56.at(217, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_56.at(188, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_56.at(217, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_56.at(151, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(161, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(163, "current->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(89, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(96, "if (vma->vm_start <= address)"))
                .growsDown(DO_PAGE_FAULT_57.at(98, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_PAGE_FAULT_57.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(DO_PAGE_FAULT_57.at(121, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(DO_PAGE_FAULT_57.at(128, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(DO_PAGE_FAULT_57.at(141, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PAGE_FAULT_57.at(165, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(177, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(DO_PAGE_FAULT_57.at(214, "up_read(&mm->mmap_sem);"))
                .oomUpRead(DO_PAGE_FAULT_57.at(185, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_PAGE_FAULT_57.at(214, "up_read(&mm->mmap_sem);"))
                .bug(DO_PAGE_FAULT_57.at(151, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(161, "current->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(163, "current->min_flt++;"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/m68k/mm/fault.c:93-215"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lock(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(93, "mmap_read_lock(mm);"))
                .vmStart(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(98, "if (vma->vm_start <= address)"))
                .growsDown(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(100, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(131, "if (unlikely(!vma_is_accessible(vma)))"))
                .accessWrite(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(124, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(131, "if (unlikely(!vma_is_accessible(vma)))"))
                .signalCheck(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(144, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(165, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(176, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(215, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(184, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(215, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(161, "BUG();"))
                .expandStack(Src.v68("arch/m68k/mm/fault.c", "do_page_fault").at(110, "vma = expand_stack(mm, address);"));
    }
}
