package example;

import retrycheck.kernel.Kernel;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.RetryChoices;

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/**
 * The README walk-through: a proposed retry loop for one arch, declared like the built-in ones. Change one
 * line (say, clearsAllowRetry to true) and `check --handler example.ProposedX86` shows the counterexample.
 */
public class ProposedX86 extends Arch {
    @Override public String name() { return "proposed-x86"; }
    @Override public String file() { return "arch/x86/mm/fault.c"; }
    @Override public String function() { return "do_user_addr_fault"; }

    @Override protected RetryChoices v56() { return v57(); }

    @Override protected RetryChoices v57() {
        return new RetryChoices(COMBINED,
                true,    // setsTried:        flags |= FAULT_FLAG_TRIED;
                false,   // clearsAllowRetry: (v5.6 did flags &= ~FAULT_FLAG_ALLOW_RETRY)
                false,   // clearsRetryNowait
                FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH, AFTER_LOOP, "proposed patch");
    }

    @Override protected int trylockLine(Kernel k) { return 1405; }
    @Override protected int retryLabelLine(Kernel k) { return 1415; }
    @Override protected int signalCheckLine(Kernel k) { return 1468; }
    @Override protected int retryFlagsLine(Kernel k) { return 1482; }
    @Override protected int upReadLine(Kernel k) { return 1486; }
}
