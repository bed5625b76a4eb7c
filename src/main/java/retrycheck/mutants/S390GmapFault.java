package retrycheck.mutants;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/**
 * arch/s390/mm/fault.c do_exception() (v5.7.14) for a KVM guest fault (GMAP_FAULT) with pfault enabled: the one
 * arch path that passes FAULT_FLAG_RETRY_NOWAIT, so the core must return VM_FAULT_RETRY with mmap_sem still held.
 * The built-in s390 handler leaves this path out (its initial flags never carry RETRY_NOWAIT); the mutation catalog
 * needs it as the caller that exposes a core that ignores RETRY_NOWAIT. A guest fault is taken inside SIE, in the
 * host kernel, so it belongs in kernel-mode scenarios; a fired signal check or the pfault exit ends in
 * do_fault_error() -> do_no_context(), which returns to KVM (the access is not simply re-executed).
 */
public final class S390GmapFault implements FaultHandler {
    private static final Src SRC = Src.fn("arch/s390/mm/fault.c", "do_exception");

    @Override public String name() { return "s390-gmap"; }

    @Override public String file() { return "arch/s390/mm/fault.c"; }

    @Override public FaultOutcome handle(Kernel k) {
        int flags = FaultFlags.DEFAULT;                               // flags = FAULT_FLAG_DEFAULT;
        if (k.task.userMode()) flags |= FaultFlags.USER;              // if (user_mode(regs)) flags |= FAULT_FLAG_USER;
        k.mm.mmapSem.downRead(SRC.at(437));                           // down_read(&mm->mmap_sem);
        flags |= FaultFlags.RETRY_NOWAIT;                             // if (gmap->pfault_enabled) flags |= FAULT_FLAG_RETRY_NOWAIT;
        for (;;) {                                                    // retry:
            int fault = k.handleMmFault(flags);                       // fault = handle_mm_fault(vma, address, flags);
            if (k.task.faultSignalPending(fault, SRC.at(483))) {      // if (fault_signal_pending(fault, regs)) {
                if ((flags & FaultFlags.RETRY_NOWAIT) != 0)           //   fault = VM_FAULT_SIGNAL;
                    k.mm.mmapSem.upRead(SRC.at(536));                 //   if (flags & RETRY_NOWAIT) goto out_up;  (out_up: up_read)
                return doFaultError(k, VmFault.S390_SIGNAL);          //   goto out;  -> do_fault_error(regs, access, fault)
            }
            if ((fault & VmFault.ERROR) != 0) {                       // if (unlikely(fault & VM_FAULT_ERROR))
                k.mm.mmapSem.upRead(SRC.at(536));                     //   goto out_up;
                return FaultOutcome.done(k.task.userMode() ? "sigbus" : "no_context", fault);
            }
            if ((flags & FaultFlags.ALLOW_RETRY) != 0 && VmFault.isRetry(fault)) { // if (flags & ALLOW_RETRY) { ... if (fault & VM_FAULT_RETRY) {
                if ((flags & FaultFlags.RETRY_NOWAIT) != 0) {         //   if (IS_ENABLED(CONFIG_PGSTE) && gmap && (flags & RETRY_NOWAIT)) {
                    k.mm.mmapSem.upRead(SRC.at(536));                 //     current->thread.gmap_pfault = 1; fault = VM_FAULT_PFAULT; goto out_up;
                    return doFaultError(k, VmFault.S390_PFAULT);
                }
                flags &= ~FaultFlags.RETRY_NOWAIT;                    //   flags &= ~FAULT_FLAG_RETRY_NOWAIT;
                flags |= FaultFlags.TRIED;                            //   flags |= FAULT_FLAG_TRIED;
                k.rt.note(Event.Note.RETRY_FLAGS, SRC.at(517), FaultFlags.names(flags), flags, 0);
                k.mm.mmapSem.downRead(SRC.at(518));                   //   down_read(&mm->mmap_sem);
                continue;                                             //   goto retry;
            }
            k.mm.mmapSem.upRead(SRC.at(536));                         // fault = 0; out_up: up_read(&mm->mmap_sem);
            return FaultOutcome.ret(0);                               // out: return fault;
        }
    }

    /** do_fault_error() (fault.c:321): VM_FAULT_PFAULT -> do_no_context; VM_FAULT_SIGNAL -> do_no_context in kernel mode. */
    private static FaultOutcome doFaultError(Kernel k, int fault) {
        if (fault == VmFault.S390_PFAULT || !k.task.userMode()) return FaultOutcome.noContext(fault);
        return FaultOutcome.ret(fault);
    }
}
