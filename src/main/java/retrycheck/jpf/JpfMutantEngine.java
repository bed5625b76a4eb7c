package retrycheck.jpf;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Verdict;
import retrycheck.kernel.Variant;
import retrycheck.mutants.EngineVerdict;
import retrycheck.mutants.KillMatrix;
import retrycheck.mutants.Mutant;
import retrycheck.mutants.MutantEngine;
import retrycheck.trace.Trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The JPF column of the kill matrix: each mutant (its handler on its kernel ops, v5.7) searched by Java PathFinder
 * through {@link JpfEngine}, inside JPF as {@code JpfTarget mutant:ID}.
 * <p>
 * A JPF search stores 1e4-1e5 states where the embedded explorer runs tens of executions, so it starts where the
 * embedded engine killed the mutant: for each named invariant it killed, the scenario of that kill, with only those
 * invariants' monitors. A mutant the embedded engine did not kill is searched on all its scenarios for all the
 * invariants it names. Verdicts, honest about bounds:
 * <ul>
 * <li>KILLED: a named invariant FAILs in some search; the kill carries JPF's counterexample (replayed on the embedded
 *     engine, see {@link JpfEngine}). A search that was also cut short says so in the detail.</li>
 * <li>SURVIVED: every search completed (no depth or memory bound hit) without a violation of a named invariant.</li>
 * <li>INCOMPLETE: no violation, and some search was cut short: no verdict, the reason given.</li>
 * <li>ERROR: the model failed under JPF (an exception other than a monitor's), or the search could not run.</li>
 * </ul>
 * The searches run one at a time whatever {@code workers} says: jpf-core keeps its VM in static fields, so two searches
 * cannot share a JVM. In a fixed order, with JPF's deterministic depth-first search, the column is the same every run.
 */
public final class JpfMutantEngine implements MutantEngine {
    public static final String NAME = "jpf";

    private final JpfEngine engine;

    /**
     * The column's search options: the default depth bound, each search ending at its first violation. A kill needs one
     * counterexample per invariant, not JPF's whole state space, which for a mutant that breaks the retry loop can be
     * many times the correct model's; SURVIVED still needs a complete search.
     */
    public static JpfEngine.Options options() { return JpfEngine.Options.defaults().stoppingAtFirstError(); }

    /** @param engine JPF, best with {@link #options()} */
    public JpfMutantEngine(JpfEngine engine) {
        this.engine = engine;
    }

    @Override public String name() { return NAME; }

    /** One JPF check of a mutant: a scenario and the named invariants to search it for. */
    record Search(Scenario scenario, List<Property> invariants) {
        String label() {
            List<String> ids = new ArrayList<>();
            for (Property p : invariants) ids.add(p.id());
            return scenario.id() + " [" + String.join("+", ids) + "]";
        }
    }

    /**
     * Where to search {@code row}'s mutant: the scenarios of the embedded engine's kills on named invariants (each with
     * the invariants killed there), or, when it killed none, every scenario of the mutant with every named invariant.
     * In the mutant's scenario order and the invariants' order, so that the column does not depend on which kill the
     * embedded engine found first.
     */
    static List<Search> plan(KillMatrix.Row row) {
        Mutant m = row.mutant();
        List<Search> out = new ArrayList<>();
        for (Scenario s : m.scenarios()) {
            List<Property> invs = new ArrayList<>();
            for (Property p : m.expected()) {
                KillMatrix.Kill k = row.kills().get(p.id());
                if (!row.killedByEmbedded() || k != null && k.scenario().equals(s.id())) invs.add(p);
            }
            if (!invs.isEmpty()) out.add(new Search(s, sortedLikeInvariants(invs)));
        }
        return out;
    }

    private static List<Property> sortedLikeInvariants(List<Property> ps) {
        List<Property> out = new ArrayList<>();
        for (Property p : Invariants.ALL) if (ps.contains(p)) out.add(p);
        for (Property p : ps) if (!out.contains(p)) out.add(p);
        return out;
    }

    /** A search's outcome: the result, or why it could not run. */
    record Outcome(Search search, JpfEngine.Result result, String failure) {}

    @Override
    public List<EngineVerdict> judge(List<KillMatrix.Row> rows, int workers, Consumer<String> progress) throws InterruptedException {
        List<EngineVerdict> out = new ArrayList<>();
        for (KillMatrix.Row row : rows) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Search s : plan(row)) {
                if (Thread.interrupted()) throw new InterruptedException();
                outcomes.add(search(row.mutant(), s, progress));
            }
            out.add(verdict(row, outcomes, engine.options().depthLimit()));
        }
        return out;
    }

    private Outcome search(Mutant m, Search s, Consumer<String> progress) {
        CheckSpec spec = new CheckSpec(m.handler(), Variant.V5_7, s.scenario(), s.invariants(), m.ops());
        try {
            JpfEngine.Result r = engine.run(spec);
            progress.accept(String.format("jpf %s %-38s %-24s %8d states %3d searches %8d ms%s", m.id(), s.label(),
                    r.result().verdicts.values(), r.jpf().newStates(), r.searches(), r.jpf().wallNanos() / 1_000_000,
                    r.result().incompleteReason.isEmpty() ? "" : "  (" + r.result().incompleteReason + ")"));
            return new Outcome(s, r, "");
        } catch (RuntimeException e) {
            progress.accept("jpf " + m.id() + " " + s.label() + " could not run: " + e);
            return new Outcome(s, null, e.toString());
        }
    }

    /** The cell from the searches' outcomes (see the class comment for the rules). */
    static EngineVerdict verdict(KillMatrix.Row row, List<Outcome> outcomes, int depthLimit) {
        List<String> errors = new ArrayList<>();
        Map<String, EngineVerdict.EngineKill> kills = new LinkedHashMap<>();
        List<String> cut = new ArrayList<>();         // "TERMINATION on filemap-stall-kernel (JPF: depth limit reached)"
        List<String> held = new ArrayList<>();        // "SIGNAL on filemap-io"
        for (Outcome o : outcomes) {
            String scenario = o.search().scenario().id();
            if (o.result() == null) { errors.add(scenario + ": the JPF search could not run: " + o.failure()); continue; }
            CheckResult r = o.result().result();
            if (!r.error.isEmpty()) { errors.add(scenario + ": " + r.error); continue; }
            for (Property p : o.search().invariants()) {
                Verdict v = r.verdicts.get(p.id());
                if (v == Verdict.FAIL) {
                    Trace t = r.traces.get(p.id());
                    EngineVerdict.EngineKill best = kills.get(p.id());
                    if (best == null || t.steps().size() < best.trace().steps().size())
                        kills.put(p.id(), new EngineVerdict.EngineKill(p.id(), where(o), t));
                } else if (v == Verdict.PASS) {
                    held.add(p.id() + " on " + scenario);
                } else {
                    cut.add(p.id() + " on " + scenario + " (" + (r.incompleteReason.isEmpty() ? v.toString() : r.incompleteReason) + ")");
                }
            }
        }
        if (!errors.isEmpty()) return EngineVerdict.error(NAME, String.join("; ", errors));
        String searched = searched(row, outcomes);
        if (!kills.isEmpty()) {
            List<String> also = new ArrayList<>();
            if (!cut.isEmpty()) also.add("no verdict on " + String.join(", ", cut));
            if (!held.isEmpty()) also.add("holds: " + String.join(", ", held));
            return new EngineVerdict(NAME, EngineVerdict.Status.KILLED, searched
                    + (also.isEmpty() ? "" : "; " + String.join("; ", also)), kills);
        }
        if (!cut.isEmpty())
            return new EngineVerdict(NAME, EngineVerdict.Status.INCOMPLETE, searched + ": no violation before the search was cut: "
                    + String.join(", ", cut) + (held.isEmpty() ? "" : "; holds: " + String.join(", ", held))
                    + "; bound search.depth_limit=" + depthLimit + " (-Dretrycheck.jpf.depth=N)"
                    + (cut.stream().anyMatch(c -> c.startsWith(Invariants.TERMINATION.id() + " "))
                    ? "; JPF cannot see a repeated kernel state, so an endless loop runs into any bound" : ""), Map.of());
        return new EngineVerdict(NAME, EngineVerdict.Status.SURVIVED, searched + ": searched completely, no violation of "
                + String.join(", ", held) + (row.killedByEmbedded() ? " (the embedded engine killed it there: the engines disagree)" : ""),
                Map.of());
    }

    /** What the searches covered: "where the embedded engine killed it" or "all its scenarios". */
    private static String searched(KillMatrix.Row row, List<Outcome> outcomes) {
        List<String> ss = new ArrayList<>();
        for (Outcome o : outcomes) ss.add(o.search().label());
        return (row.killedByEmbedded() ? "searched where the embedded engine killed it: " : "searched all its scenarios: ")
                + String.join(", ", ss);
    }

    /** The kill's place: the scenario and JPF's counts (all searches of that check together). */
    private static String where(Outcome o) {
        JpfRun j = o.result().jpf();
        String incomplete = o.result().result().incompleteReason;
        return o.search().scenario().id() + " (JPF: " + j.newStates() + " states, " + j.visitedStates() + " matched, depth "
                + j.maxDepth() + ", " + o.result().searches() + (o.result().searches() == 1 ? " search" : " searches")
                + (incomplete.isEmpty() ? "" : "; " + incomplete) + ")";
    }
}
