package retrycheck.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TraceTest {
    static final Path FLAGS = Path.of("src/test/resources/traces/x86-v5.6-filemap-io-FLAGS.json");
    static final Path DEADLOCK = Path.of("src/test/resources/traces/gup-v5.6-filemap-stall-kernel-DEADLOCK.json");

    // --- saved traces as regression tests: one line each
    @Test void flagsTraceReplays() { TraceAssert.assertReplays(FLAGS); }

    @Test void deadlockTraceReplays() { TraceAssert.assertReplays(DEADLOCK); }

    @Test void jsonRoundTrips() {
        for (Path p : List.of(FLAGS, DEADLOCK)) {
            Trace t = TraceJson.read(p);
            String json = TraceJson.write(t);
            Trace back = TraceJson.parse(json, "round-trip");
            assertEquals(t, back);
            assertEquals(json, TraceJson.write(back));
            assertEquals(assertDoesNotThrow(() -> Files.readString(p)), json, "the saved file is exactly what write() gives");
        }
    }

    /** A retrycheck-trace/1 file (no release in the steps) still loads, renders and replays. */
    static final Path FLAGS_FORMAT_1 = Path.of("src/test/resources/trace-format-1/x86-v5.6-filemap-io-FLAGS.json");

    @Test void formatOneFilesStillLoadAsTheCurrentFormatWithoutRelease() {
        assertTrue(assertDoesNotThrow(() -> Files.readString(FLAGS_FORMAT_1)).contains("\"format\" : \"retrycheck-trace/1\""));
        Trace old = TraceJson.read(FLAGS_FORMAT_1), now = TraceJson.read(FLAGS);
        assertEquals(Trace.FORMAT, old.format());
        assertTrue(old.steps().stream().allMatch(s -> s.release().isEmpty()));
        assertEquals(now.steps().size(), old.steps().size());
        for (int i = 0; i < now.steps().size(); i++) {
            TraceStep a = old.steps().get(i), b = now.steps().get(i);
            assertEquals(new TraceStep(b.n(), b.thread(), b.kind(), b.op(), b.object(), b.file(), b.function(), b.line(), b.result(),
                    b.flagsBefore(), b.flagsAfter(), b.mmapSem(), b.pageLock(), b.signals(), b.fault(), b.marked()), a);
        }
        assertTrue(TextTrace.render(old, true).contains("   mm/memory.c:4355 handle_mm_fault()"), "no release shown when unknown");
        TraceAssert.assertReplays(FLAGS_FORMAT_1);
        // a /1 file with a release field is not /1
        String bad = assertDoesNotThrow(() -> Files.readString(FLAGS_FORMAT_1)).replace("\"file\" : \"mm/memory.c\"",
                "\"release\" : \"5.7.14\", \"file\" : \"mm/memory.c\"");
        var e = assertThrows(IllegalArgumentException.class, () -> TraceJson.parse(bad, "bad.json"));
        assertTrue(e.getMessage().contains("unknown field 'release'"), e.getMessage());
    }

    @Test void stepsShowTheReleaseOfTheTreeTheirLineIsIn() {
        Trace t = TraceJson.read(FLAGS);
        TraceStep begin = t.steps().get(t.violationStep() - 1);
        assertEquals("5.7.14", begin.release(), "the v5.6 trace's core step cites the v5.7.14 tree");
        String text = TextTrace.render(t, true);
        assertTrue(text.contains("v5.7.14 mm/memory.c:4355 handle_mm_fault()"), text);
        String html = HtmlTrace.render(t);
        assertTrue(html.contains("href=\"https://elixir.bootlin.com/linux/v5.7.14/source/mm/memory.c#L4355\">v5.7.14 mm/memory.c:4355</a>"), html);
    }

    @Test void flagsTraceSaysWhatHappened() {
        Trace t = TraceJson.read(FLAGS);
        assertEquals("FLAGS", t.invariant());
        TraceStep v = t.steps().get(t.violationStep() - 1);
        assertEquals("ATTEMPT_BEGIN", v.op());
        assertEquals("KILLABLE|TRIED|USER", v.flagsBefore());
        assertTrue(t.steps().stream().anyMatch(s -> s.op().equals("RETRY_FLAGS")
                && s.flagsBefore().contains("ALLOW_RETRY") && !s.flagsAfter().contains("ALLOW_RETRY")));
    }

    @Test void textViewMarksTheViolationAndNamesFlags() {
        Trace t = TraceJson.read(FLAGS);
        String text = TextTrace.render(t, true);
        assertTrue(text.startsWith("FLAGS violated at step 35: x86 v5.6"), text);
        assertTrue(text.contains(">   35 fault"), text);
        assertTrue(text.contains("flags ALLOW_RETRY|KILLABLE|USER -> KILLABLE|TRIED|USER"), text);
        assertTrue(text.contains("arch/x86/mm/fault.c:1475 do_user_addr_fault()"), text);
        assertTrue(text.contains("mmap_sem R:fault -> free"), text);
        assertFalse(text.contains("pte_present"), "unmarked steps are left out: " + text);
        assertTrue(TextTrace.render(t, false).contains("pte_present"));
        String dl = TextTrace.render(TraceJson.read(DEADLOCK), true);
        assertTrue(dl.contains(">   19 explorer ALL_BLOCKED"), dl);
        assertTrue(dl.contains("signals - -> SIGKILL"), dl);
    }

    @Test void htmlViewIsSelfContainedWithLanesAndTheViolation() {
        Trace t = TraceJson.read(FLAGS);
        String html = HtmlTrace.render(t);
        assertTrue(html.contains("<tr id=\"s35\" class=\"viol\">"), "violating row highlighted");
        assertTrue(html.contains("KILLABLE|<wbr>TRIED|<wbr>USER"), "flag names");
        for (String lane : t.threads()) assertTrue(html.contains("<th style=\"color:") && html.contains(">" + lane + " <span"), lane);
        assertTrue(html.contains("href=\"https://elixir.bootlin.com/linux/v5.6.4/source/arch/x86/mm/fault.c#L1475\""));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("src=\""), "nothing loaded");
        assertFalse(html.contains("<link"), "nothing loaded");
        String dl = HtmlTrace.render(TraceJson.read(DEADLOCK));
        assertTrue(dl.contains("<tr id=\"s19\" class=\"viol\">") && dl.contains("explorer <span class=\"res\">(engine)"), dl);
    }

    @Test void htmlEscapesEverything() {
        Trace t = TraceJson.read(FLAGS);
        Trace evil = new Trace(t.format(), t.modelVersion(), "<script>x</script>", t.handler(), t.variant(), t.scenario(),
                t.invariant(), "a<b & \"c\"", t.violationStep(), t.threads(), t.schedule(), t.steps());
        String html = HtmlTrace.render(evil);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("a&lt;b &amp; &quot;c&quot;"));
    }

    // --- bad input: IllegalArgumentException with a clear message (exit 2 on the command line)
    @Test void truncatedFileIsRefused(@TempDir Path dir) throws Exception {
        String text = Files.readString(FLAGS);
        Path f = dir.resolve("cut.json");
        Files.writeString(f, text.substring(0, text.length() / 2));
        var e = assertThrows(IllegalArgumentException.class, () -> TraceJson.read(f));
        assertTrue(e.getMessage().contains("cut.json") && e.getMessage().contains("truncated"), e.getMessage());
        Files.writeString(f, "");
        assertThrows(IllegalArgumentException.class, () -> TraceJson.read(f));
    }

    @Test void otherModelVersionIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.json");
        Files.writeString(f, Files.readString(FLAGS).replace("retrycheck-model/2", "retrycheck-model/0"));
        Trace t = TraceJson.read(f); // renders fine
        var e = assertThrows(IllegalArgumentException.class, () -> Replayer.replay(t));
        assertTrue(e.getMessage().contains("model version 'retrycheck-model/0'"), e.getMessage());
        assertEquals(Main.USAGE, run("replay", f.toString()));
    }

    @Test void otherFormatAndMissingFieldsAreRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, Files.readString(FLAGS).replace(Trace.FORMAT, "retrycheck-trace/9"));
        var e = assertThrows(IllegalArgumentException.class, () -> TraceJson.read(f));
        assertTrue(e.getMessage().contains("format is 'retrycheck-trace/9'"), e.getMessage());
        Files.writeString(f, Files.readString(FLAGS).replace("\"explanation\" :", "\"explaination\" :"));
        e = assertThrows(IllegalArgumentException.class, () -> TraceJson.read(f));
        assertTrue(e.getMessage().contains("missing field 'explanation'") || e.getMessage().contains("unknown field 'explaination'"),
                e.getMessage());
        Files.writeString(f, Files.readString(FLAGS).replace("\"handler\" : \"x86\"", "\"handler\" : \"vax\""));
        e = assertThrows(IllegalArgumentException.class, () -> Replayer.replay(TraceJson.read(f)));
        assertTrue(e.getMessage().contains("vax"), e.getMessage());
    }

    @Test void removedStepIsRefused() {
        Trace t = TraceJson.read(FLAGS);
        List<TraceStep> steps = new ArrayList<>(t.steps());
        steps.remove(6); // step 7: io SetPageUptodate
        Trace edited = with(t, steps, t.schedule());
        var e = assertThrows(IllegalArgumentException.class, () -> TraceJson.parse(TraceJson.write(edited), "edited"));
        assertTrue(e.getMessage().contains("steps[6] is numbered 8"), e.getMessage());
        // renumbered so the numbering looks right: the schedule no longer matches the operations
        List<TraceStep> renumbered = new ArrayList<>();
        for (TraceStep s : steps) renumbered.add(renumber(s, renumbered.size() + 1));
        Trace edited2 = new Trace(t.format(), t.modelVersion(), t.engine(), t.handler(), t.variant(), t.scenario(),
                t.invariant(), t.explanation(), t.violationStep() - 1, t.threads(), t.schedule(), renumbered);
        e = assertThrows(IllegalArgumentException.class, () -> TraceJson.parse(TraceJson.write(edited2), "edited"));
        assertTrue(e.getMessage().contains("schedule"), e.getMessage());
    }

    @Test void editedStepReplaysAsDivergenceAtThatStep() {
        Trace t = TraceJson.read(FLAGS);
        List<TraceStep> steps = new ArrayList<>(t.steps());
        TraceStep s = steps.get(26); // step 27 RETRY_FLAGS
        steps.set(26, new TraceStep(s.n(), s.thread(), s.kind(), s.op(), s.object(), s.file(), s.function(), s.line(),
                s.result(), s.flagsBefore(), "ALLOW_RETRY|KILLABLE|TRIED|USER", s.mmapSem(), s.pageLock(), s.signals(), s.fault(), s.marked()));
        Replayer.Result r = Replayer.replay(with(t, steps, t.schedule()));
        assertFalse(r.reproduced());
        assertEquals(27, r.divergedAt());
        assertTrue(r.message().startsWith("diverged at step 27: ") && r.message().contains("flags after"), r.message());
    }

    @Test void wrongViolationStepDiverges() {
        Trace t = TraceJson.read(FLAGS);
        Trace moved = new Trace(t.format(), t.modelVersion(), t.engine(), t.handler(), t.variant(), t.scenario(),
                t.invariant(), t.explanation(), 34, t.threads(), t.schedule(), t.steps());
        Replayer.Result r = Replayer.replay(moved);
        assertFalse(r.reproduced());
        assertTrue(r.message().contains("violated at step 35, the trace says step 34"), r.message());
    }

    // --- minimization
    @Test void minimizerNeverGrowsAndKeepsTheViolation() {
        for (Path p : List.of(FLAGS, DEADLOCK)) {
            Trace t = TraceJson.read(p);
            Trace m = TraceMinimizer.minimize(t).trace();
            assertTrue(m.schedule().size() <= t.schedule().size());
            assertEquals(t.invariant(), m.invariant());
            assertTrue(Replayer.replay(m).reproduced());
        }
    }

    @Test void minimizerDropsEnvironmentChoicesNotNeeded() {
        Trace t = TraceJson.read(FLAGS);
        // the killer thread (#2) runs after the violation: not needed
        List<Integer> padded = new ArrayList<>(t.schedule());
        padded.add(2);
        Trace longer = TraceMinimizer.recordSchedule(t, padded);
        assertEquals(t.schedule().size() + 1, longer.schedule().size());
        TraceMinimizer.Outcome o = TraceMinimizer.minimize(longer);
        assertEquals(t.schedule(), o.trace().schedule());
        assertEquals(1, o.removed());
        assertEquals(t.violationStep(), o.trace().violationStep());
        assertTrue(Replayer.replay(o.trace()).reproduced());
    }

    @Test void minimizerDropsAnEnvironmentChoiceInTheMiddle() {
        // x86 v5.6 swap-io: a non-fatal signal sent first does not stop the v5.6 loop (fatal_signal_pending only),
        // so the signal thread's choice is not needed for FLAGS
        Trace id = new Trace(Trace.FORMAT, retrycheck.check.Checker.MODEL_VERSION, "embedded", "x86", "v5.6", "swap-io",
                "FLAGS", "", 1, List.of(), List.of(), List.of());
        Trace longer = TraceMinimizer.recordSchedule(id, List.of(2, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0));
        assertTrue(longer.steps().stream().anyMatch(s -> s.thread().equals("signal") && s.kind().equals("op")));
        TraceMinimizer.Outcome o = TraceMinimizer.minimize(longer);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0), o.trace().schedule());
        assertEquals("FLAGS", o.trace().invariant());
        assertTrue(o.trace().steps().size() < longer.steps().size());
        assertTrue(Replayer.replay(o.trace()).reproduced());
        Replayer.Result lr = Replayer.replay(longer);
        assertTrue(lr.reproduced(), lr.message());
    }

    // --- command line
    @Test void cliExitCodes(@TempDir Path dir) throws Exception {
        assertEquals(Main.OK, run("replay", FLAGS.toString()));
        assertEquals(Main.OK, run("trace", DEADLOCK.toString(), "--format", "html", "--out", dir.resolve("d.html").toString()));
        assertTrue(Files.readString(dir.resolve("d.html")).contains("DEADLOCK"));
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, Files.readString(FLAGS).substring(0, 300));
        assertEquals(Main.USAGE, run("trace", cut.toString()));
        assertEquals(Main.USAGE, run("replay", cut.toString()));
        assertEquals(Main.USAGE, run("trace", FLAGS.toString(), "--format", "pdf"));
        Path min = dir.resolve("min.json");
        assertEquals(Main.OK, run("trace", FLAGS.toString(), "--minimize", "--out", min.toString()));
        assertEquals(TraceJson.read(FLAGS), TraceJson.read(min));
        // a diverging trace: exit 1
        Path moved = dir.resolve("moved.json");
        Files.writeString(moved, Files.readString(FLAGS).replace("\"violationStep\" : 35", "\"violationStep\" : 34"));
        assertEquals(Main.FAILED, run("replay", moved.toString()));
    }

    private static int run(String... args) {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(new StringWriter()));
            return cl.execute(args);
        } finally {
            System.setOut(out);
        }
    }

    private static Trace with(Trace t, List<TraceStep> steps, List<Integer> schedule) {
        return new Trace(t.format(), t.modelVersion(), t.engine(), t.handler(), t.variant(), t.scenario(), t.invariant(),
                t.explanation(), t.violationStep(), t.threads(), schedule, steps);
    }

    private static TraceStep renumber(TraceStep s, int n) {
        return new TraceStep(n, s.thread(), s.kind(), s.op(), s.object(), s.file(), s.function(), s.line(), s.result(),
                s.flagsBefore(), s.flagsAfter(), s.mmapSem(), s.pageLock(), s.signals(), s.fault(), s.marked());
    }
}
