package retrycheck.kernel;

/**
 * v6.8.0 mm/filemap.c: the functions whose C changed since the class it extends (Filemap60): __folio_lock_or_retry(folio, vmf) returning vm_fault_t, filemap_fault() under the VMA lock; spec/releases.md §8.4.
 * A function not overridden here has the same C as in the release of Filemap60 (as far as the protocol goes) and keeps
 * citing that release's tree.
 */
public class Filemap68 extends Filemap60 {
    public Filemap68(Kernel k) { super(k); }
}
