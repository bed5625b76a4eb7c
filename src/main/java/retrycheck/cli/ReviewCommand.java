package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.alloy.AlloyResult;
import retrycheck.alloy.AlloyRunner;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Progress;
import retrycheck.explore.Explorer;
import retrycheck.mutants.KillMatrix;
import retrycheck.mutants.Mutants;
import retrycheck.review.HistoryView;
import retrycheck.review.ReviewReport;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.trace.HtmlTrace;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `review [--out DIR]`: the spec-review report (Markdown and HTML) with traces. */
@Command(name = "review", description = "Write the spec-review report: requirements, their checks and status per arch and variant, engine agreement, kill matrix, traces.")
final class ReviewCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "review", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE}): new, empty, or a previous review report (only that is replaced)")
    Path out;

    @Option(names = "--models", defaultValue = "models", paramLabel = "DIR", description = "Alloy models (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--spec", defaultValue = "spec/requirements.md", paramLabel = "FILE", description = "the requirements table (default: ${DEFAULT-VALUE})")
    Path spec;

    @Option(names = "--quiet", description = "no progress lines (progress goes to stderr)")
    boolean quiet;
    // ----

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Override public Integer call() throws Exception {
        int n = workers.count();
        List<Variant> releases = CheckCommand.variants(variant);
        List<CheckSpec> specs = historySpecs(releases);
        String undeclared = CheckCommand.undeclared(Handlers.all(), releases);
        if (!undeclared.equals("the selection is empty"))   // honest about what --variant selected but the model does not hold
            System.err.println("retrycheck: " + undeclared + ": not checked (the history shows them as –)");
        if (!Files.isDirectory(models)) throw new UsageException("--models " + models + ": no such directory (run from the project root)");
        List<String[]> requirements = requirements(spec);                       // every input, before anything is created
        List<Path> alloyFiles = alloyFiles(models);
        Outputs.ReportDir report = Outputs.reportDir("--out", "review", out);
        Path tmp = report.begin();
        try (Outputs.Registration hook = Outputs.onInterrupt(() -> System.err.println(
                "retrycheck: review interrupted; " + report.interruptedNote()))) {
            return write(tmp, n, report, requirements, alloyFiles, releases, specs);
        } finally {
            report.abort();               // a no-op once committed
        }
    }

    /** The requirement rows of --spec: a usage error when the file is missing or has none (no silent fallback). */
    static List<String[]> requirements(Path spec) {
        if (!Files.isRegularFile(spec))
            throw new UsageException("--spec " + spec + ": " + (Files.isDirectory(spec) ? "is a directory" : "no such file")
                    + " (the requirements table, default spec/requirements.md: run from the project root)");
        try {
            List<String[]> rows = ReviewReport.requirements(spec);
            if (rows.isEmpty())
                throw new UsageException("--spec " + spec + ": no requirement rows in it (table rows '| ID | requirement | checked by |'"
                        + " whose ID is one of " + String.join(", ", retrycheck.check.Invariants.ids()) + ")");
            return rows;
        } catch (java.io.IOException e) {
            throw new UsageException("--spec " + spec + ": cannot read: " + e.getMessage());
        }
    }

    /** The Alloy models under --models, each able to run: a usage error (file:line:column) before anything is solved. */
    static List<Path> alloyFiles(Path models) throws java.io.IOException {
        List<Path> files = AlloyRunner.modelsUnder(models);
        if (files.isEmpty()) throw new UsageException("--models " + models + ": no .als files there, the Alloy part would check nothing");
        List<AlloyResult> bad = AlloyRunner.inputErrors(files);
        if (!bad.isEmpty())
            throw new UsageException("--models " + models + ": " + bad.stream().map(AlloyResult::message)
                    .collect(java.util.stream.Collectors.joining("; ")));
        if (!Files.isRegularFile(models.resolve("retry.als")))
            throw new UsageException("--models " + models + ": no retry.als there; the kill matrix's Alloy engine mutates it"
                    + " (run from the project root, or give --models DIR)");
        return files;
    }

    // ---- the history across releases (helper 17e) ----
    @Option(names = "--variant", paramLabel = "V[,V...]", description = "the releases checked and shown in the history "
            + "section (as check: v5.6, v5.7, v5.9, ... v6.8; 'patch' = v5.6,v5.7, the default; 'all' = every release; "
            + "a handler is checked only in the releases the model holds it for)")
    List<String> variant;

    /**
     * The whole matrix over the --variant releases, with the seven invariants and the patch's claims in one exploration
     * per check (the claims' section of the report); a usage error when the model holds nothing of them.
     */
    static List<CheckSpec> historySpecs(List<Variant> releases) {
        List<retrycheck.check.Property> props = new java.util.ArrayList<>(Invariants.ALL);
        props.addAll(retrycheck.check.Claims.ALL);
        List<CheckSpec> specs = CheckSpec.matrix(Handlers.all(), releases, Scenarios.ALL, props);
        if (specs.isEmpty()) throw new UsageException("no checks selected: " + CheckCommand.undeclared(Handlers.all(), releases));
        return specs;
    }

    /** Builds the report in {@code tmp} and puts it in place. */
    private int write(Path tmp, int n, Outputs.ReportDir report, List<String[]> requirements, List<Path> alloyFiles,
                      List<Variant> releases, List<CheckSpec> specs) throws Exception {
        Progress progress = Progress.stderr(quiet);
        progress.accept("review 1/3: embedded explorer, " + specs.size() + " checks");
        List<CheckResult> embedded = MatrixRunner.run(specs, Explorer.Options.defaults(), n, progress);
        progress.accept("review 2/3: Alloy models under " + models);
        List<AlloyResult> alloy = AlloyRunner.runAll(alloyFiles, null, n, progress);
        progress.accept("review 3/3: mutation kill matrix (" + Mutants.all().size() + " mutants, embedded and Alloy)");
        KillMatrix.Result kills = KillMatrix.run(Mutants.all(), n,
                List.of(new retrycheck.mutants.AlloyMutantEngine(models, tmp.resolve(retrycheck.mutants.AlloyMutantEngine.MODELS_DIR))),
                progress);
        progress.end();

        Files.createDirectories(tmp.resolve("traces"));
        Map<String, String> traceFiles = new LinkedHashMap<>();
        for (CheckResult r : embedded)
            for (Trace t : r.traces.values()) {
                String name = ReviewReport.traceName(t);
                Files.writeString(tmp.resolve("traces/" + name + ".json"), TraceJson.write(t));
                Files.writeString(tmp.resolve("traces/" + name + ".html"), HtmlTrace.render(t));
                traceFiles.put(t.handler() + " " + t.variant() + " " + t.scenario() + " " + t.invariant(), "traces/" + name + ".html");
            }
        Map<String, String> killFiles = new LinkedHashMap<>();
        for (KillMatrix.Kill k : kills.kills()) {
            String name = "kill-" + k.key();
            Files.writeString(tmp.resolve("traces/" + name + ".json"), TraceJson.write(k.trace()));
            Files.writeString(tmp.resolve("traces/" + name + ".html"), HtmlTrace.render(k.trace()));
            killFiles.put(k.key(), "traces/" + name + ".html");
        }
        for (KillMatrix.Row r : kills.rows)
            for (retrycheck.mutants.EngineVerdict v : r.engines().values())
                for (retrycheck.mutants.EngineVerdict.EngineKill k : v.kills().values()) {
                    String key = KillMatrix.engineKillKey(r, v.engine(), k.invariant());
                    String name = "kill-" + key;
                    Files.writeString(tmp.resolve("traces/" + name + ".json"), TraceJson.write(k.trace()));
                    Files.writeString(tmp.resolve("traces/" + name + ".html"), HtmlTrace.render(k.trace()));
                    killFiles.put(key, "traces/" + name + ".html");
                }
        String jpf = JpfSupport.available() ? "installed (run `check --engine jpf` for its verdicts)" : "not installed, no verdicts";
        ReviewReport.Inputs in = new ReviewReport.Inputs(requirements, embedded, alloy,
                ReviewReport.archesOf(alloy), kills, jpf, traceFiles, killFiles);
        String md = ReviewReport.markdown(in) + HistoryView.markdown(Handlers.all(), releases, embedded, traceFiles)
                + HistoryView.alloyAgreement(Handlers.all(), releases, embedded, alloy, retrycheck.alloy.GenerateModels.coverage());
        Files.writeString(tmp.resolve("review.md"), md);
        Files.writeString(tmp.resolve("review.html"), ReviewReport.html(md));
        // replace the old report (only an empty directory or a previous review) now that the new one is complete
        report.commit();
        System.out.println("review written to " + out.resolve("review.md") + " and " + out.resolve("review.html")
                + " (" + traceFiles.size() + " counterexample traces, " + killFiles.size() + " kill traces)");
        return Main.OK;
    }}
