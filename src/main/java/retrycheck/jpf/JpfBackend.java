package retrycheck.jpf;

import java.util.List;
import java.util.Map;

/**
 * Runs one Java PathFinder search. The implementation, {@code retrycheck.jpf.JpfCoreBackend}, calls jpf-core's API and
 * is compiled only by the Maven profile {@code -Pjpf} (source root src/jpf/java), so the default build does not need
 * jpf-core.
 */
public interface JpfBackend {
    /**
     * @param settings JPF configuration entries applied after JPF's own (site, jpf-core's jpf.properties); a key ending
     *                 in '+' appends to the existing value (JPF's own convention)
     * @param cycles   judges each cycle JPF's search closes (a state revisited on the current path); null: none judged
     */
    default JpfRun run(Map<String, String> settings, CycleJudge cycles) { return run(settings); }

    /** A search whose cycles are not judged. */
    JpfRun run(Map<String, String> settings);

    /**
     * Why JPF cannot start here (it finds no jpf-core configuration), or null; lets a command that searches only after
     * long other work (the kill matrix) fail at once.
     */
    default String configurationProblem() { return null; }

    /** What a cycle on JPF's search path means under the embedded engine's rule. */
    enum CycleKind {
        /** an unkillable loop: the TERMINATION monitor fails it */
        VIOLATION,
        /** a repeated kernel state the embedded engine cuts without a verdict (no SIGKILL pending) */
        CUT,
        /** an endless execution the embedded rule does not name (it would run into its step bound) */
        UNNAMED
    }

    /**
     * A judged cycle.
     *
     * @param schedule with VIOLATION: the model thread of every operation of the replayed lasso (its counterexample)
     * @param message  with VIOLATION: the monitor's message
     */
    record Judgement(CycleKind kind, List<String> schedule, String message) {}

    /** Judges a lasso: the operations (model thread names) before the repeated state, and those of the cycle. */
    interface CycleJudge {
        Judgement judge(List<String> prefix, List<String> cycle);
    }
}
