package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v5.9.1 fs/userfaultfd.c: the functions whose C changed since the class it extends (Userfaultfd): handle_userfault() waits once and returns VM_FAULT_RETRY; spec/releases.md §3.2.
 * A function not overridden here has the same C as in the release of Userfaultfd (as far as the protocol goes) and keeps
 * citing that release's tree. userfaultfd_signal_pending() is gone from the file (nothing calls it).
 * <p>v5.12.9 adds one exit before the ALLOW_RETRY test, {@code if ((vmf->flags & FAULT_FLAG_USER) == 0 &&
 * ctx->flags & UFFD_USER_MODE_ONLY) goto out;} (SIGBUS for a kernel-mode fault on a ctx opened with
 * UFFD_USER_MODE_ONLY); the scenarios' ctx is opened without that flag, so v5.12 inherits this class.
 */
public class Userfaultfd59 extends Userfaultfd {
    protected static final Src HANDLE_59 = Src.v59("fs/userfaultfd.c", "handle_userfault");

    public Userfaultfd59(Kernel k) { super(k); }

    @Override public boolean userfaultfdMustWait(Vmf vmf) {
        return !k.pte.get("userfaultfd_must_wait", HANDLE_59.at(498, "must_wait = userfaultfd_must_wait(ctx, vmf->address, vmf->flags,"));
    }

    /**
     * fs/userfaultfd.c:368 handle_userfault(), "userfaultfd: simplify fault handling": one {@code schedule()} in
     * blocking_state (it returns at once when a signal that state admits is pending, or when the resolver wakes
     * the queue), then VM_FAULT_RETRY; no userfaultfd_signal_pending() and no VM_FAULT_MAJOR.
     */
    @Override public int handleUserfault(Vmf vmf, int reason) {
        int ret = VmFault.SIGBUS;                                     // vm_fault_t ret = VM_FAULT_SIGBUS;
        if ((vmf.flags & FaultFlags.ALLOW_RETRY) == 0) {              // if (unlikely(!(vmf->flags & FAULT_FLAG_ALLOW_RETRY))) {
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)           //   BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(HANDLE_59.at(451, "BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);"), "BUG_ON(RETRY_NOWAIT without ALLOW_RETRY)");
            k.warn(HANDLE_59.at(455, "\"FAULT_FLAG_ALLOW_RETRY missing %x\\n\","), "WARN: FAULT_FLAG_ALLOW_RETRY missing");
            return ret(HANDLE_59.at(543, "return ret;"), ret);        //   goto out;
        }
        ret = VmFault.RETRY;                                          // ret = VM_FAULT_RETRY;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(HANDLE_59.at(543, "return ret;"), ret);        //   goto out;
        WaitState blockingState = userfaultfdGetBlockingState(vmf.flags); // blocking_state = userfaultfd_get_blocking_state(vmf->flags);
        // spin_lock_irq(); __add_wait_queue(); set_current_state(blocking_state); spin_unlock_irq();
        boolean mustWait = userfaultfdMustWait(vmf);                  // must_wait = userfaultfd_must_wait(ctx, vmf->address, vmf->flags, reason);
        k.mm.mmapSem.upRead(HANDLE_59.at(504, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
        if (mustWait) {                                               // if (likely(must_wait && !READ_ONCE(ctx->released))) {
            // wake_up_poll(&ctx->fd_wqh, EPOLLIN);
            k.pte.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR,
                    HANDLE_59.at(508, "schedule();"));                //   schedule();  (woken by UFFDIO_COPY, or at once on a signal blocking_state admits)
        }                                                             // }
        // __set_current_state(TASK_RUNNING); list_del(&uwq.wq.entry); userfaultfd_ctx_put(ctx);
        return ret(HANDLE_59.at(543, "return ret;"), ret);            // out: return ret;
    }
}
