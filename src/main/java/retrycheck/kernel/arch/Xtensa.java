package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/xtensa/mm/fault.c do_page_fault(). */
public final class Xtensa extends Arch {
    @Override public String name() { return "xtensa"; }
    @Override public String file() { return "arch/xtensa/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/xtensa/mm/fault.c:76-143");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/xtensa/mm/fault.c:76-142");
    }

    @Override public String quirks() {
        return "ret-only signal check; the perf MAJ/MIN event after the loop tests flags & VM_FAULT_MAJOR, a FAULT_FLAG bit (0x4 = ALLOW_RETRY), so it always counts MAJ in v5.7";
    }

    @Override protected int retryLabelLine(Kernel k) { return 77; }
    @Override protected int signalCheckLine(Kernel k) { return 113; }
    @Override protected int retryFlagsLine(Kernel k) { return 131; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 142 : 143; }
}
