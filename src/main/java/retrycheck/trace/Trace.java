package retrycheck.trace;

import java.util.List;

/**
 * A counterexample, the same for every engine (spec/trace-format.md): what was checked, the violation and its
 * explanation in kernel terms, the steps, and the schedule (thread choices) that reproduces it.
 *
 * @param format        "retrycheck-trace/2" (files in retrycheck-trace/1 are read as /2 with every step's release "")
 * @param modelVersion  the model version that recorded it; replay refuses another one
 * @param engine        "embedded", "jpf" or "alloy"
 * @param handler       the arch or handler ("x86", "gup")
 * @param variant       "v5.6" or "v5.7"
 * @param scenario      the scenario id
 * @param invariant     the violated invariant id
 * @param explanation   one line in kernel terms
 * @param violationStep the step number at which the violation was seen
 * @param threads       the model threads, in schedule numbering
 * @param schedule      the thread index chosen at each scheduling point
 * @param steps         the numbered steps
 */
public record Trace(String format, String modelVersion, String engine, String handler, String variant, String scenario,
                    String invariant, String explanation, int violationStep, List<String> threads,
                    List<Integer> schedule, List<TraceStep> steps) {
    public static final String FORMAT = "retrycheck-trace/2";

    /** The previous format: the same without the steps' {@code release}; still read. */
    public static final String FORMAT_1 = "retrycheck-trace/1";
}
