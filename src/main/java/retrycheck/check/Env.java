package retrycheck.check;

/** The environment threads a scenario can run beside the fault thread. */
public enum Env {
    /** "io": the read in flight completes: SetPageUptodate, unlock_page (mm/filemap.c end_page_read path). */
    IO_COMPLETION("io"),
    /** "gpu": the buffer object's move finishes: dma_fence_signal(bo->moving). */
    FENCE_SIGNAL("gpu"),
    /** "writer": another thread changes the address space: down_write(mmap_sem) ... up_write (e.g. mprotect). */
    MMAP_WRITER("writer"),
    /** "killer": sends SIGKILL to the faulting task. */
    FATAL_SIGNAL("killer"),
    /** "signal": sends a non-fatal signal (SIGUSR1) to the faulting task. */
    NONFATAL_SIGNAL("signal"),
    /** "resolver": the userfaultfd monitor resolves the fault with UFFDIO_COPY and wakes the faulting thread. */
    UFFD_RESOLVER("resolver"),
    /**
     * "locker": another task takes the page lock once the read has completed and releases it (e.g. reclaim or
     * migration: lock_page ... unlock_page), then takes it again and stops making progress (its own I/O never
     * completes). Like the read in flight at the start, the lock it keeps is the environment's, not a leak.
     */
    PAGE_LOCKER("locker");

    public final String thread;

    Env(String thread) { this.thread = thread; }
}
