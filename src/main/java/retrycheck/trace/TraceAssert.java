package retrycheck.trace;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saved traces as regression tests, in one line: {@code TraceAssert.assertReplays("src/test/resources/traces/x.json")}
 * reads the trace, re-executes its schedule on the current model and fails (with the replay's message: where it
 * diverged) unless the same invariant is violated at the same step. Throws plain {@link AssertionError}, so it
 * works in JUnit 5 (or any test framework) without a dependency on one.
 */
public final class TraceAssert {
    private TraceAssert() {}

    /** Fails unless the saved trace reproduces; returns the trace for further checks. */
    public static Trace assertReplays(String file) { return assertReplays(Path.of(file)); }

    public static Trace assertReplays(Path file) {
        if (!Files.isRegularFile(file)) throw new AssertionError(file + ": no such trace file");
        Trace t;
        try {
            t = TraceJson.read(file);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        Replayer.Result r;
        try {
            r = Replayer.replay(t);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
        if (!r.reproduced())
            throw new AssertionError(file + ": " + t.invariant() + " (" + t.handler() + " " + t.variant() + " " + t.scenario()
                    + ") no longer reproduces: " + r.message());
        return t;
    }

    /** Fails if the saved trace still reproduces (for a trace that a fix should make obsolete). */
    public static void assertFixed(Path file) {
        Trace t = TraceJson.read(file);
        Replayer.Result r = Replayer.replay(t);
        if (r.reproduced()) throw new AssertionError(file + ": still " + r.message());
    }
}
