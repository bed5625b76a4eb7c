package retrycheck.specgen;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.review.FakeRelease;
import retrycheck.review.History;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * spec/history.md: its format (on a few checks, with a test-only third release), and that it was made from the
 * releases the model declares. The whole matrix is run only with -Dretrycheck.regenerate=true, which rewrites it
 * ({@link HistoryDoc#REGENERATE}).
 */
class HistoryDocTest {
    private static final boolean REGENERATE = Boolean.getBoolean("retrycheck.regenerate");

    @Test void regenerateOrCheckThatTheFileNamesTheDeclaredReleases() throws Exception {
        if (REGENERATE) {
            List<CheckResult> results = HistoryDoc.runMatrix(2);
            Files.writeString(HistoryDoc.FILE, HistoryDoc.markdown(Handlers.all(), results));
            return;
        }
        assertTrue(Files.exists(HistoryDoc.FILE), HistoryDoc.FILE + " is missing: run " + HistoryDoc.REGENERATE);
        String md = Files.readString(HistoryDoc.FILE);
        String line = md.lines().filter(l -> l.startsWith(HistoryDoc.RELEASES_LINE)).findFirst().orElse("");
        String expected = HistoryDoc.RELEASES_LINE + String.join(", ",
                History.declaredReleases().stream().map(v -> v.label() + " (" + v.release() + ")").toList()) + ".";
        assertEquals(expected, line, HistoryDoc.FILE + " was made from other releases than the model declares now: run "
                + HistoryDoc.REGENERATE + " and commit it");
        assertTrue(md.contains("\n## v5.6 → v5.7\n") && md.contains("| x86 | FLAGS | FAIL → PASS |"), md);
    }

    @Test void eachFlipNamesItsScenariosTheDeclarationDeltaAndTheKernelChange() throws Exception {
        FaultHandler flips = new FakeRelease(true), x86 = Handlers.byName("x86");
        List<CheckResult> results = MatrixRunner.run(CheckSpec.matrix(List.of(x86, flips),
                List.of(Variant.V5_6, Variant.V5_7, Variant.V5_9), List.of(Scenarios.byId("filemap-io")), Invariants.ALL),
                Explorer.Options.defaults(), 1, x -> { });
        String md = HistoryDoc.markdown(List.of(x86, flips), results);
        // v5.6 -> v5.7: x86's FLAGS flip, explained by the patch (change 1) through the components its retry changed
        assertTrue(md.contains("| x86 | FLAGS | FAIL → PASS | filemap-io | gate NESTED → COMBINED; clearsAllowRetry true → false; "
                + "signalCheck FATAL_IN_RETRY_BRANCH → FAULT_SIGNAL_PENDING | 1, 2 |"), md);
        assertTrue(md.contains("1. mm: allow VM_FAULT_RETRY for multiple times (Peter Xu; 4064b9827063)"), md);
        // v5.7 -> v5.9: the fake's own declaration change, which no change of v5.9 names: said so, not hidden
        assertTrue(md.contains("| x86-fake59-flags | FLAGS | PASS → FAIL | filemap-io | clearsAllowRetry false → true | "
                + "the declaration changed, but no listed change of the release names it: check the declaration |"), md);
        assertTrue(md.contains("Core classes: mm/memory.c Memory → Memory59; fs/userfaultfd.c Userfaultfd → Userfaultfd59; mm/gup.c Gup → Gup59."), md);
        assertTrue(md.contains(HistoryDoc.RELEASES_LINE + "v5.6 (5.6.4), v5.7 (5.7.14), v5.9 (5.9.1)."), md);
        assertEquals(List.of("none"), List.of(HistoryDoc.choiceDelta(Handlers.byName("gup"), Variant.V5_6, Variant.V5_7).isEmpty() ? "none" : "some"));
    }
}
