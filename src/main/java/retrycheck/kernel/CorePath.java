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
    UFFD("uffd");

    public final String id;

    CorePath(String id) { this.id = id; }

    /** The paths that TERMINATION bounds to two attempts (design.md §1): they wait at most once. */
    public boolean atMostTwoAttempts() { return this == FILEMAP || this == SWAP; }

    public static CorePath parse(String text) {
        for (CorePath p : values()) if (p.id.equalsIgnoreCase(text)) return p;
        throw new IllegalArgumentException("unknown core path '" + text + "'; valid: "
                + Arrays.stream(values()).map(p -> p.id).collect(Collectors.joining(", ")));
    }
}
