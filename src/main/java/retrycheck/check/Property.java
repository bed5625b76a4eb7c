package retrycheck.check;

/**
 * A property the checker verifies over the event stream of every execution. The seven built-in invariants
 * ({@link Invariants}) use this API; so can a user's own property ({@code check --property my.Class}).
 * An implementation needs a public no-argument constructor to be named on the command line.
 */
public interface Property {
    /** A stable upper-case id used in reports and traces, e.g. "FLAGS". */
    String id();

    /** One line in kernel terms. */
    String description();

    /**
     * The property speaks only of executions where a precondition holds, and its monitor says so with
     * {@link Monitor#preconditionMet}: a check in which it never held is {@link Verdict#VACUOUS}, not PASS.
     */
    default boolean hasPrecondition() { return false; }

    /** A fresh monitor for one execution of one check. */
    Monitor newMonitor(CheckContext ctx);
}
