package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/arm/mm/fault.c do_page_fault(). */
public final class Arm extends Arch {
    @Override public String name() { return "arm"; }
    @Override public String file() { return "arch/arm/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) { if (!user_mode(regs)) goto no_context;
     * return 0; }} ... {@code if (!(fault & VM_FAULT_ERROR) && flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) {
     * flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, true, false, FATAL_ONLY, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.6.4 arch/arm/mm/fault.c:273-330");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return 0; }} ...
     * {@code if (fault & VM_FAULT_RETRY) { flags |= FAULT_FLAG_TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                PER_ATTEMPT, "v5.7.14 arch/arm/mm/fault.c:273-327");
    }

    @Override public String quirks() {
        return "handle_mm_fault() is reached through __do_page_fault(); retry: sits inside the down_read_trylock()-failed branch; kernel-mode signal exit via no_context() (since 746a272e4414)";
    }

    @Override protected int trylockLine(Kernel k) { return 273; }
    @Override protected int retryLabelLine(Kernel k) { return 277; }
    @Override protected int signalCheckLine(Kernel k) { return 298; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 322 : 324; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 327 : 330; }
}
