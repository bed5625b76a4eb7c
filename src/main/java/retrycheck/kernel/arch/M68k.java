package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/m68k/mm/fault.c do_page_fault(). */
public final class M68k extends Arch {
    @Override public String name() { return "m68k"; }
    @Override public String file() { return "arch/m68k/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return 0;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/m68k/mm/fault.c:88-180");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return 0;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/m68k/mm/fault.c:88-177");
    }

    @Override public String quirks() {
        return "the signal check is ret-only (return 0), so a kernel-mode uaccess re-executes";
    }

    @Override protected int retryLabelLine(Kernel k) { return 89; }
    @Override protected int signalCheckLine(Kernel k) { return 141; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 165 : 167; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 177 : 180; }
}
