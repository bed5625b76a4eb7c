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
}
