package retrycheck.api;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.trace.HtmlTrace;
import retrycheck.trace.TextTrace;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One check of a {@link RetryCheck}: a handler in one kernel version under one scenario, against the selected
 * properties, with the verdicts expected of it. {@link #run()} explores it exhaustively (or until a bound, which
 * makes it INCOMPLETE) and compares what was found with what was expected.
 */
public final class Check {
    private final CheckSpec spec;
    private final Explorer.Options options;
    private final Map<String, Verdict> expected;
    private final Path traceDir;

    Check(CheckSpec spec, Explorer.Options options, Map<String, Verdict> expected, Path traceDir) {
        this.spec = spec;
        this.options = options;
        this.expected = expected;
        this.traceDir = traceDir;
    }

    /** "x86 v5.7 filemap-io": the name a test report shows. */
    public String name() { return spec.label(); }

    public CheckSpec spec() { return spec; }

    /** The verdict expected of a property: what {@link RetryCheck#expect} said, else PASS. */
    public Verdict expected(String propertyId) { return expected.getOrDefault(propertyId.toUpperCase(Locale.ROOT), Verdict.PASS); }

    /**
     * What one check found.
     *
     * @param check      the check
     * @param result     verdicts, statistics and traces
     * @param asExpected every verdict is the expected one
     * @param message    a readable account: each unexpected verdict, the text trace of each counterexample, and the
     *                   paths of the JSON and HTML traces written for it
     * @param traceFiles the files written (JSON, HTML and text per counterexample)
     */
    public record Outcome(Check check, CheckResult result, boolean asExpected, String message, List<Path> traceFiles) {}

    /** Runs the check and writes the trace of every counterexample under the trace directory. */
    public Outcome run() {
        CheckResult r = RetryCheck.explore(spec, options);
        StringBuilder msg = new StringBuilder();
        boolean ok = true;
        for (Map.Entry<String, Verdict> e : r.verdicts.entrySet()) {
            Verdict want = expected(e.getKey());
            if (e.getValue() != want) {
                ok = false;
                msg.append(e.getKey()).append(": ").append(e.getValue()).append(", expected ").append(want).append('\n');
            }
        }
        if (!r.incompleteReason.isEmpty()) msg.append("INCOMPLETE because ").append(r.incompleteReason).append('\n');
        if (!r.error.isEmpty()) msg.append("model error: ").append(r.error).append('\n');
        msg.append("explored: ").append(r.stats.executions).append(" executions (").append(r.stats.pruned)
                .append(" pruned), longest ").append(r.stats.maxDepth).append(" steps")
                .append(r.stats.complete() ? ", exhaustive" : ", cut short").append('\n');
        List<Path> files = new ArrayList<>();
        for (Trace t : r.traces.values()) {
            List<Path> written = write(t);
            files.addAll(written);
            msg.append('\n').append(TextTrace.render(t, true));
            msg.append("trace files: ").append(written.get(0)).append(" , ").append(written.get(1)).append('\n');
        }
        return new Outcome(this, r, ok, msg.toString(), List.copyOf(files));
    }

    /** JSON, HTML and text of one trace, each written to a temporary file and moved into place whole. */
    private List<Path> write(Trace t) {
        String base = (spec.handler().name() + "-" + spec.variant().label() + "-" + spec.scenario().id() + "-" + t.invariant())
                .replaceAll("[^A-Za-z0-9._+-]", "_");
        try {
            Files.createDirectories(traceDir);
            return List.of(put(base + ".json", TraceJson.write(t)), put(base + ".html", HtmlTrace.render(t)),
                    put(base + ".txt", TextTrace.render(t, false)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the traces of " + name() + " under " + traceDir, e);
        }
    }

    private Path put(String name, String content) throws IOException {
        Path target = traceDir.resolve(name).toAbsolutePath();
        Path tmp = Files.createTempFile(traceDir, ".retrycheck-", ".tmp");
        try {
            Files.writeString(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
