package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.RETURN;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/riscv/mm/fault.c do_page_fault(). */
public final class Riscv extends Arch {
    @Override public String name() { return "riscv"; }
    @Override public String file() { return "arch/riscv/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(tsk)) return;} ... {@code if (flags & ALLOW_RETRY) {
     * ...; if (fault & VM_FAULT_RETRY) { flags &= ~(FAULT_FLAG_ALLOW_RETRY); flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/riscv/mm/fault.c:71-163");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return;} ... {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, RETURN, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/riscv/mm/fault.c:71-158");
    }

    @Override public String quirks() {
        return "the signal check is ret-only, so a kernel-mode uaccess re-executes";
    }

    @Override protected int retryLabelLine(Kernel k) { return 72; }
    @Override protected int signalCheckLine(Kernel k) { return 120; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 147 : 151; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 158 : 163; }
}
