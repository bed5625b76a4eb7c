package retrycheck.kernel;

import retrycheck.runtime.Flag;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.SleepLock;

/**
 * include/linux/page-flags.h: the one page the fault needs, in the page cache or swap cache. At the start it
 * is locked by I/O in flight (readahead or swap-in), as when a fault finds a page that is being read.
 */
public final class Page {
    /** PG_locked, with the page wait queue (mm/filemap.c). */
    public final SleepLock lock;
    /** PG_uptodate. */
    public final Flag uptodate;
    /** PG_readahead: the marker a previous readahead left on this page (do_async_mmap_readahead() reads on). */
    public final boolean readahead;

    public Page(Runtime rt, String lockedBy) { this(rt, lockedBy, false); }

    public Page(Runtime rt, String lockedBy, boolean readahead) {
        this.readahead = readahead;
        this.lock = new SleepLock(rt, "page_lock", lockedBy);
        this.uptodate = new Flag(rt, "PageUptodate", lockedBy == null);
    }
}
