package retrycheck.jpf;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckSpec;
import retrycheck.trace.TraceJson;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One JVM runs many JPF searches (a fresh {@code JPF} each, as jpf-core's TestJPF does), so a worker JVM lives for many
 * checks: nothing of one search leaks into the next. The same check run first, after another check and again, in this
 * JVM and in a worker JVM ({@link JpfWorkers}), has the same verdicts, JPF counts (new, matched and end states, depth,
 * searches), VACUOUS judgements and traces. Needs jpf-core (-Pjpf); skipped otherwise.
 */
class JpfReuseTest {
    /** What must not differ between two runs of one check. */
    static String fingerprint(JpfEngine.Result r) {
        Map<String, String> traces = new TreeMap<>();
        r.result().traces.forEach((k, t) -> traces.put(k, TraceJson.write(t)));
        JpfRun j = r.jpf();
        return r.result().verdicts + " states " + j.newStates() + "/" + j.visitedStates() + "/" + j.endStates() + " depth "
                + j.maxDepth() + " searches " + r.searches() + " cycles " + j.cycles() + "/" + j.unnamedCycles() + " met "
                + new java.util.TreeSet<>(j.preconditionsMet()) + " reason '" + r.result().incompleteReason + "' error '"
                + r.result().error + "' traces " + traces;
    }

    @Test void aCheckRunAfterAnotherInTheSameJvmSearchesTheSame() throws Exception {
        String why = JpfEngine.unavailable();
        assumeTrue(why == null, () -> "SKIPPED: needs Java PathFinder: " + why);
        // a FLAGS FAIL (two searches), a TERMINATION FAIL from a judged cycle, the claims (VACUOUS and a FAIL)
        CheckSpec a = JpfTarget.spec("x86", "v5.6", "filemap-io", "ALL");
        CheckSpec b = JpfTarget.spec("alpha", "v5.7", "filemap-io-kernel", "ALL");
        CheckSpec c = JpfTarget.spec("x86", "v5.7", "filemap-write-shared", "RETRY_WAIT+COMPLETE+UFFD_WP_SWAP+TERMINATION");
        JpfEngine engine = JpfEngine.create(JpfEngine.Options.defaults());
        String a1 = fingerprint(engine.run(a)), b1 = fingerprint(engine.run(b)), c1 = fingerprint(engine.run(c));
        String a2 = fingerprint(engine.run(a)), c2 = fingerprint(engine.run(c)), b2 = fingerprint(engine.run(b));
        assertEquals(a1, a2);
        assertEquals(b1, b2);
        assertEquals(c1, c2);
        assertTrue(a1.contains("FLAGS=FAIL") && b1.contains("TERMINATION=FAIL"), a1 + "\n" + b1);
        assertTrue(c1.contains("RETRY_WAIT=FAIL") && c1.contains("UFFD_WP_SWAP=VACUOUS") && c1.contains("COMPLETE=PASS"), c1);
        // in a worker JVM, one after another: the same again
        List<JpfEngine.Result> w = JpfWorkers.run(List.of(b, a, c, a, b), JpfEngine.Options.defaults(), 1, 0, r -> { });
        assertEquals(List.of(b1, a1, c1, a1, b1), w.stream().map(JpfReuseTest::fingerprint).toList());
    }
}
