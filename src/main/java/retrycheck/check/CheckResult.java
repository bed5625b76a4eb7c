package retrycheck.check;

import retrycheck.explore.ExploreStats;
import retrycheck.trace.Trace;

import java.util.LinkedHashMap;
import java.util.Map;

/** The verdict of every invariant of one check, what was explored, and a trace per violated invariant. */
public final class CheckResult {
    public final CheckSpec spec;
    public final ExploreStats stats;
    public final Map<String, Verdict> verdicts = new LinkedHashMap<>();
    public final Map<String, Trace> traces = new LinkedHashMap<>();
    /** Why INCOMPLETE verdicts are incomplete, or "". */
    public String incompleteReason = "";
    /** The model error, if any verdict is ERROR. */
    public String error = "";

    public CheckResult(CheckSpec spec, ExploreStats stats) {
        this.spec = spec;
        this.stats = stats;
    }

    public boolean allPass() { return verdicts.values().stream().allMatch(v -> v == Verdict.PASS); }

    public boolean anyFail() { return verdicts.values().stream().anyMatch(v -> v == Verdict.FAIL || v == Verdict.ERROR); }
}
