package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v5.6.4 fs/userfaultfd.c: handle_userfault() decides its wait by {@code return_to_userland} (a user fault that may be
 * killed waits interruptibly) and, back in user mode with a non-fatal signal, re-takes mmap_sem and returns
 * VM_FAULT_NOPAGE. userfaultfd_get_blocking_state()/userfaultfd_signal_pending() do not exist yet.
 */
public class Userfaultfd56 extends Userfaultfd {
    protected static final Src HANDLE = Src.v56("fs/userfaultfd.c", "handle_userfault");

    public Userfaultfd56(Kernel k) { super(k); }

    /** v5.6.4 fs/userfaultfd.c:352 handle_userfault(). */
    @Override public int handleUserfault(Vmf vmf, int reason) {
        int ret = VmFault.SIGBUS;                                     // vm_fault_t ret = VM_FAULT_SIGBUS;
        if ((vmf.flags & FaultFlags.ALLOW_RETRY) == 0) {              // if (unlikely(!(vmf->flags & FAULT_FLAG_ALLOW_RETRY))) {
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)           //   BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(HANDLE.at(435, "BUG_ON(vmf->flags & FAULT_FLAG_RETRY_NOWAIT);"), "BUG_ON(RETRY_NOWAIT without ALLOW_RETRY)");
            k.warn(HANDLE.at(439, "\"FAULT_FLAG_ALLOW_RETRY missing %x\\n\","), "WARN: FAULT_FLAG_ALLOW_RETRY missing");
            return ret(HANDLE.at(581, "return ret;"), ret);           //   goto out;
        }
        ret = VmFault.RETRY;                                          // ret = VM_FAULT_RETRY;
        if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
            return ret(HANDLE.at(581, "return ret;"), ret);           //   goto out;
        int both = FaultFlags.USER | FaultFlags.KILLABLE;
        boolean returnToUserland = (vmf.flags & both) == both;        // return_to_userland = (vmf->flags & (USER|KILLABLE)) == (USER|KILLABLE);
        WaitState blockingState = returnToUserland ? WaitState.INTERRUPTIBLE : WaitState.KILLABLE; // blocking_state = return_to_userland ? TASK_INTERRUPTIBLE : TASK_KILLABLE;
        boolean mustWait = userfaultfdMustWait(vmf);                  // must_wait = userfaultfd_must_wait(ctx, vmf->address, vmf->flags, reason);
        k.mm.mmapSem.upRead(HANDLE.at(492, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
        if (mustWait && (returnToUserland                             // if (likely(must_wait && !READ_ONCE(ctx->released) &&
                ? !k.task.signals.signalPending(HANDLE.at(495, "(return_to_userland ? !signal_pending(current) :"))
                : !k.task.signals.fatalSignalPending(HANDLE.at(496, "!fatal_signal_pending(current)))) {")))) {
            k.pte.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR,
                    HANDLE.at(498, "schedule();"));                   //   schedule(); ... while (!uwq.waken) { ... }
            ret |= VmFault.MAJOR;                                     //   ret |= VM_FAULT_MAJOR;
        }
        if (returnToUserland) {                                       // if (return_to_userland) {
            if (k.task.signals.signalPending(HANDLE.at(528, "if (signal_pending(current) &&"))
                    && !k.task.signals.fatalSignalPending(HANDLE.at(529, "!fatal_signal_pending(current)) {"))) {
                k.mm.mmapSem.downRead(HANDLE.at(546, "down_read(&mm->mmap_sem);")); //   down_read(&mm->mmap_sem);
                ret = VmFault.NOPAGE;                                 //   ret = VM_FAULT_NOPAGE;
            }
        }
        return ret(HANDLE.at(581, "return ret;"), ret);               // out: return ret;
    }
}
