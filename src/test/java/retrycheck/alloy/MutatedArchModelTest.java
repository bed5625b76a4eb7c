package retrycheck.alloy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated arch model whose v5.7 retry clears ALLOW_RETRY again (the pre-patch behaviour) makes the check
 * fail: FLAGS_v57 gets a counterexample where the model expects it to hold.
 */
class MutatedArchModelTest {

    @Test
    void aV57RetryThatClearsAllowRetryGetsAFlagsCounterexample(@TempDir Path dir) throws Exception {
        Arch x86 = Arches.all().stream().filter(a -> a.name().equals("x86")).findFirst().orElseThrow();
        var mutant = new GenerateModels.ArchDecl("x86", x86.getClass().getName() + " (mutant: v5.7 clears ALLOW_RETRY)",
                x86.file(), x86.function(), "", x86.choices(Variant.V5_6),
                x86.choices(Variant.V5_7).withClearsAllowRetry(true));
        Map<String, String> files = GenerateModels.generate(List.of(mutant));
        Files.createDirectories(dir.resolve("arch"));
        for (var e : files.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        for (String lib : new String[]{"flags.als", "retry.als"}) Files.copy(TestModels.MODELS.resolve(lib), dir.resolve(lib));

        AlloyRunner.Model m = AlloyRunner.parse(dir.resolve("arches.als"));
        AlloyResult r = AlloyRunner.run(m, m.command("FLAGS_v57"), null);
        assertEquals(Outcome.HOLDS, r.expected(), "v5.7 must satisfy FLAGS whatever the declaration says");
        assertEquals(Outcome.COUNTEREXAMPLE, r.outcome());
        assertEquals(AlloyResult.Verdict.FAIL, r.verdict());
        assertNotNull(r.trace());
        assertTrue(r.trace().states().stream().anyMatch(s -> AlloyTrace.isForbiddenFlags(s.get("flags"))), r.trace().render());
        assertEquals("ALLOW_RETRY", r.trace().config().get("Arch.clears"), r.trace().render());
        assertEquals(AlloyCommand.FAIL, AlloyCommand.exitCode(List.of(r)));
    }
}
