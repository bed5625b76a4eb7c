package retrycheck.api;

import org.junit.jupiter.api.Test;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.kernel.Variant;
import retrycheck.runtime.Src;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RetryCheck builds scenarios from dimension values, with environment threads of the reviewer's own. */
class ScenarioBuilderTest {
    private static final Src MINE = Src.label("my/writer.c", "my_writer");

    @Test
    void dimensionValuesGiveTheSpacesScenarioAndTheNamedOneWhereItIsNamed() {
        assertSame(Scenarios.byId("uffd-kernel"), RetryCheck.scenario("core=uffd,mode=kernel,signals=fatal").build());
        Scenario s = RetryCheck.scenario("core=uffd,mode=kernel,signals=nonfatal,provider=never").build();
        assertEquals("uffd_missing_never_kernel_nonfatal", s.id());
        assertEquals(List.of("signal"), s.env().stream().map(e -> e.thread).toList());
    }

    @Test
    void anInvalidCombinationIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetryCheck.scenario("core=ttm,thread=page-locker,signals=fatal").build());
        assertTrue(e.getMessage().contains("locker: the ttm path takes no page lock"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RetryCheck.scenario("core=nfs").build());
        assertTrue(e.getMessage().contains("unknown value 'nfs' of core; valid: filemap, swap, ttm, uffd"), e.getMessage());
    }

    @Test
    void aUserEnvironmentThreadIsExploredAndItsViolationFound(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // a thread of the same mm that takes mmap_sem for write and never releases it: the fault's down_read waits forever
        Scenario leaky = RetryCheck.scenario("core=filemap,page=hit")
                .thread("leaky", k -> k.mm.mmapSem.downWrite(MINE.at(1, "down_write(&mm->mmap_sem);"))).build();
        assertEquals("filemap_hit+leaky", leaky.id());
        Check.Outcome bad = RetryCheck.arch("x86").variants(Variant.V5_7).scenarios(leaky).traceDir(dir).run().get(0);
        assertEquals(Verdict.FAIL, bad.result().verdicts.get("DEADLOCK"), bad.message());
        assertTrue(bad.result().traces.get("DEADLOCK").threads().contains("leaky"), bad.message());
        assertTrue(bad.result().stats.executions > 1, "explored: " + bad.result().stats.executions);

        // the same thread releasing it: every interleaving with the fault explored, nothing violated
        Scenario fine = RetryCheck.scenario("core=filemap,page=hit").thread("writer2", k -> {
            k.mm.mmapSem.downWrite(MINE.at(1, "down_write(&mm->mmap_sem);"));
            k.mm.mmapSem.upWrite(MINE.at(2, "up_write(&mm->mmap_sem);"));
        }).build();
        Check.Outcome ok = RetryCheck.arch("x86").variants(Variant.V5_7).scenarios(fine).traceDir(dir).run().get(0);
        assertTrue(ok.asExpected(), ok.message());
        assertTrue(ok.result().stats.executions > 1, "explored: " + ok.result().stats.executions);
    }

    @Test
    void aSelectorPicksFromTheWholeSpace() {
        List<Check> cs = RetryCheck.arch("x86").variants(Variant.V5_7).select("core=uffd,mode=kernel,signals=fatal|both").checks();
        assertTrue(cs.size() >= 2, "" + cs.size());
        for (Check c : cs) {
            assertTrue(c.spec().scenario().path() == retrycheck.kernel.CorePath.UFFD && !c.spec().scenario().userMode(), c.name());
        }
        assertThrows(IllegalArgumentException.class, () -> RetryCheck.arch("x86").select("core=ttm,page=hit"));
    }
}
