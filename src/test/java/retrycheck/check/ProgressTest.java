package retrycheck.check;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress: numbered by completion, the time left estimated and written for people, plain lines not chatty, one updating line on a terminal. */
class ProgressTest {
    private static final long S = 1_000_000_000L;

    /** A clock the test moves by hand. */
    private static final class Clock {
        final AtomicLong now = new AtomicLong(1_000 * S);
        long get() { return now.get(); }
        void advance(double seconds) { now.addAndGet((long) (seconds * S)); }
    }

    @Test
    void numberedInTheOrderTheyFinishWhateverThread() throws InterruptedException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Progress p = new Progress(Progress.Mode.EVERY, lines::add, System::nanoTime, 1000);
        int threads = 8, each = 50;
        p.begin("work", threads * each);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try { go.await(); } catch (InterruptedException e) { return; }
                for (int i = 0; i < each; i++) p.step("thread " + id + " item " + i);
            });
            th.start();
            ts.add(th);
        }
        go.countDown();
        for (Thread th : ts) th.join();
        assertEquals(threads * each, lines.size());
        Pattern num = Pattern.compile("^work \\[(\\d+)/400\\]");
        for (int k = 1; k <= lines.size(); k++) {
            Matcher m = num.matcher(lines.get(k - 1));
            assertTrue(m.find(), lines.get(k - 1));
            assertEquals(k, Integer.parseInt(m.group(1)), "line " + k + " printed out of order: " + lines.get(k - 1));
        }
    }

    @Test
    void durationsAndTheEstimateOfTheTimeLeft() {
        assertEquals("0:00", Progress.duration(0));
        assertEquals("0:07", Progress.duration((long) (7.4 * S)));
        assertEquals("1:00", Progress.duration((long) (59.6 * S)));
        assertEquals("12:34", Progress.duration(754 * S));
        assertEquals("1:02:03", Progress.duration(3723 * S));
        assertEquals("?", Progress.duration(-1));
        assertEquals(20 * S, Progress.estimateLeft(10 * S, 1, 3), "1 of 3 done in 10 s: 20 s left");
        assertEquals(0, Progress.estimateLeft(10 * S, 3, 3));
        assertEquals(-1, Progress.estimateLeft(10 * S, 0, 3), "nothing done yet: unknown");

        Clock c = new Clock();
        List<String> lines = new ArrayList<>();
        Progress p = new Progress(Progress.Mode.EVERY, lines::add, c::get, 1000);
        p.begin("checks", 4);
        c.advance(10);
        p.step("first");
        c.advance(90);
        p.step("second");
        p.step("third");
        p.step("last");
        assertEquals("checks [1/4]  25% 0:10 elapsed, ~0:30 left  first", lines.get(0));
        assertEquals("checks [2/4]  50% 1:40 elapsed, ~1:40 left  second", lines.get(1));
        assertEquals("checks [4/4] 100% 1:40 elapsed  last", lines.get(3), "the last line: no time left, just the total");
    }

    @Test
    void plainLinesAreNotChattyButAlwaysEndWithTheLastStep() {
        Clock c = new Clock();
        List<String> lines = new ArrayList<>();
        Progress p = new Progress(Progress.Mode.LINES, lines::add, c::get, 1000);
        p.begin("fast", 1000);                  // 1000 steps in 2 s: at most about one line a second
        for (int i = 0; i < 1000; i++) { c.advance(0.002); p.step("item " + i); }
        assertTrue(lines.size() <= 3, lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("fast [1000/1000] 100% 0:02 elapsed  item 999"), lines.toString());

        lines.clear();
        p.begin("slow", 10);                    // 10 steps of 2 s: each is a new 10%, a line each
        for (int i = 0; i < 10; i++) { c.advance(2); p.step("item " + i); }
        assertEquals(10, lines.size(), lines.toString());

        lines.clear();
        p.begin("many", 100_000);               // steps of 1 ms: a line per 5% at most (20 lines), and at most one per second
        for (int i = 0; i < 100_000; i++) { c.advance(0.001); p.step(""); }
        assertTrue(lines.size() <= 21 && lines.size() >= 19, lines.size() + " lines: " + lines);
        p.accept("a note");
        assertEquals("a note", lines.get(lines.size() - 1), "notes are always printed");
    }

    @Test
    void onATerminalOneLineUpdatedInPlace() {
        Clock c = new Clock();
        StringBuilder screen = new StringBuilder();
        Progress p = new Progress(Progress.Mode.TERMINAL, screen::append, c::get, 80);
        p.accept("phase one");
        p.begin("checks", 3);
        c.advance(1);
        p.step("a");
        c.advance(1);
        p.accept("a note in the middle");
        p.step("b");
        c.advance(1);
        p.step("c");
        String s = screen.toString();
        assertTrue(s.startsWith("phase one\n"), s);
        assertTrue(s.contains("\rchecks [######..............] 1/3  33% 0:01 elapsed, ~0:02 left  a"), s);
        assertTrue(s.contains("a note in the middle\n"), s);
        assertTrue(s.matches("(?s).*\r[^\r\n]*3/3 100% 0:03 elapsed  c *\n"), "the last state stays on screen, then a newline: " + s);
        assertEquals(2, s.chars().filter(ch -> ch == '\n').count() - 1, "newlines: the two notes and the end only: " + s);
        for (String line : s.split("[\r\n]")) assertTrue(line.length() <= 79, "fits the width: " + line);
        p.end();
        assertEquals(s, screen.toString(), "end() after the last step adds nothing");
    }

    @Test
    void betweenStepsTheClockKeepsTheTimeCurrent() {
        Clock c = new Clock();
        List<String> lines = new ArrayList<>();
        Progress p = new Progress(Progress.Mode.LINES, lines::add, c::get, 1000);
        p.begin("slow", 10);
        c.advance(2);
        p.step("first");
        int n = lines.size();
        c.advance(20);
        p.tick();
        assertEquals(n, lines.size(), "no line before thirty quiet seconds");
        c.advance(11);
        p.tick();
        assertEquals(n + 1, lines.size());
        assertEquals("slow [1/10]  10% 0:33 elapsed, ~4:57 left  (working)", lines.get(n));
        p.tick();
        assertEquals(n + 1, lines.size(), "then again only after thirty more seconds");

        StringBuilder screen = new StringBuilder();
        Progress t = new Progress(Progress.Mode.TERMINAL, screen::append, c::get, 100);
        t.begin("alloy", 2);
        assertTrue(screen.toString().contains("0/2   0% 0:00 elapsed, ? left"), "the phase shows before its first step: " + screen);
        c.advance(5);
        t.tick();
        assertTrue(screen.toString().contains("0/2   0% 0:05 elapsed, ? left"), "the elapsed time moves on a terminal: " + screen);
    }

    @Test
    void theClockThreadEndsWithItsPhase() throws InterruptedException {
        java.io.PrintStream old = System.err;
        Progress p;
        try {
            System.setErr(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true));
            p = Progress.stderr(false);
        } finally {
            System.setErr(old);
        }
        p.begin("x", 2);
        Thread clock = p.clockThread();
        assertTrue(clock != null && clock.isAlive() && clock.isDaemon());
        p.step("a");
        p.step("b");
        assertEquals(null, p.clockThread());
        clock.join(5000);
        assertFalse(clock.isAlive(), "no thread left behind by a finished phase");
        p.begin("y", 5);
        Thread second = p.clockThread();
        p.end();                                 // cut short (an error, an interruption)
        second.join(5000);
        assertFalse(second.isAlive());
    }

    @Test
    void closedPrintsNothingMore() {
        List<String> lines = new ArrayList<>();
        Progress p = new Progress(Progress.Mode.EVERY, lines::add, System::nanoTime, 1000);
        p.begin("x", 3);
        p.step("a");
        p.close();                               // e.g. interrupted: the command says so itself
        p.step("b");
        p.accept("note");
        p.begin("y", 1);
        p.step("c");
        assertEquals(1, lines.size(), lines.toString());
    }

    @Test
    void quietPrintsNothingAndARunnerFindsTheCommandsProgress() {
        Progress q = Progress.stderr(true);
        assertEquals(Progress.Mode.QUIET, q.mode());
        assertSame(q, Progress.of(q), "a runner given a Progress uses it (so the command's mode and lines apply)");
        List<String> lines = new ArrayList<>();
        Progress wrapped = Progress.of(lines::add);
        assertEquals(Progress.Mode.EVERY, wrapped.mode());
        wrapped.begin("x", 1);
        wrapped.step("done");
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("left"), lines.get(0));
    }
}
