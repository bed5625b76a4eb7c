package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/sparc/mm/fault_32.c do_sparc_fault(). */
public final class Sparc32 extends Arch {
    @Override public String name() { return "sparc32"; }
    @Override public String file() { return "arch/sparc/mm/fault_32.c"; }
    @Override public String function() { return "do_sparc_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/sparc/mm/fault_32.c:198-276");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/sparc/mm/fault_32.c:198-275");
    }

    @Override public String quirks() {
        return "the signal check is ret-only; force_user_fault() (line 414) calls handle_mm_fault() without ALLOW_RETRY and is not modelled";
    }

    @Override protected int retryLabelLine(Kernel k) { return 199; }
    @Override protected int signalCheckLine(Kernel k) { return 240; }
    @Override protected int retryFlagsLine(Kernel k) { return 264; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 275 : 276; }
}
