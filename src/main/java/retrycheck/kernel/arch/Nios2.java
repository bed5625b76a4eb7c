package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/nios2/mm/fault.c do_page_fault(). */
public final class Nios2 extends Arch {
    @Override public String name() { return "nios2"; }
    @Override public String file() { return "arch/nios2/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/nios2/mm/fault.c:86-175");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/nios2/mm/fault.c:86-172");
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; the signal check is ret-only";
    }

    @Override protected int trylockLine(Kernel k) { return 86; }
    @Override protected int retryLabelLine(Kernel k) { return 90; }
    @Override protected int signalCheckLine(Kernel k) { return 136; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 160 : 162; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 172 : 175; }
}
