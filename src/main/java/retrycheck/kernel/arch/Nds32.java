package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/nds32/mm/fault.c do_page_fault(). */
public final class Nds32 extends Arch {
    @Override public String name() { return "nds32"; }
    @Override public String file() { return "arch/nds32/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) { if (!user_mode(regs)) goto no_context;
     * return; }} ... {@code if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/nds32/mm/fault.c:130-260");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }} ...
     * {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/nds32/mm/fault.c:130-259");
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; kernel-mode signal exit via no_context";
    }

    @Override protected int trylockLine(Kernel k) { return 130; }
    @Override protected int retryLabelLine(Kernel k) { return 135; }
    @Override protected int signalCheckLine(Kernel k) { return 217; }
    @Override protected int retryFlagsLine(Kernel k) { return 249; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 259 : 260; }
}
