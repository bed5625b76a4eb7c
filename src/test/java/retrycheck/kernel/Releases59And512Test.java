package retrycheck.kernel;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facts of v5.9.1 and v5.12.9 that their C determines (spec/releases.md §3, §4): the accounting moved into
 * handle_mm_fault() (mm_account_fault), GUP passes regs = NULL, csky joins in v5.12, and mips/xtensa/csky send a
 * kernel-mode signalled fault to the fixup in v5.12. The core below __handle_mm_fault() is a stub returning the
 * given vm_fault_t values in turn; handle_mm_fault() and mm_account_fault() are the release's own.
 */
class Releases59And512Test {

    private record Run(FaultOutcome outcome, List<Event> events, int attempts) {
        List<Event> notes(Event.Note n) { return events.stream().filter(e -> e.isNote(n)).toList(); }
        List<String> results(Event.Note n) { return notes(n).stream().map(Event::result).toList(); }
    }

    /**
     * Runs {@code h} in {@code v} on one thread; attempt i of __handle_mm_fault() returns {@code results[i]} (the
     * last repeats), drops mmap_sem on RETRY as the core does, and, with {@code signalOnRetry}, a fatal signal
     * arrives while the first RETRY waits.
     */
    private static Run run(FaultHandler h, Variant v, FaultAccess access, boolean signalOnRetry, int... results) {
        MonitorRuntime rt = new MonitorRuntime(10_000);
        List<Event> events = new ArrayList<>();
        rt.addListener(events::add);
        AtomicReference<FaultOutcome> out = new AtomicReference<>();
        int[] n = {0};
        KernelOps ops = KernelOps.DEFAULT.with(Memory.class, kk -> {
            Memory core = KernelReleases.memory(v).apply(kk);
            assertEquals(v.atLeast(Variant.V5_9) ? Memory59.class : Memory.class, core.getClass());
            return v.atLeast(Variant.V5_9) ? new Memory59(kk) {
                @Override public int __handleMmFault(Vma vma, long address, int f) { return stub(kk, f, n, signalOnRetry, results); }
            } : new Memory(kk) {
                @Override public int __handleMmFault(Vma vma, long address, int f) { return stub(kk, f, n, signalOnRetry, results); }
            };
        });
        Kernel k = new Kernel(rt, v, CorePath.FILEMAP, access, Kernel.Setup.of(false), ops);
        rt.run(List.of(new ModelThread("fault", () -> out.set(h.handle(k)))));
        assertNull(rt.failure());
        assertEquals(List.of(), rt.stuckThreads());
        return new Run(out.get(), events, n[0]);
    }

    private static int stub(Kernel k, int flags, int[] n, boolean signalOnRetry, int[] results) {
        int fault = results[Math.min(n[0], results.length - 1)];
        n[0]++;
        if ((fault & VmFault.RETRY) != 0 && (flags & FaultFlags.RETRY_NOWAIT) == 0) {
            k.mm.mmapSem.upRead(Src.NONE);                            // the core dropped mmap_sem
            if (signalOnRetry && n[0] == 1) k.task.signals.send(true, Src.NONE);
        }
        if ((fault & (VmFault.RETRY | VmFault.ERROR)) == 0) k.pte.set("set_pte_at", Src.NONE);
        return fault;
    }

    private static Arch arch(String name) {
        return Arches.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static final FaultAccess USER_READ = FaultAccess.read(true);
    private static final FaultAccess KERNEL_READ = FaultAccess.read(false);

    @Test void x86AfterARetryCountsOneMajorFaultInTheCoreFromV59() {
        // v5.7.14 do_user_addr_fault: major |= fault & VM_FAULT_MAJOR; ... else { tsk->min_flt++; PERF_MIN } in the arch
        Run v57 = run(arch("x86"), Variant.V5_7, USER_READ, false, VmFault.RETRY, 0);
        assertEquals(List.of("min_flt"), v57.results(Event.Note.ACCOUNT));
        assertEquals("arch/x86/mm/fault.c", v57.notes(Event.Note.ACCOUNT).get(0).src().file());
        // v5.9.1 mm_account_fault(): nothing for the RETRY attempt; major = (ret & MAJOR) || (flags & TRIED)
        for (Variant v : List.of(Variant.V5_9, Variant.V5_12)) {
            Run r = run(arch("x86"), v, USER_READ, false, VmFault.RETRY, 0);
            assertEquals(2, r.attempts(), v.label());
            assertEquals(List.of("maj_flt"), r.results(Event.Note.ACCOUNT), v.label());
            Event account = r.notes(Event.Note.ACCOUNT).get(0);
            assertEquals("mm/memory.c", account.src().file(), v.label());
            assertEquals("mm_account_fault", account.src().function(), v.label());
            assertEquals(List.of("PAGE_FAULTS", "PAGE_FAULTS_MAJ"), r.results(Event.Note.PERF), v.label());
        }
        // a fault done in one attempt is minor; an error is not counted
        assertEquals(List.of("min_flt"), run(arch("x86"), Variant.V5_9, USER_READ, false, 0).results(Event.Note.ACCOUNT));
        assertEquals(List.of(), run(arch("x86"), Variant.V5_9, USER_READ, false, VmFault.SIGBUS).results(Event.Note.ACCOUNT));
    }

    @Test void everyArchLeavesTheAccountingToTheCoreFromV59() {
        for (Arch a : Arches.all())
            for (Variant v : List.of(Variant.V5_9, Variant.V5_12)) {
                if (!a.declares(v)) continue;
                assertEquals(RetryChoices.Accounting.CORE, a.choices(v).accounting(), a.name() + " " + v.label());
                Run r = run(a, v, USER_READ, false, VmFault.RETRY | VmFault.MAJOR, 0);
                for (Event e : r.notes(Event.Note.ACCOUNT))
                    assertEquals("mm_account_fault", e.src().function(), a.name() + " " + v.label());
                // um passes regs = NULL: no PAGE_FAULTS_MAJ/MIN from the core
                long perfMajMin = r.results(Event.Note.PERF).stream().filter(s -> s.startsWith("PAGE_FAULTS_M")).count();
                assertEquals(a.name().equals("um") ? 0 : 1, perfMajMin, a.name() + " " + v.label() + " " + r.results(Event.Note.PERF));
                assertEquals(1, r.notes(Event.Note.ACCOUNT).size(), a.name() + " " + v.label());
            }
    }

    @Test void gupPassesNoRegsSoTheCoreCountsTheTaskButNoPerfEvent() {
        Run v57 = run(new GupHandler(), Variant.V5_7, KERNEL_READ, false, 0);
        assertEquals("faultin_page", v57.notes(Event.Note.ACCOUNT).get(0).src().function());
        Run v59 = run(new GupHandler(), Variant.V5_9, KERNEL_READ, false, 0);
        assertEquals(List.of("min_flt"), v59.results(Event.Note.ACCOUNT));
        assertEquals("mm_account_fault", v59.notes(Event.Note.ACCOUNT).get(0).src().function());
        assertEquals(List.of(), v59.results(Event.Note.PERF));
    }

    @Test void cskyJoinsInV512() {
        Arch csky = arch("csky");
        for (Variant v : List.of(Variant.V5_6, Variant.V5_7, Variant.V5_9)) {
            assertFalse(csky.existsIn(v), v.label());
            assertFalse(csky.declares(v), v.label());
        }
        assertThrows(IllegalStateException.class, () -> csky.choices(Variant.V5_9));
        assertTrue(csky.declares(Variant.V5_12));
        assertFalse(Arches.patch().contains(csky));
        assertEquals(23, Arches.patch().size());
        // right after the patch's 23 in Arches.all(); Handlers keeps the patch's 26 first
        assertEquals(23, Arches.all().indexOf(csky));
        assertEquals(26, Handlers.names().indexOf("csky"));
    }

    @Test void aKernelModeSignalledFaultGoesToTheFixupOnMipsXtensaAndCskyInV512() {
        for (String name : List.of("mips", "xtensa")) {
            Run v59 = run(arch(name), Variant.V5_9, KERNEL_READ, true, VmFault.RETRY, 0);
            assertEquals("return", v59.outcome().how(), name + " v5.9: ret-only, the uaccess runs again");
            assertEquals(1, v59.attempts(), name);
            Run v512 = run(arch(name), Variant.V5_12, KERNEL_READ, true, VmFault.RETRY, 0);
            assertEquals("no_context", v512.outcome().how(), name + " v5.12");
            // user mode still just returns (the signal is delivered)
            assertEquals("return", run(arch(name), Variant.V5_12, USER_READ, true, VmFault.RETRY, 0).outcome().how(), name);
        }
        assertEquals("no_context", run(arch("csky"), Variant.V5_12, KERNEL_READ, true, VmFault.RETRY, 0).outcome().how());
        // riscv stays ret-only in v5.12 (its kernel-mode fixup comes in v6.3)
        assertEquals("return", run(arch("riscv"), Variant.V5_12, KERNEL_READ, true, VmFault.RETRY, 0).outcome().how());
    }

    /** The flip the checker shows (spec/releases.md §4.6): mips and xtensa TERMINATION on filemap-stall-kernel. */
    @Test void mipsAndXtensaTerminateInV512WhereTheyLoopedInV59() throws InterruptedException {
        List<CheckSpec> specs = new ArrayList<>();
        for (String name : List.of("mips", "xtensa", "riscv", "csky"))
            for (Variant v : List.of(Variant.V5_9, Variant.V5_12))
                if (arch(name).declares(v))
                    specs.add(new CheckSpec(arch(name), v, Scenarios.byId("filemap-stall-kernel"), List.of(Invariants.TERMINATION), KernelOps.DEFAULT));
        assertEquals(7, specs.size());                                // csky: v5.12 only
        for (CheckResult r : MatrixRunner.run(specs, Explorer.Options.defaults(), 2, line -> { })) {
            assertTrue(r.stats.complete(), r.spec.label());
            boolean fixup = r.spec.variant() == Variant.V5_12 && !r.spec.handler().name().equals("riscv");
            assertEquals(fixup ? Verdict.PASS : Verdict.FAIL, r.verdicts.get("TERMINATION"), r.spec.label());
        }
    }

    @Test void riscvV512SetsWriteAndInstructionBeforeRetryAndTestsRetryBeforeTheErrors() {
        RetryChoices c = arch("riscv").choices(Variant.V5_12);
        assertEquals(RetryChoices.Gate.COMBINED, c.gate());
        assertEquals(RetryChoices.Errors.AFTER_UP_READ, c.path().errors());
        assertTrue(c.path().instruction());
        assertEquals(RetryChoices.FlagsAt.BEFORE_RETRY, c.path().writeFlag());
        assertEquals(RetryChoices.Errors.LABELS, arch("riscv").choices(Variant.V5_9).path().errors());
        // an error after a retry is dispatched once the lock is released: one up_read per attempt
        Run r = run(arch("riscv"), Variant.V5_12, USER_READ, false, VmFault.RETRY, VmFault.SIGBUS);
        assertEquals("sigbus", r.outcome().how());
        assertEquals(2, r.attempts());
    }

    @Test void powerpcLosesTheStackExpansionRetryInV59() {
        assertEquals(RetryChoices.Stack.BAD_STACK_EXPANSION, arch("powerpc").choices(Variant.V5_7).path().stack());
        assertEquals(RetryChoices.Stack.GROWSDOWN, arch("powerpc").choices(Variant.V5_9).path().stack());
        assertEquals(RetryChoices.Stack.GROWSDOWN, arch("powerpc").choices(Variant.V5_12).path().stack());
    }
}
