package retrycheck.kernel.arch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenario;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultAccess;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.check.Env.FATAL_SIGNAL;
import static retrycheck.check.Env.IO_COMPLETION;

/**
 * What the checker finds on every arch when the fault reaches the parts of the handlers around the retry loop
 * (spec/arch-findings.md): a page beyond EOF (VM_FAULT_SIGBUS from filemap_fault()) and write faults. The scenarios are
 * built here so that the findings are pinned whatever the matrix's own scenario list holds.
 */
@Timeout(300)
class ArchNewPathsTest {
    private static final Scenario EOF_USER = new Scenario("eof-user", CorePath.FILEMAP, true, false, List.of(FATAL_SIGNAL),
            "user-mode read beyond EOF", FaultAccess.Kind.READ, false, true, false);
    private static final Scenario EOF_KERNEL = new Scenario("eof-kernel", CorePath.FILEMAP, false, false, List.of(FATAL_SIGNAL),
            "kernel-mode read beyond EOF", FaultAccess.Kind.READ, false, true, false);
    private static final Scenario WRITE_IO = new Scenario("write-io", CorePath.FILEMAP, true, true, List.of(IO_COMPLETION, FATAL_SIGNAL),
            "user-mode write fault on a page under read", FaultAccess.Kind.WRITE, false, false, false);
    private static final Scenario WRITE_STALL_KERNEL = new Scenario("write-stall-kernel", CorePath.FILEMAP, false, true,
            List.of(FATAL_SIGNAL), "kernel-mode write fault on a page whose read never completes", FaultAccess.Kind.WRITE, false, false, false);

    /** v5.6 cleared ALLOW_RETRY without TRIED (alpha, parisc, unicore32), or never retries this fault (nios2, s390-gmap). */
    private static final Set<String> NO_FORBIDDEN_56 = Set.of("alpha", "parisc", "unicore32", "nios2", "s390-gmap");

    private static Map<String, Map<String, Verdict>> run(List<Scenario> scenarios) throws InterruptedException {
        List<Arch> handlers = new ArrayList<>(Arches.patch());
        handlers.addAll(Arches.extra());
        List<CheckSpec> specs = new ArrayList<>();
        for (Variant v : Variant.PATCH)
            for (Arch a : handlers)
                for (Scenario s : scenarios)
                    specs.add(new CheckSpec(a, v, s, Invariants.ALL, KernelOps.DEFAULT));
        Map<String, Map<String, Verdict>> out = new TreeMap<>();
        for (CheckResult r : MatrixRunner.run(specs, Explorer.Options.defaults(), 2, l -> { })) {
            assertTrue(r.stats.complete(), r.spec.label());
            assertEquals("", r.error, r.spec.label());
            out.put(r.spec.label(), r.verdicts);
        }
        return out;
    }

    private static void expect(Map<String, Map<String, Verdict>> results, String label, Set<String> failing) {
        Map<String, Verdict> v = results.get(label);
        for (Map.Entry<String, Verdict> e : v.entrySet())
            assertEquals(failing.contains(e.getKey()) ? Verdict.FAIL : Verdict.PASS, e.getValue(), label + " " + e.getKey() + " in " + v);
    }

    /** sh v5.7's mm_fault_error() up_reads, then do_sigbus() up_reads again (arch/sh/mm/fault.c:312-313, 288). */
    @Test
    void beyondEofOnlyShV57BreaksLock() throws InterruptedException {
        Map<String, Map<String, Verdict>> r = run(List.of(EOF_USER, EOF_KERNEL));
        for (Variant v : Variant.PATCH)
            for (String arch : names())
                for (String s : List.of("eof-user", "eof-kernel"))
                    expect(r, arch + " " + v.label() + " " + s, arch.equals("sh") && v.isV57() ? Set.of("LOCK") : Set.of());
    }

    /**
     * A write fault: v5.7 keeps every invariant on every arch where the read completes; where it never completes, the
     * ret-only arches loop in kernel mode (TERMINATION, as for a read) and nios2, whose write fault runs with
     * {@code flags = FAULT_FLAG_WRITE} (no ALLOW_RETRY, no KILLABLE), sleeps in __lock_page() for good (DEADLOCK).
     */
    @Test
    void writeFaults() throws InterruptedException {
        Map<String, Map<String, Verdict>> r = run(List.of(WRITE_IO, WRITE_STALL_KERNEL));
        for (Arch a : withExtra())
            for (Variant v : Variant.PATCH) {
                String n = a.name(), l = n + " " + v.label() + " ";
                expect(r, l + "write-io", !v.isV57() && !NO_FORBIDDEN_56.contains(n) ? Set.of("FLAGS") : Set.of());
                Set<String> stall = n.equals("nios2") ? Set.of("DEADLOCK")
                        : a.choices(v).kernelExit() == RetryChoices.KernelExit.RETURN ? Set.of("TERMINATION") : Set.of();
                expect(r, l + "write-stall-kernel", stall);
            }
    }

    private static List<Arch> withExtra() {
        List<Arch> l = new ArrayList<>(Arches.patch());
        l.addAll(Arches.extra());
        return l;
    }

    private static List<String> names() { return withExtra().stream().map(Arch::name).toList(); }
}
