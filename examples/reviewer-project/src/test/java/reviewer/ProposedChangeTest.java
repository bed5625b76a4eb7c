package reviewer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import retrycheck.api.RetryCheck;
import retrycheck.junit.RetryCheckTests;
import retrycheck.kernel.Variant;

import java.util.stream.Stream;

/**
 * The review, as JUnit 5 tests: one test per handler x version x scenario. As proposed, "proposed-x86 v5.7
 * filemap-io" fails FLAGS (the second attempt passes TRIED without ALLOW_RETRY to handle_mm_fault()), with the trace
 * in the failure message and under target/retrycheck/. `mvn test -Pfixed` checks the corrected change: all pass.
 */
class ProposedChangeTest {
    private static final boolean FIXED = Boolean.getBoolean("proposal.fixed");

    @TestFactory
    Stream<DynamicTest> proposedRetry() {
        return RetryCheckTests.of(RetryCheck.handler(new ProposedX86(FIXED))
                .variants(Variant.V5_7)
                .scenarios("filemap-io", "swap-io")
                .addProperties(new AtMostThreeAttempts()));
    }
}
