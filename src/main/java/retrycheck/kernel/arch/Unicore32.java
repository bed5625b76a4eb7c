package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/unicore32/mm/fault.c do_pf(). */
public final class Unicore32 extends Arch {
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
                PER_ATTEMPT, "v5.6.4 arch/unicore32/mm/fault.c:227-269");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return 0;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/unicore32/mm/fault.c:227-267");
    }

    @Override public String quirks() {
        return "handle_mm_fault() is reached through __do_pf(); retry: sits inside the down_read_trylock()-failed branch; v5.6 ran the second attempt with neither ALLOW_RETRY nor TRIED; ret-only signal check";
    }

    @Override protected int trylockLine(Kernel k) { return 227; }
    @Override protected int retryLabelLine(Kernel k) { return 232; }
    @Override protected int signalCheckLine(Kernel k) { return 253; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 262 : 264; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 267 : 269; }
}
