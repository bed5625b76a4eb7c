package retrycheck.alloy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;
import retrycheck.kernel.arch.RetryChoices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated models of the releases after v5.7 (issue 17), from declarations made up here (the main code declares
 * only the releases it holds): one pred per release, v5.9's identical declaration not checked twice, v6.0's
 * VM_FAULT_COMPLETED breaking LOCK (c) by design in every arch, and retry.als's own v6.0 commands.
 */
class AlloyReleasesTest {
    static final Arch X86 = Arches.all().stream().filter(a -> a.name().equals("x86")).findFirst().orElseThrow();
    static final RetryChoices V57 = X86.choices(Variant.V5_7);
    static final RetryChoices V60 = V57.withGate(RetryChoices.Gate.RETRY_ONLY).withCompleted(RetryChoices.Completed.RETURN);

    static List<GenerateModels.ArchDecl> decls() {
        return List.of(
                new GenerateModels.ArchDecl("x86", X86.getClass().getName(), X86.file(), X86.function(), "",
                        Map.of(Variant.V5_7, V57, Variant.V5_9, V57, Variant.V6_0, V60)),
                // a v6.0 declaration that forgot the COMPLETED test
                new GenerateModels.ArchDecl("nocompleted", X86.getClass().getName() + " (mutant)", X86.file(), X86.function(), "",
                        Map.of(Variant.V6_0, V57.withGate(RetryChoices.Gate.RETRY_ONLY))));
    }

    @Test void eachReleaseIsAPredAndAnUnchangedDeclarationIsCheckedOnce() {
        Map<String, String> files = GenerateModels.generate(decls());
        String x86 = files.get("arch/x86.als");
        assertTrue(x86.contains("pred x86_v57 {") && x86.contains("pred x86_v59 {") && x86.contains("pred x86_v60 {"), x86);
        String v60 = x86.substring(x86.indexOf("pred x86_v60 {"));
        assertTrue(v60.contains("Arch.corev = V60 and Arch.gate = RETRY_ONLY") && v60.contains("Arch.completed = COMPLETED_RETURN"), v60);
        String checks = files.get("arches.als");
        assertTrue(checks.contains("-- ===== v5.9 =====\n-- FLAGS: same declaration as checked by FLAGS_v57: x86\n"), checks);
        assertTrue(!checks.contains("check FLAGS_v59"), "v5.9 = v5.7 for x86: no second check\n" + checks);
        // LOCK (c) breaks by design from v6.0 in every arch (COMPLETED): one counterexample check per arch
        assertTrue(checks.contains("check LOCK_v60_x86 { x86_v60 implies LOCK }"), checks);
        assertTrue(checks.contains("check LOCK_v60_nocompleted { nocompleted_v60 implies LOCK }") , checks);
        assertTrue(checks.contains("check DROP_v60 { (x86_v60 or nocompleted_v60) implies (Fault.path != Shared implies DROP) }"), checks);
        Map<String, String> cov = GenerateModels.coverage(decls());
        assertEquals("FLAGS_v57", cov.get("FLAGS v5.9 x86"));
        assertEquals("LOCK_v60_nocompleted expect 1", cov.get("LOCK v6.0 nocompleted"));
        assertEquals("LOCK_v60_x86 expect 1", cov.get("LOCK v6.0 x86"));
    }

    @Test void completedBreaksLockInEveryArchByDesign(@TempDir Path dir) throws Exception {
        Map<String, String> files = GenerateModels.generate(decls());
        Files.createDirectories(dir.resolve("arch"));
        for (var e : files.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        for (String lib : new String[]{"flags.als", "retry.als"}) Files.copy(TestModels.MODELS.resolve(lib), dir.resolve(lib));
        AlloyRunner.Model m = AlloyRunner.parse(dir.resolve("arches.als"));
        for (String c : List.of("LOCK_v60_x86", "LOCK_v60_nocompleted", "LOCK_v60_x86_inst", "LOCK_v60_nocompleted_inst")) {
            AlloyResult r = AlloyRunner.run(m, m.command(c), null);
            assertEquals(AlloyResult.Verdict.PASS, r.verdict(), c + ": expected " + r.expected() + ", got " + r.outcome());
        }
        // the counterexample is the shared-write path's COMPLETED, returned with mmap_sem released by the core
        AlloyResult x86 = AlloyRunner.run(m, m.command("LOCK_v60_x86"), null);
        assertEquals(Outcome.COUNTEREXAMPLE, x86.outcome());
        assertTrue(x86.trace().render().contains("COMPLETED"), x86.trace().render());
    }

    @Test void retryAlsReportsDropsByDesignBreakAndTheRestHolds() throws Exception {
        AlloyRunner.Model m = AlloyRunner.parse(TestModels.MODELS.resolve("retry.als"));
        for (String c : List.of("LOCK_v60", "LOCK_v60_other_paths", "LOCK_v60_retry_or_completed", "LOCK_v60_no_completed_test",
                "DROP_v60_completed", "DROP_v60_other_paths",
                "DROP_v60_retry_or_completed", "DROP_v60_completed_inst")) {
            AlloyResult r = AlloyRunner.run(m, m.command(c), null);
            assertEquals(AlloyResult.Verdict.PASS, r.verdict(), c + ": expected " + r.expected() + ", got " + r.outcome()
                    + (r.trace() == null ? "" : "\n" + r.trace().render()));
        }
    }
}
