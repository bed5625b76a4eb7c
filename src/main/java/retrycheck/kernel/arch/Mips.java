package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/mips/mm/fault.c __do_page_fault(). */
public final class Mips extends Arch {
    @Override public String name() { return "mips"; }
    @Override public String file() { return "arch/mips/mm/fault.c"; }
    @Override public String function() { return "__do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/mips/mm/fault.c:99-194");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/mips/mm/fault.c:99-193");
    }

    @Override public String quirks() {
        return "perf PAGE_FAULTS is counted before the error check; the signal check is ret-only";
    }

    @Override protected int retryLabelLine(Kernel k) { return 100; }
    @Override protected int signalCheckLine(Kernel k) { return 157; }
    @Override protected int retryFlagsLine(Kernel k) { return 181; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 193 : 194; }
}
