package retrycheck.kernel;

/**
 * Something that takes a page fault to its end by calling handle_mm_fault(), retrying as its C does: an
 * architecture's do_page_fault() retry loop, GUP's __get_user_pages_locked(), or fixup_user_fault().
 * Built-in handlers live in {@code retrycheck.kernel.arch} and {@link Gup}; users may write their own
 * (see README, "Checking your own handler").
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
}
