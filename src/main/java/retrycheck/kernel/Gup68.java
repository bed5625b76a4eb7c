package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * v6.8.0 mm/gup.c: the functions whose C changed since the class it extends (Gup65), spec/releases.md §7.4.
 * __get_user_pages_locked() now returns -EFAULT when it pinned nothing without FOLL_NOWAIT
 * ({@code if (WARN_ON_ONCE(pages_done == 0 && !(flags & FOLL_NOWAIT))) return -EFAULT;}) and returns 0 at once for
 * {@code nr_pages == 0}. __get_user_pages() lost its hugetlb branch (follow_page_mask() handles hugetlb) and fills
 * pages[] after next_page: for a whole large folio: for the model's one small page the same control flow, re-cited.
 * faultin_page(), gup_vma_lookup(), vma_permits_fault(), fixup_user_fault(), gup_signal_pending() and
 * get_user_pages_unlocked() have 6.5.0's C at other lines and are re-cited.
 */
public class Gup68 extends Gup65 {
    protected static final Src FAULTIN_68 = Src.v68("mm/gup.c", "faultin_page");
    protected static final Src GUP_68 = Src.v68("mm/gup.c", "__get_user_pages");
    protected static final Src PERMITS_68 = Src.v68("mm/gup.c", "vma_permits_fault");
    protected static final Src FIXUP_68 = Src.v68("mm/gup.c", "fixup_user_fault");
    protected static final Src SIGNAL_PENDING_68 = Src.v68("mm/gup.c", "gup_signal_pending");
    protected static final Src LOCKED_68 = Src.v68("mm/gup.c", "__get_user_pages_locked");
    protected static final Src UNLOCKED_68 = Src.v68("mm/gup.c", "get_user_pages_unlocked");
    protected static final Src LOOKUP_68 = Src.v68("mm/gup.c", "gup_vma_lookup");

    public Gup68(Kernel k) { super(k); }

    /** mm/gup.c:919 faultin_page() (6.8.0): 6.3.8's C, cited from 6.8.0. */
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
                k.warn(FAULTIN_68.at(965, "WARN_ON_ONCE(fault_flags & FAULT_FLAG_RETRY_NOWAIT);"), "WARN_ON_ONCE(COMPLETED with RETRY_NOWAIT)");
            locked[0] = 0;                                            //   *locked = 0;
            return errno(FAULTIN_68.at(975, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN; }
        }
        if ((ret & VmFault.ERROR) != 0)                               // if (ret & VM_FAULT_ERROR) {
            return errno(FAULTIN_68.at(982, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, *flags); if (err) return err;
        if ((ret & VmFault.RETRY) != 0) {                             // if (ret & VM_FAULT_RETRY) {
            if ((faultFlags & FaultFlags.RETRY_NOWAIT) == 0)          //   if (!(fault_flags & FAULT_FLAG_RETRY_NOWAIT))
                locked[0] = 0;                                        //     *locked = 0;
            return errno(FAULTIN_68.at(989, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN_68.at(992, "return 0;"), 0);             // return 0;
    }

    /**
     * mm/gup.c:1097 gup_vma_lookup() (6.8.0, no CONFIG_STACK_GROWSUP): the vma holding {@code addr}, else NULL; never
     * expands the stack. Below a VM_GROWSDOWN vma, less than 64 KiB away, it says so once an hour (pr_warn() and
     * dump_stack(): a message, not a WARN) and returns NULL too.
     */
    @Override protected Vma gupVmaLookup(MmStruct mm, long addr) {
        Vma vma = k.mmap().findVma(mm, addr);                         // vma = find_vma(mm, addr);
        if (vma == null || addr >= vma.vmStart(LOOKUP_68.at(1108, "if (!vma || (addr >= vma->vm_start))"))) // if (!vma || (addr >= vma->vm_start))
            return retVma(LOOKUP_68.at(1109, "return vma;"), vma);    //   return vma;
        if ((vma.vmFlags(LOOKUP_68.at(1112, "if (!(vma->vm_flags & VM_GROWSDOWN))")) & VmFlags.VM_GROWSDOWN) == 0) // if (!(vma->vm_flags & VM_GROWSDOWN))
            return retVma(LOOKUP_68.at(1113, "return NULL;"), null);   //   return NULL;
        if (vma.vmStart(LOOKUP_68.at(1114, "if (vma->vm_start - addr > 65536)")) - addr > 65536) // if (vma->vm_start - addr > 65536)
            return retVma(LOOKUP_68.at(1115, "return NULL;"), null);   //   return NULL;
        // now = jiffies; next = next_warn; if (next && time_before(now, next)) return NULL; next_warn = now + 60*60*HZ;
        // pr_warn("GUP no longer grows the stack in %s (%d): %lx-%lx (%lx)\n", ...); dump_stack();
        //   (the rate limit only decides whether the message is printed: NULL either way; the model has no clock)
        return retVma(LOOKUP_68.at(1128, "return NULL;"), null);      // return NULL;
    }

    /**
     * mm/gup.c:1186 __get_user_pages() (6.8.0) for one page: 6.5.0's control flow for one small page (no hugetlb
     * branch, pages[] filled after next_page:), re-cited.
     */
    @Override public long getUserPages(MmStruct mm, long start, int gupFlags, int[] locked) {
        long ret;                                                     // long ret = 0, i = 0;
        Vma vma = gupVmaLookup(mm, start);                            // vma = gup_vma_lookup(mm, start);
        // if (!vma && in_gate_area(mm, start)) { ... }  (the model's address is never in the gate area)
        if (vma == null)                                              // if (!vma) { ret = -EFAULT; goto out; }
            return pages(GUP_68.at(1326, "return i ? i : ret;"), Errno.EFAULT);
        // ret = check_vma_flags(vma, gup_flags);  (the scenario's vma allows the access)
        int[] follFlags = {gupFlags};                                 // unsigned int foll_flags = gup_flags;
        for (;;) {                                                    // retry:
            if (k.signal().fatalSignalPending(GUP_68.at(1233, "if (fatal_signal_pending(current)) {"))) // if (fatal_signal_pending(current)) {
                return pages(GUP_68.at(1326, "return i ? i : ret;"), Errno.EINTR); //   ret = -EINTR; goto out;
            if (k.pte.get("follow_page_mask", GUP_68.at(1239, "page = follow_page_mask(vma, start, foll_flags, &ctx);")))
                return pages(GUP_68.at(1326, "return i ? i : ret;"), 1); // (page found: pages[i] = page; i += page_increm) return i;
            ret = faultinPage(vma, start, follFlags, locked);         // ret = faultin_page(vma, start, &foll_flags, PTR_ERR(page) == -EMLINK, locked);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY || ret == Errno.EAGAIN) ret = 0;   // case -EBUSY: case -EAGAIN: ret = 0; fallthrough;
            return pages(GUP_68.at(1326, "return i ? i : ret;"), ret); // case -EFAULT ...: goto out;  out: return i ? i : ret;
        }
    }

    /** mm/gup.c:1329 vma_permits_fault() (6.8.0): v5.7's C, cited from 6.8.0. */
    @Override public boolean vmaPermitsFault(Vma vma, int faultFlags) {
        boolean write = (faultFlags & FaultFlags.WRITE) != 0;         // bool write = !!(fault_flags & FAULT_FLAG_WRITE);
        int vmFlags = write ? VmFlags.VM_WRITE : VmFlags.VM_READ;     // vm_flags_t vm_flags = write ? VM_WRITE : VM_READ;
        boolean ret = (vmFlags & vma.vmFlags(PERMITS_68.at(1336, "if (!(vm_flags & vma->vm_flags))"))) != 0;
        k.ret(PERMITS_68.at(1349, "return true;"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;                                                   // if (!(vm_flags & vma->vm_flags)) return false; ... return true;
    }

    /**
     * mm/gup.c:1381 fixup_user_fault() (6.8.0): {@code vma = gup_vma_lookup(mm, address); if (!vma) return -EFAULT;}
     * 6.5.0's C, re-cited.
     */
    @Override public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
        int ret;                                                      // vm_fault_t ret;
        if (unlocked != null)                                         // if (unlocked)
            faultFlags |= FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; //   fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;
        for (;;) {                                                    // retry:
            Vma vma = gupVmaLookup(mm, address);                      // vma = gup_vma_lookup(mm, address);
            if (vma == null)                                          // if (!vma)
                return errno(FIXUP_68.at(1396, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if (!vmaPermitsFault(vma, faultFlags))                    // if (!vma_permits_fault(vma, fault_flags))
                return errno(FIXUP_68.at(1399, "return -EFAULT;"), Errno.EFAULT); // return -EFAULT;
            if ((faultFlags & FaultFlags.KILLABLE) != 0               // if ((fault_flags & FAULT_FLAG_KILLABLE) &&
                    && k.signal().fatalSignalPending(FIXUP_68.at(1402, "fatal_signal_pending(current))"))) // fatal_signal_pending(current))
                return errno(FIXUP_68.at(1403, "return -EINTR;"), Errno.EINTR); // return -EINTR;
            ret = k.memory().handleMmFault(vma, address, faultFlags); // ret = handle_mm_fault(vma, address, fault_flags, NULL);
            if ((ret & VmFault.COMPLETED) != 0) {                     // if (ret & VM_FAULT_COMPLETED) {
                mm.mmapSem.downRead(FIXUP_68.at(1413, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                return errno(FIXUP_68.at(1415, "return 0;"), 0);      //   return 0; }
            }
            if ((ret & VmFault.ERROR) != 0)                           // if (ret & VM_FAULT_ERROR) {
                return errno(FIXUP_68.at(1422, "return err;"), vmFaultToErrno(ret)); // int err = vm_fault_to_errno(ret, 0); if (err) return err;
            if ((ret & VmFault.RETRY) != 0) {                         // if (ret & VM_FAULT_RETRY) {
                mm.mmapSem.downRead(FIXUP_68.at(1427, "mmap_read_lock(mm);")); // mmap_read_lock(mm);
                unlocked[0] = true;                                   //   *unlocked = true;
                faultFlags |= FaultFlags.TRIED;                       //   fault_flags |= FAULT_FLAG_TRIED;
                k.rt.note(retrycheck.runtime.Event.Note.RETRY_FLAGS, FIXUP_68.at(1429, "fault_flags |= FAULT_FLAG_TRIED;"),
                        FaultFlags.names(faultFlags), faultFlags, 0);
                continue;                                             //   goto retry;
            }
            return errno(FIXUP_68.at(1433, "return 0;"), 0);          // return 0;
        }
    }

    /** mm/gup.c:1442 gup_signal_pending() (6.8.0): 6.3.8's C, cited from 6.8.0. */
    @Override public boolean gupSignalPending(int flags) {
        if (k.signal().fatalSignalPending(SIGNAL_PENDING_68.at(1444, "if (fatal_signal_pending(current))"))) // if (fatal_signal_pending(current))
            return true;                                              //   return true;
        if ((flags & FOLL_INTERRUPTIBLE) == 0)                        // if (!(flags & FOLL_INTERRUPTIBLE))
            return false;                                             //   return false;
        return k.signal().signalPending(SIGNAL_PENDING_68.at(1450, "return signal_pending(current);")); // return signal_pending(current);
    }

    /** mm/gup.c:1466 __get_user_pages_locked() (6.8.0) for one page: 6.5.0's C, and -EFAULT with a WARN when nothing was pinned without FOLL_NOWAIT. */
    @Override public long getUserPagesLocked(MmStruct mm, long start, int[] locked, int flags) {
        long ret, pagesDone;                                          // long ret, pages_done;
        boolean mustUnlock = false;                                   // bool must_unlock = false;
        long nrPages = 1;
        // if (!nr_pages) return 0;  (nr_pages is 1)
        if (locked[0] == 0) {                                         // if (!*locked) {
            if (mm.mmapSem.downReadKillable(k.task.signals, LOCKED_68.at(1484, "if (mmap_read_lock_killable(mm))")) != 0)
                return pages(LOCKED_68.at(1485, "return -EAGAIN;"), Errno.EAGAIN); // return -EAGAIN;
            mustUnlock = true;                                        //   must_unlock = true;
            locked[0] = 1;                                            //   *locked = 1; }
        }
        pagesDone = 0;                                                // pages_done = 0;
        for (;;) {                                                    // for (;;) {
            ret = getUserPages(mm, start, flags, locked);             //   ret = __get_user_pages(mm, start, nr_pages, flags, pages, locked);
            if ((flags & FOLL_UNLOCKABLE) == 0) {                     //   if (!(flags & FOLL_UNLOCKABLE)) {
                pagesDone = ret;                                      //     pages_done = ret;
                break;                                                //     break; }
            }
            if (locked[0] == 0 && (ret < 0 || ret >= nrPages))        //   if (!*locked) { BUG_ON(ret < 0); BUG_ON(ret >= nr_pages); }
                k.warn(LOCKED_68.at(1519, "BUG_ON(ret < 0);"), "BUG_ON(ret < 0 || ret >= nr_pages)");
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
                    return finishLocked68(mm, pagesDone, mustUnlock, locked, flags); // break; }
                }
                ret = mm.mmapSem.downReadKillable(k.task.signals, LOCKED_68.at(1564, "ret = mmap_read_lock_killable(mm);"));
                if (ret != 0) {                                       //   if (ret) {
                    if (pagesDone == 0) pagesDone = ret;              //     if (!pages_done) pages_done = ret;
                    return finishLocked68(mm, pagesDone, mustUnlock, locked, flags); // break; }
                }
                locked[0] = 1;                                        //   *locked = 1;
                ret = getUserPages(mm, start, flags | FOLL_TRIED, locked); // ret = __get_user_pages(mm, start, 1, flags | FOLL_TRIED, pages, locked);
                if (locked[0] == 0) {                                 //   if (!*locked) {
                    if (ret != 0) k.warn(LOCKED_68.at(1577, "BUG_ON(ret != 0);"), "BUG_ON(ret != 0)");
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
        return finishLocked68(mm, pagesDone, mustUnlock, locked, flags);
    }

    /**
     * The end of __get_user_pages_locked() (6.8.0): {@code if (must_unlock && *locked) { mmap_read_unlock(mm); *locked = 0; }
     * if (WARN_ON_ONCE(pages_done == 0 && !(flags & FOLL_NOWAIT))) return -EFAULT; return pages_done;}.
     */
    protected long finishLocked68(MmStruct mm, long pagesDone, boolean mustUnlock, int[] locked, int flags) {
        if (mustUnlock && locked[0] != 0) {                           // if (must_unlock && *locked) {
            mm.mmapSem.upRead(LOCKED_68.at(1600, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
            locked[0] = 0;                                            //   *locked = 0; }
        }
        if (pagesDone == 0 && (flags & FOLL_NOWAIT) == 0) {          // if (WARN_ON_ONCE(pages_done == 0 && !(flags & FOLL_NOWAIT)))
            k.warn(LOCKED_68.at(1608, "if (WARN_ON_ONCE(pages_done == 0 && !(flags & FOLL_NOWAIT)))"), "WARN_ON_ONCE(pages_done == 0 && !(flags & FOLL_NOWAIT))");
            return pages(LOCKED_68.at(1609, "return -EFAULT;"), Errno.EFAULT); //   return -EFAULT;
        }
        return pages(LOCKED_68.at(1611, "return pages_done;"), pagesDone); // return pages_done;
    }

    /** mm/gup.c:2407 get_user_pages_unlocked() (6.8.0): 6.5.0's C, cited from 6.8.0. */
    @Override public long getUserPagesUnlocked(long start, int gupFlags) {
        int[] locked = {0};                                           // int locked = 0;
        gupFlags |= FOLL_TOUCH | FOLL_UNLOCKABLE;                     // if (!is_valid_gup_args(pages, NULL, &gup_flags, FOLL_TOUCH | FOLL_UNLOCKABLE)) return -EINVAL;
        long ret = getUserPagesLocked(k.mm, start, locked, gupFlags); // return __get_user_pages_locked(current->mm, start, nr_pages, pages, &locked, gup_flags);
        return pages(UNLOCKED_68.at(2416, "return __get_user_pages_locked(current->mm, start, nr_pages, pages,"), ret);
    }
}
