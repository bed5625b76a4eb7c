package retrycheck.check;

/** The environment threads a scenario can run beside the fault thread. */
public enum Env {
    /** "io": the read in flight completes: page_endio(page, false, 0): SetPageUptodate, unlock_page (mm/filemap.c). */
    IO_COMPLETION("io"),
    /**
     * "io": the read in flight completes with an error: page_endio(page, false, err): ClearPageUptodate, SetPageError,
     * unlock_page. The page stays not uptodate, so filemap_fault() takes its page_not_uptodate path.
     */
    IO_ERROR("io"),
    /** "gpu": the buffer object's move finishes: dma_fence_signal(bo->moving). */
    FENCE_SIGNAL("gpu"),
    /** "writer": another thread changes the address space: down_write(mmap_sem) ... up_write (e.g. mprotect). */
    MMAP_WRITER("writer"),
    /**
     * "munmap": another thread unmaps the faulting vma: __vm_munmap(): down_write_killable(mmap_sem), __do_munmap()
     * detaches the vma from mm->mm_rb, up_write. A fault that dropped mmap_sem finds no vma when it retries.
     */
    MUNMAP("munmap"),
    /**
     * "mprotect": another thread makes the faulting vma PROT_NONE: do_mprotect_pkey(): down_write_killable(mmap_sem),
     * mprotect_fixup() sets vma->vm_flags without VM_READ|VM_WRITE|VM_EXEC, up_write. A retry fails the access check.
     */
    MPROTECT("mprotect"),
    /** "killer": sends SIGKILL to the faulting task. */
    FATAL_SIGNAL("killer"),
    /** "signal": sends a non-fatal signal (SIGUSR1) to the faulting task. */
    NONFATAL_SIGNAL("signal"),
    /** "resolver": the userfaultfd monitor resolves the fault with UFFDIO_COPY and wakes the faulting thread. */
    UFFD_RESOLVER("resolver"),
    /**
     * "resolver": the userfaultfd monitor un-write-protects the page: ioctl(UFFDIO_WRITEPROTECT, mode 0) ->
     * userfaultfd_writeprotect() -> mwriteprotect_range() (down_read(mmap_sem), change_protection() clears the pte's
     * uffd-wp bit, up_read) -> wake_userfault() (fs/userfaultfd.c, mm/userfaultfd.c, mm/mprotect.c). The write bit is
     * left to the fault (mm/mprotect.c:125-131).
     */
    UFFD_WP_RESOLVER("resolver"),
    /**
     * "locker": another task takes the page lock once the read has completed and releases it (e.g. reclaim or
     * migration: lock_page ... unlock_page), then takes it again and stops making progress (its own I/O never
     * completes). Like the read in flight at the start, the lock it keeps is the environment's, not a leak.
     */
    PAGE_LOCKER("locker");

    public final String thread;

    Env(String thread) { this.thread = thread; }
}
