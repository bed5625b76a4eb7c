package example;

import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/**
 * The README walk-through: a proposed retry loop for one arch, declared like the built-in ones (the rest of x86's
 * handler and its C lines are inherited from {@link X86}). Change one line (say, clearsAllowRetry to true) and
 * `check --handler example.ProposedX86` shows the counterexample.
 */
public class ProposedX86 extends X86 {
    @Override public String name() { return "proposed-x86"; }

    @Override protected RetryChoices v56() { return v57(); }

    @Override protected RetryChoices v57() {
        return new RetryChoices(COMBINED,
                true,    // setsTried:        flags |= FAULT_FLAG_TRIED;
                false,   // clearsAllowRetry: (v5.6 did flags &= ~FAULT_FLAG_ALLOW_RETRY)
                false,   // clearsRetryNowait
                FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH, AFTER_LOOP, "proposed patch", X86.PATH);
    }
}
