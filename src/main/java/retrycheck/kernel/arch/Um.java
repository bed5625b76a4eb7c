package retrycheck.kernel.arch;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Task;
import retrycheck.kernel.VmFault;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;

/**
 * arch/um/kernel/trap.c handle_page_fault(), called by segv(). Its retry loop wraps handle_mm_fault() in an inner
 * {@code do { ... } while (!pte_present(*pte));}, so {@link #handle} is overridden (see there). A fired signal check
 * returns -EFAULT ({@code goto out_nosemaphore}); segv() then longjmps to the fault catcher or takes the
 * exception-table fixup in kernel mode, hence {@link RetryChoices.KernelExit#NO_CONTEXT}.
 */
public final class Um extends Arch {
    @Override public String name() { return "um"; }
    @Override public String file() { return "arch/um/kernel/trap.c"; }
    @Override public String function() { return "handle_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) goto out_nosemaphore;} ...
     * {@code if (flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/um/kernel/trap.c:49-128");
    }

    /**
     * v5.7.14: the signal check was not converted: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))
     * goto out_nosemaphore;} ... {@code if (fault & VM_FAULT_RETRY) { flags |= FAULT_FLAG_TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/um/kernel/trap.c:49-127");
    }

    @Override public String quirks() {
        return "inner do { handle_mm_fault } while (!pte_present(*pte)) calls handle_mm_fault() again, still holding "
                + "mmap_sem and with the same flags, after an attempt without RETRY or error that left the pte not present; "
                + "the signal check stays fatal-only in v5.7 (no fault_signal_pending)";
    }

    /**
     * The shared loop of {@link Arch#handle} with um's inner loop: an attempt that returns neither RETRY nor an error
     * (e.g. VM_FAULT_NOPAGE) but leaves the pte not present is repeated at once, mmap_sem still held.
     */
    @Override
    public FaultOutcome handle(Kernel k) {
        RetryChoices c = choices(k.variant);
        Task tsk = k.task;
        int flags = initialFlags(k);                                  // flags = FAULT_FLAG_DEFAULT; if (is_user) flags |= FAULT_FLAG_USER;
        boolean retrying = false;
        int fault;
        retry:
        for (;;) {
            lockMmapSem(k, c, retrying);                              // retry: down_read(&mm->mmap_sem);
            do {                                                      // do {
                fault = k.handleMmFault(flags);                       //   fault = handle_mm_fault(vma, address, flags);
                if (signalFired(k, c, fault))                         //   if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))
                    return signalExit(k, c, fault);                   //     goto out_nosemaphore;   (err = -EFAULT)
                if ((fault & VmFault.ERROR) != 0)                     //   if (unlikely(fault & VM_FAULT_ERROR))
                    return errorExit(k, fault);                       //     goto out / out_of_memory: up_read(&mm->mmap_sem);
                if ((flags & FaultFlags.ALLOW_RETRY) != 0) {          //   if (flags & FAULT_FLAG_ALLOW_RETRY) {
                    if ((fault & VmFault.MAJOR) != 0) tsk.majFlt++;   //     if (fault & VM_FAULT_MAJOR) current->maj_flt++;
                    else tsk.minFlt++;                                //     else current->min_flt++;
                    if (retryGate(c, fault, flags)) {                 //     if (fault & VM_FAULT_RETRY) {
                        flags = retryFlags(k, c, flags);              //       flags |= FAULT_FLAG_TRIED;  (v5.6: also &= ~ALLOW_RETRY)
                        retrying = true;
                        continue retry;                               //       goto retry;
                    }
                }                                                     //   pte = pte_offset_kernel(pmd, address);
            } while (!k.pte.get("pte_present", src(ptePresentLine(k)))); // } while (!pte_present(*pte));
            k.mm.mmapSem.upRead(src(upReadLine(k)));                  // err = 0; ... out: up_read(&mm->mmap_sem);
            return FaultOutcome.ret(fault);                           // out_nosemaphore: return err;
        }
    }

    /** The signal check of the declared choices (um: fatal-only in both versions). */
    private boolean signalFired(Kernel k, RetryChoices c, int fault) {
        return switch (c.signalCheck()) {
            case FAULT_SIGNAL_PENDING -> k.task.faultSignalPending(fault, src(signalCheckLine(k)));
            case FATAL_ONLY -> k.task.retryAndFatalSignalPending(fault, src(signalCheckLine(k)));
            default -> false;
        };
    }

    private int ptePresentLine(Kernel k) { return k.v57() ? 111 : 112; }

    @Override protected int retryLabelLine(Kernel k) { return 50; }
    @Override protected int signalCheckLine(Kernel k) { return 80; }
    @Override protected int retryFlagsLine(Kernel k) { return 100; }
    @Override protected int upReadLine(Kernel k) { return k.v57() ? 126 : 127; }
}
