package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * fs/userfaultfd.c (v5.7.14): handle_userfault() for a missing page, resolved by a userspace monitor with
 * UFFDIO_COPY, which sets the pte and wakes the faulting thread (the model's wait ends when the pte is set).
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Userfaultfd.class, MyUserfaultfd::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Userfaultfd {
    protected static final Src BLOCKING = Src.v57("fs/userfaultfd.c", "userfaultfd_get_blocking_state");
    protected static final Src SIGNAL_PENDING = Src.v57("fs/userfaultfd.c", "userfaultfd_signal_pending");
    protected static final Src HANDLE = Src.v57("fs/userfaultfd.c", "handle_userfault");
    protected static final Src MUST_WAIT = Src.v57("fs/userfaultfd.c", "userfaultfd_must_wait");
    protected static final Src USERFAULTFD_WP = Src.v57("include/linux/userfaultfd_k.h", "userfaultfd_wp");
    protected static final Src PTE_WP = Src.v57("include/linux/userfaultfd_k.h", "userfaultfd_pte_wp");

    protected final Kernel k;

    public Userfaultfd(Kernel k) { this.k = k; }

    /** fs/userfaultfd.c:343 userfaultfd_get_blocking_state(). */
    public WaitState userfaultfdGetBlockingState(int flags) {
        if ((flags & FaultFlags.INTERRUPTIBLE) != 0)                  // if (flags & FAULT_FLAG_INTERRUPTIBLE)
            return WaitState.INTERRUPTIBLE;                           //   return TASK_INTERRUPTIBLE;
        if ((flags & FaultFlags.KILLABLE) != 0)                       // if (flags & FAULT_FLAG_KILLABLE)
            return WaitState.KILLABLE;                                //   return TASK_KILLABLE;
        return WaitState.UNINTERRUPTIBLE;                             // return TASK_UNINTERRUPTIBLE;
    }

    /** fs/userfaultfd.c:355 userfaultfd_signal_pending(). */
    public boolean userfaultfdSignalPending(int flags) {
        boolean ret;
        if ((flags & FaultFlags.INTERRUPTIBLE) != 0)                  // if (flags & FAULT_FLAG_INTERRUPTIBLE)
            ret = k.task.signals.signalPending(SIGNAL_PENDING.at(358, "return signal_pending(current);")); // return signal_pending(current);
        else if ((flags & FaultFlags.KILLABLE) != 0)                  // if (flags & FAULT_FLAG_KILLABLE)
            ret = k.task.signals.fatalSignalPending(SIGNAL_PENDING.at(361, "return fatal_signal_pending(current);"));
        else
            ret = false;                                              // return false;
        k.ret(SIGNAL_PENDING.at(355, "static inline bool userfaultfd_signal_pending(unsigned int flags)"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;
    }

    /** userfaultfd_must_wait(): the pte is still none (the monitor has not resolved the fault yet). */
    public boolean userfaultfdMustWait(Vmf vmf) {
        return !k.pte.get("userfaultfd_must_wait", HANDLE.at(511, "must_wait = userfaultfd_must_wait(ctx, vmf->address, vmf->flags,"));
    }

    /**
     * userfaultfd_must_wait(ctx, address, flags, reason) (fs/userfaultfd.c:276): for VM_UFFD_WP the pte is present (it
     * came from do_wp_page()), so {@code pte_none(*pte)} is false and the fault must wait while the pte is not writable;
     * for a missing page, {@link #userfaultfdMustWait(Vmf)}.
     */
    public boolean userfaultfdMustWait(Vmf vmf, int reason) {
        if ((reason & VmFlags.VM_UFFD_WP) == 0) return userfaultfdMustWait(vmf);
        boolean ret = !k.pteWrite(MUST_WAIT.at(334, "if (!pte_write(*pte) && (reason & VM_UFFD_WP))")); // if (!pte_write(*pte) && (reason & VM_UFFD_WP)) ret = true;
        k.ret(MUST_WAIT.at(339, "return ret;"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;                                                   // return ret;
    }

    /** include/linux/userfaultfd_k.h:65 userfaultfd_pte_wp(vma, pte): {@code userfaultfd_wp(vma) && pte_uffd_wp(pte)}. */
    public boolean userfaultfdPteWp(Vma vma) {
        boolean ret = (vma.vmFlags(USERFAULTFD_WP.at(62, "return vma->vm_flags & VM_UFFD_WP;")) & VmFlags.VM_UFFD_WP) != 0 // return userfaultfd_wp(vma) &&
                && k.pteUffdWp("pte_uffd_wp", PTE_WP.at(68, "return userfaultfd_wp(vma) && pte_uffd_wp(pte);")); //   pte_uffd_wp(pte);
        k.ret(PTE_WP.at(68, "return userfaultfd_wp(vma) && pte_uffd_wp(pte);"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;
    }

    /**
     * fs/userfaultfd.c:381 handle_userfault(). Tests FAULT_FLAG_ALLOW_RETRY, not fault_flag_allow_retry_first(), so
     * it drops mmap_sem and returns VM_FAULT_RETRY on every attempt: the reason v5.7 allows many retries.
     */
    public int handleUserfault(Vmf vmf, int reason) {
        int ret = VmFault.SIGBUS;                                     // vm_fault_t ret = VM_FAULT_SIGBUS;
        if ((vmf.flags & FaultFlags.ALLOW_RETRY) == 0) {              // if (unlikely(!(vmf->flags & FAULT_FLAG_ALLOW_RETRY))) {
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)           //   BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(HANDLE.at(464, "BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);"), "BUG_ON(RETRY_NOWAIT without ALLOW_RETRY)");
            k.warn(HANDLE.at(468, "\"FAULT_FLAG_ALLOW_RETRY missing %x\\n\","), "WARN: FAULT_FLAG_ALLOW_RETRY missing");
            return ret(HANDLE.at(580, "return ret;"), ret);           //   goto out;
        }
        ret = VmFault.RETRY;                                          // ret = VM_FAULT_RETRY;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(HANDLE.at(580, "return ret;"), ret);           //   goto out;
        WaitState blockingState = userfaultfdGetBlockingState(vmf.flags); // blocking_state = userfaultfd_get_blocking_state(vmf->flags);
        boolean mustWait = userfaultfdMustWait(vmf, reason);          // must_wait = userfaultfd_must_wait(ctx, vmf->address, vmf->flags, reason);
        k.mm.mmapSem.upRead(HANDLE.at(517, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
        if (mustWait && !userfaultfdSignalPending(vmf.flags)) {       // if (likely(must_wait && !READ_ONCE(ctx->released) && !userfaultfd_signal_pending(vmf->flags))) {
            // schedule(); while (!uwq.waken) { set_current_state(blocking_state); if (waken || released || signal) break; schedule(); }
            k.uwqWaken.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR,
                    HANDLE.at(522, "schedule();"));
            ret |= VmFault.MAJOR;                                     //   ret |= VM_FAULT_MAJOR;
        }
        return ret(HANDLE.at(580, "return ret;"), ret);               // out: return ret;
    }

    /** A vm_fault_t RETURN event at {@code at}. */
    protected int ret(Src at, int value) {
        k.ret(at, ValueKind.VM_FAULT, value);
        return value;
    }
}
