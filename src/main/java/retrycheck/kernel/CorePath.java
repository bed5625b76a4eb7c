package retrycheck.kernel;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which fault handler handle_mm_fault() reaches for the faulting address. */
public enum CorePath {
    /** A file-backed page in the page cache: do_read_fault -> filemap_fault (mm/filemap.c). */
    FILEMAP("filemap"),
    /** An anonymous page in swap: do_swap_page (mm/memory.c) -> lock_page_or_retry. */
    SWAP("swap"),
    /** A GPU buffer object: ttm_bo_vm_fault (drivers/gpu/drm/ttm/ttm_bo_vm.c). */
    TTM("ttm"),
    /** A missing page in a userfaultfd-registered range: handle_userfault (fs/userfaultfd.c). */
    UFFD("uffd"),
    /**
     * An anonymous page swapped out in a range registered for userfaultfd write-protect (UFFDIO_REGISTER_MODE_WP), its
     * swap entry carrying the uffd-wp bit (pte_swp_uffd_wp) and shared with another process (a fork child: the swap
     * count is 2, so reuse_swap_page() is false): a write fault goes do_swap_page() -> lock_page_or_retry(), then
     * do_wp_page() -> handle_userfault(vmf, VM_UFFD_WP) (mm/memory.c). The commit message's case of a third attempt.
     * Only in v5.7 and later: v5.6.4 refuses to register a range for write-protect ({@link #absentFrom}).
     */
    UFFD_WP_SWAP("uffd-wp-swap");

    public final String id;

    CorePath(String id) { this.id = id; }

    /** The paths that TERMINATION bounds to two attempts (design.md §1): they wait at most once. */
    public boolean atMostTwoAttempts() { return this == FILEMAP || this == SWAP; }

    /**
     * Why this path does not exist in {@code v}'s kernel, or null when it does: v5.6.4's userfaultfd_register() answers
     * UFFDIO_REGISTER_MODE_WP with -EINVAL ("FIXME: remove the below error constraint by implementing the wprotect
     * tracking mode", fs/userfaultfd.c:1331-1338), so no range is ever write-protected by userfaultfd; uffd-wp came in v5.7.
     */
    public String absentFrom(Variant v) {
        if (this == UFFD_WP_SWAP && v == Variant.V5_6)
            return "v5.6.4 has no userfaultfd write-protect: userfaultfd_register() answers UFFDIO_REGISTER_MODE_WP with "
                    + "-EINVAL (fs/userfaultfd.c:1331-1338, \"FIXME: remove the below error constraint by implementing the "
                    + "wprotect tracking mode\"); uffd-wp was merged in v5.7";
        if (this == UFFD_WP_SWAP && v.atLeast(Variant.V5_9))
            return "the model's uffd-wp path (do_wp_page()'s userfaultfd_pte_wp(), userfaultfd_must_wait()'s VM_UFFD_WP test, "
                    + "mwriteprotect_range()) is transliterated from 5.7.14 only; the releases after it are not modelled for it";
        return null;
    }

    public static CorePath parse(String text) {
        for (CorePath p : values()) if (p.id.equalsIgnoreCase(text)) return p;
        throw new IllegalArgumentException("unknown core path '" + text + "'; valid: "
                + Arrays.stream(values()).map(p -> p.id).collect(Collectors.joining(", ")));
    }
}
