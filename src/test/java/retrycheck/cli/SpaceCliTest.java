package retrycheck.cli;

import org.junit.jupiter.api.Test;
import retrycheck.check.space.Space;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.cli.CliTest.cli;

/** The scenario space on the command line: list scenarios/dimensions, check --scenario selectors, --space. */
class SpaceCliTest {
    @Test
    void listScenariosPrintsTheDefaultSetWithDimensionValuesAndInvalidOnesWithReasons() {
        CliTest.Result r = cli("list", "scenarios");
        assertEquals(Main.OK, r.exit(), r.all());
        List<String> lines = r.out().lines().toList();
        assertEquals(Space.defaultSet().size() + 1, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("filemap-io ") && lines.get(0).contains("core=filemap page=under-read provider=completes")
                && lines.get(0).contains("generated id filemap_under-read_completes_fatal"), lines.get(0));
        CliTest.Result full = cli("list", "scenarios", "--space", "full");
        assertEquals(Space.valid().size() + 1, full.out().lines().count(), full.err());
        CliTest.Result inv = cli("list", "scenarios", "--invalid");
        assertEquals(Main.OK, inv.exit(), inv.all());
        assertTrue(inv.out().contains("not-modelled: core=shmem") && inv.out().contains("stuck:")
                && inv.out().contains(Space.invalid().size() + " invalid combinations"), inv.out());
        CliTest.Result dims = cli("list", "dimensions");
        assertTrue(dims.out().contains("core: ") && dims.out().contains("  wakes ") && dims.out().contains("[not modelled"), dims.out());
        assertEquals(Main.USAGE, cli("list", "arches", "--invalid").exit());
    }

    @Test
    void checkSelectsByDimensionValues() {
        CliTest.Result r = cli("check", "--quiet", "--arch", "x86", "--variant", "v5.7", "--scenario",
                "core=uffd,mode=kernel,signals=nonfatal,provider=never,access=read,thread=none", "--invariant", "RETRY_WAIT,DEADLOCK");
        // the kernel-mode userfault that spins with SIGUSR1 pending and a monitor that never answers: on x86 too
        assertEquals(Main.FAILED, r.exit(), r.all());
        assertTrue(r.out().matches("(?s).*uffd_missing_never_kernel_nonfatal +FAIL +PASS.*"), r.out());
        assertTrue(r.out().contains("uffd_missing_never_kernel_nonfatal ") && r.out().contains("1 checks in"), r.out());
        CliTest.Result ids = cli("check", "--quiet", "--arch", "x86", "--variant", "v5.7", "--scenario",
                "filemap_hit,filemap-eof", "--invariant", "FLAGS");
        assertEquals(Main.OK, ids.exit(), ids.all());
        assertTrue(ids.out().contains("2 checks in"), ids.out());
    }

    @Test
    void badSelectorsAreUsageErrorsNamingTheChoices() {
        CliTest.Result dim = cli("check", "--scenario", "cor=uffd");
        assertEquals(Main.USAGE, dim.exit(), dim.all());
        assertTrue(dim.err().contains("unknown dimension 'cor'; valid: core, page, provider, access, mode, mapping, signals, thread"), dim.err());
        CliTest.Result val = cli("check", "--scenario", "core=uffd,mode=kernal");
        assertEquals(Main.USAGE, val.exit());
        assertTrue(val.err().contains("unknown value 'kernal' of mode; valid: user, kernel"), val.err());
        CliTest.Result none = cli("check", "--scenario", "core=ttm,thread=page-locker");
        assertEquals(Main.USAGE, none.exit());
        assertTrue(none.err().contains("matches no valid scenario") && none.err().contains("locker:"), none.err());
        CliTest.Result unmodelled = cli("check", "--scenario", "core=shmem");
        assertEquals(Main.USAGE, unmodelled.exit());
        assertTrue(unmodelled.err().contains("not modelled"), unmodelled.err());
        CliTest.Result mixed = cli("check", "--scenario", "filemap-io,core=uffd");
        assertEquals(Main.USAGE, mixed.exit());
        assertTrue(mixed.err().contains("mixes ids and dimension=value"), mixed.err());
        CliTest.Result invalidId = cli("check", "--scenario", "filemap_under-read");
        assertEquals(Main.USAGE, invalidId.exit());
        assertTrue(invalidId.err().contains("not a valid scenario: provider:"), invalidId.err());
        CliTest.Result both = cli("check", "--space", "full", "--scenario", "filemap-io");
        assertEquals(Main.USAGE, both.exit());
        CliTest.Result space = cli("check", "--space", "huge");
        assertEquals(Main.USAGE, space.exit());
        assertTrue(space.err().contains("valid: default, full, named"), space.err());
    }
}
