package retrycheck.check.space;

import org.junit.jupiter.api.Test;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.kernel.CorePath;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario space: named members, stable ids, validity, selectors, the pairwise default set. */
class SpaceTest {
    @Test
    void everyNamedScenarioIsExactlyOneValidPointAndItsGeneratedIdIsAnAlias() {
        List<Space.Entry> named = Space.named();
        assertEquals(Scenarios.ids(), named.stream().map(Space.Entry::id).toList());
        for (Space.Entry e : named) {
            assertTrue(e.valid(), e.id());
            String rule = Validity.reason(e.point());
            // the space builds the named scenario itself, the same threads and setup; or its core is one the space does not
            // build yet (a path added with an environment of its own), and then the named scenario is that point
            assertTrue(rule == null ? Space.sameShape(e.point().scenario(), e.scenario()) : rule.startsWith("not-built:"),
                    e.id() + ": " + rule);
            assertSame(Scenarios.byId(e.id()), e.scenario());
            assertSame(e.scenario(), Scenarios.byId(e.point().id()), e.point().id());
        }
        assertEquals("filemap_under-read_completes_kernel_fatal", Space.byId("filemap-io-kernel").point().id());
        assertEquals("uffd_missing_completes_kernel_fatal", Space.byId("uffd-kernel").point().id());
    }

    @Test
    void idsAreUniqueAndEachValidPointBuildsItsScenario() {
        Set<String> ids = new HashSet<>();
        for (Space.Entry e : Space.all()) assertTrue(ids.add(e.point().id()), "twice: " + e.point().id());
        for (Space.Entry e : Space.valid()) {
            Scenario s = e.scenario();
            assertNotNull(s, e.id());
            assertEquals(CorePath.parse(e.point().core()), s.path());
            assertEquals(e.point().mode().equals("user"), s.userMode());
        }
        assertEquals(Space.all().size(), Space.valid().size() + Space.invalid().size());
        int product = 1;
        for (Dimension d : Dimension.values()) product *= d.choices().size();
        assertEquals(product, Space.all().size());
    }

    @Test
    void invalidCombinationsSayWhy() {
        Point ttmLocker = Point.of("ttm", "in-move").with(Dimension.PROVIDER, "completes").with(Dimension.THREAD, "page-locker")
                .with(Dimension.SIGNALS, "fatal");
        assertTrue(Validity.reason(ttmLocker).startsWith("locker: the ttm path takes no page lock"), Validity.reason(ttmLocker));
        Point shmem = Point.of("shmem", "hit");
        assertTrue(Validity.reason(shmem).startsWith("not-modelled: core=shmem"), Validity.reason(shmem));
        Point stuck = Point.of("filemap", "under-read").with(Dimension.PROVIDER, "never");
        assertTrue(Validity.reason(stuck).startsWith("stuck:"), Validity.reason(stuck));
        Point kernelExec = Point.of("filemap", "hit").with(Dimension.ACCESS, "exec").with(Dimension.MODE, "kernel");
        assertTrue(Validity.reason(kernelExec).startsWith("exec-kernel:"), Validity.reason(kernelExec));
        assertNull(Validity.reason(Point.of("uffd", "missing").with(Dimension.PROVIDER, "never").with(Dimension.MODE, "kernel")
                .with(Dimension.SIGNALS, "nonfatal")), "the kernel-mode userfault spin is a scenario");
        for (Space.Entry e : Space.invalid()) {
            String rule = e.reason().substring(0, e.reason().indexOf(':'));
            assertTrue(Validity.RULES.stream().anyMatch(r -> r.id().equals(rule)), e.reason());
        }
    }

    @Test
    void selectorsMatchByDimensionValuesAndRefuseUnknownOnes() {
        List<Space.Entry> hits = Space.select(Selector.parse("core=uffd,mode=kernel"));
        assertTrue(hits.size() > 1);
        for (Space.Entry e : hits) assertTrue(e.point().core().equals("uffd") && e.point().mode().equals("kernel"), e.id());
        assertEquals(Space.select(Selector.parse("CORE=UFFD , mode=kernel")), hits);
        List<Space.Entry> alt = Space.select(Selector.parse("core=uffd,mode=kernel,signals=fatal|both"));
        assertTrue(alt.size() < hits.size() && !alt.isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Selector.parse("cor=uffd"));
        assertTrue(e.getMessage().contains("unknown dimension 'cor'; valid: core, page, provider"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Selector.parse("core=nfs"));
        assertTrue(e.getMessage().contains("unknown value 'nfs' of core; valid: filemap, swap, ttm, uffd"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Selector.parse("core=uffd,core=swap"));
        assertThrows(IllegalArgumentException.class, () -> Selector.parse("core=uffd,"));
        assertTrue(Space.select(Selector.parse("core=shmem")).isEmpty());
    }

    @Test
    void theDefaultSetHasTheNamedScenariosAndCoversEveryPairOfTheSpace() {
        List<Space.Entry> d = Space.defaultSet();
        assertEquals(Space.named(), d.subList(0, Scenarios.ALL.size()));
        Set<String> needed = new HashSet<>(), covered = new HashSet<>();
        for (Space.Entry e : Space.valid()) needed.addAll(Space.pairs(e.point()));
        for (Space.Entry e : d) covered.addAll(Space.pairs(e.point()));
        assertEquals(needed, covered);
        assertTrue(d.size() < Space.valid().size() / 10, d.size() + " of " + Space.valid().size());
        assertEquals(d, Space.defaultSet(), "deterministic");
    }
}
