package retrycheck.examples;

import example.FaultNeverWriteLocks;
import example.ProposedFixup;
import example.ProposedX86;
import example.X86SignalReturn;
import org.junit.jupiter.api.Test;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.runtime.Event;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README walk-throughs, as a user would write them in JUnit: a proposed handler and a property of one's own. */
class WalkthroughTest {

    private static CheckResult check(retrycheck.kernel.FaultHandler h, List<Property> props, String scenario) {
        return check(h, props, scenario, KernelOps.DEFAULT);
    }

    private static CheckResult check(retrycheck.kernel.FaultHandler h, List<Property> props, String scenario, KernelOps ops) {
        try (Checker c = new Checker()) {
            return c.run(new CheckSpec(h, Variant.V5_7, Scenarios.byId(scenario), props, ops), Explorer.Options.defaults());
        }
    }

    /** README "Replacing one core function": a copy of fixup_user_fault() checks like the kernel's; a changed line bites. */
    @Test
    void replacedCoreFunctionChecksLikeTheKernelsAndAChangedLineBites() {
        KernelOps mine = KernelOps.DEFAULT.with(retrycheck.kernel.Gup.class, ProposedFixup::new);
        assertEquals(mine.describe(), KernelOps.replacing("example.ProposedFixup").describe());
        for (String s : List.of("filemap-io", "filemap-stall-kernel")) {
            CheckResult kernel = check(retrycheck.kernel.Handlers.byName("fixup_user_fault"), Invariants.ALL, s);
            CheckResult copy = check(retrycheck.kernel.Handlers.byName("fixup_user_fault"), Invariants.ALL, s, mine);
            assertEquals(kernel.verdicts, copy.verdicts, s);
        }
        // the v5.6 line put back into the copy: FLAGS fails (the catalog's M19 is the same change)
        KernelOps m19 = retrycheck.mutants.Mutants.byId("M19").ops();
        CheckResult bad = check(retrycheck.kernel.Handlers.byName("fixup_user_fault"), Invariants.ALL, "filemap-io", m19);
        assertEquals(Verdict.FAIL, bad.verdicts.get("FLAGS"));
        assertThrows(IllegalArgumentException.class, () -> KernelOps.replacing("example.ProposedX86"));
    }

    @Test
    void proposedHandlerPassesLikeX86() {
        CheckResult r = check(new ProposedX86(), Invariants.ALL, "filemap-io");
        assertTrue(r.allPass(), r.verdicts.toString());
        assertTrue(r.stats.executions > 1);
    }

    @Test
    void oneChangedLineGivesACounterexample() {
        ProposedX86 buggy = new ProposedX86() {
            @Override protected RetryChoices v57() { return super.v57().withClearsAllowRetry(true); }
        };
        CheckResult r = check(buggy, Invariants.ALL, "filemap-io");
        assertEquals(Verdict.FAIL, r.verdicts.get("FLAGS"));
        assertFalse(r.traces.get("FLAGS").steps().isEmpty());
    }

    @Test
    void ownPropertyPassesOnTheModelAndBitesOnAChangedRule() {
        CheckResult ok = check(new ProposedX86(), List.of(new FaultNeverWriteLocks()), "filemap-writer");
        assertEquals(Verdict.PASS, ok.verdicts.get("NO_WRITE_IN_FAULT"));
        Property writerNeverWriteLocks = new FaultNeverWriteLocks() {
            @Override public Monitor newMonitor(retrycheck.check.CheckContext ctx) {
                return new Monitor(id()) {
                    @Override protected void check(Event e) {
                        if (writeHolders.contains("writer")) violation(e, "the writer holds mmap_sem for write");
                    }
                };
            }
        };
        CheckResult bad = check(new ProposedX86(), List.of(writerNeverWriteLocks), "filemap-writer");
        assertEquals(Verdict.FAIL, bad.verdicts.get("NO_WRITE_IN_FAULT"));
    }

    /** The arch half of the walk-through: one step of x86's handler replaced by a subclass (example.X86SignalReturn). */
    @Test
    void oneArchStepReplacedByASubclass() {
        CheckResult x86 = check(new retrycheck.kernel.arch.X86(), Invariants.ALL, "filemap-stall-kernel");
        assertEquals(Verdict.PASS, x86.verdicts.get("TERMINATION"), x86.verdicts.toString());
        CheckResult changed = check(new X86SignalReturn(), Invariants.ALL, "filemap-stall-kernel");
        assertEquals(Verdict.FAIL, changed.verdicts.get("TERMINATION"), changed.verdicts.toString());
        assertFalse(changed.traces.get("TERMINATION").steps().isEmpty());
        for (String id : List.of("FLAGS", "DROP", "LOCK", "DEADLOCK"))
            assertEquals(Verdict.PASS, changed.verdicts.get(id), id + ": only the step after the signal check changed");
    }
}
