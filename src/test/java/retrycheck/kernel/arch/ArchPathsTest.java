package retrycheck.kernel.arch;

import org.junit.jupiter.api.Test;
import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultAccess;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Memory;
import retrycheck.kernel.Variant;
import retrycheck.kernel.Vma;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paths of each arch's handler around the retry loop (issue 12 §2), on one thread with a stub core that returns
 * a given vm_fault_t: the bad-area exits, the error exits and their up_read, the flags an access starts with. These
 * pin what spec/arch-findings.md reports from the C, until scenarios reach the paths through the real core.
 */
class ArchPathsTest {

    /** A kernel whose handle_mm_fault() returns {@code results} in turn (the last one repeats), mmap_sem as the C expects. */
    private record Run(FaultOutcome outcome, List<Event> events, List<Integer> flags) {
        long upReads() { return events.stream().filter(e -> e.isOp("up_read")).count(); }
        long unheld() { return events.stream().filter(e -> e.isOp("up_read") && "UNHELD".equals(e.result())).count(); }
        long attempts() { return flags.size(); }
        boolean noted(Event.Note n) { return events.stream().anyMatch(e -> e.isNote(n)); }
    }

    private static Run run(FaultHandler h, Variant v, FaultAccess access, int... results) {
        MonitorRuntime rt = new MonitorRuntime(10_000);
        List<Event> events = new ArrayList<>();
        List<Integer> flags = new ArrayList<>();
        rt.addListener(events::add);
        AtomicReference<FaultOutcome> out = new AtomicReference<>();
        KernelOps ops = KernelOps.DEFAULT.with(Memory.class, kk -> new Memory(kk) {
            @Override public int handleMmFault(Vma vma, long address, int f) {
                int fault = results[Math.min(flags.size(), results.length - 1)];
                flags.add(f);
                if ((fault & VmFault.RETRY) != 0 && (f & FaultFlags.RETRY_NOWAIT) == 0)
                    kk.mm.mmapSem.upRead(retrycheck.runtime.Src.NONE);          // the core dropped mmap_sem
                if ((fault & (VmFault.RETRY | VmFault.ERROR)) == 0)
                    kk.pte.set("set_pte_at", retrycheck.runtime.Src.NONE);     // the page is mapped (um loops until it is)
                return fault;
            }
        });
        Kernel k = new Kernel(rt, v, CorePath.FILEMAP, access, Kernel.Setup.of(false), ops);
        rt.run(List.of(new ModelThread("fault", () -> out.set(h.handle(k)))));
        assertNull(rt.failure());
        assertEquals(List.of(), rt.stuckThreads());
        return new Run(out.get(), events, flags);
    }

    private static FaultAccess at(long address, FaultAccess.Kind kind, boolean user) { return new FaultAccess(address, kind, user); }

    private static final FaultAccess USER_READ = FaultAccess.read(true);
    private static final FaultAccess KERNEL_READ = FaultAccess.read(false);
    private static final FaultAccess USER_WRITE = at(FaultAccess.DEFAULT_ADDRESS, FaultAccess.Kind.WRITE, true);
    /** Below the vma, which does not grow down: a bad area on every arch. */
    private static final FaultAccess USER_BELOW = at(Vma.DEFAULT_START - 0x1000, FaultAccess.Kind.READ, true);
    /** An instruction fetch from the scenarios' vma, which is not VM_EXEC. */
    private static final FaultAccess USER_EXEC = at(FaultAccess.DEFAULT_ADDRESS, FaultAccess.Kind.EXEC, true);

    @Test
    void aBadAreaUnlocksOnceAndSendsSigsegvOrFixesUp() {
        for (Arch a : Arches.patch())
            for (Variant v : Variant.PATCH) {
                Run u = run(a, v, USER_BELOW, 0);
                assertEquals(0, u.attempts(), a.name() + " " + v + ": no handle_mm_fault for a bad area");
                assertEquals(1, u.upReads(), a.name() + " " + v);
                assertEquals(0, u.unheld(), a.name() + " " + v);
                assertEquals("sigsegv", u.outcome().how(), a.name() + " " + v);
            }
    }

    @Test
    void anExecOfANonExecVmaIsABadAreaExceptWhereTheArchDoesNotCheckExec() {
        for (Arch a : Arches.patch()) {
            Run r = run(a, Variant.V5_7, USER_EXEC, 0);
            int mask = a.choices(Variant.V5_7).path().execMask();
            boolean bad = mask != 0 && (mask & (retrycheck.kernel.VmFlags.VM_READ | retrycheck.kernel.VmFlags.VM_WRITE)) == 0;
            assertEquals(bad ? "sigsegv" : "return", r.outcome().how(), a.name());
            assertEquals(1, r.upReads(), a.name());
        }
    }

    @Test
    void sigbusUnlocksOnceEverywhereButShV57() {
        for (Arch a : Arches.patch())
            for (Variant v : Variant.PATCH) {
                Run r = run(a, v, USER_READ, VmFault.SIGBUS);
                boolean shDouble = a.name().equals("sh") && v.isV57();
                assertEquals(shDouble ? 2 : 1, r.upReads(), a.name() + " " + v);
                assertEquals(shDouble ? 1 : 0, r.unheld(), a.name() + " " + v + ": sh v5.7 mm_fault_error() up_reads, then do_sigbus() again");
                assertEquals("sigbus", r.outcome().how(), a.name() + " " + v);
                assertEquals("no_context", run(a, v, KERNEL_READ, VmFault.SIGBUS).outcome().how(), a.name() + " " + v);
            }
    }

    @Test
    void sigsegvFromTheCore() {
        for (Arch a : Arches.patch()) {
            Run r = run(a, Variant.V5_7, USER_READ, VmFault.SIGSEGV);
            String how = switch (a.name()) {
                case "riscv" -> "BUG";       // no VM_FAULT_SIGSEGV case: BUG(), mmap_sem held
                case "parisc" -> "sigbus";   // bad_area: a data fault on a valid vma sends SIGBUS
                default -> "sigsegv";
            };
            assertEquals(how, r.outcome().how(), a.name());
            assertEquals(how.equals("BUG") ? 0 : a.name().equals("sh") ? 2 : 1, r.upReads(), a.name());
            assertEquals(how.equals("BUG"), r.noted(Event.Note.BUG), a.name());
        }
    }

    @Test
    void hwpoisonReachesBugOnlyWhereMemoryFailureIsNotSupported() {
        List<String> handled = List.of("arm64", "parisc", "powerpc", "x86");   // select ARCH_SUPPORTS_MEMORY_FAILURE
        List<String> other = List.of("arc", "arm", "hexagon", "nds32", "unicore32");   // a final else: SIGSEGV
        for (Arch a : Arches.patch()) {
            Run r = run(a, Variant.V5_7, USER_READ, VmFault.HWPOISON);
            String how = handled.contains(a.name()) ? "sigbus" : other.contains(a.name()) ? "sigsegv" : "BUG";
            assertEquals(how, r.outcome().how(), a.name());
        }
    }

    @Test
    void oomUnlocksOnceAndCallsTheOomKillerInUserMode() {
        for (Arch a : Arches.patch())
            for (Variant v : Variant.PATCH) {
                Run r = run(a, v, USER_READ, VmFault.OOM);
                assertEquals(1, r.upReads(), a.name() + " " + v);
                assertEquals("oom", r.outcome().how(), a.name() + " " + v);
            }
    }

    @Test
    void aWriteStartsWithWriteAddedToTheFlags() {
        for (Arch a : Arches.patch()) {
            Run r = run(a, Variant.V5_7, USER_WRITE, 0);
            int f = r.flags().get(0);
            String name = a.name();
            assertTrue((f & FaultFlags.WRITE) != 0, name + " " + FaultFlags.names(f));
            if (name.equals("nios2"))   // flags = FAULT_FLAG_WRITE;
                assertEquals(FaultFlags.WRITE, f, name + ": the assignment drops every other flag");
            else
                assertEquals(FaultFlags.DEFAULT | FaultFlags.WRITE | (name.equals("nds32") ? 0 : FaultFlags.USER), f,
                        name + " " + FaultFlags.names(f));
        }
    }

    @Test
    void s390GmapEndsTheFirstRetryWithPfault() {
        for (Variant v : Variant.PATCH) {
            Run r = run(new S390Gmap(), v, KERNEL_READ, VmFault.RETRY, 0);
            assertEquals(1, r.attempts(), v.label());
            assertTrue((r.flags().get(0) & FaultFlags.RETRY_NOWAIT) != 0, v.label());
            assertEquals(1, r.upReads(), v + ": out_up releases the mmap_sem the core kept");
            assertEquals(0, r.unheld(), v.label());
            assertEquals(VmFault.S390_PFAULT, r.outcome().fault(), v.label());
            assertEquals("no_context", r.outcome().how(), v.label());
        }
        Run plain = run(new S390(), Variant.V5_7, USER_READ, VmFault.RETRY, 0);
        assertEquals(2, plain.attempts());
        assertEquals(2, plain.upReads(), "the core's (RETRY) and out_up's");
        assertEquals(0, plain.unheld());
    }

    /** powerpc's second retry path: bad_stack_expansion() asks for must_retry; the arch up_reads and goes to retry:. */
    @Test
    void powerpcMustRetryDropsMmapSemAndRetriesWithTheSameFlags() {
        Powerpc mustRetry = new Powerpc() {
            int calls;
            @Override protected long userStackPointer(Kernel k) { return k.access.address() + 0x10000; }
            @Override protected boolean probeUserReadNip(Kernel k) { return calls++ > 0; }   // the first read faults
        };
        // a write 1.5 MB below the top of a GROWSDOWN vma that starts above it
        long address = Vma.DEFAULT_START - 0x100;
        MonitorRuntime rt = new MonitorRuntime(10_000);
        List<Event> events = new ArrayList<>();
        rt.addListener(events::add);
        List<Integer> flags = new ArrayList<>();
        AtomicReference<FaultOutcome> out = new AtomicReference<>();
        KernelOps ops = KernelOps.DEFAULT.with(Memory.class, kk -> new Memory(kk) {
            @Override public int handleMmFault(Vma vma, long a, int f) {
                flags.add(f);
                kk.pte.set("set_pte_at", retrycheck.runtime.Src.NONE);
                return 0;
            }
        });
        Kernel k = new Kernel(rt, Variant.V5_7, CorePath.FILEMAP, at(address, FaultAccess.Kind.WRITE, true), Kernel.Setup.of(false), ops);
        Vma vma = k.mm.vmaObject();
        vma.setVmFlags(vma.vmFlags(retrycheck.runtime.Src.NONE) | retrycheck.kernel.VmFlags.VM_GROWSDOWN, retrycheck.runtime.Src.NONE);
        vma.setVmEnd(Vma.DEFAULT_START + 0x180000, retrycheck.runtime.Src.NONE);
        rt.run(List.of(new ModelThread("fault", () -> out.set(mustRetry.handle(k)))));
        assertNull(rt.failure());
        long downs = events.stream().filter(e -> e.isOp("down_read") || e.isOp("down_read_trylock")).count();
        assertEquals(2, downs, "trylock, then down_read at retry:");
        assertEquals(2, events.stream().filter(e -> e.isOp("up_read")).count(), "must_retry's up_read and the exit's");
        assertEquals(1, flags.size());
        assertEquals("return", out.get().how());
    }

    /** The same through the real core: filemap_fault() returns VM_FAULT_SIGBUS for a page beyond EOF. */
    @Test
    void aPageBeyondEofThroughTheRealCore() {
        for (Arch a : Arches.patch())
            for (Variant v : Variant.PATCH) {
                MonitorRuntime rt = new MonitorRuntime(10_000);
                List<Event> events = new ArrayList<>();
                rt.addListener(events::add);
                AtomicReference<FaultOutcome> out = new AtomicReference<>();
                Kernel k = new Kernel(rt, v, CorePath.FILEMAP, USER_READ, new Kernel.Setup(false, false, true, false, false),
                        KernelOps.DEFAULT);
                rt.run(List.of(new ModelThread("fault", () -> out.set(a.handle(k)))));
                assertNull(rt.failure(), a.name() + " " + v);
                long unheld = events.stream().filter(e -> e.isOp("up_read") && "UNHELD".equals(e.result())).count();
                boolean shDouble = a.name().equals("sh") && v.isV57();
                assertEquals(shDouble ? 1 : 0, unheld, a.name() + " " + v);
                assertEquals("sigbus", out.get().how(), a.name() + " " + v);
            }
    }
}
