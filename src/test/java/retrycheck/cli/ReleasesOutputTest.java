package retrycheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.trace.TraceJson;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.cli.CliTest.cli;

/** What check, review and bench show across releases (issue 17, helper 17e). */
class ReleasesOutputTest {

    @Test void checkAcrossReleasesSummarisesEachReleaseAndTheJsonNamesVariantAndTree(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out.json");
        CliTest.Result r = cli("check", "--arch", "x86", "--variant", "all", "--scenario", "filemap-io", "--quiet",
                "--json", json.toString());
        assertEquals(Main.FAILED, r.exit(), r.all());             // v5.6 FLAGS
        assertTrue(r.out().contains("per release:\n"), r.out());
        assertTrue(r.out().contains("  v5.6   (5.6.4)      1 checks,  1 handlers: 6 PASS, 1 FAIL, 0 INCOMPLETE, 0 ERROR; FAIL: FLAGS 1\n"), r.out());
        assertTrue(r.out().contains("  v5.7   (5.7.14)     1 checks,  1 handlers: 7 PASS, 0 FAIL, 0 INCOMPLETE, 0 ERROR\n"), r.out());
        JsonNode checks = TraceJson.MAPPER.readTree(Files.readString(json)).get("checks");
        long held = java.util.Arrays.stream(retrycheck.kernel.Variant.values()).filter(retrycheck.kernel.Handlers.byName("x86")::declares).count();
        assertEquals(held, checks.size());   // the releases the model holds x86 for (v5.6, v5.7 until the others are merged)
        for (JsonNode c : checks) {
            String v = c.get("variant").asText();
            assertEquals(retrycheck.kernel.Variant.parse(v).release(), c.get("release").asText(), c.toString());
        }
    }

    @Test void aSingleReleaseHasNoPerReleaseLines() {
        CliTest.Result r = cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--quiet");
        assertEquals(Main.OK, r.exit(), r.all());
        assertFalse(r.out().contains("per release:"), r.out());
    }

    @Test void reviewRefusesReleasesTheModelHoldsNothingOfBeforeCreatingAnything(@TempDir Path dir) {
        Path out = dir.resolve("rev");
        retrycheck.kernel.Variant none = java.util.Arrays.stream(retrycheck.kernel.Variant.values())
                .filter(v -> !retrycheck.kernel.KernelReleases.declared(v)).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(none != null, "every release is held: no release to refuse");
        CliTest.Result r = cli("review", "--variant", none.label(), "--out", out.toString(), "--quiet");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("no checks selected") && r.err().contains("x86 " + none.label()), r.err());
        assertFalse(Files.exists(out), "nothing created");
        CliTest.Result bad = cli("review", "--variant", "v5.8", "--out", out.toString(), "--quiet");
        assertEquals(Main.USAGE, bad.exit(), bad.all());
        assertTrue(bad.err().contains("v5.8") && bad.err().contains("v6.8"), bad.err());
    }

    @Test void benchOverReleasesGivesTheTotalAndALinePerRelease() throws Exception {
        var specs = retrycheck.check.CheckSpec.matrix(java.util.List.of(retrycheck.kernel.Handlers.byName("x86")),
                retrycheck.kernel.Variant.PATCH, java.util.List.of(retrycheck.check.Scenarios.byId("filemap-io")),
                retrycheck.check.Invariants.ALL);
        var rs = retrycheck.check.MatrixRunner.run(specs, retrycheck.explore.Explorer.Options.defaults(), 1, x -> { });
        String out = BenchCommand.releaseFigures(rs, 1.5, 1);
        long execs = rs.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum();
        assertTrue(out.startsWith("whole matrix over v5.6,v5.7: 2 checks, " + execs + " executions (+pruned), 1.5 s wall on 1 workers"), out);
        String[] v56 = out.lines().filter(l -> l.trim().startsWith("v5.6 ")).findFirst().orElseThrow().trim().split("\\s+");
        assertEquals(java.util.List.of("v5.6", "5.6.4", "1", "1", Long.toString(rs.get(0).stats.executions + rs.get(0).stats.pruned)),
                java.util.List.of(v56).subList(0, 5), out);
    }

    @Test void benchRefusesAnUnknownReleaseBeforeRunning() {
        CliTest.Result r = cli("bench", "--variant", "v5.8", "--quiet");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("v5.8") && r.err().contains("v6.8"), r.err());
    }
}
