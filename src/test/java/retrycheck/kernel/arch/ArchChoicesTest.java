package retrycheck.kernel.arch;

import org.junit.jupiter.api.Test;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.Variant;
import retrycheck.runtime.Src;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-arch declarations against kernel-facts.md §4 and the patch: TRIED and ALLOW_RETRY before and after. */
class ArchChoicesTest {
    private static final List<String> NAMES = List.of("alpha", "arc", "arm", "arm64", "hexagon", "ia64", "m68k",
            "microblaze", "mips", "nds32", "nios2", "openrisc", "parisc", "powerpc", "riscv", "s390", "sh", "sparc32",
            "sparc64", "um", "unicore32", "x86", "xtensa");
    /** v5.6 cleared ALLOW_RETRY without setting TRIED on these. */
    private static final Set<String> NO_TRIED_56 = Set.of("alpha", "parisc", "unicore32");

    private static final int START_57 = FaultFlags.DEFAULT | FaultFlags.USER;
    private static final int START_56 = FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE | FaultFlags.USER;

    private static boolean has(int flags, int bit) { return (flags & bit) != 0; }

    @Test
    void twentyThreeArchesInPatchOrder() {
        assertEquals(23, Arches.patch().size());
        assertEquals(NAMES, Arches.patch().stream().map(Arch::name).toList());
    }

    @Test
    void everyArchDeclaresItsSource() {
        for (Arch a : Arches.patch()) {
            assertTrue(a.file().startsWith("arch/"), a.name());
            assertFalse(a.function().isBlank(), a.name());
            assertTrue(a.choices(Variant.V5_7).lines().startsWith("v5.7.14 " + a.file() + ":"), a.name());
            assertTrue(a.choices(Variant.V5_6).lines().startsWith("v5.6.4 " + a.file() + ":"), a.name());
        }
    }

    @Test
    void v57SetsTriedAndKeepsAllowRetry() {
        for (Arch a : Arches.patch()) {
            RetryChoices c = a.choices(Variant.V5_7);
            assertTrue(c.setsTried(), a.name());
            assertFalse(c.clearsAllowRetry(), a.name());
            int once = c.retryFlags(START_57);
            int twice = c.retryFlags(once);
            for (int f : new int[] {once, twice}) {
                assertTrue(has(f, FaultFlags.ALLOW_RETRY), a.name() + " " + FaultFlags.names(f));
                assertTrue(has(f, FaultFlags.TRIED), a.name() + " " + FaultFlags.names(f));
                assertFalse(FaultFlags.isForbidden(f), a.name());
            }
        }
    }

    @Test
    void v56ClearsAllowRetryAndSetsTriedExceptThree() {
        for (Arch a : Arches.patch()) {
            RetryChoices c = a.choices(Variant.V5_6);
            boolean tried = !NO_TRIED_56.contains(a.name());
            assertTrue(c.clearsAllowRetry(), a.name());
            assertEquals(tried, c.setsTried(), a.name());
            int once = c.retryFlags(START_56);
            assertFalse(has(once, FaultFlags.ALLOW_RETRY), a.name());
            assertEquals(tried, has(once, FaultFlags.TRIED), a.name());
            assertEquals(tried, FaultFlags.isForbidden(once), a.name() + ": the combination the patch forbids");
        }
    }

    @Test
    void onlyS390ClearsRetryNowait() {
        for (Arch a : Arches.patch())
            for (Variant v : Variant.PATCH)
                assertEquals(a.name().equals("s390"), a.choices(v).clearsRetryNowait(), a.name() + " " + v);
    }

    /** Every C line the shared shape reaches for an arch's declaration is cited, in both trees. */
    @Test
    void everyArchCitesTheLinesItsChoicesReach() {
        List<Arch> all = new java.util.ArrayList<>(Arches.patch());
        all.addAll(Arches.extra());
        for (Arch a : all)
            for (Variant v : Variant.PATCH) {
                RetryChoices c = a.choices(v);
                RetryChoices.Path p = c.path();
                Cites l = a.cites(v);
                String n = a.name() + " " + v;
                assertTrue(l.lock != null && l.upRead != null && l.signalCheck != null && l.retryFlags != null, n);
                assertTrue(l.vmStart != null && l.majFlt != null && l.minFlt != null, n);
                assertEquals(c.relock() == RetryChoices.Relock.TRYLOCK_BRANCH, l.trylock != null, n);
                assertEquals(c.relock() == RetryChoices.Relock.ARCH_RELOCKS, l.relock != null, n);
                assertEquals(p.stack() == RetryChoices.Stack.GROWSDOWN, l.growsDown != null, n);
                assertEquals(p.perf() != RetryChoices.Perf.NONE, l.perf != null, n);
                assertEquals(p.readMask() != 0, l.accessRead != null, n);
                assertEquals(p.execMask() != 0, l.accessExec != null, n);
                assertTrue(l.accessWrite != null, n);
                if (p.badArea() == RetryChoices.BadArea.LABEL) assertTrue(l.badAreaUpRead != null, n);
                if (p.errors() == RetryChoices.Errors.AFTER_UP_READ || p.badArea() != RetryChoices.BadArea.LABEL)
                    assertTrue(l.errorUpRead != null, n);
                if (p.errors() == RetryChoices.Errors.LABELS)
                    for (RetryChoices.ErrorCase e : p.errorCases()) {
                        if (e.exit() == RetryChoices.Exit.OUT_OF_MEMORY) assertTrue(l.oomUpRead != null, n);
                        if (e.exit() == RetryChoices.Exit.DO_SIGBUS) assertTrue(l.sigbusUpRead != null, n);
                    }
                assertEquals(p.otherwise() == RetryChoices.Exit.BUG, l.bug != null, n);
                assertEquals(p.fatalSignalFirst(), l.errorSignal != null, n);
                for (Src s : new Src[] {l.lock, l.upRead, l.signalCheck, l.retryFlags})
                    assertEquals(v.isV57() ? Src.V5_7_14 : Src.V5_6_4, s.release(), n + " " + s);
            }
    }
}
