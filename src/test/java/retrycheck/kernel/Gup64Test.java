package retrycheck.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Property;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GUP in v6.4, v6.5 and v6.8 (Gup64, Gup65, Gup68; spec/releases.md §7.4): each release's checks run and cite its own
 * mm/gup.c, and GUP no longer expands the stack: below a VM_GROWSDOWN vma, v6.3.8's find_extend_vma() grows it, 6.4.6's
 * find_vma() + vm_start check and 6.5.0/6.8.0's gup_vma_lookup() return -EFAULT with the vma as it was.
 */
@Timeout(120)
class Gup64Test {
    private static final List<Variant> LATER = List.of(Variant.V6_4, Variant.V6_5, Variant.V6_8);

    @Test void eachLaterReleaseBuildsItsOwnGup() {
        assertEquals(Gup63.class, KernelReleases.gup(Variant.V6_3).apply(null).getClass());
        assertEquals(Gup64.class, KernelReleases.gup(Variant.V6_4).apply(null).getClass());
        assertEquals(Gup65.class, KernelReleases.gup(Variant.V6_5).apply(null).getClass());
        assertEquals(Gup68.class, KernelReleases.gup(Variant.V6_8).apply(null).getClass());
    }

    private static Property cites(String id, Predicate<Src> which) { return retrycheck.check.CitesObserver.cites(id, which); }

    /** A citation of mm/gup.c (not the handlers' FAULT_BEGIN/END labels, which have no line). */
    private static boolean gupC(Src s) { return s.file().equals("mm/gup.c") && s.line() > 0; }

    /**
     * filemap-io: RETRY on the first attempt, the TRIED retry after the re-lock; every mm/gup.c event of gup and
     * fixup_user_fault cites the variant's own tree (up to this class, v6.4/v6.5/v6.8 cited 6.3.8 and 6.0.1), and the
     * path is reached (the same check with "its own release" does fail).
     */
    @Test void gupAndFixupCiteTheirReleasesMmGupC() {
        try (Checker c = new Checker()) {
            for (String handler : List.of("gup", "fixup_user_fault"))
                for (Variant v : LATER) {
                    String l = handler + " " + v.label();
                    List<Property> ps = List.of(
                            cites("OTHER_RELEASE", s -> gupC(s) && !s.release().equals(v.release())),
                            cites("OWN_RELEASE", s -> gupC(s) && s.release().equals(v.release())),
                            cites("LOCKED_LOOP", s -> gupC(s) && s.release().equals(v.release())
                                    && s.function().equals(handler.equals("gup") ? "__get_user_pages_locked" : "fixup_user_fault")
                                    && s.text().contains("mmap_read_lock")));
                    CheckResult r = c.run(new CheckSpec(Handlers.byName(handler), v, Scenarios.byId("filemap-io"), ps, KernelOps.DEFAULT),
                            Explorer.Options.defaults());
                    assertEquals(Verdict.PASS, r.verdicts.get("OTHER_RELEASE"), l + ": " + r.verdicts);
                    assertEquals(Verdict.FAIL, r.verdicts.get("OWN_RELEASE"), l + ": " + r.verdicts);
                    assertEquals(Verdict.FAIL, r.verdicts.get("LOCKED_LOOP"), l + ": the re-lock after RETRY, " + r.verdicts);
                }
        }
    }

    private record Run(FaultOutcome outcome, List<Event> events, long vmStartAfter) {
        long ops(String op) { return events.stream().filter(e -> e.isOp(op)).count(); }
        long attempts() { return events.stream().filter(e -> e.isNote(Event.Note.ATTEMPT_BEGIN)).count(); }
        boolean cited(String release, String function, int line) {
            return events.stream().anyMatch(e -> e.src() != null && e.src().release().equals(release) && e.src().file().equals("mm/gup.c")
                    && e.src().function().equals(function) && e.src().line() == line);
        }
        boolean warned() { return events.stream().anyMatch(e -> e.isNote(Event.Note.BUG)); }
    }

    /** {@code h} on one thread, the real core, its address {@code below} bytes under the vma's start, the vma VM_GROWSDOWN or not. */
    private static Run belowTheVma(FaultHandler h, Variant v, long below, boolean growsDown) {
        MonitorRuntime rt = new MonitorRuntime(20_000);
        List<Event> events = new ArrayList<>();
        rt.addListener(events::add);
        AtomicReference<FaultOutcome> out = new AtomicReference<>();
        Kernel k = new Kernel(rt, v, CorePath.FILEMAP, new FaultAccess(Vma.DEFAULT_START - below, FaultAccess.Kind.WRITE, false),
                Kernel.Setup.of(false), KernelOps.DEFAULT);
        Vma vma = k.mm.vmaObject();
        if (growsDown) vma.setVmFlags(vma.vmFlagsNow() | VmFlags.VM_GROWSDOWN, Src.NONE);
        rt.run(List.of(new ModelThread("fault", () -> out.set(h.handle(k)))));
        assertNull(rt.failure(), h.name() + " " + v.label());
        assertEquals(List.of(), rt.stuckThreads(), h.name() + " " + v.label());
        return new Run(out.get(), events, vma.vmStart(Src.NONE));
    }

    /**
     * A GUP or fixup_user_fault() one page below a VM_GROWSDOWN vma: v6.3.8 grows the stack (find_extend_vma() ->
     * expand_stack()) and faults the page in; from v6.4 the lookup refuses the address: -EFAULT, vm_start unchanged,
     * no attempt, no write lock. 6.4.6 WARNs (WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN), :1101 / :1276); 6.5.0 and
     * 6.8.0's gup_vma_lookup() only pr_warn()s (its last {@code return NULL;}). Before Gup64 these releases ran 6.3.8's
     * find_extend_vma(), which reached Mmap64's expand_stack(vma, addr), which 6.4 no longer has.
     */
    @Test void gupNoLongerExpandsTheStackFromV64() {
        long page = 0x1000;
        for (FaultHandler h : List.of(new GupHandler(), new FixupHandler())) {
            String gup = h.name();
            Run v63 = belowTheVma(h, Variant.V6_3, page, true);
            assertEquals(Vma.DEFAULT_START - page, v63.vmStartAfter(), gup + " v6.3: the stack grew down to the address");
            assertTrue(v63.attempts() >= 1, gup + " v6.3: and the page was faulted in");
            assertEquals(gup.equals("gup") ? "gup=1" : "fixup_user_fault=0", v63.outcome().how(), gup + " v6.3");
            for (Variant v : LATER) {
                String l = gup + " " + v.label();
                Run r = belowTheVma(h, v, page, true);
                assertEquals(Vma.DEFAULT_START, r.vmStartAfter(), l + ": the stack did not grow");
                assertEquals(0, r.attempts(), l + ": no fault attempt");
                assertEquals(0, r.ops("down_write_killable") + r.ops("down_write"), l + ": no write lock");
                assertEquals(gup.equals("gup") ? "gup=" + retrycheck.runtime.Errno.EFAULT : "fixup_user_fault=" + retrycheck.runtime.Errno.EFAULT,
                        r.outcome().how(), l);
                assertEquals(v == Variant.V6_4, r.warned(), l + ": 6.4.6's WARN_ON_ONCE(vma->vm_flags & VM_GROWSDOWN)");
                if (v == Variant.V6_4)
                    assertTrue(r.cited("6.4.6", gup.equals("gup") ? "__get_user_pages" : "fixup_user_fault", gup.equals("gup") ? 1101 : 1276), l);
                else
                    assertTrue(r.cited(v.release(), "gup_vma_lookup", v == Variant.V6_5 ? 1133 : 1128), l + ": gup_vma_lookup()'s pr_warn exit");
            }
            // more than 64 KiB below: gup_vma_lookup() returns NULL without a message; below a vma that does not grow: NULL at once
            for (Variant v : List.of(Variant.V6_5, Variant.V6_8)) {
                Run far = belowTheVma(h, v, 0x20000, true);
                assertTrue(far.cited(v.release(), "gup_vma_lookup", v == Variant.V6_5 ? 1120 : 1115), gup + " " + v.label());
                Run flat = belowTheVma(h, v, page, false);
                assertTrue(flat.cited(v.release(), "gup_vma_lookup", v == Variant.V6_5 ? 1118 : 1113), gup + " " + v.label());
                assertEquals(Vma.DEFAULT_START, flat.vmStartAfter(), gup + " " + v.label());
            }
            Run flat64 = belowTheVma(h, Variant.V6_4, page, false);
            assertTrue(!flat64.warned(), gup + " v6.4: no WARN below a vma that does not grow down");
        }
    }
}
