package retrycheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.check.CheckContext;
import retrycheck.runtime.Event;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 11, part A: bad input, odd output paths and interruptions. Every case ends with a clear message that
 * names the value, the documented exit code (README, "Exit codes") and no leftover file (the directories used are
 * scanned for temporaries). The CLI runs in-process; a real SIGINT/SIGTERM goes to a child JVM (few, bounded).
 */
class BadInputPartATest {
    /** The number of checks of the whole matrix (`check` with no selection). */
    /** The checks of a plain `check`: every handler, both versions, the default set of the scenario space. */
    private static final int WHOLE = retrycheck.check.CheckSpec.matrix(retrycheck.kernel.Handlers.all(),
            retrycheck.kernel.Variant.PATCH,
            retrycheck.check.space.Space.scenarios(retrycheck.check.space.Space.Selection.DEFAULT),
            retrycheck.check.Invariants.ALL).size();

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final String[] ONE = {"check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--quiet"};
    private static final String[] ONE_FAIL = {"check", "--arch", "x86", "--variant", "v5.6", "--scenario", "filemap-io", "--quiet"};

    @AfterAll
    static void count() { System.out.println("BadInputPartATest: " + CASES.get() + " bad-input cases tried"); }

    static CliTest.Result cli(String... args) {
        CASES.incrementAndGet();
        return CliTest.cli(args);
    }

    static String[] cat(String[] a, String... b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** A usage error: exit 2, one "retrycheck: " line naming every {@code mustContain}, nothing checked. */
    static CliTest.Result usage(String[] args, String... mustContain) {
        CliTest.Result r = cli(args);
        String what = String.join(" ", args) + "\n" + r.all();
        assertEquals(Main.USAGE, r.exit(), what);
        assertTrue(r.err().startsWith("retrycheck: "), what);
        for (String s : mustContain) assertTrue(r.err().contains(s), "'" + s + "' in: " + what);
        assertFalse(r.out().contains("verdicts:"), "nothing was checked: " + what);
        assertFalse(r.all().contains("\tat "), "no stack trace: " + what);
        return r;
    }

    /** The names under {@code dir} (recursively, relative), to compare before/after. */
    static Set<String> tree(Path dir) {
        if (!Files.exists(dir)) return Set.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** No temporary of retrycheck anywhere under {@code dir} (the report marker is not one). */
    static void noTemporaries(Path dir) {
        for (String n : tree(dir)) {
            String name = Path.of(n).getFileName().toString();
            assertFalse(name.contains(".retrycheck-") && !name.equals(Outputs.MARKER) || name.startsWith(".review-"),
                    "leftover temporary " + n + " in " + dir + ": " + tree(dir));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. data loss: report directories replace only a previous report of their own

    @Test
    void reviewAndMutantsRefuseADirectoryTheyDidNotWrite(@TempDir Path dir) throws IOException {
        Path user = Files.createDirectories(dir.resolve("userdir"));
        Files.writeString(user.resolve("notes.txt"), "mine");
        Set<String> before = tree(dir);
        usage(new String[]{"review", "--out", user.toString()}, user.toString(), "not a previous review report", "refusing");
        usage(new String[]{"mutants", "--mutant", "M08", "--engine", "none", "--out", user.toString()}, user.toString(),
                "not a previous mutants report");
        // a file, not a directory
        usage(new String[]{"review", "--out", user.resolve("notes.txt").toString()}, "notes.txt", "not a directory");
        // a review report is not a mutants report
        Path rev = Files.createDirectories(dir.resolve("rev"));
        Files.writeString(rev.resolve(Outputs.MARKER), "retrycheck review report\nreview.md\n");
        Files.writeString(rev.resolve("review.md"), "old");
        usage(new String[]{"mutants", "--mutant", "M08", "--engine", "none", "--out", rev.toString()}, rev.toString(),
                "retrycheck review report", "not a mutants report");
        assertEquals("mine", Files.readString(user.resolve("notes.txt")));
        assertEquals("old", Files.readString(rev.resolve("review.md")));
        Set<String> after = tree(dir);
        after.removeAll(Set.of("rev", "rev/" + Outputs.MARKER, "rev/review.md"));
        assertEquals(before, after, "nothing created or deleted");
        noTemporaries(dir);
    }

    @Test
    void reviewOutDotIsRefused() {
        Path cwd = Path.of("").toAbsolutePath();
        Set<String> before = names(cwd);
        usage(new String[]{"review", "--out", "."}, "--out .", "current directory");
        usage(new String[]{"mutants", "--mutant", "M08", "--engine", "none", "--out", "."}, "--out .", "current directory");
        usage(new String[]{"review", "--out", ".."}, "--out ..", "contains it");
        assertEquals(before, names(cwd), "the working directory is untouched");
        for (String n : names(cwd.getParent()))
            assertFalse(n.startsWith("." + cwd.getFileName() + ".retrycheck-"), "no temporary sibling: " + n);
    }

    private static Set<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPreviousReportIsReplacedAndOnlyIt(@TempDir Path dir) throws IOException {
        Path km = dir.resolve("km");
        String[] run = {"mutants", "--mutant", "M08", "--engine", "none", "--quiet", "--out", km.toString()};
        CliTest.Result first = cli(run);
        assertEquals(Main.OK, first.exit(), first.all());
        Set<String> report = tree(km);
        assertTrue(report.contains(Outputs.MARKER) && report.contains("kill-matrix.md"), report.toString());
        Files.writeString(dir.resolve("beside.txt"), "mine");
        CliTest.Result second = cli(run);                      // replaces its own report
        assertEquals(Main.OK, second.exit(), second.all());
        assertEquals(report, tree(km));
        assertEquals(Set.of("beside.txt", "km"), names(dir), "nothing beside the report touched, no temporary left");
        Files.writeString(km.resolve("traces/mine.json"), "{}");   // a user file inside it: refused, not deleted
        usage(run, km.toString(), "mine.json", "did not write", "nothing is deleted");
        assertEquals("{}", Files.readString(km.resolve("traces/mine.json")));
        assertEquals("mine", Files.readString(dir.resolve("beside.txt")));
        // an empty directory is fine
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTest.Result third = cli("mutants", "--mutant", "M08", "--engine", "none", "--quiet", "--out", empty.toString());
        assertEquals(Main.OK, third.exit(), third.all());
        assertTrue(Files.isRegularFile(empty.resolve(Outputs.MARKER)));
        noTemporaries(dir);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. check --json: special files and symlinks written through, regular files replaced atomically

    @Test
    void jsonToDevFullIsAClearErrorWithNoTemporary() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        CliTest.Result r = cli(cat(ONE, "--json", "/dev/full"));
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("--json /dev/full: cannot write"), r.err());
        assertTrue(r.err().contains("No space left on device"), r.err());
        assertFalse(r.all().contains("\tat "), r.all());
        for (String n : names(Path.of("/dev"))) assertFalse(n.contains(".retrycheck-"), "no temporary in /dev: " + n);
        assertFalse(Files.isRegularFile(Path.of("/dev/full")), "/dev/full is still a device");
    }

    @Test
    void jsonThroughASymlinkReplacesItsTarget(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("real.json"), link = dir.resolve("link.json");
        Files.writeString(target, "old");
        Files.createSymbolicLink(link, Path.of("real.json"));
        CliTest.Result r = cli(cat(ONE, "--json", link.toString()));
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(new ObjectMapper().readTree(target.toFile()).get("complete").asBoolean());
        // a dangling link: its target is created
        Path dangling = dir.resolve("dangling.json");
        Files.createSymbolicLink(dangling, Path.of("new.json"));
        CliTest.Result d = cli(cat(ONE, "--json", dangling.toString()));
        assertEquals(Main.OK, d.exit(), d.all());
        assertTrue(Files.isSymbolicLink(dangling) && Files.isRegularFile(dir.resolve("new.json")));
        assertEquals(Set.of("dangling.json", "link.json", "new.json", "real.json"), names(dir));
    }

    @Test
    void jsonIntoAFifoIsWrittenThrough(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "no mkfifo here");
        String[] read = new String[1];
        Thread reader = new Thread(() -> {
            try { read[0] = Files.readString(fifo); } catch (IOException e) { read[0] = "ERROR " + e; }
        });
        reader.start();
        CliTest.Result r = cli(cat(ONE, "--json", fifo.toString()));
        reader.join(30_000);
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(read[0] != null && read[0].contains("\"complete\" : true"), String.valueOf(read[0]));
        assertFalse(Files.isRegularFile(fifo), "the FIFO stays a FIFO");
        assertEquals(Set.of("fifo"), names(dir));
    }

    @Test
    void aRegularJsonFileIsReplacedAtomicallyKeepingItsMode(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        CliTest.Result r = cli(cat(ONE, "--json", f.toString()));
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(Files.readString(f).contains("\"checks\""));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(Set.of("out.json"), names(dir));
        usage(cat(ONE, "--json", dir.toString()), dir.toString(), "is a directory");
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. nothing half-written

    @Test
    void aLateUsageErrorLeavesNoTemporaryJson(@TempDir Path dir) throws IOException {
        Path afile = Files.writeString(dir.resolve("afile"), "x");
        usage(cat(ONE, "--json", dir.resolve("out.json").toString(), "--traces", afile.toString()), "--traces", "afile", "not a directory");
        usage(cat(ONE, "--json", dir.resolve("out.json").toString(), "--traces", dir.resolve("no/such").toString()), "--traces", "does not exist");
        usage(cat(ONE, "--json", dir.resolve("out.json").toString(), "--workers", "0"), "--workers");
        usage(cat(ONE, "--json", dir.resolve("out.json").toString(), "--engine", "foo"), "'foo'", "embedded, jpf");
        assertEquals(Set.of("afile"), names(dir), "no JSON, no temporary, no trace directory");
    }

    @Test
    void outOfMemoryWhileWritingLeavesNoFile(@TempDir Path dir) {
        Outputs.FileTarget t = Outputs.fileTarget("--json", dir.resolve("big.json"));
        CASES.incrementAndGet();
        try {
            t.write(() -> { throw new OutOfMemoryError("Java heap space"); });
            fail("no error");
        } catch (UsageException e) {
            assertTrue(e.getMessage().contains("--json " + dir.resolve("big.json")), e.getMessage());
            assertTrue(e.getMessage().contains("out of memory") && e.getMessage().contains("nothing written"), e.getMessage());
        }
        Outputs.TraceDir d = Outputs.traceDir("--traces", dir.resolve("traces"));
        CASES.incrementAndGet();
        try {
            d.write(new java.util.AbstractMap<>() {
                @Override public Set<Entry<String, String>> entrySet() { throw new OutOfMemoryError("Java heap space"); }
            });
            fail("no error");
        } catch (UsageException e) {
            assertTrue(e.getMessage().contains("out of memory"), e.getMessage());
        }
        assertEquals(Set.of(), names(dir), "no file, no temporary");
    }

    @Test
    void tracesAppearCompleteAndEachAtomically(@TempDir Path dir) throws IOException {
        Path traces = dir.resolve("traces");
        CliTest.Result r = cli(cat(ONE_FAIL, "--invariant", "FLAGS", "--traces", traces.toString()));
        assertEquals(Main.FAILED, r.exit(), r.all());
        assertEquals(Set.of("x86-v5.6-filemap-io-FLAGS.json"), names(traces));
        Files.writeString(traces.resolve("mine.txt"), "mine");                 // an existing directory: files added atomically
        CliTest.Result again = cli(cat(ONE_FAIL, "--invariant", "FLAGS", "--arch", "arm", "--traces", traces.toString()));
        assertEquals(Main.FAILED, again.exit(), again.all());
        assertEquals(Set.of("arm-v5.6-filemap-io-FLAGS.json", "mine.txt", "x86-v5.6-filemap-io-FLAGS.json"), names(traces));
        assertEquals(Set.of("traces"), names(dir));
        noTemporaries(dir);
    }

    @Test
    void mutantsCreatesNothingBeforeItsArgumentsAreChecked(@TempDir Path dir) {
        Path out = dir.resolve("km");
        usage(new String[]{"mutants", "--workers", "0", "--out", out.toString()}, "--workers must be at least 1, got 0");
        usage(new String[]{"mutants", "--engine", "foo", "--out", out.toString()}, "'foo'", "alloy, jpf, none");
        usage(new String[]{"mutants", "--engine", "alloy,", "--out", out.toString()}, "'alloy,'", "empty name");
        usage(new String[]{"mutants", "--mutant", "M99", "--out", out.toString()}, "'M99'", "M01");
        usage(new String[]{"mutants", "--mutant", "M08,m08", "--out", out.toString()}, "M08", "twice");
        usage(new String[]{"review", "--workers", "0", "--out", out.toString()}, "--workers");
        usage(new String[]{"review", "--out", dir.resolve("no/such").toString()}, "does not exist");
        assertEquals(Set.of(), names(dir), "no DIR, no DIR/traces, no temporary");
    }

    /** A property whose monitor blocks on arm checks until released: lets a test interrupt a run half-way. */
    public static final class BlockOnArm implements Property {
        static volatile CountDownLatch entered = new CountDownLatch(1), release = new CountDownLatch(1);

        @Override public String id() { return "BLOCK_ON_ARM"; }

        @Override public String description() { return "test: blocks arm checks"; }

        @Override public Monitor newMonitor(CheckContext ctx) {
            return new Monitor(id()) {
                @Override protected void check(Event e) {
                    if (!ctx.handler().equals("arm")) return;
                    entered.countDown();
                    try { release.await(60, TimeUnit.SECONDS); } catch (InterruptedException x) { Thread.currentThread().interrupt(); }
                }
            };
        }
    }

    /** What the shutdown hook does on Ctrl-C, in-process: the finished checks kept, marked incomplete; then 130. */
    @Test
    void anInterruptedCheckKeepsWhatFinished(@TempDir Path dir) throws Exception {
        BlockOnArm.entered = new CountDownLatch(1);
        BlockOnArm.release = new CountDownLatch(1);
        Path json = dir.resolve("partial.json"), traces = dir.resolve("traces");
        CliTest.Result[] result = new CliTest.Result[1];
        Thread run = new Thread(() -> result[0] = cli("check", "--arch", "x86,arm", "--variant", "v5.6", "--scenario", "filemap-io",
                "--invariant", "FLAGS", "--property", BlockOnArm.class.getName(), "--workers", "1", "--quiet",
                "--json", json.toString(), "--traces", traces.toString()));
        run.start();
        assertTrue(BlockOnArm.entered.await(60, TimeUnit.SECONDS), "the arm check started");
        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream note = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(note, true, StandardCharsets.UTF_8));
            Outputs.shutdown();                       // what SIGINT runs
        } finally {
            System.setErr(oldErr);
            BlockOnArm.release.countDown();
        }
        run.join(60_000);
        assertEquals(Main.INTERRUPTED, result[0].exit(), result[0].all());
        String msg = note.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("interrupted (SIGINT or SIGTERM) after 1 of 2 checks"), msg);
        assertTrue(msg.contains("marked \"complete\": false"), msg);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertFalse(root.get("complete").asBoolean());
        assertTrue(root.get("interrupted").asText().contains("1 of 2"), root.toString());
        assertEquals(1, root.get("checks").size());
        assertEquals("x86", root.get("checks").get(0).get("arch").asText());
        assertEquals(Set.of("x86-v5.6-filemap-io-FLAGS.json"), names(traces), "the finished check's trace kept");
        assertEquals(Set.of("partial.json", "traces"), names(dir));
        noTemporaries(dir);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3 (real signals): a child JVM, SIGINT and SIGTERM

    private static Process child(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "retrycheck.cli.Main"));
        cmd.addAll(List.of(args));
        CASES.incrementAndGet();
        return new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(dir.resolve("child.out").toFile()).start();
    }

    /** Waits for a stderr line containing {@code marker}; returns all stderr when the child ends. */
    private static final class Stderr extends Thread {
        final StringBuffer text = new StringBuffer();
        final CountDownLatch seen = new CountDownLatch(1);
        final String marker;

        final Process p;

        Stderr(Process p, String marker) {
            this.marker = marker;
            this.p = p;
            setDaemon(true);
            start();
        }

        @Override public void run() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    text.append(l).append('\n');
                    if (l.contains(marker)) seen.countDown();
                }
            } catch (IOException e) {
                text.append(e);
            }
        }
    }

    private static int endOf(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the child did not end within 60 s");
        }
        return p.exitValue();
    }

    private static void signal(Process p, String sig) throws Exception {
        Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).start();
        assertTrue(k.waitFor(10, TimeUnit.SECONDS) && k.exitValue() == 0, "kill -" + sig);
    }

    @Test
    void ctrlCOnALongCheckKeepsWhatFinished(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("int.json"), traces = dir.resolve("traces");
        Process p = child(dir, "check", "--workers", "1", "--json", json.toString(), "--traces", traces.toString());
        Stderr err = new Stderr(p, "/" + WHOLE + "]");
        try {
            assertTrue(err.seen.await(60, TimeUnit.SECONDS), "progress: " + err.text);
            Thread.sleep(1000);
            signal(p, "INT");
            assertEquals(130, endOf(p), err.text.toString());
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        err.join(10_000);
        String msg = err.text.toString();
        assertTrue(msg.matches("(?s).*retrycheck: interrupted \\(SIGINT or SIGTERM\\) after \\d+ of " + WHOLE + " checks.*"), msg);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertFalse(root.get("complete").asBoolean(), root.toString().substring(0, 200));
        int kept = root.get("checks").size();
        assertTrue(kept >= 1 && kept < WHOLE, "kept " + kept);
        assertTrue(msg.contains("after " + kept + " of " + WHOLE), msg);
        if (Files.exists(traces)) assertTrue(Files.isDirectory(traces));
        noTemporaries(dir);
        assertTrue(Set.of(Set.of("child.out", "int.json"), Set.of("child.out", "int.json", "traces")).contains(names(dir)), names(dir).toString());
    }

    @Test
    void sigtermWithoutJsonWritesNothing(@TempDir Path dir) throws Exception {
        Process p = child(dir, "check", "--workers", "1", "--traces", dir.resolve("traces").toString());
        Stderr err = new Stderr(p, "/" + WHOLE + "]");
        try {
            assertTrue(err.seen.await(60, TimeUnit.SECONDS), "progress: " + err.text);
            signal(p, "TERM");
            assertEquals(143, endOf(p), err.text.toString());
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        err.join(10_000);
        assertTrue(err.text.toString().contains("nothing written (--json FILE keeps"), err.text.toString());
        noTemporaries(dir);
        assertTrue(Set.of(Set.of("child.out"), Set.of("child.out", "traces")).contains(names(dir)), names(dir).toString());
    }

    @Test
    void anInterruptedReviewLeavesNoDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rev");
        Process p = child(dir, "review", "--workers", "1", "--out", out.toString());
        Stderr err = new Stderr(p, "review 1/3: ");
        try {
            assertTrue(err.seen.await(120, TimeUnit.SECONDS), "review did not start its first phase: " + err.text); // past validation (parsing the Alloy models)
            Thread.sleep(500);
            signal(p, "INT");
            assertEquals(130, endOf(p), err.text.toString());
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        err.join(10_000);
        assertTrue(err.text.toString().contains("review interrupted; " + out + " left as it was (no partial report"), err.text.toString());
        assertEquals(Set.of("child.out"), names(dir), "no DIR, no hidden temporary directory");
    }

    @Test
    void jsonToDevStdoutIsWrittenThrough(@TempDir Path dir) throws Exception {
        Process p = child(dir, cat(ONE, "--json", "/dev/stdout"));
        Stderr err = new Stderr(p, "\u0000");
        assertEquals(Main.OK, endOf(p), err.text.toString());
        String out = Files.readString(dir.resolve("child.out"));
        assertTrue(out.contains("verdicts: 7 PASS") && out.contains("\"complete\" : true"), out);
        assertEquals(Set.of("child.out"), names(dir));
    }

    // ---------------------------------------------------------------------------------------------------------
    // 4. no success on nothing

    @Test
    void emptyElementsAndDuplicatesAreRefused() {
        usage(new String[]{"check", "--arch", ","}, "--arch ','", "empty name", "x86", "fixup_user_fault");
        usage(new String[]{"check", "--arch", "x86,"}, "--arch 'x86,'", "empty name", "alpha");
        usage(new String[]{"check", "--arch", ""}, "--arch ''", "empty name");
        usage(new String[]{"check", "--scenario", ","}, "--scenario ','", "filemap-io", "uffd-writer");
        usage(new String[]{"check", "--scenario", "filemap-io,,swap-io"}, "'filemap-io,,swap-io'", "empty name");
        usage(new String[]{"check", "--invariant", ","}, "--invariant ','", "FLAGS, DROP, SIGNAL, LOCK, DEADLOCK, TERMINATION, SLEEP");
        usage(new String[]{"check", "--invariant", "FLAGS,"}, "--invariant 'FLAGS,'");
        usage(new String[]{"check", "--arch", "x86,X86"}, "'x86' is given twice");
        usage(new String[]{"check", "--arch", "x86", "--arch", "x86"}, "'x86' is given twice");
        usage(new String[]{"check", "--scenario", "filemap-io", "--scenario", "FILEMAP-IO"}, "'filemap-io' is given twice");
        usage(new String[]{"check", "--invariant", "FLAGS,flags"}, "'FLAGS' is given twice");
        usage(new String[]{"check", "--property", ","}, "--property ','", "empty name");
        usage(new String[]{"check", "--handler", "example.ProposedX86", "--handler", "example.ProposedX86"}, "given twice");
    }

    // ---------------------------------------------------------------------------------------------------------
    // 5. clear errors

    @Test
    void helpWorksEverywhere() {
        for (String cmd : List.of("check", "list", "trace", "replay", "bench", "mutants", "alloy", "review")) {
            for (String h : List.of("--help", "-h")) {
                CliTest.Result r = cli(cmd, h);
                assertEquals(Main.OK, r.exit(), cmd + " " + h + ": " + r.all());
                assertTrue(r.out().contains("Usage: retrycheck " + cmd), cmd + ": " + r.out());
                assertFalse(r.all().contains("Missing required"), cmd + ": " + r.all());
                assertTrue(r.err().isEmpty(), cmd + ": " + r.err());
            }
        }
        CliTest.Result top = cli("--help");
        assertEquals(Main.OK, top.exit());
        assertTrue(top.out().contains("Usage: retrycheck") && top.out().contains("check"), top.out());
        CliTest.Result help = cli("help", "check");
        assertEquals(Main.OK, help.exit());
        assertTrue(help.out().contains("Usage: retrycheck check"), help.out());
        CliTest.Result none = cli();
        assertEquals(Main.OK, none.exit());
        assertTrue(none.out().contains("Usage: retrycheck"));
    }

    @Test
    void unknownCommandAndOptionNameThemOnce() {
        CliTest.Result r = usage(new String[]{"nosuch"}, "'nosuch'", "check, list, trace, replay", "Try 'retrycheck --help'");
        usage(new String[]{"chek"}, "'chek'", "Did you mean", "check");
        assertFalse(r.err().contains("retrycheck retrycheck"), r.err());
        CliTest.Result o = usage(new String[]{"check", "--nosuch"}, "--nosuch", "Try 'retrycheck check --help'");
        assertFalse(o.err().contains("retrycheck retrycheck"), o.err());
        usage(new String[]{"list"}, "WHAT");
        usage(new String[]{"list", "nosuch"}, "'nosuch'", "arches, scenarios, dimensions, invariants");
    }

    /** Handler and property classes that go wrong in each way a user's class can. */
    public static final class ThrowingConstructor implements FaultHandler {
        public ThrowingConstructor() { throw new IllegalStateException("boom in constructor"); }
        @Override public String name() { return "t"; }
        @Override public String file() { return "t.c"; }
        @Override public FaultOutcome handle(Kernel k) { return null; }
    }

    public static final class ThrowingStaticInit implements FaultHandler {
        static final int X = Integer.parseInt("not a number");
        @Override public String name() { return "t" + X; }
        @Override public String file() { return "t.c"; }
        @Override public FaultOutcome handle(Kernel k) { return null; }
    }

    public static final class NoDefaultConstructor implements FaultHandler {
        public NoDefaultConstructor(int x) { }
        @Override public String name() { return "t"; }
        @Override public String file() { return "t.c"; }
        @Override public FaultOutcome handle(Kernel k) { return null; }
    }

    public abstract static class BaseProperty implements Property {
        @Override public String id() { return "MINE"; }
        @Override public String description() { return "test"; }
    }

    public static final class MonitorThrows extends BaseProperty {
        @Override public Monitor newMonitor(CheckContext ctx) { throw new UnsupportedOperationException("no monitor for " + ctx.handler()); }
    }

    public static final class MonitorNull extends BaseProperty {
        @Override public Monitor newMonitor(CheckContext ctx) { return null; }
    }

    public static final class IdFlags extends BaseProperty {
        @Override public String id() { return "flags"; }
        @Override public Monitor newMonitor(CheckContext ctx) { return new Monitor(id()) { @Override protected void check(Event e) { } }; }
    }

    public static final class IdBlank extends BaseProperty {
        @Override public String id() { return " "; }
        @Override public Monitor newMonitor(CheckContext ctx) { return null; }
    }

    @Test
    void userClassesThatGoWrongAreNamed() {
        String p = BadInputPartATest.class.getName() + "$";
        usage(cat(ONE, "--handler", p + "ThrowingConstructor"), "ThrowingConstructor", "constructor threw java.lang.IllegalStateException: boom in constructor");
        usage(cat(ONE, "--handler", p + "ThrowingStaticInit"), "ThrowingStaticInit", "static initializer threw java.lang.NumberFormatException");
        usage(cat(ONE, "--handler", p + "NoDefaultConstructor"), "NoDefaultConstructor", "needs a public no-argument constructor");
        usage(cat(ONE, "--handler", p + "BaseProperty"), "BaseProperty", "does not implement retrycheck.kernel.FaultHandler");
        usage(cat(ONE, "--property", p + "BaseProperty"), "BaseProperty", "abstract");
        usage(cat(ONE, "--handler", "no.such.Clazz"), "no.such.Clazz", "no such class");
        usage(cat(ONE, "--property", p + "MonitorThrows"), "MonitorThrows", "newMonitor(x86 v5.7 filemap-io) threw java.lang.UnsupportedOperationException: no monitor for x86");
        usage(cat(ONE, "--property", p + "MonitorNull"), "MonitorNull", "newMonitor(x86 v5.7 filemap-io) returned null");
        usage(cat(ONE, "--property", p + "IdBlank"), "IdBlank", "blank id");
    }

    @Test
    void traceOutputsAndOversizedTracesAreClearErrors(@TempDir Path dir) throws IOException {
        Path traces = dir.resolve("traces");
        assertEquals(Main.FAILED, cli(cat(ONE_FAIL, "--invariant", "FLAGS", "--traces", traces.toString())).exit());
        Path t = traces.resolve("x86-v5.6-filemap-io-FLAGS.json");
        usage(new String[]{"trace", t.toString(), "--out", dir.toString()}, "--out " + dir, "is a directory");
        usage(new String[]{"trace", t.toString(), "--out", dir.resolve("no/such/x.txt").toString()}, "x.txt", "does not exist");
        usage(new String[]{"trace", t.toString(), "--format", "pdf"}, "'pdf'", "text, json, html");
        usage(new String[]{"trace", dir.toString()}, dir.toString(), "is a directory");
        usage(new String[]{"trace", dir.resolve("missing.json").toString()}, "missing.json", "no such file");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength((2L << 30) + 1);                          // sparse: nothing is written, nothing must be read
        }
        usage(new String[]{"trace", huge.toString()}, "huge.json", "over the 2 GiB limit");
        usage(new String[]{"replay", huge.toString()}, "huge.json", "over the 2 GiB limit");
        usage(new String[]{"mutants", "--replay", huge.toString()}, "huge.json", "over the 2 GiB limit");
        Files.delete(huge);
        // a good --out: written atomically, case-insensitive format
        CliTest.Result ok = cli("trace", t.toString(), "--format", "HTML", "--out", dir.resolve("t.html").toString());
        assertEquals(Main.OK, ok.exit(), ok.all());
        assertTrue(Files.readString(dir.resolve("t.html")).contains("<html"));
        assertEquals(Set.of("t.html", "traces"), names(dir));
        noTemporaries(dir);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 6. user properties: never a built-in id; added to the seven invariants

    @Test
    void aPropertyWithABuiltInIdIsRefused() {
        usage(cat(ONE, "--property", BadInputPartATest.class.getName() + "$IdFlags"), "IdFlags", "'flags' is the built-in invariant FLAGS");
    }

    @Test
    void propertyWithoutInvariantAddsToTheSeven() {
        CliTest.Result r = cli(cat(ONE, "--property", "example.FaultNeverWriteLocks"));
        assertEquals(Main.OK, r.exit(), r.all());
        String header = r.out().lines().findFirst().orElseThrow();
        for (String id : List.of("FLAGS", "DROP", "SIGNAL", "LOCK", "DEADLOCK", "TERMINATION", "SLEEP", "NO_WRITE_IN_FAULT"))
            assertTrue(header.contains(id), id + " in " + header);
        assertTrue(r.out().contains("verdicts: 8 PASS"), r.out());
        CliTest.Result only = cli(cat(ONE, "--invariant", "FLAGS", "--property", "example.FaultNeverWriteLocks"));
        assertTrue(only.out().contains("verdicts: 2 PASS"), only.out());
    }

    // ---------------------------------------------------------------------------------------------------------
    // 7. ids are case-insensitive everywhere

    @Test
    void idsAreCaseInsensitive() {
        CliTest.Result r = cli("check", "--arch", "X86", "--variant", "V5.7", "--scenario", "FILEMAP-IO", "--invariant", "flags",
                "--engine", "EMBEDDED", "--quiet");
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().contains("verdicts: 1 PASS"), r.out());
        assertTrue(r.out().contains("x86 ") && r.out().contains("filemap-io"), "canonical names in the table: " + r.out());
        CliTest.Result all = cli("check", "--arch", "x86", "--variant", "PATCH", "--scenario", "filemap-io", "--invariant", "Sleep", "--quiet");
        assertTrue(all.out().contains("verdicts: 2 PASS"), all.out());
        assertEquals(Main.OK, cli("list", "ARCHES").exit());
        assertEquals(Main.OK, cli("mutants", "--list", "--mutant", "m08").exit());
        usage(new String[]{"check", "--variant", "v5.8"}, "'v5.8'", "v5.6, v5.7, v5.9, v5.12, v6.0, v6.3, v6.4, v6.5, v6.8, patch, all");
    }

    // ---------------------------------------------------------------------------------------------------------
    // 8. README documents every exit code

    @Test
    void readmeDocumentsEveryExitCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("### Exit codes");
        assertTrue(at >= 0, "README has an Exit codes section");
        String section = readme.substring(at, readme.indexOf("\n## ", at) < 0 ? readme.length() : readme.indexOf("\n## ", at));
        for (int code : new int[]{Main.OK, Main.FAILED, Main.USAGE, Main.INCOMPLETE, Main.INTERRUPTED, 143})
            assertTrue(section.contains("| " + code + " |") || section.contains(" " + code + " for SIGTERM"), code + " in " + section);
        assertTrue(section.contains("ERROR"), "ERROR's code is documented");
        // what the code does: ERROR counts as a failure (1), a FAIL outranks INCOMPLETE
        assertTrue(section.contains("some verdict FAIL or ERROR"));
        CASES.incrementAndGet();
    }
}
