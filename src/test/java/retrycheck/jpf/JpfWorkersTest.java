package retrycheck.jpf;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrycheck.check.CheckSpec;
import retrycheck.check.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worker JVMs of {@code check --engine jpf --workers N} ({@link JpfWorkers}), on {@link FakeJpfBackend} (no
 * jpf-core needed): one JVM runs check after check; a JVM that dies makes its check ERROR, one that does not answer in
 * time makes it INCOMPLETE, and either way the next check runs in a new JVM; results come back in the order of the checks.
 */
class JpfWorkersTest {
    private String before;

    @BeforeEach void fake() {
        before = System.getProperty(JpfEngine.BACKEND_PROPERTY);
        System.setProperty(JpfEngine.BACKEND_PROPERTY, FakeJpfBackend.class.getName());
    }

    @AfterEach void restore() {
        if (before == null) System.clearProperty(JpfEngine.BACKEND_PROPERTY);
        else System.setProperty(JpfEngine.BACKEND_PROPERTY, before);
    }

    private static CheckSpec spec(String arch, String scenario) {
        return JpfTarget.spec(arch, "v5.7", scenario, "FLAGS+TERMINATION");
    }

    @Test void oneJvmRunsCheckAfterCheckAndACrashOrTimeoutIsHonestAndRestartsIt() throws Exception {
        List<CheckSpec> specs = List.of(spec("x86", "filemap-io"), spec("x86", "swap-io"), spec("arm", "filemap-io"),
                spec("x86", "filemap-eof"), spec("arm64", "filemap-io"), spec("x86", "uffd-user"));
        List<String> done = new ArrayList<>();
        // 60 s from the worker's start of the check (its JVM's start not included): a fake check takes a second, even on a
        // loaded machine; the hang never ends
        List<JpfEngine.Result> rs = JpfWorkers.run(specs, JpfEngine.Options.defaults(), 1, 60_000,
                r -> done.add(r.result().spec.label()));
        assertEquals(specs.size(), rs.size());
        for (int i = 0; i < specs.size(); i++) assertEquals(specs.get(i), rs.get(i).result().spec, "in the order of the checks");
        assertEquals(specs.stream().map(CheckSpec::label).toList(), done, "each check reported as it ended (one slot: in order)");
        // the first two in one JVM: its first and second search
        for (int i : new int[] {0, 1, 3, 5})
            assertEquals(Set.of(Verdict.PASS), Set.copyOf(rs.get(i).result().verdicts.values()),
                    rs.get(i).result().incompleteReason + rs.get(i).result().error);
        assertEquals(1, rs.get(0).jpf().newStates());
        assertEquals(2, rs.get(1).jpf().newStates(), "the second check ran in the same JVM");
        assertEquals(rs.get(0).jpf().endStates(), rs.get(1).jpf().endStates(), "same pid");
        // the JVM dies: ERROR, with its exit status and last stderr line; nothing PASSes
        var crash = rs.get(2).result();
        assertEquals(Set.of(Verdict.ERROR), Set.copyOf(crash.verdicts.values()), crash.error);
        assertTrue(crash.error.contains("exit status 7") && crash.error.contains("fake: the JVM dies"), crash.error);
        // the next check: a new JVM, its first search
        assertEquals(1, rs.get(3).jpf().newStates());
        assertNotEquals(rs.get(0).jpf().endStates(), rs.get(3).jpf().endStates(), "a new pid");
        assertEquals(Set.of(Verdict.PASS), Set.copyOf(rs.get(3).result().verdicts.values()));
        // no answer in time: INCOMPLETE with the reason, and again a new JVM after it
        var slow = rs.get(4).result();
        assertEquals(Set.of(Verdict.INCOMPLETE), Set.copyOf(slow.verdicts.values()));
        assertTrue(slow.incompleteReason.contains("no result within 60 s"), slow.incompleteReason);
        assertTrue(!slow.stats.complete());
        assertEquals(1, rs.get(5).jpf().newStates());
        assertNotEquals(rs.get(3).jpf().endStates(), rs.get(5).jpf().endStates());
        assertEquals(Set.of(Verdict.PASS), Set.copyOf(rs.get(5).result().verdicts.values()));
    }

    @Test void twoSlotsShareTheChecksBetweenTwoJvms() throws Exception {
        List<CheckSpec> specs = new ArrayList<>();
        for (String s : List.of("filemap-io", "swap-io", "filemap-eof", "uffd-user", "filemap-writer", "filemap-relock"))
            specs.add(spec("x86", s));
        List<String> done = new ArrayList<>();
        List<JpfEngine.Result> rs = JpfWorkers.run(specs, JpfEngine.Options.defaults(), 2, 60_000,
                r -> done.add(r.result().spec.label()));
        Set<Long> pids = new HashSet<>();
        long searches = 0;
        for (int i = 0; i < specs.size(); i++) {
            assertEquals(specs.get(i), rs.get(i).result().spec);
            assertEquals(Set.of(Verdict.PASS), Set.copyOf(rs.get(i).result().verdicts.values()));
            pids.add(rs.get(i).jpf().endStates());
            searches = Math.max(searches, rs.get(i).jpf().newStates());
        }
        assertEquals(Set.copyOf(specs.stream().map(CheckSpec::label).toList()), Set.copyOf(done));
        assertEquals(specs.size(), done.size());
        assertTrue(pids.size() <= 2, "at most one JVM per slot: " + pids);
        assertTrue(searches >= 3, "a JVM ran at least half of the checks: " + searches);
    }

    @Test void theWorkerCommandInheritsTheJpfPropertiesAndServes() {
        List<String> cmd = JpfWorkers.command();
        assertTrue(cmd.contains("-D" + JpfEngine.BACKEND_PROPERTY + "=" + FakeJpfBackend.class.getName()), cmd.toString());
        assertEquals(List.of(JpfWorker.class.getName(), JpfWorker.SERVE), cmd.subList(cmd.size() - 2, cmd.size()));
    }
}
