package retrycheck.check.space;

import retrycheck.kernel.CorePath;

import java.util.ArrayList;
import java.util.List;

/**
 * The dimensions of the scenario space (spec/space.md): each value is a part of the model (a {@link CorePath},
 * a {@code Kernel.Setup} field, an {@link retrycheck.check.Env} thread) or is declared here as not modelled,
 * with the reason, so that a combination using it is listed as invalid instead of silently missing.
 * The handler (arch, GUP, fixup_user_fault, s390-gmap) and the kernel version are the two other axes of a check
 * ({@code check --arch}, {@code --variant}); they are not scenario dimensions.
 */
public enum Dimension {
    /** Which fault handler handle_mm_fault() reaches: {@link CorePath}, plus the paths declared as not modelled. */
    CORE("core", "the core path handle_mm_fault() reaches", cores()),
    /** The state of the page the fault needs, on its core path. */
    PAGE("page", "the page's state", List.of(
            Value.of("hit", "in the page cache (filemap) or swap cache (swap), unlocked and uptodate"),
            Value.of("under-read", "locked by a read in flight (filemap: readahead; swap: swap-in)"),
            Value.of("read-fails", "locked by a read in flight that fails, and so does filemap_fault()'s re-read (not uptodate)"),
            Value.of("beyond-eof", "a file page at or beyond i_size (filemap_fault(): VM_FAULT_SIGBUS)"),
            Value.of("in-move", "a TTM buffer object whose move is in flight (bo->moving not signalled)"),
            Value.of("missing", "a missing page in a userfaultfd-registered range (VM_UFFD_MISSING)"))),
    /** What ends the wait for a page that is not available yet: the read, the GPU's fence, the userfaultfd monitor. */
    PROVIDER("provider", "what makes a pending page available", List.of(
            Value.of("none", "nothing is pending (page hit, beyond EOF)"),
            Value.of("completes", "the read completes (page_endio: io), the fence signals (gpu), the monitor resolves (UFFDIO_COPY: resolver)"),
            Value.of("never", "the read never completes, the fence never signals, the monitor never answers"),
            Value.notModelled("wakes", "the monitor wakes the fault without resolving it (UFFDIO_WAKE)",
                    "not modelled: the model's handle_userfault() wait ends when the pte is set (Userfaultfd.handleUserfault, "
                            + "k.pte.waitUntilSet), not on uwq.waken (fs/userfaultfd.c:532 `while (!READ_ONCE(uwq.waken))`, "
                            + "set by userfaultfd_wake_function() :122): a wake without UFFDIO_COPY needs that flag in the core (EXTENSION "
                            + "POINT: with the uffd-wp work's waken flag, an Env that only calls wake_userfault() makes it modelled)"))),
    /** The faulting access: what the arch reads from its error code (FAULT_FLAG_WRITE, VM_EXEC checks). */
    ACCESS("access", "the faulting access", List.of(
            Value.of("read", "a load"),
            Value.of("write", "a store (the arch sets FAULT_FLAG_WRITE)"),
            Value.of("exec", "an instruction fetch (the model's vma has no VM_EXEC: the arches that check it refuse)"))),
    /** user_mode(regs). */
    MODE("mode", "who faults", List.of(
            Value.of("user", "a user program's access (signals are delivered on the return to user mode)"),
            Value.of("kernel", "a kernel uaccess (copy_from_user/copy_to_user: an exception-table fixup, the access re-executed)"))),
    /** MAP_PRIVATE or MAP_SHARED (Kernel.Setup.shared). */
    MAPPING("mapping", "the file mapping", List.of(
            Value.of("private", "MAP_PRIVATE (a write fault is do_cow_fault())"),
            Value.of("shared", "MAP_SHARED (a write fault is do_shared_fault() with fault_dirty_shared_page())"))),
    /** Signal senders, each able to send at any step (the explorer interleaves them everywhere). */
    SIGNALS("signals", "signals sent to the faulting task, at any step", List.of(
            Value.of("none", "no signal"),
            Value.of("nonfatal", "SIGUSR1 (signal)"),
            Value.of("fatal", "SIGKILL (killer)"),
            Value.of("both", "SIGKILL and SIGUSR1, each at any step"))),
    /** One other thread of the same mm, or a task sharing the page. */
    THREAD("thread", "a concurrent thread of the same mm (or sharing the page)", List.of(
            Value.of("none", "none"),
            Value.of("mmap-writer", "takes mmap_sem for write and releases it (mprotect-like, no change)"),
            Value.of("munmap", "unmaps the vma under down_write"),
            Value.of("mprotect", "makes the vma PROT_NONE under down_write"),
            Value.of("page-locker", "locks the page once it is unlocked, unlocks it, locks it again and stalls"),
            Value.notModelled("second-fault", "a second thread of the mm faulting on the same or another page",
                    "not modelled: Kernel has one task (one user_mode, one signal set) and one page and pte; a second "
                            + "fault thread needs a task of its own and, for another page, a second page and pte"),
            Value.notModelled("gup-caller", "a GUP caller (get_user_pages) beside the fault",
                    "not modelled: a concurrent GUP caller is a second fault thread of the mm (see second-fault); "
                            + "GUP as the faulting caller is the handler axis: check --arch gup,fixup_user_fault")));

    public final String id;
    public final String description;
    private final List<Value> values;

    Dimension(String id, String description, List<Value> values) {
        this.id = id;
        this.description = description;
        this.values = values;
    }

    /** The values in their canonical order (the first is the default, left out of generated ids). */
    public List<Value> choices() { return values; }

    public List<String> valueIds() {
        List<String> out = new ArrayList<>();
        for (Value v : values) out.add(v.id());
        return out;
    }

    public Value value(String id) {
        for (Value v : values) if (v.id().equals(id)) return v;
        return null;
    }

    public String defaultValue() { return values.get(0).id(); }

    public static Dimension byId(String id) {
        for (Dimension d : values()) if (d.id.equals(id)) return d;
        return null;
    }

    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Dimension d : values()) out.add(d.id);
        return out;
    }

    /**
     * One value of a dimension.
     *
     * @param notModelled null when the model has it; else why not (every combination using it is invalid)
     */
    public record Value(String id, String description, String notModelled) {
        static Value of(String id, String description) { return new Value(id, description, null); }

        static Value notModelled(String id, String description, String why) { return new Value(id, description, why); }

        public boolean modelled() { return notModelled == null; }
    }

    /**
     * Every {@link CorePath} (so a path another helper adds appears here by itself), then the paths the issue names
     * that the model does not have yet: EXTENSION POINT for the uffd write-protect work (issue 13, helper 13c): a
     * {@code CorePath} whose id is {@code uffd-wp} or {@code uffd-wp-swap} replaces the declaration below; its page
     * states and environment are then declared in {@link Validity#PAGES} and {@link Point#scenario()}.
     */
    private static List<Value> cores() {
        List<Value> out = new ArrayList<>();
        for (CorePath p : CorePath.values()) out.add(Value.of(p.id, coreDescription(p)));
        declare(out, "uffd-wp", "userfaultfd write-protect fault on a present page (do_wp_page -> handle_userfault(VM_UFFD_WP))",
                "not modelled yet: CorePath has no uffd-wp path (do_wp_page() is not transliterated; issue 13, helper 13c)");
        declare(out, "uffd-wp-swap", "userfaultfd write-protect fault on a swapped page: the third attempt of the commit message",
                "not modelled yet: CorePath has no uffd-wp-swap path (do_swap_page()'s pte_swp_uffd_wp, mm/memory.c:3240-3243, "
                        + "then do_wp_page(); issue 13, helper 13c); UFFD_WP_SWAP is VACUOUS until it is");
        declare(out, "shmem", "a shmem/tmpfs page (shmem_fault)",
                "not modelled: shmem_fault (mm/shmem.c) is not transliterated (spec/requirements.md, Model v2, \"Left out\")");
        return out;
    }

    private static void declare(List<Value> out, String id, String description, String why) {
        for (Value v : out) if (v.id().equals(id)) return;           // the model has it now
        out.add(Value.notModelled(id, description, why));
    }

    private static String coreDescription(CorePath p) {
        return switch (p.id) {
            case "filemap" -> "a file page: do_fault -> filemap_fault (mm/filemap.c)";
            case "swap" -> "an anonymous page in swap: do_swap_page -> lock_page_or_retry (mm/memory.c)";
            case "ttm" -> "a GPU buffer object: ttm_bo_vm_fault (drivers/gpu/drm/ttm/ttm_bo_vm.c)";
            case "uffd" -> "a userfaultfd-missing page: do_anonymous_page -> handle_userfault (fs/userfaultfd.c)";
            default -> "core path " + p.id + " (" + p.name() + ")";
        };
    }
}
