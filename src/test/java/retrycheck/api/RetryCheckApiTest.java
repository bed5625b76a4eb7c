package retrycheck.api;

import example.ProposedX86;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import retrycheck.check.Invariants;
import retrycheck.check.Verdict;
import retrycheck.junit.RetryCheckTests;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.RetryChoices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reviewer's fluent API and its JUnit 5 dynamic tests. */
class RetryCheckApiTest {
    @TempDir Path traces;

    private static ProposedX86 clearingAllowRetry() {
        return new ProposedX86() {
            @Override protected RetryChoices v57() { return super.v57().withClearsAllowRetry(true); }
        };
    }

    @Test
    void oneDynamicTestPerHandlerVersionScenarioNamedAfterIt() {
        List<String> names = RetryCheckTests.of(RetryCheck.arch("x86", "GUP").scenarios("filemap-io", "swap-io"))
                .map(DynamicTest::getDisplayName).collect(Collectors.toList());
        assertEquals(List.of("x86 v5.6 filemap-io", "x86 v5.6 swap-io", "x86 v5.7 filemap-io", "x86 v5.7 swap-io",
                "gup v5.6 filemap-io", "gup v5.6 swap-io", "gup v5.7 filemap-io", "gup v5.7 swap-io"), names);
    }

    @Test
    void aPassingCheckPassesAndSaysWhatWasExplored() {
        Check.Outcome o = RetryCheck.handler(new ProposedX86()).variants(Variant.V5_7).scenarios("filemap-io")
                .traceDir(traces).run().get(0);
        assertTrue(o.asExpected(), o.message());
        assertTrue(o.message().contains("exhaustive"), o.message());
        assertTrue(o.traceFiles().isEmpty());
    }

    @Test
    void aViolationFailsTheTestWithTheTraceAndTheFilesWritten() throws Exception {
        RetryCheck rc = RetryCheck.handler(clearingAllowRetry()).variants(Variant.V5_7).scenarios("filemap-io").traceDir(traces);
        DynamicTest t = RetryCheckTests.of(rc).findFirst().orElseThrow();
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> t.getExecutable().execute());
        assertTrue(e.getMessage().contains("FLAGS: FAIL, expected PASS"), e.getMessage());
        assertTrue(e.getMessage().contains("TRIED without ALLOW_RETRY"), e.getMessage());
        Path json = traces.resolve("proposed-x86-v5.7-filemap-io-FLAGS.json").toAbsolutePath();
        assertTrue(e.getMessage().contains(json.toString()), e.getMessage());
        assertTrue(Files.isRegularFile(json));
        assertTrue(Files.readString(traces.resolve("proposed-x86-v5.7-filemap-io-FLAGS.html")).contains("<html"));
        try (var s = Files.list(traces)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void anExpectedFindingPassesAndItsAbsenceFails() {
        RetryCheck expectFlags = RetryCheck.handler(clearingAllowRetry()).variants(Variant.V5_7).scenarios("filemap-io")
                .traceDir(traces).expect("flags", Verdict.FAIL);
        assertTrue(expectFlags.run().get(0).asExpected());
        Check.Outcome o = RetryCheck.handler(new ProposedX86()).variants(Variant.V5_7).scenarios("filemap-io")
                .traceDir(traces).expect("FLAGS", Verdict.FAIL).run().get(0);
        assertFalse(o.asExpected());
        assertTrue(o.message().contains("FLAGS: PASS, expected FAIL"), o.message());
    }

    @Test
    void aCheckCutShortIsNeverAsExpected() {
        Check.Outcome o = RetryCheck.handler(new ProposedX86()).variants(Variant.V5_7).scenarios("filemap-relock")
                .traceDir(traces).maxExecutions(2).run().get(0);
        assertFalse(o.asExpected());
        assertTrue(o.message().contains("INCOMPLETE"), o.message());
    }

    @Test
    void badSelectionsAreRefusedWithTheChoices() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryCheck.arch("vax")).getMessage().contains("x86"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryCheck.arch("x86").scenarios("nope"))
                .getMessage().contains("filemap-io"));
        assertThrows(IllegalArgumentException.class, () -> RetryCheck.arch("x86").scenarios(new String[0]));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RetryCheck.arch("x86").addProperties(Invariants.FLAGS)).getMessage().contains("built-in"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RetryCheck.arch("x86").invariants("FLAGS").expect("DROP", Verdict.PASS).checks()).getMessage().contains("DROP"));
        assertThrows(IllegalArgumentException.class, () -> RetryCheck.arch("x86").maxExecutions(0));
    }
}
