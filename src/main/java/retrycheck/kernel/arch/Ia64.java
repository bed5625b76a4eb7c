package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/ia64/mm/fault.c ia64_do_page_fault(). */
public final class Ia64 extends Arch {
    @Override public String name() { return "ia64"; }
    @Override public String file() { return "arch/ia64/mm/fault.c"; }
    @Override public String function() { return "ia64_do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/ia64/mm/fault.c:104-182");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/ia64/mm/fault.c:104-181");
    }

    @Override public String quirks() {
        return "the signal check is ret-only, so a kernel-mode uaccess re-executes";
    }

    @Override protected int retryLabelLine(Kernel k) { return 105; }
    @Override protected int signalCheckLine(Kernel k) { return 144; }
    @Override protected int retryFlagsLine(Kernel k) { return 170; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 181 : 182; }
}
