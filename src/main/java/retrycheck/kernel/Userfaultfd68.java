package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v6.8.0 fs/userfaultfd.c: the functions whose C changed since the class it extends (Userfaultfd59): handle_userfault() with release_fault_lock(); spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Userfaultfd59 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Userfaultfd68 extends Userfaultfd59 {
    protected static final Src HANDLE_68 = Src.v68("fs/userfaultfd.c", "handle_userfault");

    public Userfaultfd68(Kernel k) { super(k); }

    @Override public boolean userfaultfdMustWait(Vmf vmf) {
        return !k.pte.get("userfaultfd_must_wait", HANDLE_68.at(556, "must_wait = userfaultfd_must_wait(ctx, vmf, reason);"));
    }

    /**
     * fs/userfaultfd.c:416 handle_userfault() (6.8.0): as v5.9's (one {@code schedule()}, then VM_FAULT_RETRY), but the
     * lock it drops before the wait is the fault lock: {@code release_fault_lock(vmf);} — the VMA lock when the fault
     * runs under it (lock_vma_under_rcu() no longer excludes userfaultfd-armed vmas).
     */
    @Override public int handleUserfault(Vmf vmf, int reason) {
        int ret = VmFault.SIGBUS;                                     // vm_fault_t ret = VM_FAULT_SIGBUS;
        // PF_EXITING, ctx, UFFD_FEATURE_SIGBUS, UFFD_USER_MODE_ONLY, ctx->released: none applies
        if ((vmf.flags & FaultFlags.ALLOW_RETRY) == 0) {              // if (unlikely(!(vmf->flags & FAULT_FLAG_ALLOW_RETRY))) {
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)           //   BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(HANDLE_68.at(500, "BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);"), "BUG_ON(RETRY_NOWAIT without ALLOW_RETRY)");
            k.warn(HANDLE_68.at(504, "\"FAULT_FLAG_ALLOW_RETRY missing %x\\n\","), "WARN: FAULT_FLAG_ALLOW_RETRY missing");
            return ret(HANDLE_68.at(600, "return ret;"), ret);        //   goto out;
        }
        ret = VmFault.RETRY;                                          // ret = VM_FAULT_RETRY;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(HANDLE_68.at(600, "return ret;"), ret);        //   goto out;
        WaitState blockingState = userfaultfdGetBlockingState(vmf.flags); // blocking_state = userfaultfd_get_blocking_state(vmf->flags);
        // spin_lock_irq(); __add_wait_queue(); set_current_state(blocking_state); spin_unlock_irq();
        boolean mustWait = userfaultfdMustWait(vmf);                  // must_wait = userfaultfd_must_wait(ctx, vmf, reason);
        ((Mm68) k.mmH()).releaseFaultLock(vmf);                       // release_fault_lock(vmf);
        if (mustWait) {                                               // if (likely(must_wait && !READ_ONCE(ctx->released))) {
            // wake_up_poll(&ctx->fd_wqh, EPOLLIN);
            k.pte.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR,
                    HANDLE_68.at(565, "schedule();"));                //   schedule();
        }                                                             // }
        // __set_current_state(TASK_RUNNING); list_del(&uwq.wq.entry); userfaultfd_ctx_put(ctx);
        return ret(HANDLE_68.at(600, "return ret;"), ret);            // out: return ret;
    }
}
