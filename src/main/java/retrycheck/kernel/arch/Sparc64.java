package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/sparc/mm/fault_64.c do_sparc64_fault(). */
public final class Sparc64 extends Arch {
    @Override public String name() { return "sparc64"; }
    @Override public String file() { return "arch/sparc/mm/fault_64.c"; }
    @Override public String function() { return "do_sparc64_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) goto exit_exception;} ...
     * {@code if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/sparc/mm/fault_64.c:322-463");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) goto exit_exception;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/sparc/mm/fault_64.c:322-462");
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch (kernel mode tested with TSTATE_PRIV); the signal exit goto exit_exception is a plain return";
    }

    @Override protected int trylockLine(Kernel k) { return 322; }
    @Override protected int retryLabelLine(Kernel k) { return 330; }
    @Override protected int signalCheckLine(Kernel k) { return 428; }
    @Override protected int retryFlagsLine(Kernel k) { return 452; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 462 : 463; }
}
