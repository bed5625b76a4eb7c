package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_IN_RETRY_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/powerpc/mm/fault.c __do_page_fault(). */
public final class Powerpc extends Arch {
    @Override public String name() { return "powerpc"; }
    @Override public String file() { return "arch/powerpc/mm/fault.c"; }
    @Override public String function() { return "__do_page_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (flags & ALLOW_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED;
     * if (!fatal_signal_pending(current)) goto retry; } return is_user ? 0 : SIGBUS; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_IN_RETRY_BRANCH, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.6.4 arch/powerpc/mm/fault.c:517-609");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return user_mode(regs) ? 0 : SIGBUS;} then
     * {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (flags & FAULT_FLAG_ALLOW_RETRY) { flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NESTED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.7.14 arch/powerpc/mm/fault.c:517-599");
    }

    @Override public String quirks() {
        return "second goto retry on the stack-expansion must_retry path (up_read, fault_in_pages_readable(nip), flags unchanged) is not modelled since expand_stack is not; kernel-mode signal exit returns SIGBUS to bad_page_fault() (fixup)";
    }

    @Override protected int trylockLine(Kernel k) { return 517; }
    @Override protected int retryLabelLine(Kernel k) { return 522; }
    @Override protected int signalCheckLine(Kernel k) { return k.v57() ? 585 : 598; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 594 : 596; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 599 : 609; }
}
