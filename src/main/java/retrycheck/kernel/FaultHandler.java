package retrycheck.kernel;

/**
 * Something that takes a page fault to its end by calling handle_mm_fault(), retrying as its C does: an
 * architecture's do_page_fault() retry loop, GUP's __get_user_pages_locked(), or fixup_user_fault().
 * Built-in handlers live in {@code retrycheck.kernel.arch} and {@link Gup}; users may write their own
 * (see README, "Checking your own handler"). The monitors see, around each call of {@link #handle}, a FAULT_BEGIN
 * and a FAULT_END note (how it ended, the last vm_fault_t) and in between every runtime operation and note of the
 * kernel functions it calls (ATTEMPT_BEGIN/END around handle_mm_fault(), SIGNAL_CHECK, RETRY_FLAGS, RETURN, ...:
 * spec/events.md). A reviewer usually subclasses a built-in {@link retrycheck.kernel.arch.Arch} and overrides the one
 * step that changes, rather than implementing this interface from scratch.
 */
public interface FaultHandler {
    /** A stable name ("x86", "gup"), used on the command line and in reports. */
    String name();

    /** The kernel file the handler transliterates, e.g. "arch/x86/mm/fault.c". */
    String file();

    /**
     * Handles one fault in {@code k} from start to end: takes mmap_sem as the C does, calls
     * {@code k.memory().handleMmFault(vma, address, flags)} ({@link Memory#handleMmFault}), retries, and returns with mmap_sem released.
     */
    FaultOutcome handle(Kernel k);

    /**
     * Whether the model holds this handler's C for release {@code v}: an arch exists in the release and cites its
     * tree ({@link retrycheck.kernel.arch.Arch#declares}); a handler of the core (GUP, fixup_user_fault) and a
     * user's handler run in every release.
     */
    default boolean declares(Variant v) { return true; }
}
