package retrycheck.check;

/** The outcome of one invariant in one check. */
public enum Verdict {
    /** Explored completely (no bound reached) and never violated. */
    PASS,
    /** Violated, with a counterexample trace. */
    FAIL,
    /** Not violated in what was explored, but the exploration was cut short: no claim. */
    INCOMPLETE,
    /**
     * Explored completely and never violated, but the property's precondition held in no execution
     * ({@link Property#hasPrecondition()}): the check says nothing about it. Not a PASS.
     */
    VACUOUS,
    /** The model itself threw: the check says nothing. */
    ERROR
}
