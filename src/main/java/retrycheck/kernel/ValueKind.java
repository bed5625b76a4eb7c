package retrycheck.kernel;

/**
 * The C type of a kernel function's return value, as a RETURN event carries it ({@link Kernel#ret}): how a property
 * reads the value and how a trace renders it (spec/events.md).
 */
public enum ValueKind {
    /** vm_fault_t: VM_FAULT_* bits ({@link VmFault#names}). */
    VM_FAULT,
    /** 0 or a negative errno ({@link retrycheck.runtime.Errno}). */
    ERRNO,
    /** GUP's long: the number of pages pinned, or a negative errno. */
    PAGES,
    /** A plain int (fixup_user_fault(), lock_page_or_retry()'s 0/1, expand_stack()). */
    INT,
    /** A bool (0 false, 1 true). */
    BOOL,
    /** A pointer: 0 for NULL, 1 for non-NULL (find_vma(), find_get_page(), maybe_unlock_mmap_for_io()'s fpin). */
    POINTER;

    /** The value as the C would print it: VM_FAULT bits by name, errnos by name, NULL/non-NULL, true/false. */
    public String render(long value) {
        return switch (this) {
            case VM_FAULT -> VmFault.names((int) value);
            case ERRNO, PAGES -> value < 0 ? retrycheck.runtime.Errno.name((int) value) : Long.toString(value);
            case INT -> Long.toString(value);
            case BOOL -> value != 0 ? "true" : "false";
            case POINTER -> value != 0 ? "non-NULL" : "NULL";
        };
    }
}
