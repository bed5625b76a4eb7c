package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * drivers/gpu/drm/ttm/ttm_bo_vm.c: the fault handler of a GPU buffer object whose move (bo->moving fence)
 * may still be in flight. On success TTM inserts the pfn itself and returns VM_FAULT_NOPAGE.
 */
public final class TtmBoVm {
    private static final Src IDLE = Src.fn("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_fault_idle");
    private static final Src RESERVE = Src.fn("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_reserve");
    private static final Src FAULT = Src.fn("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_fault");

    private final Kernel k;

    TtmBoVm(Kernel k) { this.k = k; }

    /** ttm_bo_vm.c:45 ttm_bo_vm_fault_idle(); v5.6 tested {@code vmf->flags & FAULT_FLAG_ALLOW_RETRY}. */
    int ttmBoVmFaultIdle(int flags) {
        int ret = 0;
        if (k.boMovingSignaled.get("dma_fence_is_signaled", IDLE.at(59)))   // if (dma_fence_is_signaled(bo->moving))
            return ret;                                                     //   goto out_clear;
        if (k.allowRetryFirst(flags)) {                                     // if (fault_flag_allow_retry_first(vmf->flags)) {
            ret = VmFault.RETRY;                                            //   ret = VM_FAULT_RETRY;
            if ((flags & FaultFlags.RETRY_NOWAIT) != 0)                     //   if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret;                                                 //     goto out_unlock;
            k.mm.mmapSem.upRead(IDLE.at(71));                               //   ttm_bo_get(bo); up_read(&mm->mmap_sem);
            k.boMovingSignaled.waitUntilSet("dma_fence_wait(intr)", WaitState.INTERRUPTIBLE,
                    k.task.signals, Errno.ERESTARTSYS, IDLE.at(72));        //   (void) dma_fence_wait(bo->moving, true);
            if (!k.overrides.ttmRetryKeepsResv)                             //   (mutant seam: the unlock is lost)
                k.boResv.unlock("dma_resv_unlock", IDLE.at(73));            //   dma_resv_unlock(bo->base.resv);
            return ret;                                                     //   ttm_bo_put(bo); goto out_unlock;
        }
        int err = k.boMovingSignaled.waitUntilSet("dma_fence_wait(intr)", WaitState.INTERRUPTIBLE,
                k.task.signals, Errno.ERESTARTSYS, IDLE.at(81));            // err = dma_fence_wait(bo->moving, true);
        if (err != 0)                                                       // if (unlikely(err != 0)) {
            return err != Errno.ERESTARTSYS ? VmFault.SIGBUS : VmFault.NOPAGE; // ret = (err != -ERESTARTSYS) ? SIGBUS : NOPAGE;
        return ret;                                                         // out_clear: ... out_unlock: return ret;
    }

    /** ttm_bo_vm.c:123 ttm_bo_vm_reserve(): 0 with bo->base.resv held, else RETRY or NOPAGE. */
    int ttmBoVmReserve(int flags) {
        if (!k.boResv.trylock("dma_resv_trylock", RESERVE.at(131))) {        // if (unlikely(!dma_resv_trylock(bo->base.resv))) {
            if (k.allowRetryFirst(flags)) {                                 //   if (fault_flag_allow_retry_first(vmf->flags)) {
                if ((flags & FaultFlags.RETRY_NOWAIT) == 0) {               //     if (!(vmf->flags & FAULT_FLAG_RETRY_NOWAIT)) {
                    k.mm.mmapSem.upRead(RESERVE.at(139));                   //       ttm_bo_get(bo); up_read(&mm->mmap_sem);
                    if (k.boResv.lock("dma_resv_lock_interruptible", WaitState.INTERRUPTIBLE, k.task.signals,
                            Errno.EINTR, RESERVE.at(140)) == 0)             //       if (!dma_resv_lock_interruptible(resv, NULL))
                        k.boResv.unlock("dma_resv_unlock", RESERVE.at(142)); //        dma_resv_unlock(bo->base.resv);
                }
                return VmFault.RETRY;                                       //     return VM_FAULT_RETRY;
            }
            if (k.boResv.lock("dma_resv_lock_interruptible", WaitState.INTERRUPTIBLE, k.task.signals,
                    Errno.EINTR, RESERVE.at(150)) != 0)                     //   if (dma_resv_lock_interruptible(bo->base.resv, NULL))
                return VmFault.NOPAGE;                                      //     return VM_FAULT_NOPAGE;
        }
        return 0;                                                           // return 0;
    }

    /** ttm_bo_vm.c:425 ttm_bo_vm_fault() with ttm_bo_vm_fault_reserved() inlined to its idle wait and pfn insert. */
    int ttmBoVmFault(int flags) {
        int ret = ttmBoVmReserve(flags);                                    // ret = ttm_bo_vm_reserve(bo, vmf);
        if (ret != 0)                                                       // if (ret)
            return ret;                                                     //   return ret;
        ret = ttmBoVmFaultIdle(flags);                                      // ttm_bo_vm_fault_reserved(): ret = ttm_bo_vm_fault_idle(bo, vmf);
        if (ret == 0) {                                                     // if (unlikely(ret != 0)) return ret;
            k.pte.set("vmf_insert_mixed", FAULT.at(300));                   // ... vmf_insert_mixed(vma, address, pfn);
            ret = VmFault.NOPAGE;                                           // ret = VM_FAULT_NOPAGE;
        }
        if (ret == VmFault.RETRY && (flags & FaultFlags.RETRY_NOWAIT) == 0) // if (ret == VM_FAULT_RETRY && !(vmf->flags & RETRY_NOWAIT))
            return ret;                                                     //   return ret;
        k.boResv.unlock("dma_resv_unlock", FAULT.at(442));                  // dma_resv_unlock(bo->base.resv);
        return ret;                                                         // return ret;
    }
}
