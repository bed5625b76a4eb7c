package retrycheck.review;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history across releases, with a fake third release (v5.9 declared by a test-only x86). */
class HistoryTest {
    static final FaultHandler SAME = new FakeRelease(false), FLIPS = new FakeRelease(true);
    static final List<Variant> RELEASES = List.of(Variant.V5_6, Variant.V5_7, Variant.V5_9);
    static List<CheckResult> results;

    @BeforeAll static void run() throws InterruptedException {
        results = MatrixRunner.run(CheckSpec.matrix(List.of(SAME, FLIPS), RELEASES, List.of(Scenarios.byId("filemap-io")),
                Invariants.ALL), Explorer.Options.defaults(), 1, x -> { });
        assertEquals(6, results.size());
    }

    private static History.Row row(List<History.Row> rows, String handler, String id) {
        return rows.stream().filter(r -> r.handler().name().equals(handler) && r.invariant().equals(id)).findFirst().orElseThrow();
    }

    @Test void eachCellIsTheVerdictOfItsReleaseAndAFlipIsMarked() {
        List<History.Row> rows = History.rows(List.of(SAME, FLIPS), RELEASES, Invariants.ids(), results);
        History.Row flags = row(rows, FLIPS.name(), "FLAGS");
        assertEquals(List.of(Verdict.FAIL, Verdict.PASS, Verdict.FAIL), flags.cells().stream().map(History.Cell::verdict).toList());
        assertEquals(List.of(false, true, true), flags.cells().stream().map(History.Cell::flip).toList());
        assertEquals(List.of("filemap-io"), flags.cells().get(2).failing());
        History.Row same = row(rows, SAME.name(), "FLAGS");
        assertEquals(List.of(false, true, false), same.cells().stream().map(History.Cell::flip).toList());
        assertFalse(row(rows, SAME.name(), "LOCK").anyFlip());
    }

    @Test void theFlipsOfSingleChecksNameBothReleases() {
        List<History.Flip> flips = History.flips(results);
        assertTrue(flips.contains(new History.Flip(FLIPS.name(), "filemap-io", "FLAGS", Variant.V5_7, Variant.V5_9,
                Verdict.PASS, Verdict.FAIL)), flips.toString());
        assertTrue(flips.stream().noneMatch(f -> f.handler().equals(SAME.name()) && f.to() == Variant.V5_9), flips.toString());
    }

    @Test void aReleaseWithoutTheHandlerSaysWhy() {
        // an arch in 6.8.0's tree whose 6.8 lines the model does not cite (as s390 was, before its rewritten
        // do_exception() was transliterated)
        FaultHandler unicore32 = Handlers.byName("unicore32"), x86 = new Uncited68();
        assertNull(History.absence(Handlers.byName("s390"), Variant.V6_8), "s390's v6.8 do_exception() is transliterated");
        assertEquals(History.Absence.NOT_IN_TREE, History.absence(unicore32, Variant.V5_9));
        assertEquals(History.Absence.NOT_TRANSLITERATED, History.absence(x86, Variant.V6_8));
        assertNull(History.absence(x86, Variant.V5_7));
        assertNull(History.absence(SAME, Variant.V5_9));
        // nothing of x86 itself was run here: its v5.7 cell is empty (not selected), its v6.8 cell says why
        List<History.Row> rows = History.rows(List.of(x86), List.of(Variant.V5_7, Variant.V6_8), List.of("FLAGS"), results);
        assertNull(rows.get(0).cells().get(0).absence());
        assertEquals(History.Absence.NOT_TRANSLITERATED, rows.get(0).cells().get(1).absence());
    }

    /** s390 without its 6.8.0 citations: in the tree, not transliterated. */
    static final class Uncited68 extends retrycheck.kernel.arch.S390 {
        @Override public String name() { return "s390-uncited-6.8"; }
        @Override protected retrycheck.kernel.arch.Cites cites68() { return null; }
    }

    @Test void theSectionShowsFlipsAbsencesAndLinksFailsToTheirTraces() {
        FaultHandler unicore32 = Handlers.byName("unicore32");
        Map<String, String> traces = Map.of(FLIPS.name() + " v5.9 filemap-io FLAGS", "traces/f59.html",
                FLIPS.name() + " v5.6 filemap-io FLAGS", "traces/f56.html");
        String md = HistoryView.markdown(List.of(SAME, FLIPS, unicore32), List.of(Variant.V5_6, Variant.V5_7, Variant.V5_9, Variant.V6_0),
                results, traces);
        assertTrue(md.contains("| " + FLIPS.name() + " | [FAIL](traces/f56.html) 1 | **↯ PASS** | **↯ [FAIL](traces/f59.html) 1** | – (n/t) |"), md);
        assertTrue(md.contains("| unicore32 |  |  | – (tree) | – (tree) |"), md);
        assertFalse(md.contains("(core not held)"), "every release's core is held now");
        assertTrue(md.contains("| v5.7 → v5.9 | " + FLIPS.name() + " | filemap-io | FLAGS | PASS → [FAIL](traces/f59.html) |"), md);
        assertTrue(ReviewReport.html(md).contains("href=\"traces/f59.html\""));
    }

    @Test void theAgreementPerReleaseComparesTheEnginesOnTheChecksThatCoverEachArch() {
        java.nio.file.Path arches = java.nio.file.Path.of("models/arches.als");
        var cex = new retrycheck.alloy.AlloyResult(arches, "FLAGS_v59_fake", 1, true, retrycheck.alloy.Outcome.COUNTEREXAMPLE,
                retrycheck.alloy.Outcome.COUNTEREXAMPLE, 0, null, null, null);
        var holds = new retrycheck.alloy.AlloyResult(arches, "FLAGS_v57", 2, true, retrycheck.alloy.Outcome.HOLDS,
                retrycheck.alloy.Outcome.HOLDS, 0, null, null, null);
        Map<String, String> coverage = Map.of("FLAGS v5.9 " + FLIPS.name(), "FLAGS_v59_fake expect 1",
                "FLAGS v5.9 " + SAME.name(), "FLAGS_v57", "FLAGS v5.7 " + FLIPS.name(), "FLAGS_v57", "FLAGS v5.7 " + SAME.name(), "FLAGS_v57");
        String md = HistoryView.alloyAgreement(List.of(SAME, FLIPS), RELEASES, results, List.of(cex, holds), coverage);
        assertTrue(md.contains("| v5.9 | FLAGS | " + FLIPS.name() + " | " + FLIPS.name() + " | agree |"), md);
        assertTrue(md.contains("| v5.7 | FLAGS | none | none | agree |"), md);
        // the Alloy side missing a violation the explorer found: differ
        String md2 = HistoryView.alloyAgreement(List.of(SAME, FLIPS), RELEASES, results, List.of(holds),
                Map.of("FLAGS v5.9 " + FLIPS.name(), "FLAGS_v57"));
        assertTrue(md2.contains("| v5.9 | FLAGS | " + FLIPS.name() + " | none | differ |"), md2);
        // an arch the Alloy models do not have (no coverage: s390-gmap) is not compared, even where it FAILs
        String md3 = HistoryView.alloyAgreement(List.of(SAME, FLIPS), RELEASES, results, List.of(holds),
                Map.of("FLAGS v5.9 " + SAME.name(), "FLAGS_v57"));
        assertTrue(md3.contains("| v5.9 | FLAGS | none | none | agree |"), md3);
    }
}
