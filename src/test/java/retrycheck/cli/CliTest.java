package retrycheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import retrycheck.kernel.Handlers;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line: exit codes, messages for bad input, the table, JSON output, traces and replay. */
class CliTest {
    record Result(int exit, String out, String err) {
        String all() { return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err; }
    }

    /** Runs the CLI in-process with System.out/err (and picocli's writers) captured. */
    static Result cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        StringWriter pOut = new StringWriter(), pErr = new StringWriter();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(pOut, true));
            cl.setErr(new PrintWriter(pErr, true));
            exit = cl.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8) + pOut, err.toString(StandardCharsets.UTF_8) + pErr);
    }

    @Test
    void listArches() {
        Result r = cli("list", "arches");
        assertEquals(Main.OK, r.exit(), r.all());
        List<String> names = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertEquals(28, names.size(), r.out());   // the patch's 26 handlers, then csky (v5.12 on) and loongarch (v6.0 on)
        assertEquals(Handlers.names(), names);
        assertTrue(names.containsAll(List.of("x86", "alpha", "s390", "um", "gup", "fixup_user_fault")));
    }

    @Test
    void listScenariosAndInvariants() {
        Result s = cli("list", "scenarios", "--space", "named");
        assertEquals(Main.OK, s.exit());
        List<String> first = s.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertEquals(retrycheck.check.Scenarios.ids(), first.subList(0, first.size() - 1), s.out());   // then the count line
        Result i = cli("list", "invariants");
        assertEquals(Main.OK, i.exit());
        assertEquals(List.of("FLAGS", "DROP", "SIGNAL", "LOCK", "DEADLOCK", "TERMINATION", "SLEEP",
                        "RETRY_WAIT", "COMPLETE", "UFFD_WP_SWAP"),   // the patch's claims, by --invariant ID only
                i.out().lines().map(l -> l.split("\\s+")[0]).toList());
        Result bad = cli("list", "nosuch");
        assertEquals(Main.USAGE, bad.exit());
        assertTrue(bad.err().contains("arches, scenarios, dimensions, invariants"), bad.all());
    }

    @Test
    void unknownArchListsTheValidNames() {
        Result r = cli("check", "--arch", "nosuch");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("nosuch"), r.err());
        for (String n : Handlers.names()) assertTrue(r.err().contains(n), n + " in: " + r.err());
        assertTrue(r.out().isEmpty(), "no table: " + r.out());
    }

    @Test
    void otherBadInputIsAUsageError() {
        String[][] bad = {
                {"check", "--max-executions", "0"},
                {"check", "--max-steps", "0"},
                {"check", "--variant", "v5.8"},
                {"check", "--scenario", "nosuch"},
                {"check", "--invariant", "nosuch"},
                {"check", "--engine", "nosuch"},
                {"check", "--no-such-option"},
                {"check", "--max-executions", "many"},
        };
        for (String[] args : bad) {
            Result r = cli(args);
            assertEquals(Main.USAGE, r.exit(), String.join(" ", args) + "\n" + r.all());
            assertTrue(r.err().startsWith("retrycheck: "), String.join(" ", args) + "\n" + r.err());
            assertFalse(r.out().contains("verdicts:"), "nothing was checked");
        }
        assertTrue(cli("check", "--variant", "v5.8").err().contains("v5.6, v5.7"));
        assertTrue(cli("check", "--max-executions", "0").err().contains("--max-executions"));
    }

    @Test
    void jsonIntoAMissingDirectoryIsAUsageErrorAndWritesNothing() {
        Path f = Path.of("/nonexistent-dir/x.json");
        Result r = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--json", f.toString());
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("/nonexistent-dir"), r.err());
        assertFalse(Files.exists(f));
        assertFalse(r.out().contains("verdicts:"), "fails before checking anything");
    }

    @Test
    void passingCheckWritesJson(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.json");
        Result r = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--json", f.toString(), "--quiet");
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().contains("x86"), r.out());
        assertTrue(r.out().contains("7 PASS, 0 FAIL, 0 INCOMPLETE, 0 ERROR"), r.out());
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        assertEquals("embedded", root.get("engine").asText());
        JsonNode checks = root.get("checks");
        assertEquals(1, checks.size());
        JsonNode c = checks.get(0);
        assertEquals("x86", c.get("arch").asText());
        assertEquals("v5.7", c.get("variant").asText());
        assertEquals("filemap-io", c.get("scenario").asText());
        List<String> ids = new ArrayList<>();
        c.get("verdicts").fieldNames().forEachRemaining(ids::add);
        assertEquals(List.of("FLAGS", "DROP", "SIGNAL", "LOCK", "DEADLOCK", "TERMINATION", "SLEEP"), ids);
        c.get("verdicts").forEach(v -> assertEquals("PASS", v.asText()));
        assertTrue(c.get("explored").get("complete").asBoolean());
        assertTrue(c.get("explored").get("executions").asLong() >= 1);
        assertEquals(0, c.get("traces").size());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(f), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void failingCheckExitsOneAndPrintsTheTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("v56.json");
        Result r = cli("check", "--arch", "x86", "--variant", "v5.6", "--scenario", "filemap-io", "--quiet",
                "--json", f.toString(), "--traces", dir.resolve("traces").toString());
        assertEquals(Main.FAILED, r.exit(), r.all());
        assertTrue(r.out().contains("FAIL"), r.out());
        assertTrue(r.out().contains("TRIED"), "the trace shows the flags: " + r.out());
        JsonNode c = new ObjectMapper().readTree(f.toFile()).get("checks").get(0);
        assertEquals("FAIL", c.get("verdicts").get("FLAGS").asText());
        assertTrue(c.get("traces").has("FLAGS"));
        assertFalse(c.get("traces").get("FLAGS").get("schedule").isEmpty());

        // the saved trace renders and replays to the same violation
        Path trace = dir.resolve("traces").resolve("x86-v5.6-filemap-io-FLAGS.json");
        assertTrue(Files.exists(trace), "saved trace");
        Result shown = cli("trace", trace.toString());
        assertEquals(Main.OK, shown.exit(), shown.all());
        assertTrue(shown.out().contains("FLAGS"), shown.out());
        Result replayed = cli("replay", trace.toString());
        assertEquals(Main.OK, replayed.exit(), replayed.all());
        assertTrue(replayed.out().lines().anyMatch(l -> l.startsWith("reproduced: FLAGS")), replayed.out());
    }

    @Test
    void boundsMakeTheCheckIncomplete() {
        Result steps = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--max-steps", "5", "--quiet");
        assertEquals(Main.INCOMPLETE, steps.exit(), steps.all());
        assertTrue(steps.out().contains("INCOMPLETE"), steps.out());
        assertTrue(steps.out().contains("step bound"), steps.out());
        Result execs = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--max-executions", "1", "--quiet");
        assertEquals(Main.INCOMPLETE, execs.exit(), execs.all());
        assertTrue(execs.out().contains("execution budget"), execs.out());
        // a FAIL outranks INCOMPLETE
        Result both = cli("check", "--arch", "x86", "--variant", "v5.6", "--scenario", "filemap-io", "--max-executions", "1", "--quiet");
        assertTrue(both.exit() == Main.FAILED || both.exit() == Main.INCOMPLETE, both.all());
    }

    @Test
    void jpfEngineWithoutJpfExplainsHowToInstallIt() {
        assumeTrue(!onClassPath("gov.nasa.jpf.JPF"), "JPF is installed here");
        Result r = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--engine", "jpf");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("jpf-core"), r.err());
        assertTrue(r.err().contains("-Pjpf"), r.err());
        assertTrue(r.err().contains("java-17"), r.err());
        assertFalse(r.out().contains("verdicts:"));
    }

    /** --workers below 1 is a usage error in every command that takes it, and --json is left unwritten. */
    @Test
    void workersBelowOneIsAUsageError(@TempDir Path dir) {
        for (String cmd : List.of("check", "bench", "mutants", "review")) {
            Result r = cmd.equals("check") ? cli(cmd, "--workers", "0", "--json", dir.resolve("x.json").toString())
                    : cmd.equals("review") ? cli(cmd, "--workers", "0", "--out", dir.resolve("review").toString())
                    : cli(cmd, "--workers", "0");
            assertEquals(Main.USAGE, r.exit(), cmd + ": " + r.all());
            assertTrue(r.err().contains("--workers must be at least 1"), cmd + ": " + r.err());
        }
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "nothing written: no JSON, no review directory, no temporary file");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** --json with --engine jpf: without jpf-core nothing is written (not even an empty report). */
    @Test
    void jpfEngineWithoutJpfLeavesNoJson(@TempDir Path dir) {
        assumeTrue(!onClassPath("gov.nasa.jpf.JPF"), "JPF is installed here");
        Path f = dir.resolve("jpf.json");
        Result r = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--engine", "jpf",
                "--json", f.toString());
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertFalse(Files.exists(f));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "no temporary file left behind");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void mutantsJpfColumnWithoutJpfExplainsHowToInstallIt() {
        assumeTrue(!onClassPath("gov.nasa.jpf.JPF"), "JPF is installed here");
        for (String engines : List.of("jpf", "alloy,jpf")) {
            Result r = cli("mutants", "--engine", engines, "--mutant", "M08", "--quiet");
            assertEquals(Main.USAGE, r.exit(), r.all());
            assertTrue(r.err().contains("jpf-core"), r.err());
            assertTrue(r.err().contains("-Pjpf"), r.err());
            // refused before the embedded matrix runs, not after it
            assertFalse(r.out().contains("M08"), r.out());
        }
    }

    private static boolean onClassPath(String cls) {
        try {
            Class.forName(cls);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    // ---- --step-timeout (helper 14s) ----

    @Test
    void stepTimeoutEndsALoopingHandlerAsAnErrorAndRefusesBadValues(@TempDir Path dir) {
        for (String bad : List.of("-1", "NaN", "Infinity")) {
            Result r = cli("check", "--step-timeout", bad, "--json", dir.resolve("x.json").toString());
            assertEquals(Main.USAGE, r.exit(), bad + ": " + r.all());
            assertTrue(r.err().contains("--step-timeout must be a number of seconds"), bad + ": " + r.err());
        }
        assertEquals(Main.USAGE, cli("check", "--step-timeout", "soon").exit());
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "nothing written");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        retrycheck.explore.SpinningHandler.stop = false;
        try {
            Result r = cli("check", "--handler", "retrycheck.explore.SpinningHandler", "--variant", "v5.7",
                    "--scenario", "filemap-io", "--step-timeout", "0.2", "--quiet");
            assertEquals(Main.FAILED, r.exit(), r.all());
            assertTrue(r.all().contains("thread fault did not reach its next operation within 0.2 s"), r.all());
            String row = r.out().lines().filter(l -> l.startsWith("spinning")).findFirst().orElse("");
            assertTrue(row.contains("ERROR"), r.out());
            assertFalse(row.contains("PASS"), r.out());
        } finally {
            retrycheck.explore.SpinningHandler.stop = true;
        }
    }
}
