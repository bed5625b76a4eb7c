package retrycheck.kernel.arch;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckContext;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Env;
import retrycheck.check.Invariants;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The per-VMA lock attempt (v6.4 on): it falls back to the mmap_lock path on RETRY with the original flags (6.4/6.5)
 * or TRIED after a major fault (6.8); a writer holding the VMA write lock makes lock_vma_under_rcu() fail; the VMA
 * lock is balanced. x86 runs with its v5.7 lines standing in for the rest of its 6.4/6.8 handler (those are another
 * helper's cites64()/cites68(); only the per-VMA lock block is under test here).
 */
class VmaLockTest {
    /** x86 whose non-VMA lines of the later releases are its v5.7 ones (the model's behaviour does not read them). */
    static final class X86Later extends X86 {
        @Override protected Cites cites64() { return cites57(); }
        @Override protected Cites cites65() { return cites57(); }
        @Override protected Cites cites68() { return cites57(); }
    }

    static final class S390Later extends S390 {
        @Override protected Cites cites64() { return cites57(); }
        @Override protected Cites cites65() { return cites57(); }
    }
    static final class Arm64Later extends Arm64 {
        @Override protected Cites cites64() { return cites57(); }
        @Override protected Cites cites68() { return cites57(); }
    }
    static final class PowerpcLater extends Powerpc {
        @Override protected Cites cites64() { return cites57(); }
        @Override protected Cites cites68() { return cites57(); }
    }
    static final class RiscvLater extends Riscv {
        @Override protected Cites cites65() { return cites57(); }
        @Override protected Cites cites68() { return cites57(); }
    }
    static final class ArmLater extends Arm {
        @Override protected Cites cites68() { return cites57(); }
    }

    /** A user-mode swap-in of a page under read while another thread changes the vma under mmap_lock for write. */
    static final Scenario SWAP_WRITER = new Scenario("swap-writer", CorePath.SWAP, true, true,
            List.of(Env.IO_COMPLETION, Env.MMAP_WRITER), "user-mode swap-in of a page under read; an mmap writer");

    /**
     * An observer written as a property: it "fails" in every execution where {@code what} happens, so FAIL means
     * "reachable" and PASS "never happens" (in the explored executions).
     */
    abstract static class Observer extends Monitor {
        Observer(String id) { super(id); }
        void saw(Event e, String what) { violation(e, what); }
    }

    static Property property(String id, java.util.function.Supplier<Monitor> m) {
        return new Property() {
            @Override public String id() { return id; }
            @Override public String description() { return id; }
            @Override public Monitor newMonitor(CheckContext ctx) { return m.get(); }
        };
    }

    /** The flags of each attempt of the fault thread, with the previous attempt's flags and result. */
    static final class Attempts extends Observer {
        final java.util.function.BiPredicate<int[], Integer> rule;
        private final List<int[]> ends = new ArrayList<>();
        private Integer lastFlags, lastFault;
        Attempts(String id, java.util.function.BiPredicate<int[], Integer> rule) { super(id); this.rule = rule; }

        @Override protected void check(Event e) {
            if (!e.thread().equals("fault")) return;
            if (e.isNote(Event.Note.FAULT_BEGIN)) { lastFlags = null; lastFault = null; }
            if (e.isNote(Event.Note.ATTEMPT_END)) { lastFlags = e.flags(); lastFault = e.fault(); }
            if (e.isNote(Event.Note.ATTEMPT_BEGIN) && lastFlags != null
                    && rule.test(new int[] {lastFlags, lastFault}, e.flags()))
                saw(e, "attempt " + FaultFlags.names(e.flags()) + " after " + FaultFlags.names(lastFlags) + " -> " + VmFault.names(lastFault));
        }
    }

    /** A VMA-lock attempt returned RETRY and the next attempt is the mmap_lock fallback carrying these flags. */
    static Property fallbackWith(String id, java.util.function.IntPredicate flags) {
        return property(id, () -> new Attempts(id, (prev, next) -> (prev[0] & FaultFlags.VMA_LOCK) != 0
                && VmFault.isRetry(prev[1]) && (next & FaultFlags.VMA_LOCK) == 0 && flags.test(next)));
    }

    /** lock_vma_under_rcu() returned NULL while the VMA was write-locked by the writer (vm_lock_seq == mm_lock_seq). */
    static Property lockVmaFailsAgainstWriter() {
        return property("RCU_NULL_UNDER_WRITER", () -> new Observer("RCU_NULL_UNDER_WRITER") {
            private final Map<String, Integer> seq = new HashMap<>();
            @Override protected void check(Event e) {
                if (e.note() == null && (e.object().equals("vm_lock_seq") || e.object().equals("mm_lock_seq"))
                        && e.op().endsWith("=") || e.note() == null && e.op().startsWith("WRITE_ONCE"))
                    seq.put(e.object(), Integer.parseInt(e.result()));
                if (e.isNote(Event.Note.RETURN) && e.src().toString().contains("lock_vma_under_rcu")
                        && e.result().endsWith("NULL") && !e.result().endsWith("non-NULL")
                        && seq.getOrDefault("vm_lock_seq", -1).equals(seq.getOrDefault("mm_lock_seq", 0)))
                    saw(e, "lock_vma_under_rcu() returned NULL with the vma write-locked");
            }
        });
    }

    static CheckResult run(FaultHandler h, Variant v, Scenario s, List<Property> props) {
        return run(h, v, s, props, KernelOps.DEFAULT);
    }

    static CheckResult run(FaultHandler h, Variant v, Scenario s, List<Property> props, KernelOps ops) {
        try (Checker c = new Checker()) {
            CheckResult r = c.run(new CheckSpec(h, v, s, props, ops), Explorer.Options.defaults());
            System.out.println(h.name() + " " + v.label() + " " + s.id() + ": " + r.verdicts);
            r.traces.forEach((k, t) -> System.out.println("  " + k + ": " + t.explanation()));
            return r;
        }
    }

    /**
     * A 6.8 swap-in that started the read itself: do_swap_page()'s {@code ret = VM_FAULT_MAJOR;} and then
     * folio_lock_or_retry() dropping the VMA lock: RETRY|MAJOR (a reviewer-style replacement of one function).
     */
    public static final class MajorSwap68 extends retrycheck.kernel.Memory68 {
        public MajorSwap68(retrycheck.kernel.Kernel k) { super(k); }
        @Override public int doSwapPage(retrycheck.kernel.Vmf vmf) {
            if ((vmf.flags & FaultFlags.VMA_LOCK) == 0) return super.doSwapPage(vmf);
            ((retrycheck.kernel.Mm64) k.mmH()).vmaEndRead(vmf.vma);
            return ret(retrycheck.runtime.Src.NONE, VmFault.MAJOR | VmFault.RETRY);
        }
    }

    @Test void v68FallsBackTriedAfterAMajorFaultAndFirstOtherwise() {
        Property first = fallbackWith("FALLBACK_FIRST", f -> (f & FaultFlags.TRIED) == 0 && (f & FaultFlags.ALLOW_RETRY) != 0);
        Property tried = fallbackWith("FALLBACK_TRIED", f -> (f & FaultFlags.TRIED) != 0 && (f & FaultFlags.ALLOW_RETRY) != 0);
        CheckResult r = run(new X86Later(), Variant.V6_8, Scenarios.byId("swap-io"), with(first, tried));
        assertEquals(Verdict.FAIL, r.verdicts.get("FALLBACK_FIRST"), "a swap-cache hit is no major fault: the fallback is a first attempt");
        assertEquals(Verdict.PASS, r.verdicts.get("FALLBACK_TRIED"));
        assertEquals(Verdict.PASS, r.verdicts.get("LOCK"), "6.8 releases the VMA lock on RETRY");
        assertEquals(Verdict.PASS, r.verdicts.get("FLAGS"));
        assertEquals(Verdict.PASS, r.verdicts.get("DROP"));
        CheckResult m = run(new X86Later(), Variant.V6_8, Scenarios.byId("swap-io"), with(first, tried),
                KernelOps.DEFAULT.with(retrycheck.kernel.Memory.class, MajorSwap68::new));
        assertEquals(Verdict.FAIL, m.verdicts.get("FALLBACK_TRIED"), "after RETRY|MAJOR the fallback carries TRIED");
        assertEquals(Verdict.PASS, m.verdicts.get("FALLBACK_FIRST"));
        assertEquals(Verdict.PASS, m.verdicts.get("FLAGS"), "TRIED with ALLOW_RETRY still set");
    }

    @Test void v68FileAndUserfaultFaultsRunUnderTheVmaLock() {
        Property underVma = property("VMA_ATTEMPT", () -> new Observer("VMA_ATTEMPT") {
            @Override protected void check(Event e) {
                if (e.isNote(Event.Note.ATTEMPT_BEGIN) && (e.flags() & FaultFlags.VMA_LOCK) != 0) saw(e, "a VMA-lock attempt on " + e.result());
            }
        });
        for (String s : List.of("filemap-io", "filemap-relock", "uffd-user", "filemap-writer")) {
            CheckResult r = run(new X86Later(), Variant.V6_8, Scenarios.byId(s), with(underVma));
            assertEquals(Verdict.FAIL, r.verdicts.get("VMA_ATTEMPT"), s + " takes the VMA lock in 6.8");
            assertEquals(Verdict.PASS, r.verdicts.get("DEADLOCK"), s);
            assertEquals(Verdict.PASS, r.verdicts.get("FLAGS"), s);
            CheckResult r64 = run(new X86Later(), Variant.V6_4, Scenarios.byId(s), with(underVma));
            assertEquals(Verdict.PASS, r64.verdicts.get("VMA_ATTEMPT"), s + ": 6.4 admits anonymous non-uffd vmas only");
        }
    }

    static List<Property> with(Property... extra) {
        List<Property> p = new ArrayList<>(Invariants.ALL);
        p.addAll(List.of(extra));
        return p;
    }

    @Test void theArchesDeclareTheAttemptInTheReleasesOfTheirTrees() {
        X86 x86 = new X86();
        assertEquals(RetryChoices.VmaLock.NONE, x86.choices(Variant.V6_3).vmaLock());
        assertEquals(RetryChoices.VmaLock.V64, x86.choices(Variant.V6_4).vmaLock());
        assertEquals(RetryChoices.VmaLock.V64, x86.choices(Variant.V6_5).vmaLock());
        assertEquals(RetryChoices.VmaLock.V68, x86.choices(Variant.V6_8).vmaLock());
        assertEquals(RetryChoices.VmaLock.NONE, new Riscv().choices(Variant.V6_4).vmaLock());
        assertEquals(RetryChoices.VmaLock.V64, new Riscv().choices(Variant.V6_5).vmaLock());
        assertEquals(RetryChoices.VmaLock.NONE, new Arm().choices(Variant.V6_5).vmaLock());
        assertEquals(RetryChoices.VmaLock.V68, new Arm().choices(Variant.V6_8).vmaLock());
        assertEquals(RetryChoices.VmaLock.NONE, new Alpha().choices(Variant.V6_8).vmaLock());
        for (Arch a : Arches.all())
            for (Variant v : Variant.values()) {
                if (!a.existsIn(v)) continue;
                boolean has = a.choices(v).vmaLock() != RetryChoices.VmaLock.NONE;
                if (has) assertNotNull(a.vmaLockCites(v), a.name() + " " + v.label());
                else assertNull(a.vmaLockCites(v), a.name() + " " + v.label());
            }
        // 6.4/6.5: no major/TRIED lines; 6.8: the conditional vma_end_read and the TRIED of a major fault
        assertNull(x86.vmaLockCites(Variant.V6_4).tried);
        assertNotNull(x86.vmaLockCites(Variant.V6_8).tried);
        assertNotNull(x86.vmaLockCites(Variant.V6_8).endReadTest);
    }

    @Test void v64SwapFaultRetriesUnderTheVmaLockAndFallsBackWithTheOriginalFlags() {
        CheckResult r = run(new X86Later(), Variant.V6_4, Scenarios.byId("swap-io"), with(
                fallbackWith("FALLBACK_FIRST", f -> (f & FaultFlags.TRIED) == 0 && (f & FaultFlags.ALLOW_RETRY) != 0),
                fallbackWith("FALLBACK_TRIED", f -> (f & FaultFlags.TRIED) != 0)));
        assertEquals(Verdict.FAIL, r.verdicts.get("FALLBACK_FIRST"), "the fallback with the original flags is reached");
        assertEquals(Verdict.PASS, r.verdicts.get("FALLBACK_TRIED"), "6.4 never falls back with TRIED");
        assertEquals(Verdict.PASS, r.verdicts.get("FLAGS"));
        assertEquals(Verdict.PASS, r.verdicts.get("DEADLOCK"));
        assertEquals(Verdict.PASS, r.verdicts.get("SIGNAL"));
        // reported by design (spec/releases.md §9.1/§9.2): do_swap_page() returns RETRY with the VMA lock held (the
        // arch's vma_end_read() releases it), and the fallback is a first attempt that may drop and RETRY again
        assertEquals(Verdict.FAIL, r.verdicts.get("LOCK"));
        assertEquals(Verdict.FAIL, r.verdicts.get("TERMINATION"));
        assertEquals(true, r.traces.get("LOCK").explanation().contains("under FAULT_FLAG_VMA_LOCK with the VMA lock still held"));
        assertEquals(true, r.traces.get("TERMINATION").explanation().contains("attempt 3 of one swap fault"));
    }

    @Test void aWriterHoldingTheVmaWriteLockMakesLockVmaUnderRcuFail() {
        CheckResult r = run(new X86Later(), Variant.V6_4, SWAP_WRITER, with(lockVmaFailsAgainstWriter()));
        assertEquals(Verdict.FAIL, r.verdicts.get("RCU_NULL_UNDER_WRITER"), "lock_vma_under_rcu() fails against the writer");
        assertEquals(Verdict.PASS, r.verdicts.get("DEADLOCK"), "vma_start_write() waits for the reader, which never waits for it");
        assertEquals(Verdict.PASS, r.verdicts.get("FLAGS"));
    }

    @Test void everyArchWithTheAttemptFallsBackOnSwapIo() {
        Property first = fallbackWith("FALLBACK_FIRST", f -> (f & FaultFlags.TRIED) == 0 && (f & FaultFlags.ALLOW_RETRY) != 0);
        record Case(Arch arch, Variant v) {}
        for (Case c : List.of(new Case(new S390Later(), Variant.V6_4), new Case(new S390Later(), Variant.V6_5),
                new Case(new Arm64Later(), Variant.V6_4), new Case(new PowerpcLater(), Variant.V6_4),
                new Case(new RiscvLater(), Variant.V6_5), new Case(new Arm64Later(), Variant.V6_8),
                new Case(new PowerpcLater(), Variant.V6_8), new Case(new RiscvLater(), Variant.V6_8),
                new Case(new ArmLater(), Variant.V6_8))) {
            CheckResult r = run(c.arch(), c.v(), Scenarios.byId("swap-io"), with(first));
            String what = c.arch().name() + " " + c.v().label();
            assertEquals(Verdict.FAIL, r.verdicts.get("FALLBACK_FIRST"), what + ": the VMA-lock attempt's RETRY falls back");
            assertEquals(Verdict.PASS, r.verdicts.get("FLAGS"), what);
            assertEquals(Verdict.PASS, r.verdicts.get("DEADLOCK"), what);
            assertEquals(Verdict.PASS, r.verdicts.get("SIGNAL"), what);
            assertEquals(c.v() == Variant.V6_8 ? Verdict.PASS : Verdict.FAIL, r.verdicts.get("LOCK"),
                    what + ": 6.4/6.5 return RETRY holding the VMA lock (reported by design), 6.8 releases it");
        }
    }
}
