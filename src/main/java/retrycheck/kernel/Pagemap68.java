package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.8.0 include/linux/pagemap.h: the functions whose C changed since the class it extends (Pagemap):
 * folio_lock_or_retry(folio, vmf) returns a vm_fault_t (lock_page_or_retry(page, mm, flags) of v5.7 returned 1/0);
 * spec/releases.md §8.4.
 */
public class Pagemap68 extends Pagemap {
    protected static final Src FOLIO_LOCK_OR_RETRY = Src.v68("include/linux/pagemap.h", "folio_lock_or_retry");

    public Pagemap68(Kernel k) { super(k); }

    /** include/linux/pagemap.h:1097 folio_lock_or_retry(): 0 with the folio locked, else __folio_lock_or_retry()'s RETRY. */
    public int folioLockOrRetry(Page folio, Vmf vmf) {
        // might_sleep();
        if (!folio.lock.trylock("folio_trylock", FOLIO_LOCK_OR_RETRY.at(1101, "if (!folio_trylock(folio))"))) { // if (!folio_trylock(folio))
            int r = ((Filemap68) k.filemap()).folioLockOrRetry(folio, vmf); //   return __folio_lock_or_retry(folio, vmf);
            k.ret(FOLIO_LOCK_OR_RETRY.at(1102, "return __folio_lock_or_retry(folio, vmf);"), ValueKind.VM_FAULT, r);
            return r;
        }
        k.ret(FOLIO_LOCK_OR_RETRY.at(1103, "return 0;"), ValueKind.VM_FAULT, 0);
        return 0;                                                     // return 0;
    }
}
