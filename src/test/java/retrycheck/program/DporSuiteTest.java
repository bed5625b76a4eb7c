package retrycheck.program;

import org.junit.jupiter.api.Test;
import retrycheck.explore.ExploreStats;
import retrycheck.explore.Explorer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DPOR suite under optimal DPOR: exactly the published trace counts, nothing blocked, every bug found. */
class DporSuiteTest {
    private static final Explorer.Options OPTIMAL = Explorer.Options.defaults().withPor(Explorer.Por.OPTIMAL);

    @Test
    void everySuiteProgramHasItsKnownTraceCount() {
        for (DporSuite.Bench b : DporSuite.all(false)) {
            Checks.Result r = b.program().check(OPTIMAL);
            ExploreStats s = r.stats();
            assertEquals("PASS", r.verdict(), b.id());
            assertEquals(b.knownTraces(), s.traces, b.id() + ": distinct traces (" + b.source() + ")");
            assertEquals(b.knownTraces(), s.executions, b.id() + ": one execution per trace");
            assertEquals(0, s.pruned, b.id() + ": no sleep-set-blocked execution");
        }
    }

    @Test
    void everyInjectedBugIsFound() {
        for (DporSuite.Bench b : DporSuite.all(false)) {
            Checks.Result r = b.buggy().check(OPTIMAL);
            assertTrue(r.findings().containsKey(b.bugKind()), b.id() + "+bug: " + r.findings().keySet());
            assertFalse(b.program().check(OPTIMAL.withPor(Explorer.Por.SOURCE)).findings().containsKey(b.bugKind()), b.id());
        }
    }

    @Test
    void sourceDporFindsTheSameTraces() {
        for (DporSuite.Bench b : DporSuite.all(false)) {
            ExploreStats s = b.program().check(OPTIMAL.withPor(Explorer.Por.SOURCE)).stats();
            assertEquals(b.knownTraces(), s.traces, b.id());
            assertTrue(s.executions >= s.traces, b.id());
        }
    }

    /** Small enough for every interleaving: the exhaustive search finds the same number of distinct traces. */
    @Test
    void theExhaustiveSearchAgrees() {
        for (Program p : List.of(DporSuite.lastzero(2, false), DporSuite.readers(3, false))) {
            ExploreStats none = p.check(OPTIMAL.withPor(Explorer.Por.NONE)).stats();
            ExploreStats opt = p.check(OPTIMAL).stats();
            assertTrue(none.complete(), p.name);
            assertEquals(none.traces, opt.traces, p.name);
            assertEquals(opt.traces, opt.executions, p.name);
        }
        assertEquals(5, DporSuite.lastzero(2, false).check(OPTIMAL).stats().traces, "summary.txt: lastzero(2) = 5");
    }

    /**
     * Split by schedule prefix (source-DPOR in each unit): two workers give the same verdicts and counts as one, and
     * every known trace.
     */
    @Test
    void twoWorkersGiveTheSameCounts() {
        Explorer.Options src = OPTIMAL.withPor(Explorer.Por.SOURCE);
        for (DporSuite.Bench b : DporSuite.all(false)) {
            ExploreStats one = Explorer.exploreSplit(b.program(), src, (f, s, n) -> { }, 1);
            ExploreStats two = Explorer.exploreSplit(b.program(), src, (f, s, n) -> { }, 2);
            assertEquals(one.executions, two.executions, b.id());
            assertEquals(one.pruned, two.pruned, b.id());
            assertEquals(b.knownTraces(), two.traces, b.id());
            assertTrue(two.complete(), b.id());
            Checks.Result bug = b.buggy().check(src.withWorkers(2));
            assertTrue(bug.findings().containsKey(b.bugKind()), b.id());
        }
        assertThrows(IllegalArgumentException.class, () -> OPTIMAL.withWorkers(2));
    }
}
