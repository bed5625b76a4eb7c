package retrycheck.kernel;

/**
 * The "gup" handler: a kernel caller pinning one user page for write with get_user_pages_unlocked()
 * ({@link Gup#getUserPagesUnlocked}), which takes and releases mmap_sem itself.
 */
public final class GupHandler implements FaultHandler {
    @Override public String name() { return "gup"; }
    @Override public String file() { return "mm/gup.c"; }

    @Override public FaultOutcome handle(Kernel k) {
        long ret = k.gup().getUserPagesUnlocked(k.access.address(), Gup.FOLL_WRITE); // ret = get_user_pages_unlocked(start, 1, pages, FOLL_WRITE);
        return FaultOutcome.done("gup=" + ret, 0);
    }

    /** GUP runs in every release whose core the model holds. */
    @Override public boolean declares(Variant v) { return KernelReleases.declared(v); }
}
