package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * The "gup" handler: a kernel caller pinning one user page the way get_user_pages_unlocked() does
 * (mm/gup.c:2040): down_read; __get_user_pages_locked(..., &locked); if (locked) up_read.
 */
public final class GupHandler implements FaultHandler {
    private static final Src CALLER = Src.fn("mm/gup.c", "get_user_pages_unlocked");

    @Override public String name() { return "gup"; }
    @Override public String file() { return "mm/gup.c"; }

    @Override public FaultOutcome handle(Kernel k) {
        int[] locked = {1};                                           // int locked = 1;
        k.mm.mmapSem.downRead(CALLER.at(2049));                       // down_read(&mm->mmap_sem);
        int ret = k.gup.getUserPagesLocked(Gup.FOLL_WRITE, locked);   // ret = __get_user_pages_locked(..., &locked, gup_flags | FOLL_TOUCH);
        if (locked[0] != 0)                                           // if (locked)
            k.mm.mmapSem.upRead(CALLER.at(2053));                     //   up_read(&mm->mmap_sem);
        return FaultOutcome.done("gup=" + ret, 0);                    // return ret;
    }
}
