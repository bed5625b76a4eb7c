package retrycheck.kernel;

/**
 * How a fault handler ended.
 *
 * @param how      what the C did last: "return", "no_context", "sigbus", "-EINTR", ...
 * @param fault    the last vm_fault_t it saw
 * @param finished true when the faulting access will not be repeated: an exception-table fixup made the
 *                 kernel access fail with -EFAULT (no_context), or the caller is GUP/fixup_user_fault which
 *                 returns an error instead of re-executing an instruction. False for a plain return, after
 *                 which the faulting instruction runs again (and faults again unless the page is mapped).
 */
public record FaultOutcome(String how, int fault, boolean finished) {
    public static FaultOutcome ret(int fault) { return new FaultOutcome("return", fault, false); }

    public static FaultOutcome noContext(int fault) { return new FaultOutcome("no_context", fault, true); }

    public static FaultOutcome done(String how, int fault) { return new FaultOutcome(how, fault, true); }
}
