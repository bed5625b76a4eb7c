package retrycheck.jpf;

import java.util.List;

/**
 * What one Java PathFinder search reported, independent of the JPF API (the backend fills it in).
 *
 * @param errors        the property violations, in the order JPF found them
 * @param newStates     states JPF created
 * @param visitedStates states JPF matched against stored ones (not explored again)
 * @param endStates     states where the application had ended (every thread finished)
 * @param maxDepth      the deepest search path, in transitions
 * @param constraints   search constraints hit (depth limit, memory): any makes the search incomplete
 * @param constraint    the last constraint hit, or ""
 * @param wallNanos     wall time of the search
 * @param cycles        cycles the search closed (a state revisited on its current path), each judged by the embedded rule
 * @param unnamedCycles of those, endless executions the embedded rule does not name (TERMINATION cannot PASS then)
 * @param preconditionsMet the properties whose precondition held on some path of the search
 *                         ({@link retrycheck.check.Monitor#preconditionMet}): one that never did is VACUOUS, not PASS
 */
public record JpfRun(List<Error> errors, long newStates, long visitedStates, long endStates, int maxDepth,
                     int constraints, String constraint, long wallNanos, int cycles, int unnamedCycles,
                     java.util.Set<String> preconditionsMet) {

    public JpfRun {
        preconditionsMet = java.util.Set.copyOf(preconditionsMet);
    }

    public JpfRun(List<Error> errors, long newStates, long visitedStates, long endStates, int maxDepth, int constraints,
                  String constraint, long wallNanos, int cycles, int unnamedCycles) {
        this(errors, newStates, visitedStates, endStates, maxDepth, constraints, constraint, wallNanos, cycles, unnamedCycles,
                java.util.Set.of());
    }

    public JpfRun(List<Error> errors, long newStates, long visitedStates, long endStates, int maxDepth, int constraints,
                  String constraint, long wallNanos) {
        this(errors, newStates, visitedStates, endStates, maxDepth, constraints, constraint, wallNanos, 0, 0);
    }

    /**
     * One property violation.
     *
     * @param property  JPF's property class (NoUncaughtExceptionsProperty, NotDeadlockedProperty, ...)
     * @param details   JPF's error details (the exception with its stack, or the blocked threads)
     * @param opThreads the model thread of every shared-memory operation on the error path, in order
     *                  (read from the path output of {@link JpfTarget}'s trace lines)
     */
    public record Error(String property, String details, List<String> opThreads) {}
}
