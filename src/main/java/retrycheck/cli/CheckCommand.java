package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.check.CheckContext;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.kernel.KernelOps;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.check.space.Selector;
import retrycheck.check.space.Space;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.trace.TextTrace;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `check`: explores the matrix handler × variant × scenario and prints verdicts per invariant. */
@Command(name = "check", description = "Explore every interleaving of the selected checks and report PASS/FAIL/INCOMPLETE per invariant.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--arch", paramLabel = "NAME[,NAME...]", description = "arches/handlers to check (default: all; see 'list arches'; case-insensitive)")
    List<String> arches;

    @Option(names = "--handler", paramLabel = "CLASS[,CLASS...]", description = "your own FaultHandler class(es), checked like a built-in arch")
    List<String> handlerClasses;
    @Option(names = "--core", paramLabel = "CLASS[,CLASS...]", description = "your own kernel function(s): a subclass of a "
            + "kernel file class (retrycheck.kernel.Gup, Filemap, Memory, ...) with a public (Kernel) constructor, overriding "
            + "the functions it changes; it replaces that class in the core of every check")
    List<String> coreClasses;

    @Option(names = "--variant", paramLabel = "V[,V...]", description = "kernel releases: v5.6, v5.7 (the patch), "
            + "v5.9, v5.12, v6.0, v6.3, v6.4, v6.5, v6.8; 'patch' = v5.6,v5.7 (the default), 'all' = every release")
    List<String> variant;

    @Option(names = "--scenario", paramLabel = "ID[,ID...]|DIM=V[,DIM=V...]", description = "scenarios: ids (named or generated; "
            + "see 'list scenarios'), or a selector of dimension values, a comma meaning and, | alternatives: core=uffd,mode=kernel "
            + "(every valid scenario of the whole space that matches; see 'list dimensions'); repeat the option for a union "
            + "(default: the --space selection)")
    List<String> scenarios;

    @Option(names = "--space", paramLabel = "default|full|named", description = "without --scenario: which scenarios of the space: "
            + "default (the named scenarios and a pairwise covering set of the rest), full (every valid scenario), named (the 15 named "
            + "ones) (default: default)")
    String space;

    @Option(names = "--invariant", paramLabel = "ID[,ID...]", description = "invariants or claims (default: the seven invariants; the claims RETRY_WAIT, COMPLETE, UFFD_WP_SWAP by id; see 'list invariants')")
    List<String> invariants;

    @Option(names = "--property", paramLabel = "CLASS[,CLASS...]", description = "your own Property class(es), checked with the invariants (all seven unless --invariant selects)")
    List<String> propertyClasses;

    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "embedded|jpf", description = "exploration engine (default: embedded)")
    String engine;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON (when the run ends; an interrupted run writes what finished, marked \"complete\": false)")
    Path json;

    @Option(names = "--classpath", split = ":", paramLabel = "DIR|JAR[:...]",
            description = "where --handler, --property and --scenario classes of your own are (directories of classes or jars)")
    List<Path> classpath;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write the results as a JUnit XML report (one testcase per check and property; a FAIL carries its text trace), for CI servers")
    Path junitXml;

    @Option(names = "--traces", paramLabel = "DIR", description = "save every counterexample as a JSON trace in DIR")
    Path traces;

    @Option(names = "--max-executions", defaultValue = "1000000", paramLabel = "N", description = "per check; reaching it makes the check INCOMPLETE (default: ${DEFAULT-VALUE})")
    long maxExecutions;

    @Option(names = "--max-steps", defaultValue = "400", paramLabel = "N", description = "per execution; reaching it makes the check INCOMPLETE (default: ${DEFAULT-VALUE})")
    int maxSteps;

    // --- engine jpf
    @Option(names = "--max-states", defaultValue = "1000000", paramLabel = "N", description = "engine jpf: new JPF states per search; reaching it makes the check INCOMPLETE (default: ${DEFAULT-VALUE}; --max-steps is JPF's depth limit)")
    long maxStates;
    // ---

    @Option(names = "--no-por", description = "explore every interleaving without partial-order reduction (slow; for comparison)")
    boolean noPor;

    @Option(names = "--por", paramLabel = "ALG", description = "partial-order reduction: optimal (wakeup trees, the default), source (source-DPOR), none (every interleaving)")
    String por;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Option(names = "--all-traces", description = "print the trace of every FAIL (default: the first of each invariant)")
    boolean allTraces;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    /** The partial-order reduction {@link #validate} chose from --por / --no-por. */
    private Explorer.Por porAlgorithm;

    // ---- the step timeout and the hand-off (helper 14s) ----

    @Option(names = "--step-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "a model thread that does not reach its next operation within this time ends its check as ERROR with that reason (0 = wait forever; default: ${DEFAULT-VALUE})")
    double stepTimeout;

    /** The step timeout in ms, checked; also checks the -Dretrycheck.handoff the explorer will use. */
    private long stepTimeoutMillis() {
        if (!(stepTimeout >= 0) || Double.isInfinite(stepTimeout) || stepTimeout > 1e9)
            throw new UsageException("--step-timeout must be a number of seconds from 0 (wait forever) to 1e9, got " + stepTimeout);
        try {
            retrycheck.explore.Handoff.configured();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return stepTimeout == 0 ? 0 : Math.max(1, Math.round(stepTimeout * 1000));
    }

    /** Everything {@link #validate} checked: the run needs nothing else from the command line. */
    record Plan(List<CheckSpec> specs, String engine, int workers, Outputs.FileTarget json, Outputs.TraceDir traces,
                Outputs.FileTarget junitXml) {}

    @Override public Integer call() throws Exception {
        Plan plan = validate();           // every argument, before anything is created
        if (!skipped.isEmpty())           // honest about what --variant selected but the model does not hold
            System.err.println("retrycheck: no handler in the model for " + String.join(", ", skipped)
                    + " (not in that release's tree, or not yet transliterated from it): not checked");
        return run(plan);
    }

    /** Checks every argument and output path; creates nothing. */
    Plan validate() {
        List<CheckSpec> specs = specs();
        if (maxExecutions < 1) throw new UsageException("--max-executions must be at least 1, got " + maxExecutions);
        if (maxSteps < 1) throw new UsageException("--max-steps must be at least 1, got " + maxSteps);
        stepTimeoutMillis();
        if (maxStates < 1) throw new UsageException("--max-states must be at least 1, got " + maxStates);   // engine jpf
        int n = workers.count();
        String eng = Choices.canonical("--engine", "engine", engine, List.of("embedded", "jpf"));
        Explorer.Por alg = por == null ? (noPor ? Explorer.Por.NONE : Explorer.DEFAULT_POR) : Explorer.Por.parse(por);
        if (alg == null) throw new UsageException("unknown --por '" + por + "'; valid: optimal, source, none");
        if (noPor && alg != Explorer.Por.NONE) throw new UsageException("--no-por contradicts --por " + por);
        porAlgorithm = alg;
        Outputs.FileTarget jsonTarget = json == null ? null : Outputs.fileTarget("--json", json);
        Outputs.TraceDir traceDir = traces == null ? null : Outputs.traceDir("--traces", traces);
        Outputs.FileTarget junitTarget = junitXml == null ? null : Outputs.fileTarget("--junit-xml", junitXml);
        if (json != null && junitXml != null && json.toAbsolutePath().normalize().equals(junitXml.toAbsolutePath().normalize()))
            throw new UsageException("--junit-xml " + junitXml + ": is also the --json file; give each a path of its own");
        if (json != null && traces != null && json.toAbsolutePath().normalize().startsWith(traces.toAbsolutePath().normalize()))
            throw new UsageException("--json " + json + ": is inside --traces " + traces + "; give it a path of its own");
        return new Plan(specs, eng, n, jsonTarget, traceDir, junitTarget);
    }

    /** The state shared by the run and the shutdown hook (Ctrl-C, SIGTERM): whoever comes first writes the outputs. */
    private final class Run {
        final Plan plan;
        final long t0 = System.nanoTime();
        final Map<CheckSpec, CheckResult> finished = new IdentityHashMap<>();
        volatile boolean over;
        /** Progress lines on stderr; closed (silent) once the run is over or interrupted. */
        final retrycheck.check.Progress progress = retrycheck.check.Progress.stderr(quiet);

        Run(Plan plan) { this.plan = plan; }

        synchronized void finished(CheckResult r) { finished.put(r.spec, r); }

        double seconds() { return (System.nanoTime() - t0) / 1e9; }

        /** The shutdown hook's part: keep what finished, say so, write --json (marked incomplete) and --traces. */
        synchronized void interrupted() {
            if (over) return;
            over = true;
            progress.close();
            List<CheckResult> done = new ArrayList<>();
            for (CheckSpec s : plan.specs()) if (finished.containsKey(s)) done.add(finished.get(s));
            String reason = "interrupted (SIGINT or SIGTERM) after " + done.size() + " of " + plan.specs().size() + " checks";
            System.err.println();
            String table = Report.table(done).strip();
            System.err.println("retrycheck: " + reason + "; " + (done.isEmpty() ? "no check finished"
                    : "the finished ones: " + table.substring(table.lastIndexOf('\n') + 1)));
            try {
                if (plan.json() != null) {
                    plan.json().write(() -> Report.json(done, seconds(), plan.engine(), reason));
                    System.err.println("retrycheck: wrote the " + done.size() + " finished checks to " + json + ", marked \"complete\": false");
                }
                if (plan.traces() != null) plan.traces().write(traceFiles(done));
                if (plan.junitXml() != null) {
                    plan.junitXml().write(() -> JunitXmlReport.xml(done, seconds(), plan.engine()));
                    System.err.println("retrycheck: wrote the " + done.size() + " finished checks to " + junitXml);
                }
            } catch (UsageException e) {
                System.err.println("retrycheck: " + e.getMessage());
            }
            if (plan.json() == null) System.err.println("retrycheck: nothing written (--json FILE keeps the finished checks of an interrupted run)");
            System.err.flush();
        }
    }

    int run(Plan plan) throws Exception {
        Run run = new Run(plan);
        try (Outputs.Registration hook = Outputs.onInterrupt(run::interrupted)) {
            List<CheckResult> results;
            if (plan.engine().equals("jpf")) {
                results = JpfSupport.runOrExplain(plan.specs(),
                        retrycheck.jpf.JpfEngine.Options.defaults().bounded(maxSteps, maxStates), quiet, plan.workers(), run::finished);
                if (results == null) return Main.USAGE;              // JPF cannot run here; runOrExplain said why
            } else {
                Explorer.Options options = new Explorer.Options(maxExecutions, maxSteps, true).withPor(porAlgorithm)
                        .withStepTimeoutMillis(stepTimeoutMillis());
                try {
                    results = MatrixRunner.run(plan.specs(), options, plan.workers(), run.progress, run::finished);
                } catch (OutOfMemoryError e) {
                    throw new UsageException("out of memory after " + run.finished.size() + " of " + plan.specs().size()
                            + " checks (nothing written); narrow the selection or give Java more memory, e.g. java -Xmx4g -jar ...");
                }
            }
            synchronized (run) {
                if (run.over) return Main.INTERRUPTED;                // the shutdown hook kept what had finished
                run.over = true;
                run.progress.close();
                double secs = run.seconds();
                if (plan.engine().equals("embedded")) {
                    System.out.print(Report.table(results));
                    System.out.print(Report.perRelease(results));            // the verdicts of each release (helper 17e)
                    System.out.printf("%d checks in %.1f s%n", results.size(), secs);
                    printTraces(results);
                }
                if (plan.traces() != null) plan.traces().write(traceFiles(results));
                if (plan.json() != null) plan.json().write(() -> Report.json(results, secs, plan.engine(), null));
                if (plan.junitXml() != null) plan.junitXml().write(() -> JunitXmlReport.xml(results, secs, plan.engine()));
                return exitCode(results);
            }
        }
    }

    static int exitCode(List<CheckResult> results) {
        boolean fail = false, incomplete = false;
        for (CheckResult r : results)
            for (Verdict v : r.verdicts.values()) {
                if (v == Verdict.FAIL || v == Verdict.ERROR) fail = true;
                if (v == Verdict.INCOMPLETE || v == Verdict.VACUOUS) incomplete = true;   // no claim either way
            }
        return fail ? Main.FAILED : incomplete ? Main.INCOMPLETE : Main.OK;
    }

    /** The handler/release pairs the selection names but the model does not hold (see {@link FaultHandler#declares}). */
    private final List<String> skipped = new ArrayList<>();

    /** The checks the options select: each arch, scenario, invariant and property once; never none. */
    List<CheckSpec> specs() {
        ClassLoader loader = UserClasses.loader(classpath);
        List<FaultHandler> handlers = new ArrayList<>();
        List<String> handlerNames = new ArrayList<>();
        if (handlerClasses != null)
            for (String c : Choices.elements("--handler", handlerClasses, List.of("a class name"))) {
                FaultHandler h = UserClasses.handler(c, loader);
                handlers.add(h);
                handlerNames.add(h.name());
            }
        if (arches != null)
            for (String a : Choices.pick("--arch", "arch/handler", arches, Handlers.names())) {
                handlers.add(Handlers.byName(a));
                handlerNames.add(a);
            }
        if (arches == null && handlerClasses == null) handlers.addAll(Handlers.all());
        Choices.noDuplicates("--arch/--handler", handlerNames);
        List<Variant> variants = variants(variant);
        List<Scenario> scs = scenarios(loader);
        List<Property> props = new ArrayList<>();
        if (invariants == null) props.addAll(Invariants.ALL);  // with --property too: the user's properties are added
        else for (String i : Choices.pick("--invariant", "invariant", invariants, retrycheck.check.Properties.ids()))
            props.add(retrycheck.check.Properties.byId(i));
        List<Property> user = new ArrayList<>();
        List<String> userNames = new ArrayList<>();
        if (propertyClasses != null)
            for (String c : Choices.elements("--property", propertyClasses, List.of("a class name"))) {
                Property p = UserClasses.property(c, loader);
                user.add(p);
                userNames.add(c);
            }
        List<String> userIds = new ArrayList<>();
        for (Property p : user) userIds.add(p.id());
        Choices.noDuplicates("--property (ids)", userIds);
        props.addAll(user);
        KernelOps ops = KernelOps.DEFAULT;
        if (coreClasses != null)
            for (String c : Choices.elements("--core", coreClasses, List.of("a class name"))) {
                try {
                    ops = ops.alsoReplacing(c, loader);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
        List<CheckSpec> specs = CheckSpec.matrix(handlers, variants, scs, props, ops);
        skipped.clear();
        for (FaultHandler h : handlers)
            for (Variant v : variants) {
                // an arch absent from a release's tree is no gap of the model: said only when --arch names it
                boolean absent = h instanceof retrycheck.kernel.arch.Arch a && !a.existsIn(v);
                if (!h.declares(v) && (!absent || arches != null)) skipped.add(h.name() + " " + v.label());
            }
        for (CheckSpec s : specs)
            for (int i = 0; i < user.size(); i++)
                UserClasses.probeMonitor(userNames.get(i), user.get(i), new CheckContext(s.handler().name(), s.variant(), s.scenario()));
        if (specs.isEmpty()) {
            StringBuilder why = new StringBuilder();
            for (Scenario sc : scs) for (Variant va : variants)
                if (sc.path().absentFrom(va) != null) why.append("; ").append(sc.id()).append(" is not a ").append(va.label())
                        .append(" scenario: ").append(sc.path().absentFrom(va));
            throw new UsageException("no checks selected: " + undeclared(handlers, variants) + why);
        }
        return specs;
    }

    /** The releases of a --variant value (default: the patch's two). */
    static List<Variant> variants(List<String> raw) {
        if (raw == null) return Variant.PATCH;
        List<String> valid = new ArrayList<>(Variant.labels());
        valid.add("patch");
        valid.add("all");
        List<Variant> out = new ArrayList<>();
        for (String v : Choices.pick("--variant", "variant", raw, valid)) {
            List<Variant> vs = v.equals("all") ? List.of(Variant.values()) : v.equals("patch") ? Variant.PATCH : List.of(Variant.parse(v));
            for (Variant x : vs) if (!out.contains(x)) out.add(x);
        }
        out.sort(null);
        return out;
    }

    /** Why the selected handlers have no check in the selected releases. */
    static String undeclared(List<FaultHandler> handlers, List<Variant> variants) {
        List<String> why = new ArrayList<>();
        for (FaultHandler h : handlers)
            for (Variant v : variants)
                if (!h.declares(v)) why.add(h.name() + " " + v.label());
        return why.isEmpty() ? "the selection is empty"
                : "the model has no handler for " + String.join(", ", why)
                + " (the arch is not in that release's tree, or not yet transliterated from it; see 'list handlers --variant all')";
    }

    /**
     * The scenarios of --scenario (ids, generated ids, selectors, classes of the user's own) or of --space: never empty.
     * An option value is either a list of ids and classes or one selector (every element dimension=value).
     */
    List<Scenario> scenarios(ClassLoader loader) {
        if (scenarios == null) {
            String sel = space == null ? "default" : Choices.canonical("--space", "space", space, Space.Selection.ids());
            for (Space.Selection s : Space.Selection.values()) if (s.id.equals(sel)) return Space.scenarios(s);
            throw new IllegalStateException(sel);
        }
        if (space != null)
            throw new UsageException("--space " + space + " with --scenario: --space chooses the scenarios when --scenario is not given; "
                    + "a selector always matches the whole space (e.g. --scenario core=uffd,mode=kernel)");
        List<String> valid = new ArrayList<>(Scenarios.ids());
        valid.add("a generated id (list scenarios --space full)");
        valid.add("a selector DIM=VALUE[,DIM=VALUE...] (list dimensions)");
        List<Scenario> explicit = new ArrayList<>();
        List<Scenario> selected = new ArrayList<>();
        for (String raw : scenarios) {
            List<String> elements = Choices.elements("--scenario", List.of(raw), valid);
            boolean anySel = false, allSel = true;
            for (String e : elements) {
                boolean isSel = Selector.isSelectorElement(e);
                anySel |= isSel;
                allSel &= isSel;
            }
            if (anySel && !allSel)
                throw new UsageException("--scenario '" + raw + "': mixes ids and dimension=value; a selector's elements are all "
                        + "dimension=value (a comma means and): give ids and each selector in a --scenario of its own");
            if (anySel) {
                Selector sel;
                try {
                    sel = Selector.parse(raw);
                } catch (IllegalArgumentException ex) {
                    throw new UsageException("--scenario " + ex.getMessage());
                }
                List<Space.Entry> hits = Space.select(sel);
                if (hits.isEmpty()) {
                    List<Space.Entry> bad = Space.selectInvalid(sel);
                    throw new UsageException("--scenario '" + raw + "': matches no valid scenario" + (bad.isEmpty() ? ""
                            : "; it matches " + bad.size() + " invalid combinations, e.g. " + bad.get(0).point().id() + ": "
                            + bad.get(0).reason()) + " (list scenarios --invalid)");
                }
                for (Space.Entry h : hits) selected.add(h.scenario());
                continue;
            }
            for (String e : elements) {
                if (e.contains(".")) {       // a class of the user's own (ScenarioProvider); the built-in ids have no dot
                    explicit.add(UserClasses.scenario(e, loader, Scenarios.ids()));
                    continue;
                }
                Scenario named = null;
                for (Scenario n : Scenarios.ALL) if (n.id().equalsIgnoreCase(e)) named = n;
                if (named != null) { explicit.add(named); continue; }
                Space.Entry g = Space.byId(e.toLowerCase(java.util.Locale.ROOT));
                if (g == null)
                    throw new UsageException("--scenario '" + e + "': unknown scenario; valid: " + String.join(", ", valid));
                if (!g.valid())
                    throw new UsageException("--scenario '" + e + "': not a valid scenario: " + g.reason());
                explicit.add(g.scenario());
            }
        }
        List<String> ids = new ArrayList<>();
        for (Scenario s : explicit) ids.add(s.id());
        Choices.noDuplicates("--scenario (ids)", ids);
        List<Scenario> out = new ArrayList<>(explicit);
        java.util.Set<String> seen = new java.util.HashSet<>(ids);
        for (Scenario s : selected) if (seen.add(s.id())) out.add(s);   // selectors may overlap: each scenario once
        return out;
    }

    private void printTraces(List<CheckResult> results) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        int total = 0;
        for (CheckResult r : results)
            for (Trace t : r.traces.values()) {
                total++;
                if (!allTraces && shown.containsKey(t.invariant())) continue;
                shown.merge(t.invariant(), 1, Integer::sum);
                System.out.println();
                System.out.print(TextTrace.render(t, true));
            }
        int hidden = total - shown.values().stream().mapToInt(Integer::intValue).sum();
        if (hidden > 0)
            System.out.printf("%n(%d more counterexamples: --all-traces prints them, --traces DIR saves them)%n", hidden);
    }

    /** File name → content of every counterexample, for --traces. */
    private static Map<String, String> traceFiles(List<CheckResult> results) {
        Map<String, String> files = Outputs.files();
        for (CheckResult r : results)
            for (Trace t : r.traces.values())
                files.put(String.format("%s-%s-%s-%s.json", t.handler(), t.variant(), t.scenario(), t.invariant()), TraceJson.write(t));
        return files;
    }
}
