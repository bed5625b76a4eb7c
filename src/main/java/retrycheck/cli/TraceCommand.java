package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import retrycheck.trace.TextTrace;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `trace FILE [--format text|json|html]`: renders a saved trace. */
@Command(name = "trace", description = "Render a saved counterexample trace.")
final class TraceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a trace saved by 'check --traces DIR'")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html")
    String format;

    @Option(names = "--all-steps", description = "text: show every step, not only the marked ones")
    boolean allSteps;

    @Override public Integer call() {
        if (!format.equals("text") && !format.equals("json") && !format.equals("html"))
            throw new UsageException("unknown format '" + format + "'; valid: text, json, html");
        Trace t = TraceJson.read(file);
        switch (format) {
            case "json" -> System.out.println(TraceJson.write(t));
            case "html" -> System.out.print(retrycheck.trace.HtmlTrace.render(t));
            default -> System.out.print(TextTrace.render(t, !allSteps));
        }
        return Main.OK;
    }
}
