package retrycheck.kernel.arch;

import retrycheck.kernel.Kernel;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.ARCH_RELOCKS;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/**
 * arch/s390/mm/fault.c do_exception() (called by do_dat_exception()/do_protection_exception(), which pass a
 * non-zero result to do_fault_error()). {@code retry:} sits after the first {@code down_read()}, so the arch
 * re-takes mmap_sem itself before {@code goto retry} ({@link RetryChoices.Relock#ARCH_RELOCKS}).
 */
public final class S390 extends Arch {
    @Override public String name() { return "s390"; }
    @Override public String file() { return "arch/s390/mm/fault.c"; }
    @Override public String function() { return "do_exception"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) { fault = VM_FAULT_SIGNAL;
     * if (flags & RETRY_NOWAIT) goto out_up; goto out; }} ... {@code if (fault & VM_FAULT_RETRY) {
     * flags &= ~(FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT); flags |= TRIED; down_read(&mm->mmap_sem); goto retry; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, true, FATAL_ONLY, NO_CONTEXT, ARCH_RELOCKS,
                PER_ATTEMPT, "v5.6.4 arch/s390/mm/fault.c:437-540");
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { fault = VM_FAULT_SIGNAL; if (flags & RETRY_NOWAIT) goto out_up;
     * goto out; }} ... {@code flags &= ~FAULT_FLAG_RETRY_NOWAIT; flags |= FAULT_FLAG_TRIED; down_read(&mm->mmap_sem); goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, true, FAULT_SIGNAL_PENDING, NO_CONTEXT, ARCH_RELOCKS,
                PER_ATTEMPT, "v5.7.14 arch/s390/mm/fault.c:437-536");
    }

    @Override public String quirks() {
        return "retry: is after the first down_read and the arch does down_read(); goto retry; itself; a fired signal check "
                + "returns VM_FAULT_SIGNAL (do_fault_error: kernel mode -> do_no_context, user mode -> nothing); the gmap/pfault "
                + "path (RETRY_NOWAIT: goto out_up with mmap_sem still held, VM_FAULT_PFAULT) is not modelled: the initial flags "
                + "never carry RETRY_NOWAIT";
    }

    /** Only the line differs from {@link Arch#beforeRetry}: the re-lock is the line after {@code flags |= FAULT_FLAG_TRIED}. */
    @Override protected void beforeRetry(Kernel k, RetryChoices c) {
        if (c.relock() == RetryChoices.Relock.ARCH_RELOCKS)
            k.mm.mmapSem.downRead(src(k.v57() ? 518 : 522));         // down_read(&mm->mmap_sem); goto retry;
    }

    @Override protected int retryLabelLine(Kernel k) { return 437; }        // the first down_read(), before retry: (454)
    @Override protected int signalCheckLine(Kernel k) { return k.v57() ? 483 : 484; }
    @Override protected int retryFlagsLine(Kernel k) { return k.v57() ? 516 : 519; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 536 : 540; }   // out_up: up_read(&mm->mmap_sem);
}
