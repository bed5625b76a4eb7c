package example;

import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;

/**
 * The README walk-through of replacing one arch step: x86 with the step after a fired signal check replaced by a copy
 * of {@code Arch.signalExit()} in which kernel mode returns instead of calling no_context(), as the "ret-only"
 * arches do: {@code if (fault_signal_pending(fault, regs)) return;}. Everything else is x86's, inherited.
 * `check --handler example.X86SignalReturn --scenario filemap-stall-kernel` shows TERMINATION failing: the
 * uaccess re-executes and faults again, forever.
 */
public class X86SignalReturn extends X86 {
    @Override public String name() { return "x86-signal-return"; }

    /** arch/x86/mm/fault.c v5.7.14 do_user_addr_fault() lines 1468-1473, with the no_context() call removed. */
    @Override protected FaultOutcome signalExit(Kernel k, RetryChoices c, int fault) {
        // if (fault_signal_pending(fault, regs)) {
        //     if (!user_mode(regs)) no_context(regs, hw_error_code, address, SIGBUS, BUS_ADRERR);   <- removed
        //     return;
        // }
        return FaultOutcome.ret(fault);
    }
}
