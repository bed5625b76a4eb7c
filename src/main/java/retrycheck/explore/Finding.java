package retrycheck.explore;

/**
 * A property violation found in an execution.
 *
 * @param invariant the id of the violated property ("FLAGS", "DEADLOCK", ...)
 * @param step      the event number (1-based) at which it was seen
 * @param message   one line in kernel terms
 */
public record Finding(String invariant, int step, String message) {}
