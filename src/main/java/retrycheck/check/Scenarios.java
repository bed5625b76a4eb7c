package retrycheck.check;

import retrycheck.kernel.CorePath;

import java.util.List;
import java.util.stream.Collectors;

import static retrycheck.check.Env.*;
import static retrycheck.kernel.FaultAccess.Kind.READ;
import static retrycheck.kernel.FaultAccess.Kind.WRITE;

/**
 * The named scenarios: each exercises some invariants on one core path. Each is a point of the scenario space
 * ({@link retrycheck.check.space.Space}), listed there under its name; their names stay stable (saved traces, JPF
 * configurations and tests use them).
 */
public final class Scenarios {
    private Scenarios() {}

    public static final List<Scenario> ALL = List.of(
            new Scenario("filemap-io", CorePath.FILEMAP, true, true, List.of(IO_COMPLETION, FATAL_SIGNAL),
                    "user-mode fault on a page-cache page under read; I/O completes; SIGKILL at any time"),
            new Scenario("filemap-io-kernel", CorePath.FILEMAP, false, true, List.of(IO_COMPLETION, FATAL_SIGNAL),
                    "kernel-mode (uaccess) fault on a page-cache page under read; I/O completes; SIGKILL at any time"),
            new Scenario("filemap-stall-kernel", CorePath.FILEMAP, false, true, List.of(FATAL_SIGNAL),
                    "kernel-mode fault on a page whose read never completes (the environment stops); SIGKILL at any time"),
            new Scenario("filemap-writer", CorePath.FILEMAP, true, true, List.of(IO_COMPLETION, MMAP_WRITER),
                    "user-mode fault on a page under read while another thread takes mmap_sem for write"),
            new Scenario("swap-io", CorePath.SWAP, true, true, List.of(IO_COMPLETION, NONFATAL_SIGNAL),
                    "user-mode swap-in of a page under read; a non-fatal signal at any time"),
            new Scenario("ttm-fence-kernel", CorePath.TTM, false, false, List.of(FENCE_SIGNAL, NONFATAL_SIGNAL),
                    "kernel-mode fault on a GPU buffer object whose move is in flight; a non-fatal signal at any time"),
            new Scenario("uffd-user", CorePath.UFFD, true, false, List.of(UFFD_RESOLVER, NONFATAL_SIGNAL),
                    "user-mode fault on a userfaultfd-missing page; the monitor resolves it; a non-fatal signal at any time"),
            new Scenario("uffd-kernel", CorePath.UFFD, false, false, List.of(UFFD_RESOLVER, FATAL_SIGNAL),
                    "kernel-mode fault on a userfaultfd-missing page; the monitor resolves it; SIGKILL at any time"),
            new Scenario("filemap-relock", CorePath.FILEMAP, true, true, List.of(IO_COMPLETION, PAGE_LOCKER, FATAL_SIGNAL),
                    "user-mode fault on a page under read; I/O completes; another task locks the page, unlocks it, locks it again and stalls; SIGKILL at any time"),
            new Scenario("uffd-writer", CorePath.UFFD, true, false, List.of(UFFD_RESOLVER, MMAP_WRITER),
                    "user-mode fault on a userfaultfd-missing page; the monitor resolves it (UFFDIO_COPY takes mmap_sem) while another thread takes mmap_sem for write"),
            new Scenario("filemap-read-error", CorePath.FILEMAP, true, true, List.of(IO_ERROR, FATAL_SIGNAL),
                    "user-mode fault on a page-cache page under read; the read fails (not uptodate), and so does filemap_fault's re-read; SIGKILL at any time",
                    READ, true, false, false),
            new Scenario("filemap-eof", CorePath.FILEMAP, true, false, List.of(NONFATAL_SIGNAL),
                    "user-mode fault on a file page beyond EOF (filemap_fault: VM_FAULT_SIGBUS); a non-fatal signal at any time",
                    READ, false, true, false),
            new Scenario("filemap-write-shared", CorePath.FILEMAP, true, true, List.of(IO_COMPLETION),
                    "user-mode write fault on a MAP_SHARED file page under read; I/O completes (do_shared_fault, fault_dirty_shared_page)",
                    WRITE, false, false, true),
            new Scenario("filemap-munmap", CorePath.FILEMAP, true, true, List.of(IO_COMPLETION, MUNMAP),
                    "user-mode fault on a page-cache page under read while another thread munmaps the vma (down_write)",
                    READ, false, false, false),
            new Scenario("filemap-mprotect", CorePath.FILEMAP, false, true, List.of(IO_COMPLETION, MPROTECT),
                    "kernel-mode fault on a page-cache page under read while another thread makes the vma PROT_NONE (down_write)",
                    READ, false, false, false),
            new Scenario("uffd-wp-swap", CorePath.UFFD_WP_SWAP, true, true, List.of(IO_COMPLETION, UFFD_WP_RESOLVER),
                    "user-mode write fault on a swapped-out page of a uffd-wp range (swap-in in flight, swap entry shared): I/O completes; the monitor un-write-protects (UFFDIO_WRITEPROTECT) and wakes; v5.7 only",
                    WRITE, false, false, false));

    public static List<String> ids() { return ALL.stream().map(Scenario::id).collect(Collectors.toList()); }

    /**
     * A named scenario, or any valid scenario of the space by its generated id ({@code list scenarios --space full};
     * a named scenario's generated id is an alias of it).
     */
    public static Scenario byId(String id) {
        for (Scenario s : ALL) if (s.id().equals(id)) return s;
        retrycheck.check.space.Space.Entry e = retrycheck.check.space.Space.byId(id);
        if (e != null && e.valid()) return e.scenario();
        if (e != null) throw new IllegalArgumentException("scenario '" + id + "' is not valid: " + e.reason());
        throw new IllegalArgumentException("unknown scenario '" + id + "'; valid: " + retrycheck.runtime.Strs.join(", ", ids())
                + ", or an id of 'list scenarios --space full'");
    }
}
