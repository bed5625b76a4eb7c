package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.check.CheckContext;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
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

    @Option(names = "--variant", defaultValue = "all", paramLabel = "v5.6|v5.7|all", description = "kernel version (default: all)")
    String variant;

    @Option(names = "--scenario", paramLabel = "ID[,ID...]", description = "scenarios (default: all; see 'list scenarios')")
    List<String> scenarios;

    @Option(names = "--invariant", paramLabel = "ID[,ID...]", description = "invariants or claims (default: the seven invariants; the claims RETRY_WAIT, COMPLETE, UFFD_WP_SWAP by id; see 'list invariants')")
    List<String> invariants;

    @Option(names = "--property", paramLabel = "CLASS[,CLASS...]", description = "your own Property class(es), checked with the invariants (all seven unless --invariant selects)")
    List<String> propertyClasses;

    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "embedded|jpf", description = "exploration engine (default: embedded)")
    String engine;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON (when the run ends; an interrupted run writes what finished, marked \"complete\": false)")
    Path json;

    @Option(names = "--traces", paramLabel = "DIR", description = "save every counterexample as a JSON trace in DIR")
    Path traces;

    @Option(names = "--max-executions", defaultValue = "1000000", paramLabel = "N", description = "per check; reaching it makes the check INCOMPLETE (default: ${DEFAULT-VALUE})")
    long maxExecutions;

    @Option(names = "--max-steps", defaultValue = "400", paramLabel = "N", description = "per execution; reaching it makes the check INCOMPLETE (default: ${DEFAULT-VALUE})")
    int maxSteps;

    @Option(names = "--no-por", description = "explore every interleaving without partial-order reduction (slow; for comparison)")
    boolean noPor;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Option(names = "--all-traces", description = "print the trace of every FAIL (default: the first of each invariant)")
    boolean allTraces;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    /** Everything {@link #validate} checked: the run needs nothing else from the command line. */
    record Plan(List<CheckSpec> specs, String engine, int workers, Outputs.FileTarget json, Outputs.TraceDir traces) {}

    @Override public Integer call() throws Exception {
        Plan plan = validate();           // every argument, before anything is created
        return run(plan);
    }

    /** Checks every argument and output path; creates nothing. */
    Plan validate() {
        List<CheckSpec> specs = specs();
        if (maxExecutions < 1) throw new UsageException("--max-executions must be at least 1, got " + maxExecutions);
        if (maxSteps < 1) throw new UsageException("--max-steps must be at least 1, got " + maxSteps);
        int n = workers.count();
        String eng = Choices.canonical("--engine", "engine", engine, List.of("embedded", "jpf"));
        Outputs.FileTarget jsonTarget = json == null ? null : Outputs.fileTarget("--json", json);
        Outputs.TraceDir traceDir = traces == null ? null : Outputs.traceDir("--traces", traces);
        if (json != null && traces != null && json.toAbsolutePath().normalize().startsWith(traces.toAbsolutePath().normalize()))
            throw new UsageException("--json " + json + ": is inside --traces " + traces + "; give it a path of its own");
        return new Plan(specs, eng, n, jsonTarget, traceDir);
    }

    /** The state shared by the run and the shutdown hook (Ctrl-C, SIGTERM): whoever comes first writes the outputs. */
    private final class Run {
        final Plan plan;
        final long t0 = System.nanoTime();
        final Map<CheckSpec, CheckResult> finished = new IdentityHashMap<>();
        volatile boolean over;

        Run(Plan plan) { this.plan = plan; }

        synchronized void finished(CheckResult r) { finished.put(r.spec, r); }

        double seconds() { return (System.nanoTime() - t0) / 1e9; }

        /** The shutdown hook's part: keep what finished, say so, write --json (marked incomplete) and --traces. */
        synchronized void interrupted() {
            if (over) return;
            over = true;
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
                results = JpfSupport.runOrExplain(plan.specs());
                if (results == null) return Main.USAGE;              // JPF cannot run here; runOrExplain said why
            } else {
                Explorer.Options options = new Explorer.Options(maxExecutions, maxSteps, !noPor);
                try {
                    results = MatrixRunner.run(plan.specs(), options, plan.workers(),
                            line -> { if (!quiet && !run.over) System.err.println(line); }, run::finished);
                } catch (OutOfMemoryError e) {
                    throw new UsageException("out of memory after " + run.finished.size() + " of " + plan.specs().size()
                            + " checks (nothing written); narrow the selection or give Java more memory, e.g. java -Xmx4g -jar ...");
                }
            }
            synchronized (run) {
                if (run.over) return Main.INTERRUPTED;                // the shutdown hook kept what had finished
                run.over = true;
                double secs = run.seconds();
                if (plan.engine().equals("embedded")) {
                    System.out.print(Report.table(results));
                    System.out.printf("%d checks in %.1f s%n", results.size(), secs);
                    printTraces(results);
                }
                if (plan.traces() != null) plan.traces().write(traceFiles(results));
                if (plan.json() != null) plan.json().write(() -> Report.json(results, secs, plan.engine(), null));
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

    /** The checks the options select: each arch, scenario, invariant and property once; never none. */
    List<CheckSpec> specs() {
        List<FaultHandler> handlers = new ArrayList<>();
        List<String> handlerNames = new ArrayList<>();
        if (handlerClasses != null)
            for (String c : Choices.elements("--handler", handlerClasses, List.of("a class name"))) {
                FaultHandler h = UserClasses.handler(c);
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
        String v = Choices.canonical("--variant", "variant", variant, List.of("v5.6", "v5.7", "all"));
        List<Variant> variants = v.equals("all") ? List.of(Variant.V5_6, Variant.V5_7) : List.of(Variant.parse(v));
        List<Scenario> scs = new ArrayList<>();
        if (scenarios == null) scs.addAll(Scenarios.ALL);
        else for (String s : Choices.pick("--scenario", "scenario", scenarios, Scenarios.ids())) scs.add(Scenarios.byId(s));
        List<Property> props = new ArrayList<>();
        if (invariants == null) props.addAll(Invariants.ALL);  // with --property too: the user's properties are added
        else for (String i : Choices.pick("--invariant", "invariant", invariants, retrycheck.check.Properties.ids()))
            props.add(retrycheck.check.Properties.byId(i));
        List<Property> user = new ArrayList<>();
        List<String> userNames = new ArrayList<>();
        if (propertyClasses != null)
            for (String c : Choices.elements("--property", propertyClasses, List.of("a class name"))) {
                Property p = UserClasses.property(c);
                user.add(p);
                userNames.add(c);
            }
        List<String> userIds = new ArrayList<>();
        for (Property p : user) userIds.add(p.id());
        Choices.noDuplicates("--property (ids)", userIds);
        props.addAll(user);
        List<CheckSpec> specs = CheckSpec.matrix(handlers, variants, scs, props);
        for (CheckSpec s : specs)
            for (int i = 0; i < user.size(); i++)
                UserClasses.probeMonitor(userNames.get(i), user.get(i), new CheckContext(s.handler().name(), s.variant(), s.scenario()));
        if (specs.isEmpty()) throw new UsageException("no checks selected");
        return specs;
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
