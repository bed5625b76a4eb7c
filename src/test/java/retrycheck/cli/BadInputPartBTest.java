package retrycheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bad input to alloy, review and bench (issue 11, part B): each case ends with a clear message that names the value,
 * the documented exit code (2, usage) and no file left behind; nothing is solved or run first. Also: a models
 * directory reached through a symbolic link is followed, ids are case-insensitive in bench, and progress goes to stderr
 * (stdout stays clean) and is silenced by --quiet.
 */
class BadInputPartBTest {
    /** The CLI in-process, as CliTest runs it (System.out/err and picocli's writers captured). */
    static CliTest.Result cli(String... args) { return CliTest.cli(args); }

    static final String LIB = "module lib\nsig A {}\n";
    static final String MAIN = "open sub/lib\nsig B {}\nrun show {} expect 1\ncheck ok { no none } expect 0\nrun ok_inst {} expect 1\n";
    static final String BROKEN = "module broken\nsig A {}\nfact { all a: A | a in }\nrun {} expect 1\n";

    /** A tiny models directory: main.als (three quick commands) opening sub/lib.als (a module without commands). */
    static Path tinyModels(Path dir) throws IOException {
        Path m = dir.resolve("models");
        Files.createDirectories(m.resolve("sub"));
        Files.writeString(m.resolve("sub/lib.als"), LIB);
        Files.writeString(m.resolve("main.als"), MAIN);
        return m;
    }

    static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** Exit 2, every {@code named} text in the message, nothing solved (no table on stdout), and no file created or changed in {@code dir}. */
    static CliTest.Result refused(Path dir, List<String> named, String... args) throws IOException {
        List<String> before = tree(dir);
        CliTest.Result r = cli(args);
        assertEquals(Main.USAGE, r.exit(), r.all());
        for (String n : named) assertTrue(r.err().contains(n), "the message names '" + n + "': " + r.all());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a message, not a stack trace: " + r.all());
        assertEquals(before, tree(dir), "nothing left behind: " + r.all());
        return r;
    }

    static void nothingSolved(CliTest.Result r) {
        assertFalse(r.out().contains("commands in"), "refused before solving: " + r.all());
        assertFalse(r.err().contains("alloy ["), "refused before solving: " + r.all());
    }

    // ---- alloy: never exit 0 on nothing ----

    @Test
    void alloyEmptyModelFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("empty.als");
        Files.writeString(f, "");
        refused(dir, List.of(f.toString(), "empty model", "checks nothing"), "alloy", "--no-traces", f.toString());
    }

    @Test
    void alloyModelWithoutCommands(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lib.als");
        Files.writeString(f, LIB);
        refused(dir, List.of(f.toString(), "no commands"), "alloy", "--no-traces", f.toString());
    }

    @Test
    void alloyEmptyModelsDirectory(@TempDir Path dir) throws IOException {
        Path m = Files.createDirectory(dir.resolve("models"));
        CliTest.Result r = refused(dir, List.of("--models " + m, "no .als files"), "alloy", "--models", m.toString());
        nothingSolved(r);
    }

    @Test
    void alloyModelsDirectoryWithOnlyAModuleOfNoCommands(@TempDir Path dir) throws IOException {
        Path m = Files.createDirectory(dir.resolve("models"));
        Files.writeString(m.resolve("lib.als"), LIB);
        refused(dir, List.of(m.resolve("lib.als").toString(), "no commands"), "alloy", "--models", m.toString());
    }

    @Test
    void alloyModelsDirectoryReachedThroughASymlinkIsFollowed(@TempDir Path dir) throws IOException {
        Path real = tinyModels(dir);
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            // skipped, not passed: without symbolic links the case this test is about cannot be set up
            assumeTrue(false, "this file system cannot create symbolic links, so a --models DIR reached through one cannot be tested: " + e);
        }
        CliTest.Result r = cli("alloy", "--no-traces", "--models", link.toString());
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().contains("3 commands in 2 files, 3 PASS, 0 FAIL, 0 ERROR"), r.all());
        assertTrue(r.out().contains(link.resolve("main.als").toString()), "reported under the path given: " + r.all());
    }

    @Test
    void alloyParseErrorInAModelsDirectoryIsFileLineColumn(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Files.writeString(m.resolve("broken.als"), BROKEN);
        CliTest.Result r = refused(dir, List.of(m.resolve("broken.als") + ":3:", "syntax error"), "alloy", "--no-traces", "--models", m.toString());
        assertTrue(r.out().contains("3 commands in 3 files, 3 PASS"), "the other files are still run: " + r.all());
    }

    // ---- alloy: options checked before solving ----

    @Test
    void alloyThreadsZero(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        nothingSolved(refused(dir, List.of("--threads", "got 0"), "alloy", "--threads", "0", "--json", dir.resolve("out.json").toString(), "--models", m.toString()));
    }

    @Test
    void alloyThreadsNegative(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        nothingSolved(refused(dir, List.of("--threads", "got -3"), "alloy", "--threads", "-3", "--models", m.toString()));
    }

    @Test
    void alloyJsonIsADirectory(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Path d = Files.createDirectory(dir.resolve("out"));
        nothingSolved(refused(dir, List.of("--json " + d, "is a directory"), "alloy", "--json", d.toString(), "--models", m.toString()));
    }

    @Test
    void alloyJsonInADirectoryThatCannotBeCreated(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Path file = Files.writeString(dir.resolve("afile"), "keep");
        Path json = file.resolve("sub/out.json");
        nothingSolved(refused(dir, List.of("--json " + json, "cannot be created", file + " is not a directory"),
                "alloy", "--json", json.toString(), "--models", m.toString()));
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void alloyTraceDirIsAFile(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Path file = Files.writeString(dir.resolve("afile"), "keep");
        nothingSolved(refused(dir, List.of("--trace-dir " + file, "not a directory"), "alloy", "--trace-dir", file.toString(), "--models", m.toString()));
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void alloyXmlDirIsAFile(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Path file = Files.writeString(dir.resolve("afile"), "keep");
        nothingSolved(refused(dir, List.of("--xml-dir " + file, "not a directory"), "alloy", "--xml-dir", file.toString(), "--models", m.toString()));
    }

    @Test
    void alloyXmlDirCannotBeCreated(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Path file = Files.writeString(dir.resolve("afile"), "keep");
        Path x = file.resolve("xml");
        nothingSolved(refused(dir, List.of("--xml-dir " + x, "cannot be created"), "alloy", "--xml-dir", x.toString(), "--models", m.toString()));
    }

    @Test
    void alloyJsonIsWrittenCompleteWithNoTemporaryFileLeft(@TempDir Path dir) throws Exception {
        Path m = tinyModels(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path json = out.resolve("r.json");
        CliTest.Result r = cli("alloy", "--quiet", "--no-traces", "--json", json.toString(), "--models", m.toString());
        assertEquals(Main.OK, r.exit(), r.all());
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals(0, doc.get("exitCode").asInt());
        assertEquals(3, doc.get("results").size());
        assertEquals(List.of("", "r.json"), tree(out), "only the JSON, no temporary file");
    }

    @Test
    void alloyGivenADirectoryAsAModel(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        refused(dir, List.of(m.toString(), "is a directory", "--models"), "alloy", m.toString());
    }

    // ---- review: its Alloy part and --spec select something, checked before anything runs ----

    @Test
    void reviewSpecMissing(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("nosuch.md");
        refused(dir, List.of("--spec " + spec, "no such file"), "review", "--spec", spec.toString(), "--out", dir.resolve("rev").toString());
    }

    @Test
    void reviewSpecWithoutRequirements(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("req.md"), "# requirements\n\nnone here\n");
        refused(dir, List.of("--spec " + spec, "no requirement rows", "FLAGS"), "review", "--spec", spec.toString(), "--out", dir.resolve("rev").toString());
    }

    @Test
    void reviewEmptyModelsDirectory(@TempDir Path dir) throws IOException {
        Path m = Files.createDirectory(dir.resolve("models"));
        refused(dir, List.of("--models " + m, "no .als files"), "review", "--models", m.toString(), "--out", dir.resolve("rev").toString());
    }

    @Test
    void reviewModelsWithoutCommands(@TempDir Path dir) throws IOException {
        Path m = Files.createDirectory(dir.resolve("models"));
        Files.writeString(m.resolve("lib.als"), LIB);
        refused(dir, List.of(m.resolve("lib.als").toString(), "no commands"), "review", "--models", m.toString(), "--out", dir.resolve("rev").toString());
    }

    @Test
    void reviewBrokenModelIsFileLineColumn(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        Files.writeString(m.resolve("broken.als"), BROKEN);
        refused(dir, List.of(m.resolve("broken.als") + ":3:", "syntax error"), "review", "--models", m.toString(), "--out", dir.resolve("rev").toString());
    }

    @Test
    void reviewModelsWithoutTheRetryModelTheKillMatrixMutates(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        refused(dir, List.of("--models " + m, "no retry.als"), "review", "--models", m.toString(), "--out", dir.resolve("rev").toString());
    }

    // ---- bench: options checked before anything runs ----

    @Test
    void benchUnknownArch(@TempDir Path dir) throws IOException {
        long t0 = System.nanoTime();
        CliTest.Result r = refused(dir, List.of("--no-por-arch foo", "unknown arch", "valid: ", "x86", "fixup_user_fault"), "bench", "--no-por-arch", "foo");
        assertEquals("", r.out(), "nothing measured: " + r.all());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "refused at once, not after the matrix");
    }

    @Test
    void benchBudgetZero(@TempDir Path dir) throws IOException {
        CliTest.Result r = refused(dir, List.of("--no-por-budget", "got 0"), "bench", "--no-por-budget", "0");
        assertEquals("", r.out(), r.all());
    }

    @Test
    void benchBudgetNegative(@TempDir Path dir) throws IOException {
        CliTest.Result r = refused(dir, List.of("--no-por-budget", "got -5"), "bench", "--no-por-budget", "-5");
        assertEquals("", r.out(), r.all());
    }

    @Test
    void benchArchIdsInAnyCase() {
        assertEquals("x86", BenchCommand.arch("X86").name());
        assertEquals("fixup_user_fault", BenchCommand.arch("FIXUP_USER_FAULT").name());
    }

    // ---- progress: on stderr, stdout clean, --quiet silences it ----

    @Test
    void progressGoesToStderrAndQuietSilencesIt(@TempDir Path dir) throws IOException {
        Path m = tinyModels(dir);
        CliTest.Result a = cli("alloy", "--no-traces", "--models", m.toString());
        assertEquals(Main.OK, a.exit(), a.all());
        assertTrue(a.err().contains("alloy [3/3] 100%"), a.all());
        assertFalse(a.out().contains("alloy ["), "stdout is the table only: " + a.all());
        CliTest.Result q = cli("alloy", "--quiet", "--no-traces", "--models", m.toString());
        assertEquals(Main.OK, q.exit(), q.all());
        assertEquals("", q.err(), q.all());

        CliTest.Result c = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io,swap-io");
        assertTrue(c.err().contains("checks [2/2] 100%"), c.all());
        assertFalse(c.out().contains("checks ["), c.all());
        CliTest.Result cq = cli("check", "--quiet", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io");
        assertFalse(cq.err().contains("checks ["), cq.all());

        CliTest.Result mu = cli("mutants", "--engine", "none", "--mutant", "M01");
        assertTrue(java.util.regex.Pattern.compile("checks \\[(\\d+)/\\1\\] 100% ").matcher(mu.err()).find(), mu.all());
        assertFalse(mu.out().contains("checks ["), mu.all());
        CliTest.Result mq = cli("mutants", "--quiet", "--engine", "none", "--mutant", "M01");
        assertFalse(mq.err().contains("checks ["), mq.all());
    }
}
