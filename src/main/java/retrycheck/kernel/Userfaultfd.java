package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/** fs/userfaultfd.c: handle_userfault() for a missing page, resolved by a userspace thread with UFFDIO_COPY. */
public final class Userfaultfd {
    private static final Src HANDLE = Src.fn("fs/userfaultfd.c", "handle_userfault");

    private final Kernel k;

    Userfaultfd(Kernel k) { this.k = k; }

    /** v5.7 userfaultfd_get_blocking_state() (fs/userfaultfd.c:342); v5.6: return_to_userland ? INTERRUPTIBLE : KILLABLE. */
    WaitState blockingState(int flags) {
        if (!k.v57())
            return returnToUserland(flags) ? WaitState.INTERRUPTIBLE : WaitState.KILLABLE;
        if ((flags & FaultFlags.INTERRUPTIBLE) != 0) return WaitState.INTERRUPTIBLE;
        if ((flags & FaultFlags.KILLABLE) != 0) return WaitState.KILLABLE;
        return WaitState.UNINTERRUPTIBLE;
    }

    /** v5.6: return_to_userland = (flags & (USER|KILLABLE)) == (USER|KILLABLE). */
    private static boolean returnToUserland(int flags) {
        int both = FaultFlags.USER | FaultFlags.KILLABLE;
        return (flags & both) == both;
    }

    /** v5.7 userfaultfd_signal_pending(flags) (:355); v5.6 return_to_userland ? signal_pending : fatal_signal_pending. */
    private boolean signalPending(int flags) {
        WaitState state = blockingState(flags);
        if (state == WaitState.INTERRUPTIBLE) return k.task.signals.signalPending(HANDLE.at(358));
        if (state == WaitState.KILLABLE) return k.task.signals.fatalSignalPending(HANDLE.at(360));
        return false;
    }

    /**
     * fs/userfaultfd.c:381 handle_userfault(). Tests FAULT_FLAG_ALLOW_RETRY, not fault_flag_allow_retry_first(),
     * so it drops mmap_sem and returns VM_FAULT_RETRY on every attempt: the reason v5.7 allows many retries.
     */
    int handleUserfault(int flags) {
        int ret = VmFault.SIGBUS;                                     // vm_fault_t ret = VM_FAULT_SIGBUS;
        if ((flags & FaultFlags.ALLOW_RETRY) == 0) {                  // if (unlikely(!(vmf->flags & FAULT_FLAG_ALLOW_RETRY))) {
            if ((flags & FaultFlags.RETRY_NOWAIT) != 0)               //   BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(HANDLE.at(464), "BUG_ON(RETRY_NOWAIT without ALLOW_RETRY)");
            k.warn(HANDLE.at(467), "WARN: FAULT_FLAG_ALLOW_RETRY missing");
            return ret;                                               //   goto out;
        }
        ret = VmFault.RETRY;                                          // ret = VM_FAULT_RETRY;
        if ((flags & FaultFlags.RETRY_NOWAIT) != 0)                   // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret;                                               //   goto out;
        WaitState blockingState = blockingState(flags);               // blocking_state = userfaultfd_get_blocking_state(vmf->flags);
        boolean mustWait = !k.pte.get("userfaultfd_must_wait", HANDLE.at(511)); // must_wait = userfaultfd_must_wait(...);
        if (k.overrides.uffdWaitHoldingMmapSem && mustWait)
            k.pte.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR, HANDLE.at(522));
        k.mm.mmapSem.upRead(HANDLE.at(517));                          // up_read(&mm->mmap_sem);
        if (mustWait && !k.overrides.uffdWaitHoldingMmapSem && !signalPending(flags)) { // if (must_wait && !released && !userfaultfd_signal_pending(flags)) {
            // schedule(); while (!uwq.waken) { set_current_state(blocking_state); if (waken || released || signal) break; schedule(); }
            k.pte.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR, HANDLE.at(522));
            ret |= VmFault.MAJOR;                                     //   ret |= VM_FAULT_MAJOR;
        }
        if (!k.v57() && returnToUserland(flags)) {                    // v5.6: if (return_to_userland) {
            if (k.task.signals.signalPending(HANDLE.at(568))          //   if (signal_pending(current) &&
                    && !k.task.signals.fatalSignalPending(HANDLE.at(569))) { //   !fatal_signal_pending(current)) {
                k.mm.mmapSem.downRead(HANDLE.at(587));                //     down_read(&mm->mmap_sem);
                ret = VmFault.NOPAGE;                                 //     ret = VM_FAULT_NOPAGE;
            }
        }
        return ret;                                                   // out: return ret;
    }
}
