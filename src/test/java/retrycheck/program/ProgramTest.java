package retrycheck.program;

import org.junit.jupiter.api.Test;
import retrycheck.explore.Explorer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program API on small programs whose answers are known by hand. */
class ProgramTest {
    private static final Explorer.Options OPT = Explorer.Options.defaults().withPor(Explorer.Por.OPTIMAL);

    /** Two unlocked increments lose an update; the checker joins both. */
    private static Program counter(boolean locked) {
        return Program.of("counter", b -> {
            IntVar x = b.var("x", 0);
            Mutex m = b.mutex("m");
            Handle a = b.thread("a", () -> { if (locked) m.lock(); x.set(x.get() + 1); if (locked) m.unlock(); });
            Handle c = b.thread("c", () -> { if (locked) m.lock(); x.set(x.get() + 1); if (locked) m.unlock(); });
            b.thread("checker", () -> { a.join(); c.join(); b.check(x.get() == 2, "lost update: x = " + x.peek()); });
        });
    }

    @Test
    void aLostUpdateIsAnAssertionFinding() {
        Checks.Result r = counter(false).check(OPT);
        assertEquals("FAIL", r.verdict());
        assertTrue(r.findings().get("ASSERT").finding().message().contains("lost update"));
        assertFalse(r.findings().get("ASSERT").schedule().isEmpty());
    }

    @Test
    void aMutexPreventsIt() {
        Checks.Result r = counter(true).check(OPT);
        assertEquals("PASS", r.verdict());
        assertEquals(2, r.stats().executions, "two orders of the critical sections");
        assertEquals(0, r.stats().pruned);
    }

    @Test
    void casIncrementsNeverLoseAnUpdate() {
        Program p = Program.of("cas", b -> {
            IntVar x = b.var("x", 0);
            List<Handle> hs = List.of(
                    b.thread("a", () -> { int v; do v = x.get(); while (!x.cas(v, v + 1)); }),
                    b.thread("c", () -> { int v; do v = x.get(); while (!x.cas(v, v + 1)); }));
            b.thread("checker", () -> { for (Handle h : hs) h.join(); b.check(x.get() == 2, "lost update"); });
        });
        Checks.Result r = p.check(OPT);
        assertEquals("PASS", r.verdict());
        assertEquals(r.stats().traces, r.stats().executions);
    }

    @Test
    void createdThreadsRunOnlyOnceStarted() {
        Program p = Program.of("create", b -> {
            IntVar x = b.var("x", 0);
            Handle child = b.created("child", () -> b.check(x.get() == 1, "child ran before its creator set x"));
            b.thread("main", () -> { x.set(1); child.start(); child.join(); b.check(x.get() == 1, "x changed"); });
        });
        Checks.Result r = p.check(OPT);
        assertEquals("PASS", r.verdict());
        assertEquals(1, r.stats().executions, "create and join order everything");
    }

    @Test
    void lockOrderInversionIsADeadlock() {
        Program p = Program.of("abba", b -> {
            Mutex m1 = b.mutex("m1"), m2 = b.mutex("m2");
            b.thread("a", () -> { m1.lock(); m2.lock(); m2.unlock(); m1.unlock(); });
            b.thread("c", () -> { m2.lock(); m1.lock(); m1.unlock(); m2.unlock(); });
        });
        Checks.Result r = p.check(OPT);
        assertTrue(r.findings().containsKey("DEADLOCK"), r.findings().toString());
        assertEquals(1, r.stats().deadlocks);
    }

    @Test
    void unlockingAFreeMutexIsAFinding() {
        Program p = Program.of("misuse", b -> {
            Mutex m = b.mutex("m");
            b.thread("a", m::unlock);
        });
        assertTrue(p.check(OPT).findings().containsKey("MUTEX"));
    }

    @Test
    void aTrylockSeesAllThreeCases() {
        Program p = Program.of("trylock", b -> {
            Mutex m = b.mutex("m");
            IntVar got = b.var("got", 0);
            b.thread("a", () -> { m.lock(); m.unlock(); });
            b.thread("c", () -> { if (m.tryLock()) { got.set(1); m.unlock(); } });
        });
        Checks.Result r = p.check(OPT);
        assertEquals(3, r.stats().traces, "before, during (fails), after a's critical section");
        assertEquals(3, r.stats().executions);
    }

    /** A spin loop with a loop head: the repeated state is cut (a cycle), the search still ends PASS. */
    @Test
    void aSpinLoopIsCutAtItsLoopHead() {
        Program p = Program.of("spin", b -> {
            IntVar flag = b.var("flag", 0);
            b.thread("waiter", () -> { while (flag.get() == 0) b.loopHead("spin"); });
            b.thread("setter", () -> flag.set(1));
        });
        Checks.Result r = p.check(OPT);
        assertEquals("PASS", r.verdict());
        assertTrue(r.stats().cyclesCut > 0);
        Checks.Result without = Program.of("spin-no-head", b -> {
            IntVar flag = b.var("flag", 0);
            b.thread("waiter", () -> { while (flag.get() == 0) { } });
            b.thread("setter", () -> flag.set(1));
        }).check(OPT.withMaxExecutions(1000));
        assertTrue(without.verdict().startsWith("INCOMPLETE"), without.verdict());
    }

    /** Locals carried by a loop are part of the state: a counting loop is no cycle. */
    @Test
    void carriedLocalsAreNoCycle() {
        Program p = Program.of("count", b -> {
            IntVar x = b.var("x", 0);
            b.thread("a", () -> { for (int i = 0; i < 3; i++) b.loopHead("count", i); x.set(1); });
        });
        Checks.Result r = p.check(OPT);
        assertEquals("PASS", r.verdict());
        assertEquals(0, r.stats().cyclesCut);
    }

    @Test
    void aTimeBudgetEndsIncomplete() {
        Checks.Result r = DporSuite.lastzero(10, false).check(OPT.withTimeBudget(200));
        assertTrue(r.verdict().startsWith("INCOMPLETE (time budget reached"), r.verdict());
        assertTrue(r.stats().executions > 0);
    }
}
