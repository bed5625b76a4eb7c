package retrycheck.kernel.arch;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Task;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

import static retrycheck.kernel.arch.RetryChoices.Gate.*;

/**
 * One architecture's page-fault handler, reduced to its retry loop. The 23 arches of the patch share one
 * shape, transliterated once in {@link #handle}; each subclass declares its choices for v5.6 and v5.7
 * ({@link RetryChoices}, citing the C lines) and overrides a step only where its C really flows differently.
 * The vma is always found and accessible in these scenarios, so find_vma/expand_stack/access_error are
 * not modelled.
 */
public abstract class Arch implements FaultHandler {

    /** The declaration for v5.6.4 (before the patch). */
    protected abstract RetryChoices v56();

    /** The declaration for v5.7.14 (after the patch). */
    protected abstract RetryChoices v57();

    /** The C function holding the retry loop, e.g. "do_user_addr_fault". */
    public abstract String function();

    /** Differences from the common shape that the choices do not express; for spec/arches.md. */
    public String quirks() { return ""; }

    public RetryChoices choices(Variant v) { return v.isV57() ? v57() : v56(); }

    protected Src src(int line) { return new Src(file(), function(), line); }

    /**
     * The retry loop of arch/ARCH/mm/fault.c do_page_fault(), with the variation points of {@link RetryChoices}.
     * The right-hand comments are the C each line stands for.
     */
    @Override
    public FaultOutcome handle(Kernel k) {
        RetryChoices c = choices(k.variant);
        Task tsk = k.task;
        int flags = initialFlags(k);                                  // flags = FAULT_FLAG_DEFAULT; if (user_mode(regs)) flags |= FAULT_FLAG_USER;
        int major = 0;                                                // vm_fault_t major = 0;  (AFTER_LOOP arches)
        boolean retrying = false;
        for (;;) {
            lockMmapSem(k, c, retrying);                              // retry: down_read(&mm->mmap_sem);
            int fault = k.handleMmFault(flags);                       // fault = handle_mm_fault(vma, address, flags);
            major |= fault & VmFault.MAJOR;                           // major |= fault & VM_FAULT_MAJOR;

            switch (c.signalCheck()) {
                case FAULT_SIGNAL_PENDING:                            // if (fault_signal_pending(fault, regs))
                    if (tsk.faultSignalPending(fault, src(signalCheckLine(k))))
                        return signalExit(k, c, fault);               //   kernel: no_context(); return;
                    break;
                case FATAL_ONLY:                                      // if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))
                    if (tsk.retryAndFatalSignalPending(fault, src(signalCheckLine(k))))
                        return signalExit(k, c, fault);               //   return;
                    break;
                default:
                    break;
            }

            if (c.gate() == OUTER && (fault & VmFault.ERROR) != 0)   // if (unlikely(fault & VM_FAULT_ERROR)) goto ...;
                return errorExit(k, fault);

            if (c.signalCheck() == RetryChoices.SignalCheck.FATAL_IN_RETRY_BRANCH) {
                // v5.6 x86/powerpc: if (fault & VM_FAULT_RETRY) {
                if ((fault & VmFault.RETRY) != 0) {
                    if ((flags & FaultFlags.ALLOW_RETRY) != 0) {     //   if (flags & FAULT_FLAG_ALLOW_RETRY) {
                        flags = retryFlags(k, c, flags);              //     flags &= ~ALLOW_RETRY; flags |= TRIED;
                        if (!tsk.fatalSignalPending(src(signalCheckLine(k)))) { // if (!fatal_signal_pending(tsk))
                            retrying = true;
                            continue;                                 //       goto retry;
                        }
                    }
                    return signalExit(k, c, fault);                   //   user: return; kernel: no_context();
                }
            } else if (retryGate(c, fault, flags)) {                 // the ALLOW_RETRY gate and (fault & VM_FAULT_RETRY)
                if (c.accounting() == RetryChoices.Accounting.PER_ATTEMPT) account(tsk, fault);
                flags = retryFlags(k, c, flags);                      //   flags |= FAULT_FLAG_TRIED;  (v5.6: also &= ~ALLOW_RETRY)
                beforeRetry(k, c);                                    //   (s390: down_read(&mm->mmap_sem);)
                retrying = true;
                continue;                                             //   goto retry;
            } else if (c.accounting() == RetryChoices.Accounting.PER_ATTEMPT
                    && (fault & VmFault.ERROR) == 0 && (flags & FaultFlags.ALLOW_RETRY) != 0) {
                account(tsk, fault);                                  // accounting inside if (flags & ALLOW_RETRY)
            }

            k.mm.mmapSem.upRead(src(upReadLine(k)));                  // up_read(&mm->mmap_sem);
            if ((fault & VmFault.ERROR) != 0)                         // if (unlikely(fault & VM_FAULT_ERROR))
                return errorExitUnlocked(k, fault);                   //   mm_fault_error(...)
            if (c.accounting() == RetryChoices.Accounting.AFTER_LOOP) // if (major) maj_flt++ else min_flt++
                account(tsk, major);
            return FaultOutcome.ret(fault);                           // return;
        }
    }

    /** Initial flags: v5.7 FAULT_FLAG_DEFAULT, v5.6 ALLOW_RETRY|KILLABLE; plus USER for a user-mode access. */
    protected int initialFlags(Kernel k) {
        int flags = k.v57() ? FaultFlags.DEFAULT : FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE;
        if (k.task.userMode()) flags |= FaultFlags.USER;
        return flags;
    }

    /** Taking mmap_sem for an attempt, at the arch's retry label. */
    protected void lockMmapSem(Kernel k, RetryChoices c, boolean retrying) {
        switch (c.relock()) {
            case RETRY_LABEL -> k.mm.mmapSem.downRead(src(retryLabelLine(k)));
            case TRYLOCK_BRANCH -> {
                // if (unlikely(!down_read_trylock(&mm->mmap_sem))) { [exception table check] retry: down_read(); }
                if (retrying || !k.mm.mmapSem.downReadTrylock(src(trylockLine(k))))
                    k.mm.mmapSem.downRead(src(retryLabelLine(k)));
            }
            case ARCH_RELOCKS -> {
                // down_read() before the retry: label; a retry re-takes it in beforeRetry()
                if (!retrying) k.mm.mmapSem.downRead(src(retryLabelLine(k)));
            }
        }
    }

    /** Whether this RETRY is retried: the gate of {@link RetryChoices.Gate}. */
    protected boolean retryGate(RetryChoices c, int fault, int flags) {
        boolean retry = (fault & VmFault.RETRY) != 0;
        boolean allow = (flags & FaultFlags.ALLOW_RETRY) != 0;
        return switch (c.gate()) {
            case OUTER, COMBINED, NESTED -> allow && retry;
            case NO_ERROR_AND_ALLOW -> (fault & VmFault.ERROR) == 0 && allow && retry;
        };
    }

    /** The flags for the next attempt, noted for the monitors and traces. */
    protected int retryFlags(Kernel k, RetryChoices c, int flags) {
        int next = c.retryFlags(flags);
        k.rt.note(Event.Note.RETRY_FLAGS, src(retryFlagsLine(k)), FaultFlags.names(next), next, 0);
        return next;
    }

    /** Work between the flags change and {@code goto retry}: s390 re-takes mmap_sem here. */
    protected void beforeRetry(Kernel k, RetryChoices c) {
        if (c.relock() == RetryChoices.Relock.ARCH_RELOCKS) k.mm.mmapSem.downRead(src(retryFlagsLine(k) + 2));
    }

    /** The signal check fired: user mode returns (the signal is delivered); kernel mode per {@link RetryChoices.KernelExit}. */
    protected FaultOutcome signalExit(Kernel k, RetryChoices c, int fault) {
        if (!k.task.userMode() && c.kernelExit() == RetryChoices.KernelExit.NO_CONTEXT)
            return FaultOutcome.noContext(fault);
        return FaultOutcome.ret(fault);
    }

    /** A VM_FAULT_ERROR before mmap_sem is released (OUTER arches: bad_area/do_sigbus do the up_read). */
    protected FaultOutcome errorExit(Kernel k, int fault) {
        k.mm.mmapSem.upRead(src(upReadLine(k)));
        return errorExitUnlocked(k, fault);
    }

    /** mm_fault_error(): user mode gets SIGBUS/SIGSEGV, kernel mode goes to no_context (fixup). */
    protected FaultOutcome errorExitUnlocked(Kernel k, int fault) {
        return FaultOutcome.done(k.task.userMode() ? "sigbus" : "no_context", fault);
    }

    private static void account(Task tsk, int fault) {
        if ((fault & VmFault.MAJOR) != 0) tsk.majFlt++; else tsk.minFlt++;
    }

    // C line numbers of the declared loop, for traces; subclasses give their own (v5.7 lines, v5.6 where different).
    protected int trylockLine(Kernel k) { return 0; }
    protected abstract int retryLabelLine(Kernel k);
    protected abstract int signalCheckLine(Kernel k);
    protected abstract int retryFlagsLine(Kernel k);
    protected abstract int upReadLine(Kernel k);
}
