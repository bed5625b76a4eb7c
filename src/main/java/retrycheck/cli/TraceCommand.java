package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import retrycheck.trace.HtmlTrace;
import retrycheck.trace.TextTrace;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;
import retrycheck.trace.TraceMinimizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `trace FILE [--format text|json|html] [--minimize] [--out FILE]`: renders (or minimizes) a saved trace. */
@Command(name = "trace", description = "Render a saved counterexample trace (spec/trace-format.md), or minimize it.")
final class TraceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a trace saved by 'check --traces DIR'")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html",
            description = "text (for a mailing-list review), json (the saved format) or html (a self-contained page)")
    String format;

    @Option(names = "--all-steps", description = "text: show every step, not only the marked ones")
    boolean allSteps;

    @Option(names = "--minimize", description = "drop environment-thread choices not needed for the violation;"
            + " writes the minimized trace as JSON (unless --format says otherwise)")
    boolean minimize;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    /** Larger than any trace retrycheck writes; a bigger file is refused before it is read. */
    static final long MAX_TRACE_BYTES = Integer.MAX_VALUE;

    @Override public Integer call() throws IOException {
        String fmt = Choices.canonical("--format", "format", format, List.of("text", "json", "html"));
        Outputs.FileTarget target = out == null ? null : Outputs.fileTarget("--out", out);
        Trace t = read(file);
        if (minimize) {
            TraceMinimizer.Outcome o = TraceMinimizer.minimize(t);
            System.err.println("minimized: " + t.schedule().size() + " -> " + o.trace().schedule().size() + " thread choices, "
                    + t.steps().size() + " -> " + o.trace().steps().size() + " steps (" + o.replays() + " replays); "
                    + o.trace().invariant() + " still violated at step " + o.trace().violationStep());
            t = o.trace();
            if (!explicitFormat()) fmt = "json";
        }
        String text = switch (fmt) {
            case "json" -> TraceJson.write(t);
            case "html" -> HtmlTrace.render(t);
            default -> TextTrace.render(t, !allSteps);
        };
        if (target == null) System.out.print(text);
        else target.write(() -> text);
        return Main.OK;
    }

    /** Reads a trace file, refusing up front a directory, a missing file or one over 2 GiB (without reading it). */
    static Trace read(Path file) {
        if (Files.isDirectory(file)) throw new UsageException(file + ": is a directory, not a trace file");
        if (!Files.exists(file)) throw new UsageException(file + ": no such file");
        try {
            long size = Files.size(file);
            if (Files.isRegularFile(file) && size > MAX_TRACE_BYTES)
                throw new UsageException(file + ": " + size + " bytes, over the 2 GiB limit of a trace file; not a retrycheck trace");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + Outputs.reason(e));
        }
        try {
            return TraceJson.read(file);
        } catch (OutOfMemoryError e) {
            throw new UsageException(file + ": out of memory while reading it; give Java more memory (java -Xmx4g ...)");
        }
    }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    private boolean explicitFormat() {
        return spec != null && spec.commandLine().getParseResult().hasMatchedOption("--format");
    }
}
