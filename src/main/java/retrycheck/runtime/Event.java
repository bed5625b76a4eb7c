package retrycheck.runtime;

/**
 * What the model did, as the property monitors and traces see it. An operation event ({@code note == null})
 * is a shared-memory operation with its result; a note is a model-level mark that is not a scheduling point
 * (a fault begins, handle_mm_fault is entered with these flags, it returned this vm_fault_t, ...).
 *
 * @param seq    position in the execution, from 1
 * @param thread the model thread
 * @param op     operation name ("down_read", "lock_page_killable") or the note's name
 * @param note   null for an operation, else the kind of note
 * @param object the shared object (for operations), e.g. "mmap_sem"
 * @param src    the kernel source location the model line stands for
 * @param result the operation's result ("ok", "UNHELD", "true", "-4"), or the note's detail
 * @param flags  fault flags the note speaks of (FAULT_BEGIN, ATTEMPT_BEGIN, FLAGS), else 0
 * @param fault  vm_fault_t the note speaks of (ATTEMPT_END, FAULT_END), else 0
 * @param mightSleep the operation is a sleeping wait ({@link Op#mightSleep}): it would have blocked had its
 *                   condition not held; false for notes
 */
public record Event(int seq, String thread, String op, Note note, String object, Src src, String result,
                    int flags, int fault, boolean mightSleep) {

    /** An event of an operation that never sleeps, or a note. */
    public Event(int seq, String thread, String op, Note note, String object, Src src, String result, int flags, int fault) {
        this(seq, thread, op, note, object, src, result, flags, fault, false);
    }

    /** Model-level marks. */
    public enum Note {
        /** A fault begins (also when a kernel-mode instruction re-executes and faults again). result = "user"/"kernel". */
        FAULT_BEGIN,
        /** handle_mm_fault() is called with {@code flags}; result = the core path ("filemap", "swap", ...). */
        ATTEMPT_BEGIN,
        /** handle_mm_fault() returned {@code fault}. */
        ATTEMPT_END,
        /** The retry loop checked pending signals; result = the form ("fault_signal_pending", "fatal_signal_pending") and "=true/false". */
        SIGNAL_CHECK,
        /** The retry loop changed its flags to {@code flags} before retrying. */
        RETRY_FLAGS,
        /** The fault handler returned; result = how ("return", "no_context", "sigbus"...), fault = last vm_fault_t. */
        FAULT_END,
        /** The model thread finished. */
        THREAD_END,
        /**
         * A kernel function of the model returned: src = the function (and its return line), result = "KIND value"
         * ({@code retrycheck.kernel.ValueKind}: "VM_FAULT RETRY|MAJOR", "PAGES 1", "ERRNO -EINTR", "BOOL true",
         * "POINTER NULL", "INT 0"), fault = the value when it fits an int (the vm_fault_t, errno, count). spec/events.md.
         */
        RETURN,
        /** Fault accounting: result = "maj_flt" or "min_flt" (current->maj_flt++ / min_flt++). */
        ACCOUNT,
        /** perf_sw_event(): result = "PAGE_FAULTS", "PAGE_FAULTS_MAJ" or "PAGE_FAULTS_MIN". */
        PERF,
        /** The kernel would BUG() or WARN() here; result = the message. */
        BUG,
        /** Engine: every live thread is blocked; result lists them with the operation each waits in. */
        ALL_BLOCKED,
        /** Engine: the kernel state at this loop head repeats an earlier one of the same execution; result says which step. */
        STATE_REPEATED
    }

    public boolean isNote(Note n) { return note == n; }

    public boolean isOp(String name) { return note == null && op.equals(name); }
}
