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

    /** Every C line the shared shape reaches for an arch's declaration is cited, in every release it declares. */
    @Test
    void everyArchCitesTheLinesItsChoicesReach() {
        List<Arch> all = new java.util.ArrayList<>(Arches.all());
        all.addAll(Arches.extra());
        List<String> missing = new java.util.ArrayList<>();   // every gap, not only the first
        for (Arch a : all)
            for (Variant v : Variant.values()) {
                if (!a.declares(v)) continue;
                RetryChoices c = a.choices(v);
                RetryChoices.Path p = c.path();
                Cites l = a.cites(v);
                String n = a.name() + " " + v;
                java.util.function.BiConsumer<Boolean, String> need = (ok, what) -> { if (!ok) missing.add(n + ": " + what); };
                boolean lmfv = c.relock() == RetryChoices.Relock.LOCK_MM_AND_FIND_VMA;
                // v6.4 on, the converted arches take the lock and find the vma in lock_mm_and_find_vma()
                need.accept(lmfv ? l.lockMmAndFindVma != null : l.lock != null, lmfv ? "lockMmAndFindVma" : "lock");
                need.accept(l.upRead != null && l.signalCheck != null && l.retryFlags != null, "upRead/signalCheck/retryFlags");
                if (!lmfv) need.accept(l.vmStart != null, "vmStart");
                // v5.9 on the core counts (mm_account_fault()): the arch cites no maj_flt/min_flt line
                need.accept((c.accounting() != RetryChoices.Accounting.CORE) == (l.majFlt != null && l.minFlt != null), "majFlt/minFlt iff not CORE");
                need.accept((c.relock() == RetryChoices.Relock.TRYLOCK_BRANCH) == (l.trylock != null), "trylock iff TRYLOCK_BRANCH");
                need.accept((c.relock() == RetryChoices.Relock.ARCH_RELOCKS) == (l.relock != null), "relock iff ARCH_RELOCKS");
                if (!lmfv && p.stack() != RetryChoices.Stack.EXPAND_STACK_UNLOCKS_UNTESTED)   // ia64 6.4: no VM_GROWSDOWN test of its own
                    need.accept((p.stack() != RetryChoices.Stack.GROWSUP) == (l.growsDown != null), "growsDown iff not GROWSUP");
                need.accept((p.stack() == RetryChoices.Stack.BAD_STACK_EXPANSION) == (l.stackVmEnd != null), "stackVmEnd iff BAD_STACK_EXPANSION");
                if (!lmfv && (p.stack() == RetryChoices.Stack.EXPAND_STACK_UNLOCKS || p.stack() == RetryChoices.Stack.EXPAND_STACK_UNLOCKS_UNTESTED))
                    need.accept(l.expandStack != null, "expandStack");
                need.accept((p.perf() != RetryChoices.Perf.NONE) == (l.perf != null), "perf iff perf counted");
                need.accept((p.readMask() != 0) == (l.accessRead != null), "accessRead iff readMask");
                need.accept((p.execMask() != 0) == (l.accessExec != null), "accessExec iff execMask");
                need.accept(l.accessWrite != null, "accessWrite");
                need.accept((c.completed() != RetryChoices.Completed.NONE) == (l.completed != null), "completed iff Completed");
                if (p.badArea() == RetryChoices.BadArea.LABEL) need.accept(l.badAreaUpRead != null, "badAreaUpRead");
                if (p.errors() == RetryChoices.Errors.AFTER_UP_READ || p.badArea() != RetryChoices.BadArea.LABEL)
                    need.accept(l.errorUpRead != null, "errorUpRead");
                if (p.errors() == RetryChoices.Errors.LABELS)
                    for (RetryChoices.ErrorCase e : p.errorCases()) {
                        if (e.exit() == RetryChoices.Exit.OUT_OF_MEMORY) need.accept(l.oomUpRead != null, "oomUpRead");
                        if (e.exit() == RetryChoices.Exit.DO_SIGBUS) need.accept(l.sigbusUpRead != null, "sigbusUpRead");
                    }
                need.accept((p.otherwise() == RetryChoices.Exit.BUG) == (l.bug != null), "bug iff BUG");
                need.accept(p.fatalSignalFirst() == (l.errorSignal != null), "errorSignal iff fatalSignalFirst");
                for (Src s : new Src[] {lmfv ? l.lockMmAndFindVma : l.lock, l.upRead, l.signalCheck, l.retryFlags})
                    if (s != null) need.accept(v.release().equals(s.release()), "cites its own release: " + s);
            }
        assertTrue(missing.isEmpty(), missing.size() + " gaps:\n" + String.join("\n", missing));
    }
}
