package retrycheck.review;

import retrycheck.check.CheckResult;
import retrycheck.check.Verdict;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.KernelReleases;
import retrycheck.kernel.Variant;

import java.util.List;
import java.util.Map;

/**
 * The review report's history section (issue 17): per invariant a table of handlers × releases, each cell the verdict
 * over all scenarios of that handler in that release, "–" with the reason where the model holds no handler for the
 * release, a flip marked, each FAIL linked to the trace of its first failing scenario. Then every flip of a single
 * check between consecutive releases. Kept apart from {@link ReviewReport} (its own section, appended to it).
 */
public final class HistoryView {
    private HistoryView() {}

    /** The mark of a cell whose verdict differs from the handler's previous release with a verdict. */
    public static final String FLIP = "↯";

    /**
     * The section. {@code releases}: the columns (the releases the run selected, checked or not); {@code traceFiles}:
     * "handler variant scenario INVARIANT" → a relative link, as {@link ReviewReport.Inputs#traceFiles}.
     */
    public static String markdown(List<FaultHandler> handlers, List<Variant> releases, List<CheckResult> results,
                                  Map<String, String> traceFiles) {
        StringBuilder b = new StringBuilder();
        b.append("\n## History across releases (embedded explorer, all scenarios)\n\n");
        b.append("One table per invariant: each handler's verdict in each release, over all scenarios (FAIL if one failed). ")
                .append(FLIP).append(" marks a verdict that differs from the handler's previous release with a verdict; ")
                .append("FAIL links to the trace of its first failing scenario, the number is how many scenarios failed. ")
                .append("– (tree): the arch is not in that release's tree; – (n/t): not transliterated (the model does not ")
                .append("cite that release's tree for the arch, or does not hold the release's core). ")
                .append("Releases whose core the model holds: ").append(String.join(", ",
                        History.declaredReleases().stream().map(Variant::label).toList())).append(".\n");
        List<String> invariants = History.invariants(results);
        List<History.Row> rows = History.rows(handlers, releases, invariants, results);
        for (String id : invariants) {
            b.append("\n### ").append(id).append("\n\n| handler |");
            for (Variant v : releases) b.append(' ').append(header(v)).append(" |");
            b.append("\n|---|");
            for (int i = 0; i < releases.size(); i++) b.append("---|");
            b.append('\n');
            for (History.Row r : rows) {
                if (!r.invariant().equals(id)) continue;
                b.append("| ").append(r.handler().name()).append(" |");
                for (History.Cell c : r.cells()) b.append(' ').append(cell(r, c, traceFiles)).append(" |");
                b.append('\n');
            }
        }
        b.append("\n### Flips of single checks between consecutive releases\n\n");
        List<History.Flip> flips = History.flips(results);
        List<History.Presence> presence = History.presence(handlers, History.releases(results));
        if (flips.isEmpty() && presence.isEmpty()) b.append("None among the releases checked.\n");
        if (!flips.isEmpty()) {
            b.append("| releases | handler | scenario | invariant | verdict |\n|---|---|---|---|---|\n");
            for (History.Flip f : flips) {
                b.append("| ").append(f.from().label()).append(" → ").append(f.to().label()).append(" | ").append(f.handler())
                        .append(" | ").append(f.scenario()).append(" | ").append(f.invariant()).append(" | ")
                        .append(linked(f.before(), traceFiles.get(f.handler() + " " + f.from().label() + " " + f.scenario() + " " + f.invariant())))
                        .append(" → ")
                        .append(linked(f.after(), traceFiles.get(f.handler() + " " + f.to().label() + " " + f.scenario() + " " + f.invariant())))
                        .append(" |\n");
            }
        }
        if (!presence.isEmpty()) {
            b.append("\nHandlers that join or leave:\n\n");
            for (History.Presence p : presence)
                b.append("- ").append(p.handler()).append(", ").append(p.from().label()).append(" → ").append(p.to().label())
                        .append(": ").append(p.before() == null ? "checked → – (" + p.after().text + ")"
                                : "– (" + p.before().text + ") → checked").append('\n');
        }
        return b.toString();
    }

    /** The invariants models/arches.als checks per arch (GenerateModels.Prop, without SIGNAL_user: SIGNAL's user part). */
    static final List<String> ALLOY_IDS = List.of("FLAGS", "DROP", "SIGNAL", "LOCK", "TERMINATION");

    /**
     * Per release and invariant, the arches each engine finds violating: the embedded explorer over the scenarios of the
     * run, Alloy's generated models/arches.als ({@code coverage}: "INVARIANT release arch" -> the label of the check
     * that covers it, " expect 1" when it expects a counterexample: {@code GenerateModels.coverage()}). An arch counts
     * as violating in Alloy when the check that covers it found a counterexample; a check expected to hold that found
     * one is named instead (its trace names the arch).
     */
    public static String alloyAgreement(List<FaultHandler> handlers, List<Variant> releases, List<CheckResult> results,
                                        List<retrycheck.alloy.AlloyResult> alloy, Map<String, String> coverage) {
        StringBuilder b = new StringBuilder("\n### Agreement of the engines per release\n\n");
        b.append("Per release and invariant, the arches each engine finds violating (embedded: any scenario; Alloy: the generated\n")
                .append("check covering the arch's declaration in that release, possibly an earlier release's with the same declaration).\n\n");
        b.append("| release | invariant | embedded: violating arches | Alloy: violating arches | |\n|---|---|---|---|---|\n");
        Map<String, retrycheck.alloy.AlloyResult> byLabel = new java.util.HashMap<>();
        for (retrycheck.alloy.AlloyResult r : alloy)
            if (r.command() != null && r.check() && r.file().getFileName().toString().equals("arches.als")) byLabel.put(r.command(), r);
        Map<String, Verdict> worst = new java.util.HashMap<>();
        for (CheckResult r : results)
            r.verdicts.forEach((id, v) -> worst.merge(id + " " + r.spec.variant().label() + " " + r.spec.handler().name(), v, History::worse));
        for (Variant v : releases) {
            if (results.stream().noneMatch(r -> r.spec.variant() == v)) continue;
            for (String id : ALLOY_IDS) {
                java.util.Set<String> emb = new java.util.TreeSet<>(), al = new java.util.TreeSet<>(), failedHolds = new java.util.TreeSet<>();
                boolean any = false;
                for (FaultHandler h : handlers) {
                    if (!(h instanceof retrycheck.kernel.arch.Arch)) continue;
                    String cov = coverage.get(id + " " + v.label() + " " + h.name());
                    if (cov == null) continue;                        // not in the Alloy models (s390-gmap): not compared
                    if (worst.get(id + " " + v.label() + " " + h.name()) == Verdict.FAIL) emb.add(h.name());
                    any = true;
                    boolean expectFail = cov.endsWith(" expect 1");
                    retrycheck.alloy.AlloyResult r = byLabel.get(cov.replace(" expect 1", ""));
                    if (r == null || r.outcome() != retrycheck.alloy.Outcome.COUNTEREXAMPLE) continue;
                    if (expectFail) al.add(h.name()); else failedHolds.add(r.command());
                }
                if (!any) continue;
                b.append("| ").append(v.label()).append(" | ").append(id).append(" | ").append(list(emb)).append(" | ").append(list(al))
                        .append(failedHolds.isEmpty() ? "" : "; and " + String.join(", ", failedHolds) + " (expected to hold) found a counterexample")
                        .append(" | ").append(emb.equals(al) && failedHolds.isEmpty() ? "agree" : "differ").append(" |\n");
            }
        }
        return b.toString();
    }

    private static String list(java.util.Set<String> s) { return s.isEmpty() ? "none" : String.join(", ", s); }

    static String header(Variant v) {
        return v.label() + (KernelReleases.declared(v) ? "" : " (core not held)");
    }

    static String cell(History.Row r, History.Cell c, Map<String, String> traceFiles) {
        String text;
        if (c.verdict() == null) {
            if (c.absence() == null) return "";                                   // not selected
            text = "– (" + (c.absence() == History.Absence.NOT_IN_TREE ? "tree" : "n/t") + ")";
        } else if (c.verdict() == Verdict.PASS) {
            text = "PASS";
        } else {
            String link = c.failing().isEmpty() ? null
                    : traceFiles.get(r.handler().name() + " " + c.release().label() + " " + c.failing().get(0) + " " + r.invariant());
            text = linked(c.verdict(), link) + " " + c.failing().size();
        }
        return c.flip() ? "**" + FLIP + " " + text + "**" : text;
    }

    private static String linked(Verdict v, String link) {
        return v == Verdict.FAIL && link != null ? "[FAIL](" + link + ")" : v.name();
    }
}
