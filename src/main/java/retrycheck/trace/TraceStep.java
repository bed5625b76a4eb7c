package retrycheck.trace;

/**
 * One numbered step of a counterexample (spec/trace-format.md).
 *
 * @param n           step number, from 1
 * @param thread      the model thread
 * @param kind        "op" for a shared-memory operation (a scheduling point), "note" for a model-level mark
 * @param op          the operation or note name
 * @param object      the shared object, for operations
 * @param release     the kernel release whose tree {@code line} refers to ("5.7.14", "5.6.4"); "" when the model
 *                    did not say (then the trace's variant's tree, as in retrycheck-trace/1)
 * @param file        kernel file the model line stands for
 * @param function    kernel function
 * @param line        line in that file, of the {@code release} tree (without release: see spec/trace-format.md §6), 0 if unknown
 * @param result      the operation's result or the note's detail
 * @param flagsBefore the fault thread's fault flags before the step, by name
 * @param flagsAfter  and after it
 * @param mmapSem     mmap_sem holders after the step
 * @param pageLock    page lock state after the step
 * @param signals     pending signals after the step
 * @param fault       the handler result (vm_fault_t by name) when the step is ATTEMPT_END/FAULT_END, else ""
 * @param marked      a step that matters for the violation (flag changes, lock and signal steps, the violation)
 */
public record TraceStep(int n, String thread, String kind, String op, String object, String release, String file,
                        String function, int line, String result, String flagsBefore, String flagsAfter, String mmapSem,
                        String pageLock, String signals, String fault, boolean marked) {
    @com.fasterxml.jackson.annotation.JsonCreator
    public TraceStep {}

    /** A step without release (engines that record none, and retrycheck-trace/1 files). */
    public TraceStep(int n, String thread, String kind, String op, String object, String file, String function,
                     int line, String result, String flagsBefore, String flagsAfter, String mmapSem,
                     String pageLock, String signals, String fault, boolean marked) {
        this(n, thread, kind, op, object, "", file, function, line, result, flagsBefore, flagsAfter, mmapSem, pageLock,
                signals, fault, marked);
    }

    /**
     * "v5.7.14 mm/filemap.c:1397": the release qualifies the line, so a step without line shows only the file, and
     * a step without release (older traces and citations) file:line; "" without file.
     */
    public String where() {
        if (file.isEmpty()) return "";
        return (release.isEmpty() || line <= 0 ? "" : "v" + release + " ") + file + (line > 0 ? ":" + line : "");
    }
}
