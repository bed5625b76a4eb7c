package retrycheck.cli;

import org.junit.jupiter.api.Test;
import retrycheck.kernel.Variant;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.cli.CliTest.cli;

/** --variant: releases by label, 'patch' and 'all', and what happens where the model holds no handler. */
class VariantOptionTest {

    @Test void labelsPatchAndAllSelectReleasesInOrder() {
        assertEquals(Variant.PATCH, CheckCommand.variants(null));
        assertEquals(Variant.PATCH, CheckCommand.variants(List.of("patch")));
        assertEquals(List.of(Variant.values()), CheckCommand.variants(List.of("all")));
        assertEquals(List.of(Variant.V5_6, Variant.V6_0), CheckCommand.variants(List.of("v6.0,V5.6")));
        UsageException twice = assertThrows(UsageException.class, () -> CheckCommand.variants(List.of("v5.7,v5.7")));
        assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
    }

    @Test void aReleaseWithoutTheHandlerIsAUsageErrorThatSaysWhy() {
        // unicore32 left the kernel in v5.9: no release after v5.7 has it
        CliTest.Result r = cli("check", "--arch", "unicore32", "--variant", "v5.9", "--scenario", "filemap-io");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("no handler for unicore32 v5.9"), r.err());
    }

    @Test void allChecksWhatTheModelHoldsAndSaysWhatItSkipped() {
        CliTest.Result r = cli("check", "--arch", "unicore32", "--variant", "all", "--scenario", "filemap-io", "--invariant", "FLAGS", "--quiet");
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.err().contains("no handler in the model for unicore32 v5.9"), r.err());
        assertTrue(r.out().contains("v5.6") && r.out().contains("v5.7"), r.out());
    }

    /** review explores the claims with the invariants, so its claims section has verdicts (one exploration per check). */
    @Test void reviewChecksTheInvariantsAndTheClaims() {
        List<retrycheck.check.CheckSpec> specs = ReviewCommand.historySpecs(Variant.PATCH);
        List<String> ids = specs.get(0).properties().stream().map(retrycheck.check.Property::id).toList();
        assertTrue(ids.containsAll(List.of("FLAGS", "TERMINATION", "RETRY_WAIT", "COMPLETE", "UFFD_WP_SWAP")), ids.toString());
    }
}
