package retrycheck.explore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrycheck.runtime.Event;
import retrycheck.runtime.Flag;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Signals;
import retrycheck.runtime.SleepLock;
import retrycheck.runtime.Src;
import retrycheck.runtime.WaitState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded explorer on small programs whose answers are known by hand: interleaving counts with and without
 * partial-order reduction, a lost update, a lock-order deadlock, busy loops, replay and determinism.
 */
class ExplorerTest {
    private final Explorer explorer = new Explorer();

    @AfterEach
    void close() { explorer.close(); }

    private static final Explorer.Options POR = new Explorer.Options(100_000, 200, true);
    private static final Explorer.Options NO_POR = new Explorer.Options(100_000, 200, false);
    private static final Explorer.Options SOURCE = POR.withPor(Explorer.Por.SOURCE);
    private static final Explorer.Options OPTIMAL = POR.withPor(Explorer.Por.OPTIMAL);

    /** A shared integer with a read and a write operation (dependence: same object, one writes). */
    static final class Cell extends Shared {
        private int value;

        Cell(Runtime rt, String name) { super(rt, name); }

        int read() { return rt.exec(Op.read("read", Src.NONE, this, () -> value)); }

        void write(int v) { rt.exec(Op.write("write", Src.NONE, this, () -> { value = v; return "ok"; })); }

        int now() { return value; }

        @Override public String state() { return Integer.toString(value); }
    }

    /** A program: threads plus the findings its thread code (or a listener) reports. */
    private static Target.Instance instance(List<ModelThread> threads, List<Finding> findings,
                                            Predicate<Event> loopHead) {
        return new Target.Instance() {
            @Override public List<ModelThread> threads() { return threads; }
            @Override public List<Finding> findings() { return findings; }
            @Override public boolean isLoopHead(Event e) { return loopHead == null ? Target.Instance.super.isLoopHead(e) : loopHead.test(e); }
        };
    }

    /** {@code n} threads, each writing its own cell {@code ops} times. */
    private static Target independent(int n, int ops) {
        return rt -> {
            List<ModelThread> ts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Cell c = new Cell(rt, "c" + i);
                ts.add(new ModelThread("t" + i, () -> { for (int k = 1; k <= ops; k++) c.write(k); }));
            }
            return instance(ts, new ArrayList<>(), null);
        };
    }

    private ExploreStats explore(Target t, Explorer.Options o) {
        return explorer.explore(t, o, (f, s, n) -> { });
    }

    // (a) independent threads

    @Test
    void independentThreadsGiveOneExecutionWithPor() {
        for (int ops = 1; ops <= 2; ops++) {
            ExploreStats s = explore(independent(3, ops), POR);
            assertEquals(1, s.executions, "3 threads x " + ops + " independent ops with POR");
            assertEquals(0, s.pruned, "nothing to prune: no thread ever slept");
            assertTrue(s.complete());
            assertEquals(3 * ops, s.maxDepth);
        }
    }

    @Test
    void independentThreadsGiveEveryInterleavingWithoutPor() {
        ExploreStats one = explore(independent(3, 1), NO_POR);
        assertEquals(6, one.executions, "3! interleavings");
        assertEquals(0, one.pruned);
        assertTrue(one.complete());
        ExploreStats two = explore(independent(3, 2), NO_POR);
        assertEquals(90, two.executions, "6!/(2!2!2!) interleavings");
        assertEquals(90L * 6, two.steps);
        assertTrue(two.complete());
    }

    // (b) two racing writes

    @Test
    void twoRacingWritesGiveBothOrders() {
        List<Integer> finals = new ArrayList<>();
        Target t = rt -> {
            Cell x = new Cell(rt, "x");
            List<ModelThread> ts = List.of(new ModelThread("a", () -> x.write(1)), new ModelThread("b", () -> x.write(2)));
            rt.addListener(e -> { if (e.isNote(Event.Note.THREAD_END) && x.now() != 0) finals.add(x.now()); });
            return instance(ts, new ArrayList<>(), null);
        };
        ExploreStats s = explore(t, POR);
        assertEquals(2, s.executions);
        assertTrue(s.complete());
        // each execution ends two threads; the value after the second THREAD_END is the last writer's
        List<Integer> last = new ArrayList<>();
        for (int i = 1; i < finals.size(); i += 2) last.add(finals.get(i));
        assertEquals(Set.of(1, 2), new HashSet<>(last));
        assertEquals(2, explore(t, NO_POR).executions);
    }

    // (c) lost update

    /** Two threads each do x = x + 1; when both have ended with x == 1 the update was lost. */
    private static Target lostUpdate(List<String> signatures) {
        return rt -> {
            Cell x = new Cell(rt, "x");
            List<Finding> findings = new ArrayList<>();
            int[] readBy = new int[2];
            String[] lastWriter = {""};
            int[] ended = {0};
            List<ModelThread> ts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int me = i;
                String name = i == 0 ? "a" : "b";
                ts.add(new ModelThread(name, () -> {
                    int v = x.read();
                    readBy[me] = v;
                    x.write(v + 1);
                    lastWriter[0] = name;
                }));
            }
            rt.addListener(e -> {
                if (!e.isNote(Event.Note.THREAD_END)) return;
                if (++ended[0] < 2) return;
                if (signatures != null) signatures.add(readBy[0] + "," + readBy[1] + "," + x.now() + "," + lastWriter[0]);
                if (x.now() == 1) findings.add(new Finding("LOST_UPDATE", e.seq(), "x == 1 after two increments"));
            });
            return instance(ts, findings, null);
        };
    }

    private record Found(Finding finding, List<Integer> schedule, List<String> names) {}

    @Test
    void lostUpdateIsFoundAndReplays() {
        List<String> sigs = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        ExploreStats s = explorer.explore(lostUpdate(sigs), POR, (f, sched, names) -> found.add(new Found(f, sched, names)));
        assertTrue(s.complete());
        // the four Mazurkiewicz traces: a then b, b then a, and both reads first with either write last
        assertEquals(Set.of("0,1,2,b", "1,0,2,a", "0,0,1,a", "0,0,1,b"), new HashSet<>(sigs));
        assertEquals(4, s.executions, "one execution per Mazurkiewicz trace (optimal here)");
        assertEquals(0, s.pruned);
        assertEquals(2, found.size(), "one lost update per write order");
        for (Found f : found) {
            assertEquals("LOST_UPDATE", f.finding().invariant());
            assertEquals(List.of("a", "b"), f.names());
            assertEquals(4, f.schedule().size(), "two steps per thread");
            // both reads come before both writes
            assertEquals(Set.of(0, 1), new HashSet<>(f.schedule().subList(0, 2)));

            List<String> replayed = new ArrayList<>();
            Target.Instance[] made = new Target.Instance[1];
            Target base = lostUpdate(replayed);
            Target recording = rt -> made[0] = base.instantiate(rt);
            List<String> ops = new ArrayList<>();
            assertNull(explorer.replay(recording, f.schedule(), Explorer.of(e -> { if (e.note() == null) ops.add(e.thread() + ":" + e.op()); })));
            assertEquals(1, made[0].findings().size(), "the replay reproduces the lost update");
            assertEquals("LOST_UPDATE", made[0].findings().get(0).invariant());
            assertEquals(f.finding(), made[0].findings().get(0), "same finding at the same event");
            List<String> expectOps = new ArrayList<>();
            for (int tid : f.schedule()) expectOps.add(f.names().get(tid) + ":" + (expectOps.stream().anyMatch(o -> o.equals(f.names().get(tid) + ":read")) ? "write" : "read"));
            assertEquals(expectOps, ops);
        }
    }

    @Test
    void replayReportsDivergence() {
        Target t = lostUpdate(null);
        assertNotNull(explorer.replay(t, List.of(0, 0, 0), Explorer.of(e -> { })), "thread a has only two steps");
        assertNotNull(explorer.replay(t, List.of(2), Explorer.of(e -> { })), "no thread #2");
        assertNull(explorer.replay(t, List.of(1, 0), Explorer.of(e -> { })));
    }

    /** POR must reach every final state the full search reaches. */
    @Test
    void porReachesTheSameFinalStatesAsFullSearch() {
        Target t = rt -> {
            Cell x = new Cell(rt, "x");
            Cell y = new Cell(rt, "y");
            Set<String> dummy = new TreeSet<>();
            List<ModelThread> ts = List.of(
                    new ModelThread("p", () -> { int v = x.read(); y.write(v + 1); x.write(10); }),
                    new ModelThread("q", () -> { int v = y.read(); x.write(v * 2 + 1); }),
                    new ModelThread("r", () -> { y.write(5); int v = x.read(); y.write(v + 5); }));
            return instance(ts, new ArrayList<>(), null);
        };
        Set<String> withPor = finalStates(t, POR);
        Set<String> without = finalStates(t, NO_POR);
        assertEquals(without, withPor);
        assertTrue(without.size() > 3, "the program has several outcomes: " + without);
        ExploreStats sp = explore(t, POR), sn = explore(t, NO_POR);
        assertTrue(sp.executions < sn.executions, sp.executions + " vs " + sn.executions);
        assertEquals(560, sn.executions, "8!/(3!2!3!) interleavings");
    }

    /**
     * T0: b = 3;  T1: c = 1; r1 = b;  T2: r2 = b. All four orders of the write and the two reads are reachable. The
     * order r2 &lt; w0 &lt; r1 needs T2 to move before T0 in T1's subtree, where T0 sleeps; a DPOR that reverses only
     * the last race by the racing thread itself never tries it (and T1 sleeps in T2's subtree).
     */
    @Test
    void sleepSetsDoNotHideAnOrder() {
        Target t = rt -> {
            Cell b = new Cell(rt, "b"), c = new Cell(rt, "c"), r1 = new Cell(rt, "r1"), r2 = new Cell(rt, "r2");
            return instance(List.of(
                    new ModelThread("t0", () -> b.write(3)),
                    new ModelThread("t1", () -> { c.write(1); r1.write(b.read()); }),
                    new ModelThread("t2", () -> r2.write(b.read()))), new ArrayList<>(), null);
        };
        Set<String> por = finalStates(t, POR);
        assertEquals(finalStates(t, NO_POR), por);
        Set<String> reads = new TreeSet<>();
        for (String st : por) reads.add(st.replaceAll(".*r1=(\\d+) r2=(\\d+).*", "$1/$2"));
        assertEquals(Set.of("3/3", "0/3", "0/0", "3/0"), reads);
    }

    /**
     * T0 spins until a != 0 (b toggles in the loop, so the state at its loop head repeats); T1: a = a + 1; T2: r = a.
     * The cut at the repeated state must not end the search before T1 and T2 ever run.
     */
    @Test
    void aCycleCutDoesNotHideTheOtherThreads() {
        Target t = rt -> {
            Cell a = new Cell(rt, "a"), b = new Cell(rt, "b"), r = new Cell(rt, "r");
            return instance(List.of(
                    new ModelThread("spinner", () -> {
                        while (a.read() == 0) {
                            b.write(7);
                            b.write(0);
                            rt.note(Event.Note.ATTEMPT_BEGIN, Src.NONE, "loop", 0, 0);
                        }
                    }),
                    new ModelThread("inc", () -> a.write(a.read() + 1)),
                    new ModelThread("reader", () -> r.write(a.read()))), new ArrayList<>(), null);
        };
        Set<String> por = finalStates(t, POR);
        assertEquals(Set.of("a=1 b=0 r=0 ", "a=1 b=0 r=1 "), por);
        assertEquals(finalStates(t, NO_POR), por);
        ExploreStats s = explore(t, POR);
        assertTrue(s.cyclesCut > 0 && s.complete());
    }

    /** As above, with work before the loop that races with the other threads (found by differential fuzzing). */
    @Test
    void aCycleCutAfterOtherWorkDoesNotHideTheOtherThreads() {
        Target t = rt -> {
            Cell a = new Cell(rt, "a"), b = new Cell(rt, "b"), c = new Cell(rt, "c");
            SleepLock l = new SleepLock(rt, "L", null);
            Signals sig = new Signals(rt, "signals");
            return instance(List.of(
                    new ModelThread("spinner", () -> {
                        b.write(3);
                        l.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                        c.write(c.read() + 10);
                        l.unlock("unlock", Src.NONE);
                        while (a.read() == 0) {
                            b.write(7);
                            b.write(0);
                            rt.note(Event.Note.ATTEMPT_BEGIN, Src.NONE, "loop", 0, 0);
                        }
                    }),
                    new ModelThread("inc", () -> a.write(a.read() + 1)),
                    new ModelThread("other", () -> c.write(1))), new ArrayList<>(), null);
        };
        Set<String> por = finalStates(t, POR);
        assertFalse(por.isEmpty());
        assertEquals(finalStates(t, NO_POR), por);
    }

    private Set<String> finalStates(Target t, Explorer.Options o) {
        Set<String> out = new TreeSet<>();
        Target recording = rt -> {
            Target.Instance inst = t.instantiate(rt);
            int[] ended = {0};
            int n = inst.threads().size();
            rt.addListener(e -> { if (e.isNote(Event.Note.THREAD_END) && ++ended[0] == n) out.add(rt.sharedState()); });
            return inst;
        };
        assertTrue(explore(recording, o).complete());
        return out;
    }

    // (d) lock-order inversion

    @Test
    void lockOrderInversionDeadlocks() {
        List<Event> blocked = new ArrayList<>();
        Target t = rt -> {
            SleepLock a = new SleepLock(rt, "A", null);
            SleepLock b = new SleepLock(rt, "B", null);
            Signals sig = new Signals(rt, "signals");
            rt.addListener(e -> { if (e.isNote(Event.Note.ALL_BLOCKED)) blocked.add(e); });
            List<ModelThread> ts = List.of(
                    new ModelThread("t1", () -> {
                        a.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                        b.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                        b.unlock("unlock", Src.NONE);
                        a.unlock("unlock", Src.NONE);
                    }),
                    new ModelThread("t2", () -> {
                        b.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                        a.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                        a.unlock("unlock", Src.NONE);
                        b.unlock("unlock", Src.NONE);
                    }));
            return instance(ts, new ArrayList<>(), null);
        };
        ExploreStats s = explore(t, POR);
        assertTrue(s.complete());
        assertEquals(1, s.deadlocks, "one way to deadlock: each holds its first lock");
        assertTrue(s.executions > s.deadlocks, "some executions complete");
        assertEquals(1, blocked.size());
        assertEquals("explorer", blocked.get(0).thread());
        assertTrue(blocked.get(0).result().contains("t1 in lock(B)") && blocked.get(0).result().contains("t2 in lock(A)"),
                blocked.get(0).result());
        ExploreStats full = explore(t, NO_POR);
        assertTrue(full.deadlocks >= 1);
    }

    @Test
    void sameLockOrderNeverDeadlocks() {
        Target t = rt -> {
            SleepLock a = new SleepLock(rt, "A", null);
            SleepLock b = new SleepLock(rt, "B", null);
            Signals sig = new Signals(rt, "signals");
            Runnable body = () -> {
                a.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                b.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                b.unlock("unlock", Src.NONE);
                a.unlock("unlock", Src.NONE);
            };
            return instance(List.of(new ModelThread("t1", body), new ModelThread("t2", body)), new ArrayList<>(), null);
        };
        ExploreStats s = explore(t, NO_POR);
        assertEquals(0, s.deadlocks);
        assertTrue(s.complete());
        assertEquals(0, explore(t, POR).deadlocks);
    }

    // (e) busy loops

    private static Target spin(boolean growing, boolean readIsLoopHead) {
        return rt -> {
            Flag done = new Flag(rt, "done", false);
            Cell count = new Cell(rt, "count");
            List<ModelThread> ts = List.of(
                    new ModelThread("spinner", () -> {
                        while (!done.get("spin_read", Src.NONE))
                            if (growing) count.write(count.read() + 1);
                    }),
                    new ModelThread("setter", () -> done.set("set", Src.NONE)));
            return instance(ts, new ArrayList<>(), readIsLoopHead ? e -> e.isOp("spin_read") : null);
        };
    }

    @Test
    void busyLoopIsNotACleanPass() {
        Explorer.Options small = new Explorer.Options(10_000, 40, true);
        for (boolean head : new boolean[] {true, false}) {
            ExploreStats s = explore(spin(false, head), small);
            assertTrue(s.cyclesCut > 0 || !s.complete(), "loop head " + head + ": a spin loop must be cut or bounded");
            if (head) {
                assertEquals(1, s.cyclesCut, "the spinner's second read repeats the state of its first");
                assertTrue(s.complete(), "a cut cycle is sound: its continuation is the one explored from the first visit");
                assertFalse(s.hitStepBound);
            }
            else assertTrue(s.hitStepBound && !s.complete(), "without a loop head the step bound is hit");
        }
    }

    @Test
    void busyLoopWithGrowingStateHitsTheStepBound() {
        Explorer.Options small = new Explorer.Options(10_000, 30, true);
        for (boolean head : new boolean[] {true, false}) {
            ExploreStats s = explore(spin(true, head), small);
            assertTrue(s.hitStepBound, "loop head " + head);
            assertFalse(s.complete());
            assertEquals(0, s.cyclesCut, "the counter grows: no state repeats");
            assertEquals("step bound reached in some execution", s.incompleteReason());
            assertEquals(30, s.maxDepth);
        }
    }

    @Test
    void executionBoundMakesTheSearchIncomplete() {
        ExploreStats s = explore(independent(3, 2), new Explorer.Options(10, 200, false));
        assertEquals(10, s.executions);
        assertTrue(s.hitExecutionBound);
        assertFalse(s.complete());
    }

    @Test
    void aThrowingThreadIsAModelError() {
        List<Finding> found = new ArrayList<>();
        Target t = rt -> {
            Cell x = new Cell(rt, "x");
            return instance(List.of(new ModelThread("boom", () -> { x.write(1); throw new IllegalStateException("bad model"); })),
                    new ArrayList<>(), null);
        };
        explorer.explore(t, POR, (f, s, n) -> found.add(f));
        assertEquals(1, found.size());
        assertEquals("MODEL_ERROR", found.get(0).invariant());
        assertTrue(found.get(0).message().contains("bad model"));
    }

    // (f) determinism

    @Test
    void explorationIsDeterministic() {
        for (Target t : List.of(lostUpdate(null), spin(true, true), spin(false, true))) {
            List<String> first = new ArrayList<>(), second = new ArrayList<>();
            Explorer.Options o = new Explorer.Options(10_000, 30, true);
            ExploreStats a = explorer.explore(t, o, (f, s, n) -> first.add(f + " " + s));
            ExploreStats b = explorer.explore(t, o, (f, s, n) -> second.add(f + " " + s));
            assertEquals(statsKey(a), statsKey(b));
            assertEquals(first, second);
        }
    }

    private static String statsKey(ExploreStats s) {
        return s.executions + "/" + s.pruned + "/" + s.cyclesCut + "/" + s.deadlocks + "/" + s.steps + "/" + s.maxDepth
                + "/" + s.exhausted + "/" + s.hitExecutionBound + "/" + s.hitStepBound;
    }

    // (e) locks as acquire/release, trylock and signal-ended sleeps; optimality

    /** {@code n} threads each lock L, write the shared cell, unlock: n! orders of the critical sections. */
    private static Target lockedWrites(int n) {
        return rt -> {
            SleepLock l = new SleepLock(rt, "L", null);
            Signals sig = new Signals(rt, "signals");
            Cell x = new Cell(rt, "x");
            List<ModelThread> ts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int v = i + 1;
                ts.add(new ModelThread("t" + i, () -> {
                    l.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                    x.write(x.read() + v);
                    l.unlock("unlock", Src.NONE);
                }));
            }
            return instance(ts, new ArrayList<>(), null);
        };
    }

    /**
     * With the unlock a release, only lock-vs-lock orders are reversed: one execution per order of the critical
     * sections and none blocked. (With the unlock a plain write, as before, source-DPOR also reversed "lock before
     * the other's unlock", whose execution then blocks.)
     */
    @Test
    void locksAreAcquireRelease() {
        for (int n = 2; n <= 3; n++) {
            ExploreStats opt = explore(lockedWrites(n), OPTIMAL);
            long fact = n == 2 ? 2 : 6;
            assertEquals(fact, opt.executions, n + " threads, optimal");
            assertEquals(0, opt.pruned, "optimal: nothing sleep-blocked");
            assertEquals(fact, opt.traces);
            ExploreStats src = explore(lockedWrites(n), SOURCE);
            assertEquals(fact, src.executions, n + " threads, source");
            assertEquals(fact, src.traces);
            assertTrue(opt.complete() && src.complete());
        }
        assertEquals(0, explore(lockedWrites(3), SOURCE).pruned, "source-DPOR: lock-vs-lock races only, none blocked");
    }

    /** T0: lock; x = 1; unlock.  T1: trylock (then unlock if taken): before, inside and after T0's section. */
    private static Target trylockAgainstLock(List<String> outcomes) {
        return rt -> {
            SleepLock l = new SleepLock(rt, "L", null);
            Signals sig = new Signals(rt, "signals");
            Cell x = new Cell(rt, "x");
            String[] got = {""};
            int[] ended = {0};
            rt.addListener(e -> { if (e.isNote(Event.Note.THREAD_END) && ++ended[0] == 2) outcomes.add(got[0] + "/x=" + x.now()); });
            return instance(List.of(
                    new ModelThread("t0", () -> {
                        l.lock("lock", WaitState.UNINTERRUPTIBLE, sig, 0, Src.NONE);
                        x.write(1);
                        l.unlock("unlock", Src.NONE);
                    }),
                    new ModelThread("t1", () -> {
                        boolean ok = l.trylock("trylock", Src.NONE);
                        got[0] = ok ? "took:" + x.read() : "busy";
                        if (ok) l.unlock("unlock", Src.NONE);
                    })), new ArrayList<>(), null);
        };
    }

    /** A trylock is never an acquire (it is enabled while the lock is held): all three outcomes, three executions. */
    @Test
    void trylockRacesWithTheUnlock() {
        for (Explorer.Options o : List.of(OPTIMAL, SOURCE)) {
            List<String> seen = new ArrayList<>();
            ExploreStats s = explore(trylockAgainstLock(seen), o);
            assertEquals(Set.of("took:0/x=1", "busy/x=1", "took:1/x=1"), new TreeSet<>(seen), o.algorithm().label());
            assertEquals(3, s.traces, o.algorithm().label());
            if (o == OPTIMAL) assertEquals(3, s.executions);
        }
        List<String> all = new ArrayList<>();
        explore(trylockAgainstLock(all), NO_POR);
        assertEquals(Set.of("took:0/x=1", "busy/x=1", "took:1/x=1"), new TreeSet<>(all));
    }

    /**
     * T0 holds L and unlocks it; T1 sleeps killably in lock(L); T2 sends SIGKILL. The sleep can end by the unlock (0)
     * or by the signal while L is still held (-4): a killable lock is enabled without the unlock, so it is no
     * acquire, and the order "lock before the unlock" must be tried (the kernel's filemap-io TERMINATION bugs need it).
     */
    @Test
    void aKillableLockRacesWithTheUnlock() {
        Target t = rt -> {
            SleepLock l = new SleepLock(rt, "L", "t0");
            Signals sig = new Signals(rt, "signals");
            Cell r = new Cell(rt, "r");
            return instance(List.of(
                    new ModelThread("t0", () -> l.unlock("unlock", Src.NONE)),
                    new ModelThread("t1", () -> r.write(l.lock("lock_killable", WaitState.KILLABLE, sig, -4, Src.NONE))),
                    new ModelThread("t2", () -> sig.send(true, Src.NONE))), new ArrayList<>(), null);
        };
        Set<String> full = finalStates(t, NO_POR);
        assertTrue(full.stream().anyMatch(st -> st.contains("r=-4")), full.toString());
        assertEquals(full, finalStates(t, OPTIMAL));
        assertEquals(full, finalStates(t, SOURCE));
    }

    /** lastzero(4) written on cells: optimal DPOR runs exactly one execution per trace (28), source-DPOR blocks some. */
    @Test
    void optimalRunsOneExecutionPerTrace() {
        int n = 4;
        Target t = rt -> {
            Cell[] a = new Cell[n + 1];
            for (int i = 0; i <= n; i++) a[i] = new Cell(rt, "a" + i);
            List<ModelThread> ts = new ArrayList<>();
            ts.add(new ModelThread("t0", () -> { int i = n; while (a[i].read() != 0) i--; }));
            for (int j = 1; j <= n; j++) {
                int jj = j;
                ts.add(new ModelThread("t" + j, () -> a[jj].write(a[jj - 1].read() + 1)));
            }
            return instance(ts, new ArrayList<>(), null);
        };
        ExploreStats opt = explore(t, OPTIMAL);
        assertEquals(28, opt.executions);
        assertEquals(0, opt.pruned);
        assertEquals(28, opt.traces);
        ExploreStats src = explore(t, SOURCE);
        assertEquals(28, src.executions);
        assertEquals(7, src.pruned, "source-DPOR: sleep-set-blocked executions");
        assertEquals(28, src.traces);
    }

    /** A time budget ends the search INCOMPLETE with the statistics so far. */
    @Test
    void aTimeBudgetMakesTheSearchIncomplete() {
        ExploreStats s = explore(independent(4, 3), NO_POR.withMaxExecutions(Long.MAX_VALUE).withTimeBudget(50));
        assertFalse(s.complete());
        assertTrue(s.hitTimeBudget);
        assertEquals("time budget reached", s.incompleteReason());
        assertTrue(s.executions > 0 && s.steps > 0, "statistics of the part explored");
    }

    /** Without reduction every interleaving runs, but the distinct traces are counted: independent threads have one. */
    @Test
    void distinctTracesAreCounted() {
        ExploreStats s = explore(independent(3, 2), NO_POR);
        assertEquals(90, s.executions);
        assertEquals(1, s.traces);
    }
}
