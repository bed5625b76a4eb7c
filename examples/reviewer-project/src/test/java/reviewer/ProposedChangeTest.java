package reviewer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import retrycheck.api.RetryCheck;
import retrycheck.junit.RetryCheckTests;
import retrycheck.kernel.Gup;
import retrycheck.kernel.Variant;

import java.util.stream.Stream;

/**
 * The review, as JUnit 5 tests: one test per handler x version x scenario. fixup_user_fault() is replaced by the
 * proposed copy in the core of every check. As proposed, "fixup_user_fault v5.7 filemap-io" and "... swap-io" fail
 * FLAGS (the second attempt passes TRIED without ALLOW_RETRY to handle_mm_fault()), with the trace in the failure
 * message and under target/retrycheck/. `mvn test -Pfixed` checks the corrected change: all pass.
 */
class ProposedChangeTest {
    private static final boolean FIXED = Boolean.getBoolean("proposal.fixed");

    @TestFactory
    Stream<DynamicTest> proposedFixupUserFault() {
        return RetryCheckTests.of(RetryCheck.arch("fixup_user_fault")
                .replacing(Gup.class, k -> new ProposedFixup(k, FIXED))
                .variants(Variant.V5_7)
                .scenarios("filemap-io", "swap-io")
                .addProperties(new AtMostThreeAttempts()));
    }
}
