package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/sh/mm/fault.c do_page_fault(). */
public final class Sh extends Arch {
    @Override public String name() { return "sh"; }
    @Override public String file() { return "arch/sh/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & (VM_FAULT_RETRY | VM_FAULT_ERROR))) if (mm_fault_error(...)) return;} where
     * mm_fault_error() does {@code if (fatal_signal_pending(current)) { if (!(fault & VM_FAULT_RETRY)) up_read(); if (!user_mode(regs))
     * no_context(); return 1; }}; then {@code if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; }}.
     * For a RETRY that is FATAL_ONLY; the check also fires on an ERROR without RETRY (see {@link #quirks}).
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/sh/mm/fault.c:298-314,426-496");
    }

    /**
     * v5.7.14: mm_fault_error() does {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) no_context(); return 1; }
     * if (!(fault & VM_FAULT_RETRY)) up_read();}; then {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/sh/mm/fault.c:298-316,426-495");
    }

    @Override public String quirks() {
        return "the signal check sits in mm_fault_error() (line 305), called when fault & (RETRY|ERROR); v5.6 also tested fatal_signal_pending() for an ERROR without RETRY (up_read, then no SIGBUS for user mode)";
    }

    @Override protected int retryLabelLine(Kernel k) { return 427; }
    @Override protected int signalCheckLine(Kernel k) { return 470; }
    @Override protected int retryFlagsLine(Kernel k) { return 484; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 495 : 496; }
}
