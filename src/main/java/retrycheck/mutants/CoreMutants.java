package retrycheck.mutants;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.Filemap;
import retrycheck.kernel.Gup;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Memory;
import retrycheck.kernel.Mm;
import retrycheck.kernel.MmInternal;
import retrycheck.kernel.MmStruct;
import retrycheck.kernel.Page;
import retrycheck.kernel.Signal;
import retrycheck.kernel.TtmBoVm;
import retrycheck.kernel.Userfaultfd;
import retrycheck.kernel.ValueKind;
import retrycheck.kernel.Vma;
import retrycheck.kernel.VmFault;
import retrycheck.kernel.VmFlags;
import retrycheck.kernel.Vmf;
import retrycheck.runtime.Errno;
import retrycheck.runtime.Event;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

/**
 * The core-side seeded mutants of spec/mutants.md: each a subclass of one kernel file class of the v5.7 model whose
 * override is a copy of the one kernel function it changes, with the change marked {@code MUTANT:} (M08 changes the
 * RETRY_NOWAIT test in the two functions that have it on the filemap path). {@link Mutants} puts each in a
 * {@link retrycheck.kernel.KernelOps}.
 */
public final class CoreMutants {
    private CoreMutants() {}

    /** M07: include/linux/mm.h fault_flag_allow_retry_first() without its {@code !(flags & FAULT_FLAG_TRIED)} term. */
    public static class M07AllowRetryFirstReverted extends Mm {
        public M07AllowRetryFirstReverted(Kernel k) { super(k); }

        @Override public boolean faultFlagAllowRetryFirst(int flags) {
            return (flags & FaultFlags.ALLOW_RETRY) != 0;                 // MUTANT: return flags & FAULT_FLAG_ALLOW_RETRY;
        }
    }

    /** M08 (1/2): mm/filemap.c lock_page_maybe_drop_mmap() without its RETRY_NOWAIT return. */
    public static class M08LockPageIgnoresRetryNowait extends Filemap {
        public M08LockPageIgnoresRetryNowait(Kernel k) { super(k); }

        @Override public int lockPageMaybeDropMmap(Vmf vmf, Page page, boolean[] fpin) {
            if (page.lock.trylock("trylock_page", MAYBE_DROP.at(2331, "if (trylock_page(page))"))) // if (trylock_page(page))
                return ret(MAYBE_DROP.at(2332, "return 1;"), 1);          //   return 1;
            // MUTANT: - if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT) return 0;
            fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]);  // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
            if ((vmf.flags & FaultFlags.KILLABLE) != 0) {                 // if (vmf->flags & FAULT_FLAG_KILLABLE) {
                if (page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        MAYBE_DROP.at(2344, "if (__lock_page_killable(page)) {")) != 0) { // if (__lock_page_killable(page)) {
                    if (!fpin[0])                                         //     if (*fpin == NULL)
                        k.mm.mmapSem.upRead(MAYBE_DROP.at(2352, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // up_read(...);
                    return ret(MAYBE_DROP.at(2353, "return 0;"), 0);      //     return 0;
                }
            } else                                                        // } else
                page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                        MAYBE_DROP.at(2356, "__lock_page(page);"));       //   __lock_page(page);
            return ret(MAYBE_DROP.at(2357, "return 1;"), 1);              // return 1;
        }
    }

    /** M08 (2/2): mm/internal.h maybe_unlock_mmap_for_io() without its {@code !(flags & FAULT_FLAG_RETRY_NOWAIT)} term. */
    public static class M08UnlockIgnoresRetryNowait extends MmInternal {
        public M08UnlockIgnoresRetryNowait(Kernel k) { super(k); }

        @Override public boolean maybeUnlockMmapForIo(Vmf vmf, boolean fpin) {
            int flags = vmf.flags;                                        // int flags = vmf->flags;
            if (fpin)                                                     // if (fpin)
                return ret(fpin);                                         //   return fpin;
            if (k.mmH().faultFlagAllowRetryFirst(flags)) {                // MUTANT: if (fault_flag_allow_retry_first(flags)) {
                fpin = true;                                              //   fpin = get_file(vmf->vma->vm_file);
                k.mm.mmapSem.upRead(MAYBE_UNLOCK.at(411, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // up_read(&vmf->vma->vm_mm->mmap_sem);
            }
            return ret(fpin);                                             // return fpin;
        }
    }

    /** M09: mm/filemap.c lock_page_maybe_drop_mmap(): a TRIED attempt takes the page lock with __lock_page(). */
    public static class M09UnkillableTriedWait extends Filemap {
        public M09UnkillableTriedWait(Kernel k) { super(k); }

        @Override public int lockPageMaybeDropMmap(Vmf vmf, Page page, boolean[] fpin) {
            if (page.lock.trylock("trylock_page", MAYBE_DROP.at(2331, "if (trylock_page(page))"))) // if (trylock_page(page))
                return ret(MAYBE_DROP.at(2332, "return 1;"), 1);          //   return 1;
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret(MAYBE_DROP.at(2340, "return 0;"), 0);          //   return 0;
            fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]);  // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
            if ((vmf.flags & FaultFlags.KILLABLE) != 0 && (vmf.flags & FaultFlags.TRIED) == 0) { // MUTANT: if ((vmf->flags & FAULT_FLAG_KILLABLE) && !(vmf->flags & FAULT_FLAG_TRIED)) {
                if (page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        MAYBE_DROP.at(2344, "if (__lock_page_killable(page)) {")) != 0) { // if (__lock_page_killable(page)) {
                    if (!fpin[0])                                         //     if (*fpin == NULL)
                        k.mm.mmapSem.upRead(MAYBE_DROP.at(2352, "up_read(&vmf->vma->vm_mm->mmap_sem);")); // up_read(...);
                    return ret(MAYBE_DROP.at(2353, "return 0;"), 0);      //     return 0;
                }
            } else                                                        // } else
                page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                        MAYBE_DROP.at(2356, "__lock_page(page);"));       //   __lock_page(page);
            return ret(MAYBE_DROP.at(2357, "return 1;"), 1);              // return 1;
        }
    }

    /** M10: mm/filemap.c lock_page_maybe_drop_mmap() returns 0 after a fatal signal without dropping mmap_sem. */
    public static class M10RetryWithoutDrop extends Filemap {
        public M10RetryWithoutDrop(Kernel k) { super(k); }

        @Override public int lockPageMaybeDropMmap(Vmf vmf, Page page, boolean[] fpin) {
            if (page.lock.trylock("trylock_page", MAYBE_DROP.at(2331, "if (trylock_page(page))"))) // if (trylock_page(page))
                return ret(MAYBE_DROP.at(2332, "return 1;"), 1);          //   return 1;
            if ((vmf.flags & FaultFlags.RETRY_NOWAIT) != 0)               // if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT)
                return ret(MAYBE_DROP.at(2340, "return 0;"), 0);          //   return 0;
            fpin[0] = k.mmInternal().maybeUnlockMmapForIo(vmf, fpin[0]);  // *fpin = maybe_unlock_mmap_for_io(vmf, *fpin);
            if ((vmf.flags & FaultFlags.KILLABLE) != 0) {                 // if (vmf->flags & FAULT_FLAG_KILLABLE) {
                if (page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                        MAYBE_DROP.at(2344, "if (__lock_page_killable(page)) {")) != 0) { // if (__lock_page_killable(page)) {
                    // MUTANT: - if (*fpin == NULL) up_read(&vmf->vma->vm_mm->mmap_sem);
                    return ret(MAYBE_DROP.at(2353, "return 0;"), 0);      //     return 0;
                }
            } else                                                        // } else
                page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                        MAYBE_DROP.at(2356, "__lock_page(page);"));       //   __lock_page(page);
            return ret(MAYBE_DROP.at(2357, "return 1;"), 1);              // return 1;
        }
    }

    /** M11: mm/internal.h maybe_unlock_mmap_for_io() pins the file but keeps mmap_sem. */
    public static class M11UnlockForIoKeepsMmapSem extends MmInternal {
        public M11UnlockForIoKeepsMmapSem(Kernel k) { super(k); }

        @Override public boolean maybeUnlockMmapForIo(Vmf vmf, boolean fpin) {
            int flags = vmf.flags;                                        // int flags = vmf->flags;
            if (fpin)                                                     // if (fpin)
                return ret(fpin);                                         //   return fpin;
            if (k.mmH().faultFlagAllowRetryFirst(flags)                   // if (fault_flag_allow_retry_first(flags) &&
                    && (flags & FaultFlags.RETRY_NOWAIT) == 0) {          //     !(flags & FAULT_FLAG_RETRY_NOWAIT)) {
                fpin = true;                                              //   fpin = get_file(vmf->vma->vm_file);
                // MUTANT: - up_read(&vmf->vma->vm_mm->mmap_sem);
            }
            return ret(fpin);                                             // return fpin;
        }
    }

    /** M12: fs/userfaultfd.c handle_userfault() sleeps before it releases mmap_sem. */
    public static class M12UffdWaitHoldingMmapSem extends Userfaultfd {
        public M12UffdWaitHoldingMmapSem(Kernel k) { super(k); }

        @Override public int handleUserfault(Vmf vmf, int reason) {
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
            boolean mustWait = userfaultfdMustWait(vmf);                  // must_wait = userfaultfd_must_wait(ctx, vmf->address, vmf->flags, reason);
            if (mustWait && !userfaultfdSignalPending(vmf.flags)) {       // if (likely(must_wait && !READ_ONCE(ctx->released) && !userfaultfd_signal_pending(vmf->flags))) {
                // schedule(); while (!uwq.waken) { set_current_state(blocking_state); if (waken || released || signal) break; schedule(); }
                k.pte.waitUntilSet("schedule(uffd)", blockingState, k.task.signals, Errno.EINTR,
                        HANDLE.at(522, "schedule();"));
                ret |= VmFault.MAJOR;                                     //   ret |= VM_FAULT_MAJOR;
            }
            k.mm.mmapSem.upRead(HANDLE.at(517, "up_read(&mm->mmap_sem);")); // MUTANT: up_read(&mm->mmap_sem); moved below the wait
            return ret(HANDLE.at(580, "return ret;"), ret);               // out: return ret;
        }
    }

    /** M13: include/linux/sched/signal.h fault_signal_pending() without its fatal_signal_pending(current) term. */
    public static class M13FaultSignalPendingNoFatal extends Signal {
        public M13FaultSignalPendingNoFatal(Kernel k) { super(k); }

        @Override public boolean faultSignalPending(int fault, Src caller) {
            boolean pending = VmFault.isRetry(fault)
                    && (k.task.userMode && k.task.signals.signalPending(FAULT_SIGNAL_PENDING.at(392, "(user_mode(regs) && signal_pending(current))));")));
            // MUTANT: - (fatal_signal_pending(current) ||
            k.rt.note(Event.Note.SIGNAL_CHECK, caller, "fault_signal_pending=" + pending, 0, fault);
            k.ret(FAULT_SIGNAL_PENDING.at(390, "return unlikely((fault_flags & VM_FAULT_RETRY) &&"), ValueKind.BOOL, pending ? 1 : 0);
            return pending;
        }
    }

    /** M14: mm/memory.c do_swap_page() returns 0 when lock_page_or_retry() failed. */
    public static class M14SwapRetryLost extends Memory {
        public M14SwapRetryLost(Kernel k) { super(k); }

        @Override public int doSwapPage(Vmf vmf) {
            int ret = 0;                                                  // vm_fault_t ret = 0;
            Page page = k.page;                                           // page = lookup_swap_cache(entry, vma, vmf->address);
            int locked = k.pagemap().lockPageOrRetry(page, k.mm, vmf.flags); // locked = lock_page_or_retry(page, vma->vm_mm, vmf->flags);
            if (locked == 0) {                                            // if (!locked) {
                // MUTANT: - ret |= VM_FAULT_RETRY;
                return ret(DO_SWAP_PAGE.at(3301, "return ret;"), ret);    //   goto out_release; ... return ret;
            }
            k.pte.set("set_pte_at", DO_SWAP_PAGE.at(3244, "set_pte_at(vma->vm_mm, vmf->address, vmf->pte, pte);"));
            page.lock.unlock("unlock_page", DO_SWAP_PAGE.at(3263, "unlock_page(page);")); // unlock_page(page);
            return ret(DO_SWAP_PAGE.at(3289, "return ret;"), ret);        // out: return ret;
        }
    }

    /** M15: drivers/gpu/drm/ttm/ttm_bo_vm.c ttm_bo_vm_fault_idle() returns VM_FAULT_RETRY with the reservation held. */
    public static class M15TtmRetryKeepsResv extends TtmBoVm {
        public M15TtmRetryKeepsResv(Kernel k) { super(k); }

        @Override public int ttmBoVmFaultIdle(Vmf vmf) {
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
                // MUTANT: - dma_resv_unlock(bo->base.resv);
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
    }

    /** M16: mm/gup.c faultin_page() does not set *locked = 0 on VM_FAULT_RETRY. */
    public static class M16GupKeepsLocked extends Gup {
        public M16GupKeepsLocked(Kernel k) { super(k); }

        @Override public int faultinPage(Vma vma, long address, int[] flags, int[] locked) {
            int faultFlags = 0;                                           // unsigned int fault_flags = 0;
            if ((flags[0] & FOLL_WRITE) != 0)                             // if (*flags & FOLL_WRITE)
                faultFlags |= FaultFlags.WRITE;                           //   fault_flags |= FAULT_FLAG_WRITE;
            if (locked != null)                                           // if (locked)
                faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
            if ((flags[0] & FOLL_NOWAIT) != 0)                            // if (*flags & FOLL_NOWAIT)
                faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT; // fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT;
            if ((flags[0] & FOLL_TRIED) != 0)                             // if (*flags & FOLL_TRIED) {
                faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
            int ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags);
            if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
                return errno(FAULTIN.at(893, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
            if ((ret & VmFault.MAJOR) != 0)                               // if (tsk) { if (ret & VM_FAULT_MAJOR)
                k.task.accountMajFlt(FAULTIN.at(899, "tsk->maj_flt++;")); //   tsk->maj_flt++;
            else
                k.task.accountMinFlt(FAULTIN.at(901, "tsk->min_flt++;")); // else tsk->min_flt++; }
            if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
                // MUTANT: - if (locked && !(fault_flags & FAULT_FLAG_RETRY_NOWAIT)) *locked = 0;
                return errno(FAULTIN.at(907, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
            }
            return errno(FAULTIN.at(921, "return 0;"), 0);                // return 0;
        }
    }

    /** M17: mm/gup.c __get_user_pages_locked() retries without FOLL_TRIED. */
    public static class M17GupRetryWithoutFollTried extends Gup {
        public M17GupRetryWithoutFollTried(Kernel k) { super(k); }

        @Override public long getUserPagesLocked(MmStruct mm, long start, int[] locked, int flags) {
            long ret, pagesDone;                                          // long ret, pages_done;
            boolean lockDropped;                                          // bool lock_dropped;
            long nrPages = 1;
            pagesDone = 0;                                                // pages_done = 0;
            lockDropped = false;                                          // lock_dropped = false;
            for (;;) {                                                    // for (;;) {
                ret = getUserPages(mm, start, flags, locked);             //   ret = __get_user_pages(tsk, mm, start, nr_pages, flags, pages, vmas, locked);
                if (locked == null)                                       //   if (!locked)
                    return pages(LOCKED.at(1305, "return ret;"), ret);    //     return ret;
                if (ret > 0) {                                            //   if (ret > 0) {
                    nrPages -= ret;                                       //     nr_pages -= ret;
                    pagesDone += ret;                                     //     pages_done += ret;
                    if (nrPages == 0) break;                              //     if (!nr_pages) break; }
                }
                if (locked[0] != 0) {                                     //   if (*locked) {
                    if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                    break;                                                //     break; }
                }
                lockDropped = true;                                       //   lock_dropped = true;
                boolean again;
                do {                                                      // retry:
                    again = false;
                    if (k.signal().fatalSignalPending(LOCKED.at(1346, "if (fatal_signal_pending(current)) {"))) {
                        if (pagesDone == 0) pagesDone = Errno.EINTR;      //     if (!pages_done) pages_done = -EINTR;
                        return finishLocked(mm, pagesDone, lockDropped, locked); // break;
                    }
                    ret = mm.mmapSem.downReadKillable(k.task.signals, LOCKED.at(1352, "ret = down_read_killable(&mm->mmap_sem);"));
                    if (ret != 0) {                                       //   if (ret) {
                        if (pagesDone == 0) pagesDone = ret;              //     if (!pages_done) pages_done = ret;
                        return finishLocked(mm, pagesDone, lockDropped, locked); // break; }
                    }
                    locked[0] = 1;                                        //   *locked = 1;
                    ret = getUserPages(mm, start, flags, locked);         // MUTANT: ret = __get_user_pages(tsk, mm, start, 1, flags, pages, NULL, locked);
                    if (locked[0] == 0) {                                 //   if (!*locked) {
                        if (ret != 0) k.warn(LOCKED.at(1365, "BUG_ON(ret != 0);"), "BUG_ON(ret != 0)");
                        again = true;                                     //     goto retry; }
                    }
                } while (again);
                if (ret != 1) {                                           //   if (ret != 1) {
                    if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                    break;                                                //     break; }
                }
                nrPages--;                                                //   nr_pages--;
                pagesDone++;                                              //   pages_done++;
                if (nrPages == 0) break;                                  //   if (!nr_pages) break;
            }
            return finishLocked(mm, pagesDone, lockDropped, locked);
        }
    }

    /** M18: mm/gup.c fixup_user_fault() retries without checking for a fatal signal. */
    public static class M18FixupNoSignalCheck extends Gup {
        public M18FixupNoSignalCheck(Kernel k) { super(k); }

        @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
            int ret, major = 0;                                           // vm_fault_t ret, major = 0;
            if (unlocked != null)                                         // if (unlocked)
                faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
            for (;;) {                                                    // retry:
                Vma vma = k.mmap().findExtendVma(mm, address);            // vma = find_extend_vma(mm, address);
                if (vma == null || address < vma.vmStart(FIXUP.at(1230, "if (!vma || address < vma->vm_start)")))
                    return errno(FIXUP.at(1231, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
                if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                    return errno(FIXUP.at(1234, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
                // MUTANT: - if ((fault_flags & FAULT_FLAG_KILLABLE) && fatal_signal_pending(current)) return -EINTR;
                ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags);
                major |= ret & VmFault.MAJOR;                             // major |= ret & VM_FAULT_MAJOR;
                if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                    return errno(FIXUP.at(1246, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
                if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                    mm.mmapSem.downRead(FIXUP.at(1251, "down_read(&mm->mmap_sem);")); // down_read(&mm->mmap_sem);
                    unlocked[0] = true;                                   //   *unlocked = true;
                    faultFlags |= FaultFlags.TRIED;                       //   fault_flags |= FAULT_FLAG_TRIED;
                    k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP.at(1253, "fault_flags |= FAULT_FLAG_TRIED;"),
                            FaultFlags.names(faultFlags), faultFlags, 0);
                    continue;                                             //   goto retry;
                }
                if (major != 0)                                           // if (tsk) { if (major)
                    k.task.accountMajFlt(FIXUP.at(1259, "tsk->maj_flt++;")); //   tsk->maj_flt++;
                else
                    k.task.accountMinFlt(FIXUP.at(1261, "tsk->min_flt++;")); // else tsk->min_flt++; }
                return errno(FIXUP.at(1263, "return 0;"), 0);             // return 0;
            }
        }
    }

    /** M19: mm/gup.c fixup_user_fault() keeps the v5.6 {@code fault_flags &= ~FAULT_FLAG_ALLOW_RETRY} on retry. */
    public static class M19FixupClearsAllowRetry extends Gup {
        public M19FixupClearsAllowRetry(Kernel k) { super(k); }

        @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
            int ret, major = 0;                                           // vm_fault_t ret, major = 0;
            if (unlocked != null)                                         // if (unlocked)
                faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
            for (;;) {                                                    // retry:
                Vma vma = k.mmap().findExtendVma(mm, address);            // vma = find_extend_vma(mm, address);
                if (vma == null || address < vma.vmStart(FIXUP.at(1230, "if (!vma || address < vma->vm_start)")))
                    return errno(FIXUP.at(1231, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
                if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                    return errno(FIXUP.at(1234, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
                if ((faultFlags & FaultFlags.KILLABLE) != 0               // if ((fault_flags & FAULT_FLAG_KILLABLE) &&
                        && k.signal().fatalSignalPending(FIXUP.at(1237, "fatal_signal_pending(current))"))) // fatal_signal_pending(current))
                    return errno(FIXUP.at(1238, "return -EINTR;"), Errno.EINTR); // return -EINTR;
                ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags);
                major |= ret & VmFault.MAJOR;                             // major |= ret & VM_FAULT_MAJOR;
                if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                    return errno(FIXUP.at(1246, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
                if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                    mm.mmapSem.downRead(FIXUP.at(1251, "down_read(&mm->mmap_sem);")); // down_read(&mm->mmap_sem);
                    unlocked[0] = true;                                   //   *unlocked = true;
                    faultFlags &= ~FaultFlags.ALLOW_RETRY;                //   MUTANT: + fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;
                    faultFlags |= FaultFlags.TRIED;                       //   fault_flags |= FAULT_FLAG_TRIED;
                    k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP.at(1253, "fault_flags |= FAULT_FLAG_TRIED;"),
                            FaultFlags.names(faultFlags), faultFlags, 0);
                    continue;                                             //   goto retry;
                }
                if (major != 0)                                           // if (tsk) { if (major)
                    k.task.accountMajFlt(FIXUP.at(1259, "tsk->maj_flt++;")); //   tsk->maj_flt++;
                else
                    k.task.accountMinFlt(FIXUP.at(1261, "tsk->min_flt++;")); // else tsk->min_flt++; }
                return errno(FIXUP.at(1263, "return 0;"), 0);             // return 0;
            }
        }
    }

    /** M20: mm/filemap.c __lock_page_or_retry() waits for the page on a first attempt with mmap_sem held. */
    public static class M20WaitHoldingMmapSem extends Filemap {
        public M20WaitHoldingMmapSem(Kernel k) { super(k); }

        @Override public int lockPageOrRetry(Page page, MmStruct mm, int flags) {
            if (k.mmH().faultFlagAllowRetryFirst(flags)) {                // if (fault_flag_allow_retry_first(flags)) {
                if ((flags & FaultFlags.RETRY_NOWAIT) != 0)               //   if (flags & FAULT_FLAG_RETRY_NOWAIT)
                    return ret(LOCK_OR_RETRY.at(1395, "return 0;"), 0);   //     return 0;
                if ((flags & FaultFlags.KILLABLE) != 0)                   //   if (flags & FAULT_FLAG_KILLABLE)
                    page.lock.waitUnlocked("wait_on_page_locked_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                            LOCK_OR_RETRY.at(1399, "wait_on_page_locked_killable(page);")); // wait_on_page_locked_killable(page);
                else                                                      //   else
                    page.lock.waitUnlocked("wait_on_page_locked", WaitState.UNINTERRUPTIBLE, k.task.signals, Errno.EINTR,
                            LOCK_OR_RETRY.at(1401, "wait_on_page_locked(page);")); // wait_on_page_locked(page);
                mm.mmapSem.upRead(LOCK_OR_RETRY.at(1397, "up_read(&mm->mmap_sem);")); // MUTANT: up_read(&mm->mmap_sem); moved below the wait
                return ret(LOCK_OR_RETRY.at(1402, "return 0;"), 0);       //   return 0;
            } else {                                                      // } else {
                if ((flags & FaultFlags.KILLABLE) != 0) {                 //   if (flags & FAULT_FLAG_KILLABLE) {
                    int ret = page.lock.lock("__lock_page_killable", WaitState.KILLABLE, k.task.signals, Errno.EINTR,
                            LOCK_OR_RETRY.at(1407, "ret = __lock_page_killable(page);")); // ret = __lock_page_killable(page);
                    if (ret != 0) {                                       //     if (ret) {
                        mm.mmapSem.upRead(LOCK_OR_RETRY.at(1409, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
                        return ret(LOCK_OR_RETRY.at(1410, "return 0;"), 0); //     return 0;
                    }
                } else                                                    //   } else
                    page.lock.lock("__lock_page", WaitState.UNINTERRUPTIBLE, k.task.signals, 0,
                            LOCK_OR_RETRY.at(1413, "__lock_page(page);"));   //     __lock_page(page);
                return ret(LOCK_OR_RETRY.at(1414, "return 1;"), 1);       //   return 1;
            }
        }
    }
}
