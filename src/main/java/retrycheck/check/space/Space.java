package retrycheck.check.space;

import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario space: every combination of {@link Dimension} values, each valid (a {@link Scenario}) or invalid with
 * the reason {@link Validity} gives. The named scenarios of {@link Scenarios#ALL} are members: each is the scenario
 * of exactly one valid point, listed under its name, and its generated id is an alias of it. Deterministic: the
 * same model gives the same points, ids and order (that of {@link Dimension}: core, page, provider, access, mode,
 * mapping, signals, thread).
 */
public final class Space {
    private Space() {}

    /**
     * One point of the space.
     *
     * @param scenario the scenario (null when invalid); for a named point, the named scenario itself
     * @param reason   why it is invalid, or null
     * @param name     the name of the named scenario it is, or null
     */
    public record Entry(Point point, Scenario scenario, String reason, String name) {
        public boolean valid() { return reason == null; }

        /** The id `check --scenario` and reports use: the name of a named scenario, else the generated id. */
        public String id() { return name != null ? name : point.id(); }
    }

    /** Which scenarios a check runs by default ({@code check --space}). */
    public enum Selection {
        /** The named scenarios and a pairwise covering set of the rest ({@link #defaultSet()}). */
        DEFAULT("default"),
        /** Every valid point. */
        FULL("full"),
        /** The named scenarios only (the matrix before the space). */
        NAMED("named");

        public final String id;

        Selection(String id) { this.id = id; }

        public static List<String> ids() {
            List<String> out = new ArrayList<>();
            for (Selection s : values()) out.add(s.id);
            return out;
        }
    }

    private static volatile List<Entry> all;
    private static volatile List<Entry> defaults;

    /** Every point, valid or not. */
    public static List<Entry> all() {
        List<Entry> a = all;
        if (a == null) all = a = build();
        return a;
    }

    public static List<Entry> valid() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : all()) if (e.valid()) out.add(e);
        return out;
    }

    public static List<Entry> invalid() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : all()) if (!e.valid()) out.add(e);
        return out;
    }

    /** The scenarios of a selection, in the order of the space (DEFAULT: the named ones first, in their order). */
    public static List<Scenario> scenarios(Selection s) {
        List<Scenario> out = new ArrayList<>();
        switch (s) {
            case NAMED -> out.addAll(Scenarios.ALL);
            case FULL -> { for (Entry e : valid()) out.add(e.scenario()); }
            case DEFAULT -> { for (Entry e : defaultSet()) out.add(e.scenario()); }
        }
        return out;
    }

    /** The entry a named or generated id stands for, or null. */
    public static Entry byId(String id) {
        for (Entry e : all()) if (e.point().id().equals(id) || id.equals(e.name())) return e;
        return null;
    }

    /** The valid entries a selector matches, in the order of the space. */
    public static List<Entry> select(Selector sel) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : all()) if (e.valid() && sel.matches(e.point())) out.add(e);
        return out;
    }

    /** The invalid entries a selector matches (to say why a selection is empty). */
    public static List<Entry> selectInvalid(Selector sel) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : all()) if (!e.valid() && sel.matches(e.point())) out.add(e);
        return out;
    }

    /** The entry of each named scenario, in the order of {@link Scenarios#ALL}. */
    public static List<Entry> named() {
        List<Entry> out = new ArrayList<>();
        for (Scenario s : Scenarios.ALL)
            for (Entry e : all()) if (s.id().equals(e.name())) out.add(e);
        return out;
    }

    /**
     * The default matrix's scenarios: the named ones, then, greedily, the valid point that covers the most pairs of
     * dimension values (two dimensions, one value each) not covered yet per unit of its {@link #cost} (so a pair that
     * needs many threads gets cheap values in its other dimensions), until every pair that occurs in some valid
     * point is covered (ties: the first in the order of the space). Every value of every dimension thus meets every
     * value of every other dimension it can be combined with, and, since every check runs all handlers and both
     * versions, every handler and version too.
     */
    public static List<Entry> defaultSet() {
        List<Entry> d = defaults;
        if (d == null) defaults = d = pairwise();
        return d;
    }

    private static List<Entry> pairwise() {
        List<Entry> valid = valid();
        Set<String> needed = new HashSet<>();
        for (Entry e : valid) needed.addAll(pairs(e.point()));
        List<Entry> out = new ArrayList<>(named());
        Set<String> covered = new HashSet<>();
        for (Entry e : out) covered.addAll(pairs(e.point()));
        Set<Entry> taken = new HashSet<>(out);
        while (!covered.containsAll(needed)) {
            Entry best = null;
            double bestValue = 0;
            for (Entry e : valid) {
                if (taken.contains(e)) continue;
                int gain = 0;
                for (String pr : pairs(e.point())) if (!covered.contains(pr)) gain++;
                double value = gain / cost(e.scenario());
                if (gain > 0 && value > bestValue) { best = e; bestValue = value; }
            }
            if (best == null) throw new IllegalStateException("pairwise: uncovered pairs no point covers");
            out.add(best);
            taken.add(best);
            covered.addAll(pairs(best.point()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * A rough cost of exploring a scenario, for choosing cheap points to cover pairs: each environment thread multiplies
     * the interleavings (about 4x each, measured on the named scenarios), and a kernel-mode fault that is not fixed up
     * re-executes and multiplies them again.
     */
    static double cost(Scenario s) {
        return Math.pow(4, s.env().size() + s.threads().size()) * (s.userMode() ? 1 : 2);
    }

    /** The value pairs of a point: "dimA=x&dimB=y" for each two dimensions. */
    static List<String> pairs(Point p) {
        List<String> out = new ArrayList<>();
        Dimension[] ds = Dimension.values();
        for (int i = 0; i < ds.length; i++)
            for (int j = i + 1; j < ds.length; j++)
                out.add(ds[i].id + "=" + p.get(ds[i]) + "&" + ds[j].id + "=" + p.get(ds[j]));
        return out;
    }

    private static List<Entry> build() {
        Map<Point, String> names = new LinkedHashMap<>();
        List<Entry> out = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        enumerate(0, Point.of(Dimension.CORE.defaultValue(), Dimension.PAGE.defaultValue()), points);
        Map<Point, Scenario> namedScenario = new LinkedHashMap<>();
        for (Scenario s : Scenarios.ALL) {
            // a named scenario is the point of its values; where the space would build it differently, or not at all (a core
            // path another helper added with its own environment), the named scenario is that point's scenario: it is the
            // model's, so it is valid
            Point match = Point.of(s);
            if (names.put(match, s.id()) != null)
                throw new IllegalStateException("two named scenarios are point " + match.id() + ": " + names.get(match) + ", " + s.id());
            namedScenario.put(match, s);
        }
        for (Point p : points) {
            Scenario named = namedScenario.remove(p);
            String reason = named != null ? null : Validity.reason(p);
            Scenario s = named != null ? named : reason != null ? null : p.scenario();
            out.add(new Entry(p, s, reason, names.get(p)));
        }
        for (var left : namedScenario.entrySet())                    // values outside the dimensions (not expected)
            throw new IllegalStateException("named scenario " + left.getValue().id() + " has values outside the dimensions: "
                    + left.getKey().values());
        return Collections.unmodifiableList(out);
    }

    /** The same threads and kernel setup (ids and descriptions aside). */
    static boolean sameShape(Scenario a, Scenario b) {
        return a.path() == b.path() && a.userMode() == b.userMode() && a.pageUnderIo() == b.pageUnderIo()
                && a.env().equals(b.env()) && a.access() == b.access() && a.readFails() == b.readFails()
                && a.beyondEof() == b.beyondEof() && a.shared() == b.shared() && a.threads().isEmpty() && b.threads().isEmpty();
    }

    /** Every point, in the order of {@link Dimension}: the first dimension outermost. */
    private static void enumerate(int i, Point p, List<Point> out) {
        Dimension[] dims = Dimension.values();
        if (i == dims.length) { out.add(p); return; }
        for (Dimension.Value v : dims[i].choices()) enumerate(i + 1, p.with(dims[i], v.id()), out);
    }
}
