package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/alpha/mm/fault.c do_page_fault(). */
public final class Alpha extends Arch {
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
                PER_ATTEMPT, "v5.6.4 arch/alpha/mm/fault.c:119-183");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code if (fault & VM_FAULT_RETRY) {
     * flags |= FAULT_FLAG_TRIED; goto retry; }} inside {@code if (flags & FAULT_FLAG_ALLOW_RETRY)}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/alpha/mm/fault.c:119-183");
    }

    @Override public String quirks() {
        return "v5.6 ran the second attempt with neither ALLOW_RETRY nor TRIED; the signal check is ret-only, so a kernel-mode uaccess re-executes";
    }

    @Override protected int retryLabelLine(Kernel k) { return 120; }
    @Override protected int signalCheckLine(Kernel k) { return 153; }
    @Override protected int retryFlagsLine(Kernel k) { return 172; }
    @Override protected int upReadLine(Kernel k) { return 183; }
}
