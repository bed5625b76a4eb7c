package retrycheck.review;

import retrycheck.check.CheckResult;
import retrycheck.check.Verdict;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.KernelReleases;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdicts of the checker across releases (issue 17): per handler, invariant and release the verdict over all
 * scenarios, where the model holds no handler for a release the reason, and each flip, a verdict that differs from
 * the handler's previous declared release. Computed from {@link CheckResult}s only, so it shows whatever releases
 * are declared ({@link FaultHandler#declares}); {@link HistoryView} renders it in the review report,
 * {@code retrycheck.specgen.HistoryDoc} writes spec/history.md from the flips.
 */
public final class History {
    private History() {}

    /** Why the model has no check of a handler in a release. */
    public enum Absence {
        /** The arch is not in that release's tree (removed, or not yet added: {@link Arch#existsIn}). */
        NOT_IN_TREE("not in the tree"),
        /** The arch is in the tree but the model does not cite it, or the model does not hold that release's core. */
        NOT_TRANSLITERATED("not transliterated");

        public final String text;

        Absence(String text) { this.text = text; }
    }

    /** Why {@code h} has no check in {@code v}, or null when it has ({@link FaultHandler#declares}). */
    public static Absence absence(FaultHandler h, Variant v) {
        if (h.declares(v)) return null;
        if (h instanceof Arch a && !a.existsIn(v)) return Absence.NOT_IN_TREE;
        return Absence.NOT_TRANSLITERATED;
    }

    /**
     * One cell: a handler and invariant in one release. {@code verdict} is null when the handler has no check there
     * ({@code absence} says why) or the run did not check it ({@code absence} null too: not selected). {@code flip}:
     * the verdict differs from the one of the handler's previous release with a verdict. {@code failing}: the
     * scenarios whose verdict is {@code verdict} when it is not PASS (FAIL first), in matrix order.
     */
    public record Cell(Variant release, Verdict verdict, Absence absence, boolean flip, List<String> failing) {}

    /** One row of the history: a handler and an invariant, one cell per release. */
    public record Row(FaultHandler handler, String invariant, List<Cell> cells) {
        public boolean anyFlip() { return cells.stream().anyMatch(Cell::flip); }
    }

    /** A verdict flip of one check between two consecutive releases of its handler. */
    public record Flip(String handler, String scenario, String invariant, Variant from, Variant to, Verdict before,
                       Verdict after) {}

    /** A handler that has checks in {@code to} but not in {@code from}, or the other way round. */
    public record Presence(String handler, Variant from, Variant to, Absence before, Absence after) {}

    /** FAIL outranks ERROR, ERROR INCOMPLETE, INCOMPLETE VACUOUS, VACUOUS PASS: one verdict for all scenarios. */
    public static Verdict worse(Verdict a, Verdict b) {
        if (a == null) return b;
        if (b == null) return a;
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Verdict v) {
        return switch (v) { case PASS -> 0; case VACUOUS -> 1; case INCOMPLETE -> 2; case ERROR -> 3; case FAIL -> 4; };
    }

    /** The releases among {@code results}, in order. */
    public static List<Variant> releases(List<CheckResult> results) {
        Set<Variant> s = new java.util.TreeSet<>();
        for (CheckResult r : results) s.add(r.spec.variant());
        return List.copyOf(s);
    }

    /** The invariant ids among {@code results}, in the order of the first check. */
    public static List<String> invariants(List<CheckResult> results) {
        Set<String> ids = new LinkedHashSet<>();
        for (CheckResult r : results) ids.addAll(r.verdicts.keySet());
        return List.copyOf(ids);
    }

    /**
     * The rows for every handler of {@code handlers} and invariant of {@code invariants}, one cell per release of
     * {@code releases} (which may include releases in which nothing was checked: their cells say why).
     */
    public static List<Row> rows(List<FaultHandler> handlers, List<Variant> releases, List<String> invariants,
                                 List<CheckResult> results) {
        // handler name -> invariant -> release -> (worst verdict, its scenarios)
        Map<String, Map<String, Map<Variant, Verdict>>> agg = new LinkedHashMap<>();
        Map<String, Map<String, Map<Variant, List<String>>>> where = new LinkedHashMap<>();
        for (CheckResult r : results)
            for (Map.Entry<String, Verdict> e : r.verdicts.entrySet()) {
                String h = r.spec.handler().name();
                agg.computeIfAbsent(h, x -> new LinkedHashMap<>()).computeIfAbsent(e.getKey(), x -> new LinkedHashMap<>())
                        .merge(r.spec.variant(), e.getValue(), History::worse);
            }
        for (CheckResult r : results)
            for (Map.Entry<String, Verdict> e : r.verdicts.entrySet()) {
                String h = r.spec.handler().name();
                Verdict worst = agg.get(h).get(e.getKey()).get(r.spec.variant());
                if (worst != Verdict.PASS && e.getValue() == worst)
                    where.computeIfAbsent(h, x -> new LinkedHashMap<>()).computeIfAbsent(e.getKey(), x -> new LinkedHashMap<>())
                            .computeIfAbsent(r.spec.variant(), x -> new ArrayList<>()).add(r.spec.scenario().id());
            }
        List<Row> rows = new ArrayList<>();
        for (FaultHandler h : handlers)
            for (String id : invariants) {
                Map<Variant, Verdict> byRelease = agg.getOrDefault(h.name(), Map.of()).getOrDefault(id, Map.of());
                Map<Variant, List<String>> scen = where.getOrDefault(h.name(), Map.of()).getOrDefault(id, Map.of());
                List<Cell> cells = new ArrayList<>();
                Verdict previous = null;
                for (Variant v : releases) {
                    Verdict verdict = byRelease.get(v);
                    boolean flip = verdict != null && previous != null && verdict != previous;
                    cells.add(new Cell(v, verdict, verdict == null ? absence(h, v) : null, flip, scen.getOrDefault(v, List.of())));
                    if (verdict != null) previous = verdict;
                }
                rows.add(new Row(h, id, cells));
            }
        return rows;
    }

    /**
     * Every verdict flip of one check (handler, scenario, invariant) between consecutive declared releases of its
     * handler among {@code results}: the release before is the handler's previous release with a result for that
     * scenario (a release the model does not hold the handler for is skipped, not a flip; see {@link #presence}).
     */
    public static List<Flip> flips(List<CheckResult> results) {
        Map<String, Map<Variant, Verdict>> byCheck = new LinkedHashMap<>();   // "handler\0scenario\0invariant"
        for (CheckResult r : results)
            for (Map.Entry<String, Verdict> e : r.verdicts.entrySet())
                byCheck.computeIfAbsent(r.spec.handler().name() + "\0" + r.spec.scenario().id() + "\0" + e.getKey(),
                        k -> new java.util.TreeMap<>()).put(r.spec.variant(), e.getValue());
        List<Flip> flips = new ArrayList<>();
        for (Map.Entry<String, Map<Variant, Verdict>> e : byCheck.entrySet()) {
            String[] k = e.getKey().split("\0");
            Variant prev = null;
            for (Map.Entry<Variant, Verdict> v : e.getValue().entrySet()) {
                if (prev != null && e.getValue().get(prev) != v.getValue())
                    flips.add(new Flip(k[0], k[1], k[2], prev, v.getKey(), e.getValue().get(prev), v.getValue()));
                prev = v.getKey();
            }
        }
        flips.sort(java.util.Comparator.comparing(Flip::to).thenComparing(Flip::handler).thenComparing(Flip::invariant)
                .thenComparing(Flip::scenario));
        return flips;
    }

    /**
     * The handlers that join or leave between consecutive releases of {@code releases} (each one's checks start or end
     * there), with the reason of the absence. Pass releases in which something is checked ({@link #releases}).
     */
    public static List<Presence> presence(List<FaultHandler> handlers, List<Variant> releases) {
        List<Presence> out = new ArrayList<>();
        for (int i = 1; i < releases.size(); i++) {
            Variant from = releases.get(i - 1), to = releases.get(i);
            for (FaultHandler h : handlers) {
                Absence a = absence(h, from), b = absence(h, to);
                if ((a == null) != (b == null)) out.add(new Presence(h.name(), from, to, a, b));
            }
        }
        return out;
    }

    /** The releases whose core the model holds ({@link KernelReleases#declared}), in order. */
    public static List<Variant> declaredReleases() {
        List<Variant> out = new ArrayList<>();
        for (Variant v : Variant.values()) if (KernelReleases.declared(v)) out.add(v);
        return out;
    }
}
