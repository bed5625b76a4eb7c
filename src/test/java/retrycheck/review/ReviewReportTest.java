package retrycheck.review;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewReportTest {
    @Test
    void readsTheSixRequirementsOfTheSpec() throws Exception {
        List<String[]> reqs = ReviewReport.requirements(Path.of("spec/requirements.md"));
        assertEquals(Invariants.ids(), reqs.stream().map(r -> r[0]).toList());
    }

    @Test
    void reportShowsStatusTracesAndRendersToHtml() throws Exception {
        CheckResult r;
        try (Checker c = new Checker()) {
            r = c.run(new CheckSpec(Handlers.byName("x86"), Variant.V5_6, Scenarios.byId("filemap-io"), Invariants.ALL,
                    KernelOps.DEFAULT), Explorer.Options.defaults());
        }
        var in = new ReviewReport.Inputs(ReviewReport.requirements(Path.of("spec/requirements.md")), List.of(r), List.of(),
                Map.of(), null, "not installed", Map.of("x86 v5.6 filemap-io FLAGS", "traces/x.html"), Map.of());
        String md = ReviewReport.markdown(in);
        assertTrue(md.contains("| x86 | [FAIL](traces/x.html) |"), md);
        String html = ReviewReport.html(md);
        assertTrue(html.contains("<table>") && html.contains("href=\"traces/x.html\""), html);
        assertTrue(!html.contains("<script"), "self-contained, no scripts");
    }

    /** The claims' section: per arch and version, the embedded verdict of each claim over the comparable scenarios. */
    @Test
    void reportShowsTheClaimsPerArchAndVersion() throws Exception {
        List<CheckResult> rs = new java.util.ArrayList<>();
        try (Checker c = new Checker()) {
            for (String[] x : new String[][]{{"x86", "uffd-wp-swap"}, {"um", "uffd-user"}, {"x86", "ttm-fence-kernel"}})
                rs.add(c.run(new CheckSpec(Handlers.byName(x[0]), Variant.V5_7, Scenarios.byId(x[1]), retrycheck.check.Claims.ALL,
                        KernelOps.DEFAULT), Explorer.Options.defaults()));
        }
        var in = new ReviewReport.Inputs(ReviewReport.requirements(Path.of("spec/requirements.md")), rs, List.of(),
                Map.of(), null, "not installed", Map.of(), Map.of());
        String md = ReviewReport.markdown(in);
        assertTrue(md.contains("## The patch's claims: embedded and Alloy per arch and version"), md);
        // um spins on uffd-user with SIGUSR1 (RETRY_WAIT FAIL); x86's TTM spin is not among the compared scenarios
        assertTrue(md.contains("| RETRY_WAIT | v5.7 | user-mode scenarios on the filemap, swap, uffd and uffd-wp-swap paths | um |"), md);
        assertTrue(md.contains("| UFFD_WP_SWAP | v5.6 | uffd-wp-swap | n/a | n/a | not in this version (v5.6.4 has no userfaultfd write-protect"), md);
        // x86: RETRY_WAIT and COMPLETE and UFFD_WP_SWAP PASS in v5.7 (uffd-wp-swap), no Alloy results given
        assertTrue(md.contains("| x86 | n/a / n/a | PASS / n/a | n/a / n/a | PASS / n/a | n/a / n/a | PASS / n/a |"), md);
    }
}
