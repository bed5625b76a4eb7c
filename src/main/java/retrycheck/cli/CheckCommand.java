package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `check`: explores the matrix handler × variant × scenario and prints verdicts per invariant. */
@Command(name = "check", description = "Explore every interleaving of the selected checks and report PASS/FAIL/INCOMPLETE per invariant.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--arch", split = ",", paramLabel = "NAME", description = "arches/handlers to check (default: all; see 'list arches')")
    List<String> arches;

    @Option(names = "--handler", split = ",", paramLabel = "CLASS", description = "your own FaultHandler class(es), checked like a built-in arch")
    List<String> handlerClasses;

    @Option(names = "--variant", defaultValue = "all", paramLabel = "v5.6|v5.7|all", description = "kernel version (default: all)")
    String variant;

    @Option(names = "--scenario", split = ",", paramLabel = "ID", description = "scenarios (default: all; see 'list scenarios')")
    List<String> scenarios;

    @Option(names = "--invariant", split = ",", paramLabel = "ID", description = "invariants (default: all; see 'list invariants')")
    List<String> invariants;

    @Option(names = "--property", split = ",", paramLabel = "CLASS", description = "your own Property class(es), checked with the invariants")
    List<String> propertyClasses;

    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "embedded|jpf", description = "exploration engine (default: embedded)")
    String engine;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON (written only when the run completes)")
    Path json;

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

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Option(names = "--all-traces", description = "print the trace of every FAIL (default: the first of each invariant)")
    boolean allTraces;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Override public Integer call() throws Exception {
        List<CheckSpec> specs = specs();
        if (maxExecutions < 1) throw new UsageException("--max-executions must be at least 1, got " + maxExecutions);
        if (maxSteps < 1) throw new UsageException("--max-steps must be at least 1, got " + maxSteps);
        if (maxStates < 1) throw new UsageException("--max-states must be at least 1, got " + maxStates);   // engine jpf
        int n = workers.count();
        if (!engine.equals("embedded") && !engine.equals("jpf"))
            throw new UsageException("unknown engine '" + engine + "'; valid: embedded, jpf");
        Path jsonTmp = json == null ? null : prepareOutput(json);
        if (traces != null) {
            try { Files.createDirectories(traces); } catch (IOException e) { throw new UsageException("--traces " + traces + ": cannot create directory: " + e.getMessage()); }
            if (!Files.isWritable(traces)) throw new UsageException("--traces " + traces + ": not writable");
        }
        if (engine.equals("jpf")) {
            long t0 = System.nanoTime();
            List<CheckResult> results = JpfSupport.runOrExplain(specs,
                    retrycheck.jpf.JpfEngine.Options.defaults().bounded(maxSteps, maxStates), quiet, n);
            if (results == null) {                          // JPF cannot run here; runOrExplain said why
                if (jsonTmp != null) Files.deleteIfExists(jsonTmp);
                return Main.USAGE;
            }
            return finish(results, (System.nanoTime() - t0) / 1e9, "jpf", jsonTmp);
        }
        Explorer.Options options = new Explorer.Options(maxExecutions, maxSteps, !noPor);
        long t0 = System.nanoTime();
        List<CheckResult> results;
        try {
            results = MatrixRunner.run(specs, options, n, line -> { if (!quiet) System.err.println(line); });
        } catch (RuntimeException | InterruptedException e) {
            if (jsonTmp != null) Files.deleteIfExists(jsonTmp);
            throw e;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.print(Report.table(results));
        System.out.printf("%d checks in %.1f s%n", results.size(), secs);
        printTraces(results);
        return finish(results, secs, "embedded", jsonTmp);
    }

    /** What every engine's run ends with: the traces saved, the JSON report moved into place, the exit code. */
    private int finish(List<CheckResult> results, double secs, String engineName, Path jsonTmp) throws IOException {
        if (traces != null) saveTraces(results);
        if (jsonTmp != null) {
            Files.writeString(jsonTmp, Report.json(results, secs, engineName));
            Files.move(jsonTmp, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return exitCode(results);
    }

    static int exitCode(List<CheckResult> results) {
        boolean fail = false, incomplete = false;
        for (CheckResult r : results)
            for (Verdict v : r.verdicts.values()) {
                if (v == Verdict.FAIL || v == Verdict.ERROR) fail = true;
                if (v == Verdict.INCOMPLETE) incomplete = true;
            }
        return fail ? Main.FAILED : incomplete ? Main.INCOMPLETE : Main.OK;
    }

    /** Checks up front that FILE can be written, and returns a temporary file beside it for the final content. */
    static Path prepareOutput(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new UsageException("--json " + file + ": directory " + dir + " does not exist");
        if (Files.isDirectory(file)) throw new UsageException("--json " + file + ": is a directory");
        try {
            return Files.createTempFile(dir, ".retrycheck-", ".json.tmp");
        } catch (IOException e) {
            throw new UsageException("--json " + file + ": cannot write in " + dir + ": " + e.getMessage());
        }
    }

    List<CheckSpec> specs() {
        List<FaultHandler> handlers = new ArrayList<>();
        if (handlerClasses != null) for (String c : handlerClasses) handlers.add(UserClasses.handler(c));
        if (arches != null) for (String a : arches) handlers.add(Handlers.byName(a.trim()));
        if (arches == null && handlerClasses == null) handlers.addAll(Handlers.all());
        List<Variant> variants = variant.equals("all") ? List.of(Variant.V5_6, Variant.V5_7) : List.of(Variant.parse(variant));
        List<Scenario> scs = new ArrayList<>();
        if (scenarios == null) scs.addAll(Scenarios.ALL);
        else for (String s : scenarios) scs.add(Scenarios.byId(s.trim()));
        List<Property> props = new ArrayList<>();
        if (invariants == null && propertyClasses == null) props.addAll(Invariants.ALL);
        if (invariants != null) for (String i : invariants) props.add(Invariants.byId(i.trim()));
        if (propertyClasses != null) for (String c : propertyClasses) props.add(UserClasses.property(c));
        return CheckSpec.matrix(handlers, variants, scs, props);
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

    private void saveTraces(List<CheckResult> results) throws IOException {
        for (CheckResult r : results)
            for (Trace t : r.traces.values()) {
                String name = String.format("%s-%s-%s-%s.json", t.handler(), t.variant(), t.scenario(), t.invariant());
                Files.writeString(traces.resolve(name), TraceJson.write(t));
            }
    }
}
