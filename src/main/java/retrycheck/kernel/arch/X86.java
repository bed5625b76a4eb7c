package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.COMBINED;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_IN_RETRY_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/x86/mm/fault.c do_user_addr_fault(). Not final: the seeded mutants of spec/mutants.md override its steps. */
public class X86 extends Arch {
    @Override public String name() { return "x86"; }
    @Override public String file() { return "arch/x86/mm/fault.c"; }
    @Override public String function() { return "do_user_addr_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (flags & ALLOW_RETRY) { flags &= ~ALLOW_RETRY;
     * flags |= TRIED; if (!fatal_signal_pending(tsk)) goto retry; } if (flags & USER) return; no_context(); }}
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_IN_RETRY_BRANCH, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.6.4 arch/x86/mm/fault.c:1405-1490");
    }

    /** v5.7.14 lines 1405-1500: fault_signal_pending() quick path, then {@code (fault & RETRY) && (flags & ALLOW_RETRY)}. */
    @Override protected RetryChoices v57() {
        return new RetryChoices(COMBINED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.7.14 arch/x86/mm/fault.c:1405-1500");
    }

    @Override public String quirks() {
        return "retry: sits inside the down_read_trylock()-failed branch; kernel-mode signal exit via no_context(SIGBUS, BUS_ADRERR)";
    }

    @Override protected int trylockLine(Kernel k) { return k.v57() ? 1405 : 1405; }
    @Override protected int retryLabelLine(Kernel k) { return k.v57() ? 1415 : 1415; }
    @Override protected int signalCheckLine(Kernel k) { return k.v57() ? 1468 : 1477; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 1482 : 1475; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 1486 : 1490; }
}
