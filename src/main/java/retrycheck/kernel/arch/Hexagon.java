package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.NO_ERROR_AND_ALLOW;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/hexagon/mm/vm_fault.c do_page_fault(). */
public final class Hexagon extends Arch {
    @Override public String name() { return "hexagon"; }
    @Override public String file() { return "arch/hexagon/mm/vm_fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} then
     * {@code if (likely(!(fault & VM_FAULT_ERROR))) { if (flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) {
     * flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } } up_read(); return; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/hexagon/mm/vm_fault.c:57-115");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} then the same nesting with
     * {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NO_ERROR_AND_ALLOW, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/hexagon/mm/vm_fault.c:57-114");
    }

    @Override public String quirks() {
        return "the ALLOW_RETRY test is nested in if (likely(!(fault & VM_FAULT_ERROR))), which is NO_ERROR_AND_ALLOW; the signal check is ret-only";
    }

    @Override protected int retryLabelLine(Kernel k) { return 58; }
    @Override protected int signalCheckLine(Kernel k) { return 94; }
    @Override protected int retryFlagsLine(Kernel k) { return 105; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 110 : 111; }
}
