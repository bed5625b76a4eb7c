package retrycheck.kernel;

/**
 * v6.0.1 mm/filemap.c: the functions whose C changed since the class it extends (Filemap): __folio_lock_or_retry() and lock_folio_maybe_drop_mmap() (folio names); spec/releases.md §5.1.
 * A function not overridden here has the same C as in the release of Filemap (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Filemap60 extends Filemap {
    public Filemap60(Kernel k) { super(k); }
}
