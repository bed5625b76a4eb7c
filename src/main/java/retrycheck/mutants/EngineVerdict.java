package retrycheck.mutants;

import retrycheck.trace.Trace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one engine other than the embedded explorer (Alloy, JPF) says about one mutant: a column of the kill matrix.
 * Only a completed search that found a violation of an invariant the mutant names counts as a kill; an engine that
 * cannot express the mutation says so ({@link Status#NOT_APPLICABLE}) and claims nothing.
 *
 * @param engine "alloy", "jpf"
 * @param status the cell
 * @param detail why (for n/a, not run, incomplete, survived, error), or what was checked (for killed)
 * @param kills  invariant id -> the counterexample that kills it, in this engine
 */
public record EngineVerdict(String engine, Status status, String detail, Map<String, EngineKill> kills) {

    public enum Status {
        /** A violation of an invariant the mutant names, with a trace. */
        KILLED,
        /** The engine searched completely (within its stated bounds) and found no violation of a named invariant. */
        SURVIVED,
        /** The search was cut short (depth, time) before it found a violation: no verdict. */
        INCOMPLETE,
        /** The engine's model has no counterpart of the changed code or of the named invariants. */
        NOT_APPLICABLE,
        /** The engine was not asked for, or is not installed. */
        NOT_RUN,
        /** The engine failed (model error, unparsable mutation): a defect of the checker. */
        ERROR
    }

    /** One kill: the invariant, where it was found (scenario, Alloy command) and the counterexample. */
    public record EngineKill(String invariant, String where, Trace trace) {}

    public EngineVerdict {
        kills = new LinkedHashMap<>(kills);
    }

    public static EngineVerdict notApplicable(String engine, String why) {
        return new EngineVerdict(engine, Status.NOT_APPLICABLE, why, Map.of());
    }

    public static EngineVerdict notRun(String engine, String why) {
        return new EngineVerdict(engine, Status.NOT_RUN, why, Map.of());
    }

    public static EngineVerdict error(String engine, String why) {
        return new EngineVerdict(engine, Status.ERROR, why, Map.of());
    }

    public boolean killedOn(String invariant) { return kills.containsKey(invariant); }

    /** The matrix cell: "KILLED", "SURVIVED", "n/a", "not run", "INCOMPLETE", "ERROR". */
    public String shortCell() {
        return switch (status) {
            case KILLED -> "KILLED";
            case SURVIVED -> "SURVIVED";
            case INCOMPLETE -> "INCOMPLETE";
            case NOT_APPLICABLE -> "n/a";
            case NOT_RUN -> "not run";
            case ERROR -> "ERROR";
        };
    }

    /** The cell with its reason: "n/a (DEADLOCK is not in the Alloy models)". */
    public String cell() {
        return detail.isEmpty() ? shortCell() : shortCell() + " (" + detail + ")";
    }
}
