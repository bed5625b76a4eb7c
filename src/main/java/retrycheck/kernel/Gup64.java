package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v6.4.6 mm/gup.c: the functions whose C changed since the class it extends (Gup63), spec/releases.md §7.4. GUP no
 * longer expands the stack (the stack-expansion rework of §7): __get_user_pages() and fixup_user_fault() look the vma
 * up with {@code find_vma()} and refuse an address below it ({@code WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN);}) instead
 * of calling {@code find_extend_vma()}. The other functions of the model's GUP have 6.3.8's C at other lines (but
 * faultin_page(), at the same ones) and are re-cited from 6.4.6: a function cites its own release's tree.
 */
public class Gup64 extends Gup63 {
    protected static final Src FAULTIN_64 = Src.v64("mm/gup.c", "faultin_page");
    protected static final Src GUP_64 = Src.v64("mm/gup.c", "__get_user_pages");
    protected static final Src PERMITS_64 = Src.v64("mm/gup.c", "vma_permits_fault");
    protected static final Src FIXUP_64 = Src.v64("mm/gup.c", "fixup_user_fault");
    protected static final Src SIGNAL_PENDING_64 = Src.v64("mm/gup.c", "gup_signal_pending");
    protected static final Src LOCKED_64 = Src.v64("mm/gup.c", "__get_user_pages_locked");
    protected static final Src UNLOCKED_64 = Src.v64("mm/gup.c", "get_user_pages_unlocked");

    public Gup64(Kernel k) { super(k); }

    /** mm/gup.c:886 faultin_page() (6.4.6): 6.3.8's C at 6.3.8's lines, cited from 6.4.6. */
    @Override public int faultinPage(Vma vma, long address, int[] flags, int[] locked) {
        int faultFlags = 0;                                           // unsigned int fault_flags = 0;
        // if (*flags & FOLL_NOFAULT) return -EFAULT;  (no caller of the model passes FOLL_NOFAULT)
        if ((flags[0] & FOLL_WRITE) != 0)                             // if (*flags & FOLL_WRITE)
            faultFlags |= FaultFlags.WRITE;                           //   fault_flags |= FAULT_FLAG_WRITE;
        if ((flags[0] & FOLL_UNLOCKABLE) != 0) {                      // if (*flags & FOLL_UNLOCKABLE) {
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
            if ((flags[0] & FOLL_INTERRUPTIBLE) != 0)                 //   if (*flags & FOLL_INTERRUPTIBLE)
                faultFlags |= FaultFlags.INTERRUPTIBLE;               //     fault_flags |= FAULT_FLAG_INTERRUPTIBLE; }
        }
        if ((flags[0] & FOLL_NOWAIT) != 0)                            // if (*flags & FOLL_NOWAIT)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.RETRY_NOWAIT; // fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT;
        if ((flags[0] & FOLL_TRIED) != 0)                             // if (*flags & FOLL_TRIED) {
            faultFlags |= FaultFlags.TRIED;                           //   fault_flags |= FAULT_FLAG_TRIED;
        int ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
        if ((ret & VmFault.COMPLETED) != 0) {                         // if (ret & VM_FAULT_COMPLETED) {
            if ((faultFlags & FaultFlags.RETRY_NOWAIT) != 0)          //   WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);
                k.warn(FAULTIN_64.at(932, "WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);"), "WARN_ON_ONCE(COMPLETED with RETRY_NOWAIT)");
            locked[0] = 0;                                            //   *locked = 0;
            return errno(FAULTIN_64.at(942, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN; }
        }
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return errno(FAULTIN_64.at(949, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if ((faultFlags & FaultFlags.RETRY_NOWAIT) == 0)          //   if (!(fault_flags & FAULT_FLAG_RETRY_NOWAIT))
                locked[0] = 0;                                        //     *locked = 0;
            return errno(FAULTIN_64.at(956, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN_64.at(959, "return 0;"), 0);             // return 0;
    }

    /**
     * mm/gup.c:1076 __get_user_pages() (6.4.6) for one page: {@code find_vma()}, and an address below the vma found is
     * no vma ({@code WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN); vma = NULL;}): -EFAULT, the stack is not expanded.
     */
    @Override public long getUserPages(MmStruct mm, long start, int gupFlags, int[] locked) {
        long ret;                                                     // long ret = 0, i = 0;
        Vma vma = k.mmap().findVma(mm, start);                        // vma = find_vma(mm, start);
        if (vma != null && start < vma.vmStart(GUP_64.at(1100, "if (vma && (start < vma->vm_start)) {"))) { // if (vma && (start < vma->vm_start)) {
            if ((vma.vmFlags(GUP_64.at(1101, "WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN);")) & VmFlags.VM_GROWSDOWN) != 0)
                k.warn(GUP_64.at(1101, "WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN);"), "WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN)");
            vma = null;                                               //   vma = NULL; }
        }
        // if (!vma && in_gate_area(mm, start)) { ... }  (the model's address is never in the gate area)
        if (vma == null)                                              // if (!vma) { ret = -EFAULT; goto out; }
            return pages(GUP_64.at(1204, "return i ? i : ret;"), Errno.EFAULT);
        // ret = check_vma_flags(vma, gup_flags);  (the scenario's vma allows the access)
        int[] follFlags = {gupFlags};                                 // unsigned int foll_flags = gup_flags;
        for (;;) {                                                    // retry:
            if (k.signal().fatalSignalPending(GUP_64.at(1143, "if (fatal_signal_pending(current)) {"))) // if (fatal_signal_pending(current)) {
                return pages(GUP_64.at(1204, "return i ? i : ret;"), Errno.EINTR); //   ret = -EINTR; goto out;
            if (k.pte.get("follow_page_mask", GUP_64.at(1149, "page = follow_page_mask(vma, start, foll_flags, &ctx);")))
                return pages(GUP_64.at(1204, "return i ? i : ret;"), 1); // (page found: pages[i] = page; i += page_increm) return i;
            ret = faultinPage(vma, start, follFlags, locked);         // ret = faultin_page(vma, start, &foll_flags, PTR_ERR(page) == -EMLINK, locked);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY || ret == Errno.EAGAIN) ret = 0;   // case -EBUSY: case -EAGAIN: ret = 0; fallthrough;
            return pages(GUP_64.at(1204, "return i ? i : ret;"), ret); // case -EFAULT ...: goto out;  out: return i ? i : ret;
        }
    }

    /** mm/gup.c:1207 vma_permits_fault() (6.4.6): v5.7's C, cited from 6.4.6. */
    @Override public boolean vmaPermitsFault(Vma vma, int faultFlags) {
        boolean write = (faultFlags & FaultFlags.WRITE) != 0;         // bool write = !!(fault_flags & FAULT_FLAG_WRITE);
        int vmFlags = write ? VmFlags.VM_WRITE : VmFlags.VM_READ;     // vm_flags_t vm_flags = write ? VM_WRITE : VM_READ;
        boolean ret = (vmFlags & vma.vmFlags(PERMITS_64.at(1214, "if (!(vm_flags & vma->vm_flags))"))) != 0;
        k.ret(PERMITS_64.at(1227, "return true;"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;                                                   // if (!(vm_flags & vma->vm_flags)) return false; ... return true;
    }

    /**
     * mm/gup.c:1259 fixup_user_fault() (6.4.6): {@code vma = find_vma(mm, address);} and -EFAULT for an address below
     * the vma ({@code WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN);}): no stack expansion. Otherwise 6.0.1's C.
     */
    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret;                                                      // vm_fault_t ret;
        if (unlocked != null)                                         // if (unlocked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
        for (;;) {                                                    // retry:
            Vma vma = k.mmap().findVma(mm, address);                  // vma = find_vma(mm, address);
            if (vma == null)                                          // if (!vma)
                return errno(FIXUP_64.at(1274, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if (address < vma.vmStart(FIXUP_64.at(1275, "if (address < vma->vm_start ) {"))) { // if (address < vma->vm_start ) {
                if ((vma.vmFlags(FIXUP_64.at(1276, "WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN);")) & VmFlags.VM_GROWSDOWN) != 0)
                    k.warn(FIXUP_64.at(1276, "WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN);"), "WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN)");
                return errno(FIXUP_64.at(1277, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT; }
            }
            if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                return errno(FIXUP_64.at(1281, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if ((faultFlags & FaultFlags.KILLABLE) != 0               // if ((fault_flags & FAULT_FLAG_KILLABLE) &&
                    && k.signal().fatalSignalPending(FIXUP_64.at(1284, "fatal_signal_pending(current))"))) // fatal_signal_pending(current))
                return errno(FIXUP_64.at(1285, "return -EINTR;"), Errno.EINTR); // return -EINTR;
            ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
            if ((ret & VmFault.COMPLETED) != 0) {                     // if (ret & VM_FAULT_COMPLETED) {
                mm.mmapSem.downRead(FIXUP_64.at(1295, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                return errno(FIXUP_64.at(1297, "return 0;"), 0);      //   return 0; }
            }
            if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                return errno(FIXUP_64.at(1304, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
            if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                mm.mmapSem.downRead(FIXUP_64.at(1309, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                faultFlags |= FaultFlags.TRIED;                       //   fault_flags |= FAULT_FLAG_TRIED;
                k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP_64.at(1311, "fault_flags |= FAULT_FLAG_TRIED;"),
                        FaultFlags.names(faultFlags), faultFlags, 0);
                continue;                                             //   goto retry;
            }
            return errno(FIXUP_64.at(1315, "return 0;"), 0);          // return 0;
        }
    }

    /** mm/gup.c:1324 gup_signal_pending() (6.4.6): 6.3.8's C. */
    @Override public boolean gupSignalPending(int flags) {
        if (k.signal().fatalSignalPending(SIGNAL_PENDING_64.at(1326, "if (fatal_signal_pending(current))"))) // if (fatal_signal_pending(current))
            return true;                                              //   return true;
        if ((flags & FOLL_INTERRUPTIBLE) == 0)                        // if (!(flags & FOLL_INTERRUPTIBLE))
            return false;                                             //   return false;
        return k.signal().signalPending(SIGNAL_PENDING_64.at(1332, "return signal_pending(current);")); // return signal_pending(current);
    }

    /** mm/gup.c:1348 __get_user_pages_locked() (6.4.6) for one page: 6.3.8's C (Gup63), cited from 6.4.6. */
    @Override public long getUserPagesLocked(MmStruct mm, long start, int[] locked, int flags) {
        long ret, pagesDone;                                          // long ret, pages_done;
        boolean mustUnlock = false;                                   // bool must_unlock = false;
        long nrPages = 1;
        if (locked[0] == 0) {                                         // if (!*locked) {
            if (mm.mmapSem.downReadKillable(k.task.signals, LOCKED_64.at(1364, "if (mmap_read_lock_killable(mm))")) != 0)
                return pages(LOCKED_64.at(1365, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN;
            mustUnlock = true;                                        //   must_unlock = true;
            locked[0] = 1;                                            //   *locked = 1; }
        }
        pagesDone = 0;                                                // pages_done = 0;
        for (;;) {                                                    // for (;;) {
            ret = getUserPages(mm, start, flags, locked);             //   ret = __get_user_pages(mm, start, nr_pages, flags, pages, vmas, locked);
            if ((flags & FOLL_UNLOCKABLE) == 0) {                     //   if (!(flags & FOLL_UNLOCKABLE)) {
                pagesDone = ret;                                      //     pages_done = ret;
                break;                                                //     break; }
            }
            if (locked[0] == 0 && (ret < 0 || ret >= nrPages))        //   if (!*locked) { BUG_ON(ret < 0); BUG_ON(ret >= nr_pages); }
                k.warn(LOCKED_64.at(1399, "BUG_ON(ret < 0);"), "BUG_ON(ret < 0 || ret >= nr_pages)");
            if (ret > 0) {                                            //   if (ret > 0) {
                nrPages -= ret;                                       //     nr_pages -= ret;
                pagesDone += ret;                                     //     pages_done += ret;
                if (nrPages == 0) break;                              //     if (!nr_pages) break; }
            }
            if (locked[0] != 0) {                                     //   if (*locked) {
                if (pagesDone == 0) pagesDone = ret;                  //     if (!pages_done) pages_done = ret;
                break;                                                //     break; }
            }
            // if (likely(pages)) pages += ret; start += ret << PAGE_SHIFT;  (ret == 0: one page)
            mustUnlock = true;                                        //   must_unlock = true;
            boolean again;
            do {                                                      // retry:
                again = false;
                if (gupSignalPending(flags)) {                        //   if (gup_signal_pending(flags)) {
                    if (pagesDone == 0) pagesDone = Errno.EINTR;      //     if (!pages_done) pages_done = -EINTR;
                    return finishLocked64(mm, pagesDone, mustUnlock, locked); // break; }
                }
                ret = mm.mmapSem.downReadKillable(k.task.signals, LOCKED_64.at(1444, "ret = mmap_read_lock_killable(mm);"));
                if (ret != 0) {                                       //   if (ret) {
                    if (pagesDone == 0) pagesDone = ret;              //     if (!pages_done) pages_done = ret;
                    return finishLocked64(mm, pagesDone, mustUnlock, locked); // break; }
                }
                locked[0] = 1;                                        //   *locked = 1;
                ret = getUserPages(mm, start, flags | FOLL_TRIED, locked); // ret = __get_user_pages(mm, start, 1, flags | FOLL_TRIED, pages, NULL, locked);
                if (locked[0] == 0) {                                 //   if (!*locked) {
                    if (ret != 0) k.warn(LOCKED_64.at(1457, "BUG_ON(ret != 0);"), "BUG_ON(ret != 0)");
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
        return finishLocked64(mm, pagesDone, mustUnlock, locked);
    }

    /** The end of __get_user_pages_locked() (6.4.6): {@code if (must_unlock && *locked) { mmap_read_unlock(mm); *locked = 0; } return pages_done;}. */
    protected long finishLocked64(MmStruct mm, long pagesDone, boolean mustUnlock, int[] locked) {
        if (mustUnlock && locked[0] != 0) {                           // if (must_unlock && *locked) {
            mm.mmapSem.upRead(LOCKED_64.at(1480, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
            locked[0] = 0;                                            //   *locked = 0; }
        }
        return pages(LOCKED_64.at(1483, "return pages_done;"), pagesDone); // return pages_done;
    }

    /** mm/gup.c:2299 get_user_pages_unlocked() (6.4.6): 6.3.8's C. */
    @Override public long getUserPagesUnlocked(long start, int gupFlags) {
        int[] locked = {0};                                           // int locked = 0;
        gupFlags |= FOLL_TOUCH | FOLL_UNLOCKABLE;                     // if (!is_valid_gup_args(pages, NULL, NULL, &gup_flags, FOLL_TOUCH | FOLL_UNLOCKABLE)) return -EINVAL;
        long ret = getUserPagesLocked(k.mm, start, locked, gupFlags); // return __get_user_pages_locked(current->mm, start, nr_pages, pages, NULL, &locked, gup_flags);
        return pages(UNLOCKED_64.at(2308, "return __get_user_pages_locked(current->mm, start, nr_pages, pages,"), ret);
    }
}
