package retrycheck.program;

import retrycheck.explore.ExploreStats;
import retrycheck.explore.Explorer;
import retrycheck.explore.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the explorer on a {@link Program} and collects its first finding of each kind. */
public final class Checks {
    private Checks() {}

    /** A finding with the schedule (thread choices) that reproduces it. */
    public record Found(Finding finding, List<Integer> schedule, List<String> threads) {}

    /** What a check found and what it covered. */
    public record Result(ExploreStats stats, Map<String, Found> findings) {
        /** FAIL if anything was found, PASS if the search was exhaustive, else INCOMPLETE (with the reason). */
        public String verdict() {
            if (!findings.isEmpty()) return "FAIL";
            return stats.complete() ? "PASS" : "INCOMPLETE (" + stats.incompleteReason() + ")";
        }
    }

    public static Result check(Program p, Explorer.Options options) {
        Explorer explorer = new Explorer();
        try {
            Map<String, Found> first = new LinkedHashMap<>();
            ExploreStats stats = explorer.explore(p, options, (f, schedule, names) -> first.putIfAbsent(f.invariant(), new Found(f, schedule, names)));
            return new Result(stats, first);
        } finally {
            explorer.close();
        }
    }
}
