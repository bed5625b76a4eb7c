package retrycheck.kernel;

import retrycheck.runtime.Errno;
import retrycheck.runtime.Src;

/**
 * mm/gup.c (v5.7.14): the in-kernel fault callers. GUP pins one page (nr_pages = 1) of the scenario's mapping;
 * fixup_user_fault() resolves one fault for a caller that holds mmap_sem (futex, KVM).
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Gup.class, MyGup::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Gup {
    protected static final Src FOLLOW_PAGE_PTE = Src.v57("mm/gup.c", "follow_page_pte");
    protected static final Src FAULTIN = Src.v57("mm/gup.c", "faultin_page");
    protected static final Src GUP = Src.v57("mm/gup.c", "__get_user_pages");
    protected static final Src LOCKED = Src.v57("mm/gup.c", "__get_user_pages_locked");
    protected static final Src FIXUP = Src.v57("mm/gup.c", "fixup_user_fault");
    protected static final Src UNLOCKED = Src.v57("mm/gup.c", "get_user_pages_unlocked");

    /** FOLL_WRITE: "check pte is writable" (include/linux/mm.h). */
    public static final int FOLL_WRITE = 0x01;
    /** FOLL_TOUCH: "mark page accessed". */
    public static final int FOLL_TOUCH = 0x02;
    /** FOLL_NOWAIT: "if a disk transfer is needed, start the IO and return without waiting upon it". */
    public static final int FOLL_NOWAIT = 0x20;
    /** FOLL_TRIED: "a retry, previous pass started an IO". */
    public static final int FOLL_TRIED = 0x800;

    protected final Kernel k;

    public Gup(Kernel k) { this.k = k; }

    /**
     * mm/gup.c:863 faultin_page(). {@code locked} is null when the caller passed NULL. Returns 0, -EBUSY
     * (VM_FAULT_RETRY: with *locked = 0 the lock is gone) or an errno.
     */
    public int faultinPage(Vma vma, long address, int[] flags, int[] locked) {
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
            if (locked != null && (faultFlags & FaultFlags.RETRY_NOWAIT) == 0) // if (locked && !(fault_flags & FAULT_FLAG_RETRY_NOWAIT))
                locked[0] = 0;                                        //   *locked = 0;
            return errno(FAULTIN.at(907, "return -EBUSY;"), Errno.EBUSY); // return -EBUSY;
        }
        return errno(FAULTIN.at(921, "return 0;"), 0);                // return 0;
    }

    /** mm/gup.c vm_fault_to_errno() (include/linux/mm.h): OOM -ENOMEM, SIGBUS/SIGSEGV -EFAULT. */
    public int vmFaultToErrno(int fault) {
        if ((fault & VmFault.OOM) != 0) return Errno.ENOMEM;          // if (vm_fault & VM_FAULT_OOM) return -ENOMEM;
        return Errno.EFAULT;                                          // if (vm_fault & (SIGBUS|SIGSEGV|HWPOISON...)) return -EFAULT;
    }

    /**
     * mm/gup.c:1031 __get_user_pages() for one page. Returns 1 (pinned), 0 (-EBUSY: the lock was dropped) or an
     * errno: -EINTR on a fatal signal, -EFAULT without a vma.
     */
    public long getUserPages(MmStruct mm, long start, int gupFlags, int[] locked) {
        long ret;                                                     // long ret = 0, i = 0;
        Vma vma = k.mmap().findExtendVma(mm, start);                  // vma = find_extend_vma(mm, start);
        if (vma == null)                                              // if (!vma || check_vma_flags(vma, gup_flags)) {
            return pages(GUP.at(1160, "return i ? i : ret;"), Errno.EFAULT); // ret = -EFAULT; goto out;
        int[] follFlags = {gupFlags};                                 // unsigned int foll_flags = gup_flags;
        for (;;) {                                                    // retry:
            if (k.signal().fatalSignalPending(GUP.at(1105, "if (fatal_signal_pending(current)) {"))) // if (fatal_signal_pending(current)) {
                return pages(GUP.at(1160, "return i ? i : ret;"), Errno.EINTR); //   ret = -EINTR; goto out;
            if (k.pte.get("follow_page_mask", GUP.at(1111, "page = follow_page_mask(vma, start, foll_flags, &ctx);"))
                    && ((follFlags[0] & FOLL_WRITE) == 0               //   follow_page_pte(): if ((flags & FOLL_WRITE) &&
                        || k.pteWrite(FOLLOW_PAGE_PTE.at(443, "if ((flags & FOLL_WRITE) && !can_follow_write_pte(pte, flags)) {")))) // !can_follow_write_pte(pte, flags)) return NULL;
                return pages(GUP.at(1160, "return i ? i : ret;"), 1); // (page found: pages[i] = page; i += 1) return i;
            ret = faultinPage(vma, start, follFlags, locked);         // ret = faultin_page(tsk, vma, start, &foll_flags, locked);
            if (ret == 0) continue;                                   // case 0: goto retry;
            if (ret == Errno.EBUSY) ret = 0;                          // case -EBUSY: ret = 0; fallthrough;
            return pages(GUP.at(1160, "return i ? i : ret;"), ret);   // case -EFAULT ...: goto out;  out: return i ? i : ret;
        }
    }

    /**
     * mm/gup.c:1267 __get_user_pages_locked() for one page: retries with FOLL_TRIED, re-taking mmap_sem killably,
     * until the page is pinned or a signal ends it.
     */
    public long getUserPagesLocked(MmStruct mm, long start, int[] locked, int flags) {
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
                ret = getUserPages(mm, start, flags | FOLL_TRIED, locked); // ret = __get_user_pages(tsk, mm, start, 1, flags | FOLL_TRIED, pages, NULL, locked);
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

    /** The end of __get_user_pages_locked(): {@code if (lock_dropped && *locked) { up_read(); *locked = 0; } return pages_done;}. */
    protected long finishLocked(MmStruct mm, long pagesDone, boolean lockDropped, int[] locked) {
        if (lockDropped && locked[0] != 0) {                          // if (lock_dropped && *locked) {
            mm.mmapSem.upRead(LOCKED.at(1387, "up_read(&mm->mmap_sem);")); // up_read(&mm->mmap_sem);
            locked[0] = 0;                                            //   *locked = 0; }
        }
        return pages(LOCKED.at(1390, "return pages_done;"), pagesDone); // return pages_done;
    }

    /**
     * mm/gup.c:2033 get_user_pages_unlocked(): {@code down_read; ret = __get_user_pages_locked(..., &locked,
     * gup_flags | FOLL_TOUCH); if (locked) up_read;}. Called without mmap_sem.
     */
    public long getUserPagesUnlocked(long start, int gupFlags) {
        int[] locked = {1};                                           // int locked = 1;
        k.mm.mmapSem.downRead(UNLOCKED.at(2049, "down_read(&mm->mmap_sem);")); // down_read(&mm->mmap_sem);
        long ret = getUserPagesLocked(k.mm, start, locked, gupFlags | FOLL_TOUCH); // ret = __get_user_pages_locked(current, mm, start, nr_pages, pages, NULL, &locked, gup_flags | FOLL_TOUCH);
        if (locked[0] != 0)                                           // if (locked)
            k.mm.mmapSem.upRead(UNLOCKED.at(2053, "up_read(&mm->mmap_sem);")); //   up_read(&mm->mmap_sem);
        return pages(UNLOCKED.at(2054, "return ret;"), ret);          // return ret;
    }

    /**
     * mm/gup.c:1216 fixup_user_fault() with an {@code unlocked} pointer (ALLOW_RETRY|KILLABLE). Called and returns
     * with mmap_sem held; every retry re-takes it and sets FAULT_FLAG_TRIED, and a fatal signal ends the loop.
     */
    public int fixupUserFault(MmStruct mm, long address, int faultFlags, boolean[] unlocked) {
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

    /** mm/gup.c:1163 vma_permits_fault(): the vma allows the access (VM_WRITE for a write fault, else VM_READ). */
    public boolean vmaPermitsFault(Vma vma, int faultFlags) {
        boolean write = (faultFlags & FaultFlags.WRITE) != 0;         // bool write = !!(fault_flags & FAULT_FLAG_WRITE);
        int vmFlags = write ? VmFlags.VM_WRITE : VmFlags.VM_READ;     // vm_flags_t vm_flags = write ? VM_WRITE : VM_READ;
        boolean ret = (vmFlags & vma.vmFlags(Src.v57("mm/gup.c", "vma_permits_fault").at(1170, "if (!(vm_flags & vma->vm_flags))"))) != 0;
        k.ret(Src.v57("mm/gup.c", "vma_permits_fault").at(1183, "return true;"), ValueKind.BOOL, ret ? 1 : 0);
        return ret;                                                   // if (!(vm_flags & vma->vm_flags)) return false; ... return true;
    }

    /** An int/errno RETURN event at {@code at}. */
    protected int errno(Src at, int value) {
        k.ret(at, ValueKind.ERRNO, value);
        return value;
    }

    /** A GUP page count or errno RETURN event at {@code at}. */
    protected long pages(Src at, long value) {
        k.ret(at, ValueKind.PAGES, value);
        return value;
    }
}
