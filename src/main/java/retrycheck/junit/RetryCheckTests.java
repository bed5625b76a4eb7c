package retrycheck.junit;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import retrycheck.api.Check;
import retrycheck.api.RetryCheck;

import java.util.stream.Stream;

/**
 * Turns a {@link RetryCheck} into JUnit 5 dynamic tests: one test per handler × version × scenario, named like
 * {@code "x86 v5.7 filemap-io"} so that surefire's report and an IDE show which check failed. A test fails when a
 * verdict differs from the expected one (an INCOMPLETE check never passes as PASS); its message is the text trace
 * of each counterexample and the paths of the JSON and HTML traces written under the builder's trace directory.
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myPatch() {
 *     return RetryCheckTests.of(RetryCheck.handler(new MyX86()).variants(Variant.V5_7));
 * }
 * }</pre>
 * Each test explores its check when JUnit runs it, not when the stream is built.
 */
public final class RetryCheckTests {
    private RetryCheckTests() {}

    public static Stream<DynamicTest> of(RetryCheck checks) {
        return checks.checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertAsExpected(c)));
    }

    /** Runs {@code check} and fails with its account unless every verdict is as expected. */
    public static Check.Outcome assertAsExpected(Check check) {
        Check.Outcome o = check.run();
        if (!o.asExpected()) throw new AssertionFailedError(check.name() + ":\n" + o.message());
        return o;
    }
}
