package retrycheck.alloy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code alloy [FILE...]}: runs every command of the given Alloy models (all of models/ when none are given)
 * and prints file, command, expected, outcome, verdict and time. Exit codes as for {@code check}:
 * 0 every command came out as expected, 1 some FAIL (an unexpected outcome), 3 incomplete (a command could
 * not be solved), 2 bad usage or bad input (a missing or malformed file; the other files are still run and
 * reported; an empty model, a model without commands, an empty models directory; a bad option, found before
 * anything is solved). Progress (done/total, time left) goes to stderr.
 */
@Command(name = "alloy", mixinStandardHelpOptions = true,
        description = "Check the Alloy models (models/*.als, models/arch/*.als) through the Alloy API with SAT4J.")
public final class AlloyCommand implements Callable<Integer> {

    public static final int OK = 0, FAIL = 1, BAD_INPUT = 2, INCOMPLETE = 3;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Alloy models to check (default: every .als under --models)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--models", paramLabel = "DIR", description = "Directory of the models (default: ${DEFAULT-VALUE})")
    Path modelsDir = Path.of("models");

    @Option(names = "--trace-dir", paramLabel = "DIR", description = "Write each counterexample as a retrycheck trace (JSON, spec/trace-format.md) into DIR")
    Path traceDir;

    @Option(names = "--xml-dir", paramLabel = "DIR", description = "Write each counterexample as Alloy XML (opens in the Alloy visualizer) into DIR")
    Path xmlDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON to FILE")
    Path json;

    @Option(names = "--traces", description = "Print the trace of every counterexample (default: on)", negatable = true)
    boolean traces = true;

    @Option(names = "--threads", paramLabel = "N", description = "Solver threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "no progress lines (progress goes to stderr)")
    boolean quiet;

    @Option(names = "--generate", description = "Regenerate models/arch/*.als from the Java arch declarations, then check")
    boolean generate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
        PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
        try {
            String bad = badOptions();                 // every option checked before anything is generated, solved or written
            if (bad != null) {
                err.println("alloy: " + bad);
                return BAD_INPUT;
            }
            if (generate) {
                for (Path p : GenerateModels.write(modelsDir)) out.println("generated " + p);
            }
            List<Path> inputs = new ArrayList<>(files);
            if (inputs.isEmpty()) {
                if (!Files.isDirectory(modelsDir)) {
                    err.println("alloy: no models directory " + modelsDir + " (run from the project root, or give --models DIR or files)");
                    return BAD_INPUT;
                }
                inputs = AlloyRunner.modelsUnder(modelsDir);
                if (inputs.isEmpty()) {
                    err.println("alloy: --models " + modelsDir + ": no .als files there, nothing to check");
                    return BAD_INPUT;
                }
            }
            long t0 = System.nanoTime();
            retrycheck.check.Progress progress = retrycheck.check.Progress.stderr(quiet);
            List<AlloyResult> results;
            try {
                results = AlloyRunner.runAll(inputs, xmlDir, threads, progress);
            } finally {
                progress.end();
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            out.print(table(results));
            if (traces) {
                for (AlloyResult r : results) {
                    if (r.check() && r.outcome() == Outcome.COUNTEREXAMPLE && r.trace() != null) {
                        out.println();
                        out.print(r.trace().render());
                        if (r.xml() != null) out.println("  Alloy XML: " + r.xml());
                    }
                }
            }
            for (AlloyResult r : results) if (r.message() != null) err.println(r.isInputError() ? "error: " + r.message() : r.command() + ": " + r.message());
            int code = exitCode(results);
            if (results.stream().noneMatch(r -> r.command() != null)) {   // never a success on nothing
                err.println("alloy: no commands in " + inputs + ", nothing was checked");
                code = BAD_INPUT;
            }
            out.println();
            out.printf("%d commands in %d files, %d PASS, %d FAIL, %d ERROR, %d ms wall%n", results.stream().filter(r -> r.command() != null).count(),
                    inputs.size(), count(results, AlloyResult.Verdict.PASS), count(results, AlloyResult.Verdict.FAIL),
                    count(results, AlloyResult.Verdict.ERROR), wall);
            out.flush();
            if (json != null) writeJson(results, json, wall, code);
            if (traceDir != null) {
                Files.createDirectories(traceDir);
                for (AlloyResult r : results)
                    if (r.check() && r.outcome() == Outcome.COUNTEREXAMPLE && r.trace() != null && !r.trace().states().isEmpty()
                            && r.trace().loopState() >= 0)
                        writeComplete(traceDir.resolve(r.file().getFileName() + "-" + r.command() + ".json"),
                                retrycheck.trace.TraceJson.write(AlloyTraces.toTrace(r)));
            }
            return code;
        } catch (IOException e) {
            err.println("alloy: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** What is wrong with the options (the option and its value named), or null: checked before any work. */
    String badOptions() {
        if (threads < 1) return "--threads must be at least 1, got " + threads;
        String why;
        if (json != null && (why = notWritableFile(json)) != null) return "--json " + json + ": " + why;
        if (traceDir != null && (why = notUsableDir(traceDir)) != null) return "--trace-dir " + traceDir + ": " + why;
        if (xmlDir != null && (why = notUsableDir(xmlDir)) != null) return "--xml-dir " + xmlDir + ": " + why;
        return null;
    }

    /** Why {@code file} cannot be written as a regular file (a directory, or in a directory that cannot be made), or null. */
    static String notWritableFile(Path file) {
        if (Files.isDirectory(file)) return "is a directory";
        if (Files.exists(file) && !Files.isWritable(file)) return "not writable";
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? null : notUsableDir(parent);
    }

    /** Why {@code dir} cannot be used as an output directory (not a directory, or not creatable / writable), or null. Creates nothing. */
    static String notUsableDir(Path dir) {
        Path p = dir.toAbsolutePath().normalize();
        if (Files.exists(p)) {
            if (!Files.isDirectory(p)) return "not a directory";
            return Files.isWritable(p) ? null : "directory not writable";
        }
        Path q = p.getParent();
        while (q != null && !Files.exists(q)) q = q.getParent();
        if (q == null) return "cannot be created";
        if (!Files.isDirectory(q)) return "cannot be created: " + q + " is not a directory";
        if (!Files.isWritable(q)) return "cannot be created: " + q + " is not writable";
        return null;
    }

    /** 2 when a file was missing or malformed, else 1 when some command FAILed, else 3 when one could not be solved, else 0. */
    public static int exitCode(List<AlloyResult> results) {
        if (results.stream().anyMatch(AlloyResult::isInputError)) return BAD_INPUT;
        if (results.stream().anyMatch(r -> r.verdict() == AlloyResult.Verdict.FAIL)) return FAIL;
        if (results.stream().anyMatch(r -> r.verdict() == AlloyResult.Verdict.ERROR)) return INCOMPLETE;
        return OK;
    }

    private static long count(List<AlloyResult> rs, AlloyResult.Verdict v) { return rs.stream().filter(r -> r.verdict() == v).count(); }

    /** The result table: file, command, expected, outcome, verdict, ms. */
    public static String table(List<AlloyResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"file", "command", "expected", "outcome", "verdict", "ms"});
        for (AlloyResult r : results) {
            rows.add(new String[]{r.file().toString(), r.command() == null ? "(parse)" : r.command(),
                    r.expected() == null ? "-" : r.expected().text(), r.outcome().text(), r.verdict().name(),
                    r.command() == null ? "-" : Long.toString(r.millis())});
        }
        int[] w = new int[6];
        for (String[] row : rows) for (int i = 0; i < 6; i++) w[i] = Math.max(w[i], row[i].length());
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                if (i == 5) line.append(" ".repeat(w[i] - row[i].length())).append(row[i]);
                else line.append(row[i]).append(" ".repeat(w[i] - row[i].length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static void writeJson(List<AlloyResult> results, Path file, long wall, int code) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AlloyResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("command", r.command());
            m.put("line", r.line());
            m.put("kind", r.command() == null ? "parse" : r.check() ? "check" : "run");
            m.put("expected", r.expected() == null ? null : r.expected().text());
            m.put("outcome", r.outcome().text());
            m.put("verdict", r.verdict().name());
            m.put("ms", r.millis());
            if (r.message() != null) m.put("message", r.message());
            if (r.xml() != null) m.put("xml", r.xml().toString());
            if (r.check() && r.trace() != null && r.outcome() == Outcome.COUNTEREXAMPLE) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("config", r.trace().config());
                t.put("loopState", r.trace().loopState());
                List<Map<String, String>> st = new ArrayList<>();
                for (AlloyTrace.AlloyState s : r.trace().states()) st.add(s.fields());
                t.put("states", st);
                m.put("trace", t);
            }
            rows.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tool", "retrycheck alloy");
        doc.put("exitCode", code);
        doc.put("wallMs", wall);
        doc.put("results", rows);
        writeComplete(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n");
    }

    /**
     * Writes {@code text} to {@code file} complete or not at all: into a temporary file beside it, then moved over it.
     * A file that exists and is not a regular file (a symbolic link, a device, a FIFO) is written through instead, never
     * replaced.
     */
    static void writeComplete(Path file, String text) throws IOException {
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(file, text);
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
        try {
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AlloyCommand()).execute(args));
    }
}
