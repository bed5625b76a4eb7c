package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * drivers/gpu/drm/ttm/ttm_bo_vm.c (v5.7.14): the ->fault of a GPU buffer object whose move (bo->moving fence) may
 * still be in flight. On success TTM inserts the pfn itself and returns VM_FAULT_NOPAGE.
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(TtmBoVm.class, MyTtmBoVm::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class TtmBoVm {
    protected static final Src IDLE = Src.v57("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_fault_idle");
    protected static final Src RESERVE = Src.v57("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_reserve");
    protected static final Src RESERVED = Src.v57("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_fault_reserved");
    protected static final Src FAULT = Src.v57("drivers/gpu/drm/ttm/ttm_bo_vm.c", "ttm_bo_vm_fault");

    protected final Kernel k;

    public TtmBoVm(Kernel k) { this.k = k; }

    /** ttm_bo_vm.c:45 ttm_bo_vm_fault_idle(): wait for the move; drop mmap_sem for it on a first attempt. */
    public int ttmBoVmFaultIdle(Vmf vmf) {
        int ret = 0;                                                  // vm_fault_t ret = 0;
        int err;                                                      // int err = 0;
        // if (likely(!bo->moving)) goto out_unlock;  (the scenario's bo is moving)
        if (k.boMovingSignaled.get("dma_fence_is_signaled", IDLE.at(57, "if (dma_fence_is_signaled(bo->moving))")))
            return ret(IDLE.at(93, "return ret;"), ret);              //   goto out_clear; ... out_unlock: return ret;
        if (k.mmH().faultFlagAllowRetryFirst(vmf.flags)) {            // if (fault_flag_allow_retry_first(vmf->flags)) {
            ret = VmFault.RETRY;                                      //   ret = VM_FAULT_RETRY;
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)           //   if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret(IDLE.at(93, "return ret;"), ret);          //     goto out_unlock;
            k.mm.mmapSem.upRead(IDLE.at(71, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // ttm_bo_get(bo); up_read(...);
            k.boMovingSignaled.waitUntilSet("dma_fence_wait(intr)", WaitState.INTERRUPTIBLE, k.task.signals,
                    Errno.ERESTARTSYS, IDLE.at(72, "(void) dma_fence_wait(bo->moving, true);")); // (void) dma_fence_wait(bo->moving, true);
            k.boResv.unlock("dma_resv_unlock", IDLE.at(73, "dma_resv_unlock(bo->base.resv);")); // dma_resv_unlock(bo->base.resv);
            return ret(IDLE.at(93, "return ret;"), ret);              //   ttm_bo_put(bo); goto out_unlock;
        }
        err = k.boMovingSignaled.waitUntilSet("dma_fence_wait(intr)", WaitState.INTERRUPTIBLE, k.task.signals,
                Errno.ERESTARTSYS, IDLE.at(81, "err = dma_fence_wait(bo->moving, true);")); // err = dma_fence_wait(bo->moving, true);
        if (err != 0) {                                               // if (unlikely(err != 0)) {
            ret = err != Errno.ERESTARTSYS ? VmFault.SIGBUS : VmFault.NOPAGE; // ret = (err != -ERESTARTSYS) ? VM_FAULT_SIGBUS : VM_FAULT_NOPAGE;
            return ret(IDLE.at(93, "return ret;"), ret);              //   goto out_unlock;
        }
        return ret(IDLE.at(93, "return ret;"), ret);                  // out_clear: ... out_unlock: return ret;
    }

    /** ttm_bo_vm.c:129 ttm_bo_vm_reserve(): 0 with bo->base.resv held, else VM_FAULT_RETRY or VM_FAULT_NOPAGE. */
    public int ttmBoVmReserve(Vmf vmf) {
        if (!k.boResv.trylock("dma_resv_trylock", RESERVE.at(138, "if (unlikely(!dma_resv_trylock(bo->base.resv))) {"))) {
            if (k.mmH().faultFlagAllowRetryFirst(vmf.flags)) {        //   if (fault_flag_allow_retry_first(vmf->flags)) {
                if ((vmf.flags & FaultFlags.RETRY_NOWAIT) == 0) {     //     if (!(vmf->flags & FAULT_FLAG_RETRY_NOWAIT)) {
                    k.mm.mmapSem.upRead(RESERVE.at(147, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // ttm_bo_get(bo); up_read(...);
                    if (k.boResv.lock("dma_resv_lock_interruptible", WaitState.INTERRUPTIBLE, k.task.signals, Errno.EINTR,
                            RESERVE.at(148, "if (!dma_resv_lock_interruptible(bo->base.resv,")) == 0) // if (!dma_resv_lock_interruptible(resv, NULL))
                        k.boResv.unlock("dma_resv_unlock", RESERVE.at(150, "dma_resv_unlock(bo->base.resv);")); // dma_resv_unlock(bo->base.resv);
                }                                                     //     ttm_bo_put(bo); }
                return ret(RESERVE.at(154, "return VM_FAULT_RETRY;"), VmFault.RETRY); // return VM_FAULT_RETRY;
            }
            if (k.boResv.lock("dma_resv_lock_interruptible", WaitState.INTERRUPTIBLE, k.task.signals, Errno.EINTR,
                    RESERVE.at(157, "if (dma_resv_lock_interruptible(bo->base.resv, NULL))")) != 0)
                return ret(RESERVE.at(158, "return VM_FAULT_NOPAGE;"), VmFault.NOPAGE); // return VM_FAULT_NOPAGE;
        }
        return ret(RESERVE.at(161, "return 0;"), 0);                  // return 0;
    }

    /** ttm_bo_vm.c:267 ttm_bo_vm_fault_reserved(), reduced to its idle wait and the pfn insert. */
    public int ttmBoVmFaultReserved(Vmf vmf) {
        int ret = ttmBoVmFaultIdle(vmf);                              // ret = ttm_bo_vm_fault_idle(bo, vmf);
        if (ret != 0)                                                 // if (unlikely(ret != 0))
            return ret(RESERVED.at(324, "return ret;"), ret);         //   return ret;
        k.pte.set("vmf_insert_mixed_prot", RESERVED.at(400, "ret = vmf_insert_mixed_prot(vma, address,")); // ret = vmf_insert_mixed_prot(...);
        ret = VmFault.NOPAGE;                                         // ret = VM_FAULT_NOPAGE;
        return ret(RESERVED.at(421, "return ret;"), ret);             // out_io_unlock: ttm_mem_io_unlock(man); return ret;
    }

    /** ttm_bo_vm.c:425 ttm_bo_vm_fault(): the vm_ops->fault of a TTM buffer object. */
    public int ttmBoVmFault(Vmf vmf) {
        int ret = ttmBoVmReserve(vmf);                                // ret = ttm_bo_vm_reserve(bo, vmf);
        if (ret != 0)                                                 // if (ret)
            return ret(FAULT.at(434, "return ret;"), ret);            //   return ret;
        ret = ttmBoVmFaultReserved(vmf);                              // ret = ttm_bo_vm_fault_reserved(vmf, prot, TTM_BO_VM_NUM_PREFAULT, 1);
        if (ret == VmFault.RETRY && (vmf.flags & FaultFlags.RETRY_NOWAIT) == 0) // if (ret == VM_FAULT_RETRY && !(vmf->flags & RETRY_NOWAIT))
            return ret(FAULT.at(439, "return ret;"), ret);            //   return ret;
        k.boResv.unlock("dma_resv_unlock", FAULT.at(441, "dma_resv_unlock(bo->base.resv);")); // dma_resv_unlock(bo->base.resv);
        return ret(FAULT.at(443, "return ret;"), ret);                // return ret;
    }

    /** A vm_fault_t RETURN event at {@code at}. */
    protected int ret(Src at, int value) {
        k.ret(at, ValueKind.VM_FAULT, value);
        return value;
    }
}
