package retrycheck.mutants;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenario;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.trace.Replayer;
import retrycheck.trace.Trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the mutation catalog: every mutant on its scenarios against all seven invariants, and the unmutated base
 * handlers on the same scenarios (the controls). A mutant is killed when some engine finds a violation of one of the
 * invariants it names; every invariant must be killed by some mutant ("every invariant bites").
 * <p>
 * Engines: the embedded explorer runs every mutant (with controls and replay). Each further {@link MutantEngine}
 * (Alloy; JPF where installed) then judges the same rows and fills its column: killed, survived, incomplete, or why it
 * has no verdict. A mutant is killed when at least one engine kills it on an invariant it names; an engine that can
 * express a mutation and completes its search without killing it is a defect the report names.
 */
public final class KillMatrix {
    private KillMatrix() {}

    /** One (mutant, invariant) kill: the scenario and the shortest counterexample, and whether it replays. */
    public record Kill(Mutant mutant, String invariant, String scenario, Trace trace, boolean expected, boolean replays,
                       String replayMessage) {
        /** "M01-TERMINATION": names the kill in file names and maps. */
        public String key() { return mutant.id() + "-" + invariant; }
    }

    /**
     * One mutant's row: the embedded engine's results and kills, and the other engines' verdicts (engine name ->
     * verdict, filled in after the embedded run).
     */
    public record Row(Mutant mutant, List<CheckResult> results, Map<String, Kill> kills, String diagnosis,
                      Map<String, EngineVerdict> engines) {
        /** Killed on at least one invariant it names, by some engine. */
        public boolean killed() {
            return killedByEmbedded() || engines.values().stream()
                    .anyMatch(v -> mutant.expectedIds().stream().anyMatch(v::killedOn));
        }

        /** The embedded explorer killed it on an invariant it names. */
        public boolean killedByEmbedded() {
            return mutant.expectedIds().stream().anyMatch(kills::containsKey);
        }

        /** The embedded explorer found {@code invariant} violated. */
        public boolean killedOn(String invariant) { return kills.containsKey(invariant); }

        /** The engines (embedded first) that found {@code invariant} violated. */
        public List<String> killersOf(String invariant) {
            List<String> l = new ArrayList<>();
            if (kills.containsKey(invariant)) l.add("embedded");
            engines.forEach((e, v) -> { if (v.killedOn(invariant)) l.add(e); });
            return l;
        }
    }

    /** The whole run. */
    public static final class Result {
        public final List<Row> rows;
        public final List<CheckResult> controls;
        public final boolean fullCatalog;
        /** The engines that judged the rows besides the embedded one, in column order. */
        public final List<String> engines;
        public final double seconds;

        Result(List<Row> rows, List<CheckResult> controls, boolean fullCatalog, List<String> engines, double seconds) {
            this.rows = rows;
            this.controls = controls;
            this.fullCatalog = fullCatalog;
            this.engines = List.copyOf(engines);
            this.seconds = seconds;
        }

        public List<Row> survivors() { return rows.stream().filter(r -> !r.killed()).toList(); }

        /** Invariant id -> the mutants that kill it on an expected invariant. */
        public Map<String, List<String>> bitten() {
            Map<String, List<String>> m = new LinkedHashMap<>();
            for (String inv : columns()) m.put(inv, new ArrayList<>());
            for (Row r : rows)
                for (String inv : r.mutant.expectedIds())
                    if (!r.killersOf(inv).isEmpty()) m.get(inv).add(r.mutant.id());
            return m;
        }

        public List<String> unbitten() {
            return bitten().entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        }

        public List<CheckResult> failedControls() { return controls.stream().filter(c -> !c.allPass()).toList(); }

        public List<Kill> kills() {
            List<Kill> l = new ArrayList<>();
            for (Row r : rows) l.addAll(r.kills.values());
            return l;
        }

        public List<Kill> unreplayable() { return kills().stream().filter(k -> !k.replays()).toList(); }

        /**
         * Engine verdicts that are defects of the checker: an engine that expresses the mutation, searched completely and
         * did not kill it (SURVIVED), or that failed (ERROR).
         */
        public List<EngineVerdict> engineDefects() {
            List<EngineVerdict> l = new ArrayList<>();
            for (Row r : rows)
                for (EngineVerdict v : r.engines.values())
                    if (v.status() == EngineVerdict.Status.SURVIVED || v.status() == EngineVerdict.Status.ERROR) l.add(v);
            return l;
        }

        /** The row an engine verdict belongs to. */
        public Row rowOf(EngineVerdict v) {
            for (Row r : rows) if (r.engines.containsValue(v)) return r;
            throw new IllegalArgumentException("not in this result: " + v);
        }

        /**
         * The command's verdict: every mutant killed on an invariant it names, every kill replays, every control
         * passes, and (for the whole catalog) every invariant is killed by some mutant.
         */
        public boolean ok() {
            return survivors().isEmpty() && failedControls().isEmpty() && unreplayable().isEmpty()
                    && engineDefects().isEmpty() && (!fullCatalog || unbitten().isEmpty());
        }
    }

    /** Runs {@code mutants} (and their controls) on the embedded explorer only, with {@code workers} threads. */
    public static Result run(List<Mutant> mutants, int workers, Consumer<String> progress) throws InterruptedException {
        return run(mutants, workers, List.of(), progress);
    }

    /**
     * Runs {@code mutants} (and their controls) on the embedded explorer with {@code workers} threads, then lets each of
     * {@code engines} judge the same rows.
     */
    public static Result run(List<Mutant> mutants, int workers, List<MutantEngine> engines, Consumer<String> progress)
            throws InterruptedException {
        long t0 = System.nanoTime();
        List<CheckSpec> specs = new ArrayList<>();
        for (Mutant m : mutants)
            for (Scenario s : m.scenarios())
                specs.add(new CheckSpec(m.handler(), Variant.V5_7, s, propertiesFor(m), m.ops()));
        int mutantSpecs = specs.size();
        Map<String, CheckSpec> controlSpecs = new LinkedHashMap<>();
        for (Mutant m : mutants)
            for (Scenario s : m.scenarios())
                controlSpecs.putIfAbsent(controlKey(m, s),
                        new CheckSpec(m.base(), Variant.V5_7, s, propertiesFor(m), KernelOps.DEFAULT));
        specs.addAll(controlSpecs.values());

        Explorer.Options options = Explorer.Options.defaults();
        List<CheckResult> results = MatrixRunner.run(specs, options, workers, progress);
        List<CheckResult> controls = results.subList(mutantSpecs, results.size());
        Map<String, CheckResult> controlByKey = new LinkedHashMap<>();
        int ci = 0;
        for (String key : controlSpecs.keySet()) controlByKey.put(key, controls.get(ci++));

        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Mutant m : mutants) {
            List<CheckResult> mine = new ArrayList<>();
            for (int j = 0; j < m.scenarios().size(); j++) mine.add(results.get(i++));
            Map<String, Kill> kills = kills(m, mine);
            rows.add(new Row(m, mine, kills, diagnose(m, mine, kills, controlByKey), new LinkedHashMap<>()));
        }
        List<String> names = new ArrayList<>();
        for (MutantEngine e : engines) {
            progress.accept("mutants: " + e.name() + " engine");
            List<EngineVerdict> vs = e.judge(rows, workers, progress);
            if (vs.size() != rows.size())
                throw new IllegalStateException(e.name() + " returned " + vs.size() + " verdicts for " + rows.size() + " mutants");
            for (int j = 0; j < rows.size(); j++) rows.get(j).engines().put(e.name(), vs.get(j));
            names.add(e.name());
        }
        boolean full = mutants.size() == Mutants.all().size();
        return new Result(rows, List.copyOf(controls), full, names, (System.nanoTime() - t0) / 1e9);
    }

    private static String controlKey(Mutant m, Scenario s) {
        return m.base().name() + "|" + s.id() + "|" + propertiesFor(m).stream().map(Property::id).collect(Collectors.joining(","));
    }

    /**
     * What a mutant and its control are checked against: the seven invariants, and the patch's claims it names
     * ({@link retrycheck.check.Claims}: not in the default set, so only where a mutant asks for them).
     */
    public static List<Property> propertiesFor(Mutant m) {
        List<Property> l = new ArrayList<>(Invariants.ALL);
        for (Property p : m.expected()) if (!l.contains(p)) l.add(p);
        return l;
    }

    /** The columns of the kill matrix: the seven invariants, then each claim some mutant of the catalog names. */
    public static List<String> columns() {
        List<String> l = new ArrayList<>(Invariants.ids());
        for (Mutant m : Mutants.all())
            for (String id : m.expectedIds()) if (!l.contains(id)) l.add(id);
        return l;
    }

    /** Per violated invariant, the shortest counterexample over the mutant's scenarios, replayed to confirm it. */
    private static Map<String, Kill> kills(Mutant m, List<CheckResult> results) {
        Map<String, Kill> kills = new LinkedHashMap<>();
        for (String inv : columns()) {
            CheckResult best = null;
            for (CheckResult r : results) {
                Trace t = r.traces.get(inv);
                if (r.verdicts.get(inv) != Verdict.FAIL || t == null) continue;
                if (best == null || t.steps().size() < best.traces.get(inv).steps().size()) best = r;
            }
            if (best == null) continue;
            Trace t = best.traces.get(inv);
            CheckSpec replaySpec = new CheckSpec(best.spec.handler(), best.spec.variant(), best.spec.scenario(),
                    List.of(retrycheck.check.Properties.byId(inv)), best.spec.ops());
            Replayer.Result rr = Replayer.replay(t, replaySpec);
            kills.put(inv, new Kill(m, inv, best.spec.scenario().id(), t, m.expectedIds().contains(inv),
                    rr.reproduced(), rr.message()));
        }
        return kills;
    }

    /**
     * Why a mutant survived, and whose defect that is. The catalog's rule: a survivor is a defect either in the mutant
     * (it is not reached, or is equivalent, in its scenarios; or it names the wrong invariants) or in the checker (a
     * monitor misses a real fault, the exploration is incomplete, a control fails, or the model crashed).
     */
    static String diagnose(Mutant m, List<CheckResult> mine, Map<String, Kill> kills, Map<String, CheckResult> controls) {
        if (mine.stream().anyMatch(r -> m.expectedIds().stream().anyMatch(inv -> r.verdicts.get(inv) == Verdict.FAIL)))
            return "";
        for (CheckResult r : mine)
            if (!r.error.isEmpty()) return "checker at fault: the model crashed on " + r.spec.scenario().id() + ": " + r.error;
        for (Scenario s : m.scenarios()) {
            CheckResult c = controls.get(controlKey(m, s));
            if (c != null && !c.allPass())
                return "checker at fault: the unmutated " + m.base().name() + " already fails or is incomplete on "
                        + s.id() + ", so this scenario cannot tell the mutant apart";
        }
        for (CheckResult r : mine)
            if (!r.incompleteReason.isEmpty())
                return "checker at fault: exploration of " + r.spec.scenario().id() + " incomplete (" + r.incompleteReason + ")";
        if (!kills.isEmpty())
            return "mutant at fault: it breaks " + String.join(", ", kills.keySet()) + " but names "
                    + String.join(", ", m.expectedIds()) + " (fix the expectation), unless the named monitor should "
                    + "have objected too (then the checker)";
        boolean sameAsControl = true;
        StringBuilder diff = new StringBuilder();
        for (CheckResult r : mine) {
            CheckResult c = controls.get(controlKey(m, r.spec.scenario()));
            if (c == null) continue;
            if (c.stats.executions != r.stats.executions || c.stats.steps != r.stats.steps) {
                sameAsControl = false;
                diff.append(String.format(" %s: %d executions/%d steps vs the control's %d/%d;", r.spec.scenario().id(),
                        r.stats.executions, r.stats.steps, c.stats.executions, c.stats.steps));
            }
        }
        if (sameAsControl)
            return "mutant at fault: on " + String.join(", ", m.scenarioIds()) + " it explores exactly what the control does "
                    + "(the changed code is not reached, or the change is equivalent there): give it a scenario that reaches it";
        return "checker at fault: the mutant changes what the model does (" + diff.toString().trim()
                + ") yet no monitor objects: a monitor misses the fault it seeds, or no scenario has the environment that exposes it";
    }

    /** What an engine says about one mutant, in a few words: "KILLED", "SURVIVED", "n/a", "not run". */
    public static String engineCell(Row r, String engine) {
        if (engine.equals("embedded")) return r.killedByEmbedded() ? "KILLED" : "SURVIVED";
        EngineVerdict v = r.engines().get(engine);
        return v != null ? v.shortCell() : notRunCell(engine);
    }

    /** The same with its reason: "n/a (DEADLOCK is not in the Alloy models)". */
    public static String engineCellLong(Row r, String engine) {
        if (engine.equals("embedded")) return engineCell(r, engine);
        EngineVerdict v = r.engines().get(engine);
        return v != null ? v.cell() : notRunCell(engine);
    }

    private static String notRunCell(String engine) {
        if (engine.equals("jpf") && !jpfInstalled()) return "n/a (jpf-core not installed)";
        return "not run (--engine " + engine + ")";
    }

    public static final List<String> ENGINES = List.of("embedded", "alloy", "jpf");

    /** The letter an engine has in the mutant x invariant cells. */
    static char letter(String engine) { return engine.charAt(0); }

    static boolean jpfInstalled() {
        try {
            Class.forName("gov.nasa.jpf.JPF");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The cell of the mutant x invariant matrix: the letters of the engines that killed it (e embedded, a Alloy, j JPF),
     * in brackets when the mutant names the invariant: "[ea]" killed by both, "[.]" named but killed by none, " e "
     * killed but not named, " . " neither.
     */
    public static String cell(Row r, String invariant) {
        boolean exp = r.mutant().expectedIds().contains(invariant);
        StringBuilder k = new StringBuilder();
        for (String e : r.killersOf(invariant)) k.append(letter(e));
        String in = k.length() == 0 ? "." : k.toString();
        return exp ? "[" + in + "]" : " " + in + " ";
    }

    public static final String LEGEND = "cells: the engines that found the invariant violated (e embedded, a Alloy, j JPF); "
            + "[..] the mutant names the invariant, [.] named but violated in no engine; . neither";

    /** The key of an engine's kill in trace-file maps: "M02-FLAGS-alloy". */
    public static String engineKillKey(Row r, String engine, String invariant) {
        return r.mutant().id() + "-" + invariant + "-" + engine;
    }

    /** The plain-text report the command prints. */
    public static String text(Result res, Map<String, String> traceFiles) {
        StringBuilder b = new StringBuilder();
        List<String> invs = columns();
        b.append(String.format("%-4s %-34s", "id", "mutant"));
        for (String inv : invs) b.append(String.format(" %-11s", inv));
        b.append(String.format(" %-9s %-10s %-10s%n", "embedded", "alloy", "jpf"));
        for (Row r : res.rows) {
            b.append(String.format("%-4s %-34s", r.mutant().id(), r.mutant().name()));
            for (String inv : invs) b.append(String.format(" %-11s", "   " + cell(r, inv)));
            b.append(String.format(" %-9s %-10s %-10s%n", engineCell(r, "embedded"), engineCell(r, "alloy"), engineCell(r, "jpf")));
        }
        b.append(LEGEND).append('\n');
        b.append('\n');
        b.append("invariants bitten (by mutants that name them, any engine):\n");
        res.bitten().forEach((inv, ms) -> b.append(String.format("  %-11s %s%n", inv,
                ms.isEmpty() ? "NONE - no mutant shows this invariant bites" : String.join(" ", ms))));
        b.append('\n');
        b.append("kills (embedded engine; the shortest counterexample per mutant and invariant):\n");
        for (Row r : res.rows)
            for (Kill k : r.kills().values()) {
                b.append(String.format("  %s %-11s %-20s %3d steps  %s%s%n", r.mutant().id(), k.invariant(), k.scenario(),
                        k.trace().steps().size(), k.trace().explanation(), k.replays() ? "" : "  [DOES NOT REPLAY: " + k.replayMessage() + "]"));
                String f = traceFiles.get(k.key());
                if (f != null) b.append("        trace: ").append(f).append('\n');
            }
        for (String engine : ENGINES) {
            if (engine.equals("embedded")) continue;
            b.append('\n');
            if (!res.engines.contains(engine)) {
                b.append(engine).append(": ").append(res.rows.isEmpty() ? notRunCell(engine) : engineCellLong(res.rows.get(0), engine)).append('\n');
                continue;
            }
            b.append(engine).append(" engine:\n");
            for (Row r : res.rows) {
                EngineVerdict v = r.engines().get(engine);
                b.append(String.format("  %s %s%n", r.mutant().id(), v.cell()));
                for (EngineVerdict.EngineKill k : v.kills().values()) {
                    b.append(String.format("      %-11s %s, %d steps%n", k.invariant(), k.where(), k.trace().steps().size()));
                    String f = traceFiles.get(engineKillKey(r, engine, k.invariant()));
                    if (f != null) b.append("        trace: ").append(f).append('\n');
                }
            }
        }
        b.append('\n');
        long passed = res.controls.stream().filter(CheckResult::allPass).count();
        b.append(String.format("controls (the unmutated base handlers on the same scenarios): %d/%d PASS%n", passed, res.controls.size()));
        for (CheckResult c : res.failedControls())
            b.append("  control ").append(c.spec.label()).append(" does not PASS: ").append(c.verdicts).append('\n');
        for (Row r : res.survivors())
            b.append("SURVIVOR ").append(r.mutant().label()).append(": ").append(r.diagnosis()).append('\n');
        for (EngineVerdict v : res.engineDefects())
            b.append("checker at fault (").append(v.engine()).append("): ").append(res.rowOf(v).mutant().label())
                    .append(' ').append(v.cell()).append('\n');
        for (Kill k : res.unreplayable())
            b.append("checker at fault: the ").append(k.mutant().id()).append(' ').append(k.invariant())
                    .append(" counterexample does not replay: ").append(k.replayMessage()).append('\n');
        int killed = res.rows.size() - res.survivors().size();
        int checks = res.rows.stream().mapToInt(r -> r.results().size()).sum() + res.controls.size();
        long execs = res.rows.stream().flatMap(r -> r.results().stream()).mapToLong(c -> c.stats.executions).sum()
                + res.controls.stream().mapToLong(c -> c.stats.executions).sum();
        b.append(String.format("%d/%d mutants killed (%.0f%%); %d/%d invariants bitten; embedded: %d checks, %d executions; %s%.1f s%n",
                killed, res.rows.size(), res.rows.isEmpty() ? 100.0 : 100.0 * killed / res.rows.size(),
                invs.size() - res.unbitten().size(), invs.size(), checks, execs, engineCounts(res), res.seconds));
        return b.toString();
    }

    /** "alloy: 10 killed, 9 n/a; " for the engines that ran. */
    static String engineCounts(Result res) {
        StringBuilder b = new StringBuilder();
        for (String e : res.engines) {
            Map<String, Integer> n = new LinkedHashMap<>();
            for (Row r : res.rows) n.merge(r.engines().get(e).shortCell(), 1, Integer::sum);
            List<String> parts = new ArrayList<>();
            n.forEach((k, c) -> parts.add(c + " " + k));
            b.append(e).append(": ").append(String.join(", ", parts)).append("; ");
        }
        return b.toString();
    }

    /** The same matrix as Markdown, with the catalog and a link to each kill's trace. */
    public static String markdown(Result res, Map<String, String> traceFiles) {
        StringBuilder b = new StringBuilder();
        List<String> invs = columns();
        int killed = res.rows.size() - res.survivors().size();
        b.append("# Kill matrix\n\n");
        b.append(String.format("Generated by `retrycheck mutants`: %d/%d mutants killed, %d/%d invariants bitten, "
                        + "controls %d/%d PASS, %s%.1f s.%n%n", killed, res.rows.size(), invs.size() - res.unbitten().size(),
                invs.size(), res.controls.stream().filter(CheckResult::allPass).count(), res.controls.size(),
                engineCounts(res), res.seconds));
        b.append(LEGEND.replace("[", "`[").replace("]", "]`")).append(".\n\n");
        b.append("| id | mutant | scenarios |");
        for (String inv : invs) b.append(' ').append(inv).append(" |");
        for (String e : ENGINES) b.append(' ').append(e).append(" |");
        b.append('\n').append("|---|---|---|");
        for (int i = 0; i < invs.size() + ENGINES.size(); i++) b.append("---|");
        b.append('\n');
        for (Row r : res.rows) {
            b.append("| ").append(r.mutant().id()).append(" | ").append(r.mutant().name()).append(" | ")
                    .append(String.join(", ", r.mutant().scenarioIds())).append(" |");
            for (String inv : invs) b.append(" `").append(cell(r, inv).trim()).append("` |");
            for (String e : ENGINES) b.append(' ').append(engineCellLong(r, e).replace("|", "\\|")).append(" |");
            b.append('\n');
        }
        b.append("\n## Kills\n\n| mutant | invariant | engine | where | steps | violation | trace |\n|---|---|---|---|---|---|---|\n");
        for (Row r : res.rows) {
            for (Kill k : r.kills().values()) {
                String f = traceFiles.get(k.key());
                b.append(String.format("| %s | %s%s | embedded | %s | %d | %s | %s |%n", r.mutant().id(), k.invariant(),
                        k.expected() ? "" : " (not named)", k.scenario(), k.trace().steps().size(),
                        k.trace().explanation().replace("|", "\\|"),
                        f == null ? "-" : "[" + f + "](" + f + ")" + (k.replays() ? "" : " (does not replay)")));
            }
            for (EngineVerdict v : r.engines().values())
                for (EngineVerdict.EngineKill k : v.kills().values()) {
                    String f = traceFiles.get(engineKillKey(r, v.engine(), k.invariant()));
                    b.append(String.format("| %s | %s | %s | %s | %d | %s | %s |%n", r.mutant().id(), k.invariant(), v.engine(),
                            k.where().replace("|", "\\|"), k.trace().steps().size(), k.trace().explanation().replace("|", "\\|"),
                            f == null ? "-" : "[" + f + "](" + f + ")"));
                }
        }
        if (!res.survivors().isEmpty()) {
            b.append("\n## Survivors\n\n");
            for (Row r : res.survivors()) b.append("- ").append(r.mutant().label()).append(": ").append(r.diagnosis()).append('\n');
        }
        if (!res.engineDefects().isEmpty()) {
            b.append("\n## Engine defects\n\n");
            for (EngineVerdict v : res.engineDefects())
                b.append("- ").append(res.rowOf(v).mutant().label()).append(", ").append(v.engine()).append(": ").append(v.cell()).append('\n');
        }
        Set<String> unb = new LinkedHashSet<>(res.unbitten());
        if (!unb.isEmpty()) b.append("\nInvariants no mutant bites: ").append(String.join(", ", unb)).append('\n');
        return b.toString();
    }
}
