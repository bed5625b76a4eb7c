package retrycheck.kernel;

import retrycheck.runtime.Src;

/** include/linux/pagemap.h: lock_page_or_retry().  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Pagemap.class, MyPagemap::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Pagemap {
    protected static final Src LOCK_PAGE_OR_RETRY = Src.v57("include/linux/pagemap.h", "lock_page_or_retry");

    protected final Kernel k;

    public Pagemap(Kernel k) { this.k = k; }

    /**
     * include/linux/pagemap.h:504 lock_page_or_retry(): {@code return trylock_page(page) || __lock_page_or_retry(page,
     * mm, flags);}: 1 with the page locked, 0 for VM_FAULT_RETRY (see {@link Filemap#lockPageOrRetry}).
     */
    public int lockPageOrRetry(Page page, MmStruct mm, int flags) {
        int ret = page.lock.trylock("trylock_page", LOCK_PAGE_OR_RETRY.at(508, "return trylock_page(page) || __lock_page_or_retry(page, mm, flags);"))
                || k.filemap().lockPageOrRetry(page, mm, flags) != 0 ? 1 : 0;
        k.ret(LOCK_PAGE_OR_RETRY.at(508, "return trylock_page(page) || __lock_page_or_retry(page, mm, flags);"), ValueKind.INT, ret);
        return ret;
    }
}
