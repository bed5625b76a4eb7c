package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/arm64/mm/fault.c do_page_fault(). */
public final class Arm64 extends Arch {
    @Override public String name() { return "arm64"; }
    @Override public String file() { return "arch/arm64/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if (fault & VM_FAULT_RETRY) { if (fatal_signal_pending(current)) { if (!user_mode(regs)) goto no_context;
     * return 0; } if (mm_flags & ALLOW_RETRY) { mm_flags &= ~ALLOW_RETRY; mm_flags |= TRIED; goto retry; } }}.
     * The fatal check sits inside the RETRY branch before the flags change: semantically FATAL_ONLY.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_ONLY, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.6.4 arch/arm64/mm/fault.c:494-539");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) goto no_context; return 0; }}
     * then {@code if (fault & VM_FAULT_RETRY) { if (mm_flags & FAULT_FLAG_ALLOW_RETRY) { mm_flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NESTED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.7.14 arch/arm64/mm/fault.c:494-529");
    }

    @Override public String quirks() {
        return "handle_mm_fault() is reached through __do_page_fault(); retry: sits inside the down_read_trylock()-failed branch; major |= fault & VM_FAULT_MAJOR, counted once after the loop";
    }

    @Override protected int trylockLine(Kernel k) { return 494; }
    @Override protected int retryLabelLine(Kernel k) { return 498; }
    @Override protected int signalCheckLine(Kernel k) { return k.v57() ? 517 : 523; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 525 : 534; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 529 : 539; }
}
