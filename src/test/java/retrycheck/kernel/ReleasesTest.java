package retrycheck.kernel;

import org.junit.jupiter.api.Test;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The releases as variants: their order, their trees, and which handlers the model holds in each. */
class ReleasesTest {

    @Test void theReleasesAreOrderedAndNameTheirTrees() {
        assertEquals(List.of("v5.6", "v5.7", "v5.9", "v5.12", "v6.0", "v6.3", "v6.4", "v6.5", "v6.8"), Variant.labels());
        assertEquals("5.12.9", Variant.V5_12.release());
        assertTrue(Variant.V6_0.atLeast(Variant.V5_12) && !Variant.V5_9.atLeast(Variant.V5_12));
        assertEquals(Variant.V5_9, Variant.V5_12.previous());
        assertTrue(Variant.V6_8.isV57() && !Variant.V5_6.isV57());
        assertEquals(Variant.V6_4, Variant.parse("V6.4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variant.parse("v5.8"));
        assertTrue(e.getMessage().contains("'v5.8'") && e.getMessage().contains("v5.12"), e.getMessage());
    }

    @Test void aHandlerIsDeclaredOnlyWhereItsArchExistsItsCoreIsHeldAndItsTreeIsCited() {
        for (FaultHandler h : Handlers.all())
            for (Variant v : Variant.values()) {
                if (!h.declares(v)) continue;
                assertTrue(KernelReleases.declared(v), h.name() + " " + v);
                if (h instanceof Arch a) {
                    assertTrue(a.existsIn(v), h.name() + " " + v);
                    assertNotNull(a.cites(v), h.name() + " " + v);
                    assertNotNull(a.choices(v), h.name() + " " + v);
                }
            }
        for (Variant v : Variant.PATCH)
            for (FaultHandler h : Handlers.all())
                if (!(h instanceof Arch a) || a.existsIn(v)) assertTrue(h.declares(v), h.name() + " " + v);
    }

    @Test void archesLeaveTheReleasesWhoseTreeNoLongerHasThem() {
        Arch unicore32 = byName("unicore32"), nds32 = byName("nds32"), ia64 = byName("ia64");
        assertTrue(unicore32.existsIn(Variant.V5_7) && !unicore32.existsIn(Variant.V5_9));
        assertTrue(nds32.existsIn(Variant.V5_12) && !nds32.existsIn(Variant.V6_0));
        assertTrue(ia64.existsIn(Variant.V6_5) && !ia64.existsIn(Variant.V6_8));
        for (Variant v : Variant.values()) if (v.atLeast(Variant.V5_9)) assertFalse(unicore32.declares(v), v.label());
    }

    @Test void eachReleaseBuildsItsOwnCoreClasses() {
        assertEquals(Filemap56.class, KernelReleases.filemap(Variant.V5_6).apply(null).getClass());
        assertEquals(Filemap.class, KernelReleases.filemap(Variant.V5_7).apply(null).getClass());
        assertEquals(Memory59.class, KernelReleases.memory(Variant.V5_12).apply(null).getClass());
        assertEquals(Memory68.class, KernelReleases.memory(Variant.V6_8).apply(null).getClass());
        assertEquals(Userfaultfd59.class, KernelReleases.userfaultfd(Variant.V6_5).apply(null).getClass());
        assertEquals(Gup56.class, KernelReleases.gup(Variant.V5_6).apply(null).getClass());
    }

    private static Arch byName(String n) {
        return Arches.all().stream().filter(a -> a.name().equals(n)).findFirst().orElseThrow();
    }
}
