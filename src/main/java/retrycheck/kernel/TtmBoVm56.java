package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * v5.6.4 drivers/gpu/drm/ttm/ttm_bo_vm.c: ttm_bo_vm_fault_idle() and ttm_bo_vm_reserve() test
 * {@code vmf->flags & FAULT_FLAG_ALLOW_RETRY} where v5.7 tests fault_flag_allow_retry_first(): every attempt drops
 * mmap_sem to wait. ttm_bo_vm_fault() and the reduced ttm_bo_vm_fault_reserved() are the same C.
 */
public class TtmBoVm56 extends TtmBoVm {
    protected static final Src IDLE = Src.v56("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_fault_idle");
    protected static final Src RESERVE = Src.v56("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_reserve");

    public TtmBoVm56(Kernel k) { super(k); }

    /** v5.6.4 ttm_bo_vm.c:45 ttm_bo_vm_fault_idle(). */
    @Override public int ttmBoVmFaultIdle(Vmf vmf) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        int err;                                                      // int err = 0;
        if (k.boMovingSignaled.get("dma_fence_is_signaled", IDLE.at(57, "if (dma_fence_is_signaled(bo->moving))")))
            return ret(IDLE.at(92, "return ret;"), ret);              //   goto out_clear; ... return ret;
        if ((vmf.flags & FaultFlags.ALLOW_RETRY) != 0) {              // if (vmf->flags & FAULT_FLAG_ALLOW_RETRY) {
            ret = VmFault.RETRY;                                      //   ret = VM_FAULT_RETRY;
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)           //   if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret(IDLE.at(92, "return ret;"), ret);          //     goto out_unlock;
            k.mm.mmapSem.upRead(IDLE.at(70, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // ttm_bo_get(bo); up_read(...);
            k.boMovingSignaled.waitUntilSet("dma_fence_wait(intr)", WaitState.INTERRUPTIBLE, k.task.signals,
                    Errno.ERESTARTSYS, IDLE.at(71, "(void) dma_fence_wait(bo->moving, true);")); // (void) dma_fence_wait(bo->moving, true);
            k.boResv.unlock("dma_resv_unlock", IDLE.at(72, "dma_resv_unlock(bo->base.resv);")); // dma_resv_unlock(bo->base.resv);
            return ret(IDLE.at(92, "return ret;"), ret);              //   ttm_bo_put(bo); goto out_unlock;
        }
        err = k.boMovingSignaled.waitUntilSet("dma_fence_wait(intr)", WaitState.INTERRUPTIBLE, k.task.signals,
                Errno.ERESTARTSYS, IDLE.at(80, "err = dma_fence_wait(bo->moving, true);")); // err = dma_fence_wait(bo->moving, true);
        if (err != 0)                                                 // if (unlikely(err != 0)) {
            ret = err != Errno.ERESTARTSYS ? VmFault.SIGBUS : VmFault.NOPAGE; // ret = (err != -ERESTARTSYS) ? SIGBUS : NOPAGE;
        return ret(IDLE.at(92, "return ret;"), ret);                  // out_unlock: return ret;
    }

    /** v5.6.4 ttm_bo_vm.c:128 ttm_bo_vm_reserve(). */
    @Override public int ttmBoVmReserve(Vmf vmf) {
        if (!k.boResv.trylock("dma_resv_trylock", RESERVE.at(137, "if (unlikely(!dma_resv_trylock(bo->base.resv))) {"))) {
            if ((vmf.flags & FaultFlags.ALLOW_RETRY) != 0) {          //   if (vmf->flags & FAULT_FLAG_ALLOW_RETRY) {
                if ((vmf.flags & FaultFlags.RETRY_NOWAIT) == 0) {     //     if (!(vmf->flags & FAULT_FLAG_RETRY_NOWAIT)) {
                    k.mm.mmapSem.upRead(RESERVE.at(141, "up_read(&vmf->vma->vm_mm->mmap_sem);"));
                    if (k.boResv.lock("dma_resv_lock_interruptible", WaitState.INTERRUPTIBLE, k.task.signals, Errno.EINTR,
                            RESERVE.at(142, "if (!dma_resv_lock_interruptible(bo->base.resv,")) == 0)
                        k.boResv.unlock("dma_resv_unlock", RESERVE.at(144, "dma_resv_unlock(bo->base.resv);"));
                }
                return ret(RESERVE.at(148, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY;
            }
            if (k.boResv.lock("dma_resv_lock_interruptible", WaitState.INTERRUPTIBLE, k.task.signals, Errno.EINTR,
                    RESERVE.at(151, "if (dma_resv_lock_interruptible(bo->base.resv, NULL))")) != 0)
                return ret(RESERVE.at(152, "return VM_FAULT_NOPAGE;"), VmFault.NOPAGE); // return VM_FAULT_NOPAGE;
        }
        return ret(RESERVE.at(155, "return 0;"), 0);                  // return 0;
    }
}
