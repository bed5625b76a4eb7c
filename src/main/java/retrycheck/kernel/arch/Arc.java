package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/arc/mm/fault.c do_page_fault(). */
public final class Arc extends Arch {
    @Override public String name() { return "arc"; }
    @Override public String file() { return "arch/arc/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (fatal_signal_pending(current)) { if (!user_mode(regs))
     * goto no_context; return; } if (flags & ALLOW_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     * The fatal check sits inside the RETRY branch before the flags change: semantically FATAL_ONLY.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                AFTER_LOOP, "v5.6.4 arch/arc/mm/fault.c:109-162");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return; }}
     * then {@code if (unlikely((fault & VM_FAULT_RETRY) && (flags & FAULT_FLAG_ALLOW_RETRY))) { flags |= TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(COMBINED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, RETRY_LABEL,
                AFTER_LOOP, "v5.7.14 arch/arc/mm/fault.c:109-153");
    }

    @Override public String quirks() {
        return "maj/min_flt counted once after bad_area: up_read() from the last attempt's VM_FAULT_MAJOR (not an accumulated major); a RETRY without ALLOW_RETRY would fall into bad_area: up_read() (double unlock, unreachable)";
    }

    @Override protected int retryLabelLine(Kernel k) { return 110; }
    @Override protected int signalCheckLine(Kernel k) { return k.v57() ? 137 : 146; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 148 : 155; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 153 : 162; }
}
