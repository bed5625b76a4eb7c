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
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/unicore32/mm/fault.c do_pf(). */
public final class Unicore32 extends Arch {
    private static final Src DO_PF_56 = Src.v56("arch/unicore32/mm/fault.c", "do_pf");
    private static final Src __DO_PF_56 = Src.v56("arch/unicore32/mm/fault.c", "__do_pf");
    private static final Src DO_PF_57 = Src.v57("arch/unicore32/mm/fault.c", "do_pf");
    private static final Src __DO_PF_57 = Src.v57("arch/unicore32/mm/fault.c", "__do_pf");

    /** unicore32: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.FAULT_CODE, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BAD_AREA, true, false, Perf.NONE);

    /** arch/unicore32 was removed in v5.9 (spec/releases.md §1). */
    @Override public boolean existsIn(Variant v) { return !v.atLeast(Variant.V5_9); }

    @Override public String name() { return "unicore32"; }
    @Override public String file() { return "arch/unicore32/mm/fault.c"; }
    @Override public String function() { return "do_pf"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return 0;} then
     * {@code if (!(fault & VM_FAULT_ERROR) && (flags & ALLOW_RETRY)) { ...; if (fault & VM_FAULT_RETRY) {
     * flags &= ~FAULT_FLAG_ALLOW_RETRY; goto retry; } }} (no TRIED).
     */
    @Override protected RetryChoices v56() {
        // v5.6.4 line 264 clears ALLOW_RETRY and does not set TRIED (as kernel-facts.md says)
        return new RetryChoices(NO_ERROR_AND_ALLOW, false, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/unicore32/mm/fault.c:227-269", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return 0;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/unicore32/mm/fault.c:227-267", PATH);
    }

    @Override public String quirks() {
        return "handle_mm_fault() is reached through __do_pf(); retry: sits inside the down_read_trylock()-failed branch; v5.6 ran the second attempt with neither ALLOW_RETRY nor TRIED; ret-only signal check"
                + "; a bad area is VM_FAULT_BADMAP/BADACCESS returned by __do_pf(), counted as a min_flt like arm";
    }

    /** arch/unicore32/mm/fault.c:142-143: {@code #define VM_FAULT_BADMAP 0x010000}, {@code #define VM_FAULT_BADACCESS 0x020000}. */
    static final int VM_FAULT_BADMAP = 0x010000, VM_FAULT_BADACCESS = 0x020000;

    /** The bad area as __do_page_fault()'s result: {@code fault = VM_FAULT_BADMAP;} / {@code fault = VM_FAULT_BADACCESS;}. */
    @Override protected int badAreaFault(int siCode) {
        return siCode == SEGV_MAPERR ? VM_FAULT_BADMAP : siCode == SEGV_ACCERR ? VM_FAULT_BADACCESS : 0;
    }

    @Override protected Cites cites56() {
        return new Cites()
                .trylock(DO_PF_56.at(227, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PF_56.at(232, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PF_56.at(172, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PF_56.at(193, "if (vma->vm_flags & VM_GROWSDOWN && !expand_stack(vma, addr))"))
                .accessRead(__DO_PF_56.at(180, "if (access_error(fsr, vma)) {"))
                .accessWrite(__DO_PF_56.at(180, "if (access_error(fsr, vma)) {"))
                .accessExec(__DO_PF_56.at(180, "if (access_error(fsr, vma)) {"))
                .signalCheck(DO_PF_56.at(253, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(DO_PF_56.at(264, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PF_56.at(269, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PF_56.at(269, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PF_56.at(258, "tsk->maj_flt++;"))
                .minFlt(DO_PF_56.at(260, "tsk->min_flt++;"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .trylock(DO_PF_57.at(227, "if (!down_read_trylock(&mm->mmap_sem)) {"))
                .lock(DO_PF_57.at(232, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PF_57.at(172, "if (unlikely(vma->vm_start > addr))"))
                .growsDown(__DO_PF_57.at(193, "if (vma->vm_flags & VM_GROWSDOWN && !expand_stack(vma, addr))"))
                .accessRead(__DO_PF_57.at(180, "if (access_error(fsr, vma)) {"))
                .accessWrite(__DO_PF_57.at(180, "if (access_error(fsr, vma)) {"))
                .accessExec(__DO_PF_57.at(180, "if (access_error(fsr, vma)) {"))
                .signalCheck(DO_PF_57.at(253, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(DO_PF_57.at(262, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PF_57.at(267, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_PF_57.at(267, "up_read(&mm->mmap_sem);"))
                .majFlt(DO_PF_57.at(258, "tsk->maj_flt++;"))
                .minFlt(DO_PF_57.at(260, "tsk->min_flt++;"));
    }
}
