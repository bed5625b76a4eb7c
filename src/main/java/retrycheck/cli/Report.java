package retrycheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import retrycheck.check.CheckResult;
import retrycheck.check.Verdict;
import retrycheck.trace.TraceJson;

import java.util.List;
import java.util.Map;

/** The verdict table and the JSON report of a `check` run. */
final class Report {
    private Report() {}

    static String table(List<CheckResult> results) {
        if (results.isEmpty()) return "no checks selected\n";
        List<String> ids = List.copyOf(results.get(0).verdicts.keySet());
        StringBuilder b = new StringBuilder();
        int sw = 22;                                          // generated scenario ids are longer than the named ones
        for (CheckResult r : results) sw = Math.max(sw, r.spec.scenario().id().length());
        String sc = "%-" + sw + "s";
        b.append(String.format("%-18s %-5s " + sc, "arch", "var", "scenario"));
        for (String id : ids) b.append(String.format(" %-" + width(id) + "s", id));
        b.append(String.format(" %10s %8s %6s %8s%n", "executions", "pruned", "depth", "ms"));
        for (CheckResult r : results) {
            b.append(String.format("%-18s %-5s " + sc, r.spec.handler().name(), r.spec.variant().label(), r.spec.scenario().id()));
            for (String id : ids) b.append(String.format(" %-" + width(id) + "s", r.verdicts.get(id)));
            b.append(String.format(" %10d %8d %6d %8d", r.stats.executions, r.stats.pruned, r.stats.maxDepth, r.stats.wallNanos / 1_000_000));
            if (!r.incompleteReason.isEmpty()) b.append("  (").append(r.incompleteReason).append(')');
            if (!r.error.isEmpty()) b.append("  (").append(r.error).append(')');
            b.append('\n');
        }
        long pass = count(results, Verdict.PASS), fail = count(results, Verdict.FAIL),
                inc = count(results, Verdict.INCOMPLETE), err = count(results, Verdict.ERROR);
        long execs = results.stream().mapToLong(r -> r.stats.executions).sum();
        long vac = count(results, Verdict.VACUOUS);
        b.append(String.format("verdicts: %d PASS, %d FAIL, %d INCOMPLETE, %d ERROR%s; %d executions explored%n", pass, fail, inc, err,
                vac == 0 ? "" : ", " + vac + " VACUOUS (the property's precondition never held)", execs));
        return b.toString();
    }

    /**
     * With checks in more than one release: one line per release (its tree), how many checks and handlers it had and
     * its verdicts, with the invariants that FAILed and on how many checks; "" for a single release. The rows of
     * {@link #table} are in matrix order (each handler's releases one after another); this is the view across them.
     */
    static String perRelease(List<CheckResult> results) {
        java.util.Map<retrycheck.kernel.Variant, List<CheckResult>> by = new java.util.TreeMap<>();
        for (CheckResult r : results) by.computeIfAbsent(r.spec.variant(), k -> new java.util.ArrayList<>()).add(r);
        if (by.size() < 2) return "";
        StringBuilder b = new StringBuilder("per release:\n");
        by.forEach((v, rs) -> {
            long handlers = rs.stream().map(r -> r.spec.handler().name()).distinct().count();
            java.util.Map<String, Integer> fails = new java.util.LinkedHashMap<>();
            for (CheckResult r : rs)
                r.verdicts.forEach((id, x) -> { if (x == Verdict.FAIL) fails.merge(id, 1, Integer::sum); });
            StringBuilder f = new StringBuilder();
            fails.forEach((id, k) -> f.append(f.length() == 0 ? "; FAIL: " : ", ").append(id).append(' ').append(k));
            b.append(String.format("  %-6s %-9s %4d checks, %2d handlers: %d PASS, %d FAIL, %d INCOMPLETE, %d ERROR%s%n", v.label(),
                    "(" + v.release() + ")", rs.size(), handlers, count(rs, Verdict.PASS), count(rs, Verdict.FAIL),
                    count(rs, Verdict.INCOMPLETE), count(rs, Verdict.ERROR), f));
        });
        return b.toString();
    }

    private static int width(String id) { return Math.max(11, id.length()); }

    private static long count(List<CheckResult> results, Verdict v) {
        return results.stream().flatMap(r -> r.verdicts.values().stream()).filter(x -> x == v).count();
    }

    /** The results as JSON; {@code engine} is "embedded" or "jpf", the engine that produced them. */
    static String json(List<CheckResult> results, double seconds, String engine) { return json(results, seconds, engine, null); }

    /**
     * The same; {@code interrupted} is null for a run that ended ("complete": true), else why it stopped
     * ("complete": false, "interrupted": the reason): then "checks" holds only the checks that finished.
     */
    static String json(List<CheckResult> results, double seconds, String engine, String interrupted) {
        ObjectNode root = TraceJson.MAPPER.createObjectNode();
        root.put("engine", engine);
        root.put("complete", interrupted == null);
        if (interrupted != null) root.put("interrupted", interrupted);
        root.put("seconds", Math.round(seconds * 10) / 10.0);
        ArrayNode checks = root.putArray("checks");
        for (CheckResult r : results) {
            ObjectNode c = checks.addObject();
            c.put("arch", r.spec.handler().name());
            c.put("variant", r.spec.variant().label());
            c.put("release", r.spec.variant().release());      // the tree the variant's citations refer to, e.g. "5.7.14"
            c.put("scenario", r.spec.scenario().id());
            ObjectNode v = c.putObject("verdicts");
            for (Map.Entry<String, Verdict> e : r.verdicts.entrySet()) v.put(e.getKey(), e.getValue().name());
            ObjectNode s = c.putObject("explored");
            s.put("executions", r.stats.executions);
            s.put("pruned", r.stats.pruned);
            s.put("cyclesCut", r.stats.cyclesCut);
            s.put("deadlocks", r.stats.deadlocks);
            s.put("maxDepth", r.stats.maxDepth);
            s.put("complete", r.stats.complete());
            s.put("ms", r.stats.wallNanos / 1_000_000);
            if (engine.equals("jpf")) s.put("states", r.stats.steps);   // JPF counts states, not executions (README)
            if (!r.incompleteReason.isEmpty()) c.put("incompleteReason", r.incompleteReason);
            if (!r.error.isEmpty()) c.put("error", r.error);
            ObjectNode tr = c.putObject("traces");
            r.traces.forEach((k, t) -> tr.set(k, TraceJson.MAPPER.valueToTree(t)));
        }
        try {
            return TraceJson.MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
