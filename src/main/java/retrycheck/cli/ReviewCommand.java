package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.alloy.AlloyResult;
import retrycheck.alloy.AlloyRunner;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.MatrixRunner;
import retrycheck.explore.Explorer;
import retrycheck.mutants.KillMatrix;
import retrycheck.mutants.Mutants;
import retrycheck.review.ReviewReport;
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

    @Option(names = "--spec", defaultValue = "spec/requirements.md", paramLabel = "FILE")
    Path spec;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Override public Integer call() throws Exception {
        int n = workers.count();
        if (!Files.isDirectory(models)) throw new UsageException("--models " + models + ": no such directory (run from the project root)");
        Outputs.ReportDir report = Outputs.reportDir("--out", "review", out);   // before anything is created
        Path tmp = report.begin();
        try (Outputs.Registration hook = Outputs.onInterrupt(() -> System.err.println(
                "retrycheck: review interrupted; " + report.interruptedNote()))) {
            return write(tmp, n, report);
        } finally {
            report.abort();               // a no-op once committed
        }
    }

    /** Builds the report in {@code tmp} and puts it in place. */
    private int write(Path tmp, int n, Outputs.ReportDir report) throws Exception {
        List<CheckSpec> specs = CheckSpec.wholeMatrix();
        System.err.println("review: embedded explorer, " + specs.size() + " checks");
        List<CheckResult> embedded = MatrixRunner.run(specs, Explorer.Options.defaults(), n, x -> { });
        System.err.println("review: Alloy models under " + models);
        List<AlloyResult> alloy = AlloyRunner.runAll(AlloyRunner.modelsUnder(models), null, n);
        System.err.println("review: mutation kill matrix");
        KillMatrix.Result kills = KillMatrix.run(Mutants.all(), n,
                List.of(new retrycheck.mutants.AlloyMutantEngine(models, tmp.resolve(retrycheck.mutants.AlloyMutantEngine.MODELS_DIR))),
                x -> { });

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
        ReviewReport.Inputs in = new ReviewReport.Inputs(ReviewReport.requirements(spec), embedded, alloy,
                ReviewReport.archesOf(alloy), kills, jpf, traceFiles, killFiles);
        String md = ReviewReport.markdown(in);
        Files.writeString(tmp.resolve("review.md"), md);
        Files.writeString(tmp.resolve("review.html"), ReviewReport.html(md));
        // replace the old report (only an empty directory or a previous review) now that the new one is complete
        report.commit();
        System.out.println("review written to " + out.resolve("review.md") + " and " + out.resolve("review.html")
                + " (" + traceFiles.size() + " counterexample traces, " + killFiles.size() + " kill traces)");
        return Main.OK;
    }
}
