package retrycheck.check;

/** The outcome of one invariant in one check. */
public enum Verdict {
    /** Explored completely (no bound reached) and never violated. */
    PASS,
    /** Violated, with a counterexample trace. */
    FAIL,
    /** Not violated in what was explored, but the exploration was cut short: no claim. */
    INCOMPLETE,
    /** The model itself threw: the check says nothing. */
    ERROR
}
