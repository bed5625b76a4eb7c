package retrycheck.kernel.arch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultAccess;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Memory;
import retrycheck.kernel.Memory64;
import retrycheck.kernel.Memory65;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.kernel.VmFlags;
import retrycheck.kernel.Vma;
import retrycheck.runtime.Event;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * v6.4/v6.5 {@code retry: vma = lock_mm_and_find_vma(mm, address, regs);} (mm/memory.c) and the unconverted arches'
 * {@code vma = expand_stack(mm, address);} (mm/mmap.c), on the arches' handlers with a stub core (spec/releases.md §7):
 * the killable re-lock at {@code retry:} that a fatal signal ends, and the stack growth under the write lock.
 */
@Timeout(120)
class ArchLockMmAndFindVmaTest {
    /** The arches converted to lock_mm_and_find_vma() in 6.4.6 and 6.5.0 (§7.2; csky and loongarch: no class here yet). */
    private static final Set<String> CONVERTED = Set.of("alpha", "arc", "arm", "arm64", "hexagon", "mips", "nios2",
            "powerpc", "riscv", "sh", "sparc32", "x86", "xtensa", "csky", "loongarch");
    private static final List<Variant> RELEASES = List.of(Variant.V6_4, Variant.V6_5);

    private record Run(FaultOutcome outcome, List<Event> events, List<Integer> flags) {
        long ops(String op) { return events.stream().filter(e -> e.object().equals("mmap_sem") && e.isOp(op)).count(); }
        long ops(String op, String result) {
            return events.stream().filter(e -> e.object().equals("mmap_sem") && e.isOp(op) && result.equals(e.result())).count();
        }
        /** Read holds taken minus released by the fault thread, and whether it ends holding the write lock. */
        long readBalance() {
            return ops("down_read") + ops("down_read_trylock", "true") + ops("down_read_killable", "0") + ops("downgrade_write", "ok")
                    - ops("up_read", "ok");
        }
        long writeBalance() { return ops("down_write_killable", "0") - ops("downgrade_write", "ok") - ops("up_write", "ok"); }
        long unheld() { return events.stream().filter(e -> "UNHELD".equals(e.result())).count(); }
    }

    /** A core whose handle_mm_fault() returns {@code results} in turn, dropping mmap_sem on RETRY as the core does. */
    private static KernelOps stubCore(Variant v, List<Integer> flags, int[] results, Runnable onFirstRetry) {
        return KernelOps.DEFAULT.with(Memory.class, kk -> {
            class Stub {
                int fault(int f) {
                    int fault = results[Math.min(flags.size(), results.length - 1)];
                    flags.add(f);
                    if ((fault & VmFault.RETRY) != 0) {
                        kk.mm.mmapSem.upRead(Src.NONE);               // the core dropped mmap_sem
                        if (flags.size() == 1 && onFirstRetry != null) onFirstRetry.run();
                    }
                    if ((fault & (VmFault.RETRY | VmFault.ERROR)) == 0) kk.pte.set("set_pte_at", Src.NONE);
                    return fault;
                }
            }
            Stub s = new Stub();
            return v == Variant.V6_5
                    ? new Memory65(kk) { @Override public int handleMmFault(Vma vma, long a, int f) { return s.fault(f); }
                        @Override public int handleMmFault(Vma vma, long a, int f, retrycheck.kernel.FaultAccess r) { return s.fault(f); } }
                    : new Memory64(kk) { @Override public int handleMmFault(Vma vma, long a, int f) { return s.fault(f); }
                        @Override public int handleMmFault(Vma vma, long a, int f, retrycheck.kernel.FaultAccess r) { return s.fault(f); } };
        });
    }

    private static Arch byName(String n) {
        return Arches.all().stream().filter(a -> a.name().equals(n)).findFirst().orElseThrow();
    }

    @Test
    void theConvertedArchesTakeTheLockThroughLockMmAndFindVmaTheOthersExpandTheStackThemselves() {
        Set<String> converted = new TreeSet<>(), expanding = new TreeSet<>();
        for (Arch a : Arches.all())
            for (Variant v : RELEASES) {
                if (!a.declares(v)) continue;
                RetryChoices c = a.choices(v);
                if (c.relock() == RetryChoices.Relock.LOCK_MM_AND_FIND_VMA) converted.add(a.name());
                if (c.path().stack() == RetryChoices.Stack.EXPAND_STACK_UNLOCKS
                        || c.path().stack() == RetryChoices.Stack.EXPAND_STACK_UNLOCKS_UNTESTED) expanding.add(a.name());
                assertTrue(a.declares(v), a.name() + " " + v.label());
            }
        assertEquals(new TreeSet<>(CONVERTED), converted);
        assertEquals(new TreeSet<>(Set.of("ia64", "m68k", "microblaze", "openrisc", "s390", "sparc64", "um")), expanding);
        assertEquals(RetryChoices.Stack.GROWSUP, byName("parisc").choices(Variant.V6_5).path().stack());
    }

    /**
     * The first attempt returns RETRY; then a writer takes mmap_lock and SIGKILL arrives after the signal check: at
     * {@code retry:} the trylock fails, the killable lock gives up (-EINTR), lock_mm_and_find_vma() returns NULL with
     * the lock not held, and the fault ends by the arch's nosemaphore exit: no second attempt, nothing held, no unlock
     * of a lock not held. Kernel mode: the faulting uaccess has an exception-table entry, so the same, ending in the fixup.
     */
    @Test
    void aFatalSignalAtTheKillableReLockEndsTheFaultWithoutTheLock() throws InterruptedException {
        for (String n : CONVERTED)
            for (Variant v : RELEASES)
                for (boolean user : List.of(true, false)) {
                    String l = n + " " + v.label() + (user ? " user" : " kernel");
                    Run r = retryWhileAWriterHoldsTheLockAndSigkillArrives(byName(n), v, user);
                    assertEquals(1, r.flags().size(), l + ": no attempt after the failed re-lock");
                    assertEquals(1, r.ops("down_read_trylock", "false"), l + ": retry: starts with a trylock");
                    assertEquals(1, r.ops("down_read_killable", String.valueOf(retrycheck.runtime.Errno.EINTR)), l + ": then the killable lock, ended by SIGKILL");
                    assertEquals(0, r.ops("down_read"), l + ": never the blocking down_read");
                    assertEquals(0, r.readBalance(), l + ": ends without mmap_lock");
                    assertEquals(0, r.unheld(), l);
                    assertEquals(user ? "sigsegv" : "no_context", r.outcome().how(), l);
                }
    }

    private static Run retryWhileAWriterHoldsTheLockAndSigkillArrives(Arch a, Variant v, boolean user) throws InterruptedException {
        MonitorRuntime rt = new MonitorRuntime(20_000);
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        List<Integer> flags = new ArrayList<>();
        CountDownLatch dropped = new CountDownLatch(1), writerHolds = new CountDownLatch(1), trylockFailed = new CountDownLatch(1),
                done = new CountDownLatch(1);
        rt.addListener(e -> {
            events.add(e);
            if (e.thread().equals("fault") && e.isOp("down_read_trylock") && "false".equals(e.result())) trylockFailed.countDown();
        });
        AtomicReference<FaultOutcome> out = new AtomicReference<>();
        KernelOps ops = stubCore(v, flags, new int[] {VmFault.RETRY, 0}, () -> {
            dropped.countDown();
            await(writerHolds);                                       // the writer has mmap_lock before the fault goes on
        });
        Kernel k = new Kernel(rt, v, CorePath.FILEMAP, FaultAccess.read(user), Kernel.Setup.of(false), ops);
        rt.run(List.of(
                new ModelThread("fault", () -> { out.set(a.handle(k)); done.countDown(); }),
                new ModelThread("writer", () -> {
                    await(dropped);
                    k.mm.mmapSem.downWrite(Src.NONE);                 // mmap_write_lock(mm)
                    writerHolds.countDown();
                    await(trylockFailed);                             // the fault is at retry:, past its signal check
                    k.task.signals.send(true, Src.NONE);              // SIGKILL
                    await(done);
                    k.mm.mmapSem.upWrite(Src.NONE);
                })));
        assertNull(rt.failure(), a.name() + " " + v.label());
        assertEquals(List.of(), rt.stuckThreads(), a.name() + " " + v.label());
        List<Event> faultEvents = events.stream().filter(e -> e.thread().equals("fault")).toList();
        return new Run(out.get(), faultEvents, flags);
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(10, TimeUnit.SECONDS)) throw new AssertionError("timed out");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** One fault on one thread: an address below the vma's start, the vma VM_GROWSDOWN or not. */
    private static Run stackFault(Arch a, Variant v, boolean growsDown, long[] vmStartAfter) {
        MonitorRuntime rt = new MonitorRuntime(10_000);
        List<Event> events = new ArrayList<>();
        List<Integer> flags = new ArrayList<>();
        rt.addListener(events::add);
        AtomicReference<FaultOutcome> out = new AtomicReference<>();
        long address = Vma.DEFAULT_START - 0x1000;
        Kernel k = new Kernel(rt, v, CorePath.FILEMAP, new FaultAccess(address, FaultAccess.Kind.READ, true),
                Kernel.Setup.of(false), stubCore(v, flags, new int[] {0}, null));
        Vma vma = k.mm.vmaObject();
        if (growsDown) vma.setVmFlags(vma.vmFlagsNow() | VmFlags.VM_GROWSDOWN, Src.NONE);
        rt.run(List.of(new ModelThread("fault", () -> out.set(a.handle(k)))));
        assertNull(rt.failure(), a.name() + " " + v.label());
        vmStartAfter[0] = vma.vmStart(Src.NONE);
        return new Run(out.get(), events, flags);
    }

    /**
     * A fault below a VM_GROWSDOWN vma: converted arches upgrade in lock_mm_and_find_vma() (mmap_upgrade_trylock()
     * always fails: unlock, killable write lock, find_vma again, expand_stack_locked(), downgrade); ia64 m68k microblaze
     * openrisc s390 sparc64 um do the same in expand_stack(mm, addr). Then one attempt under the read lock and its
     * unlock; parisc's stack grows up, so the address is a bad area.
     */
    @Test
    void aStackFaultGrowsTheStackUnderTheWriteLockAndDowngrades() {
        for (Arch a : Arches.all())
            for (Variant v : RELEASES) {
                if (!a.declares(v)) continue;
                String l = a.name() + " " + v.label();
                long[] start = new long[1];
                Run r = stackFault(a, v, true, start);
                if (a.name().equals("parisc")) {
                    assertEquals("sigsegv", r.outcome().how(), l);
                    assertEquals(0, r.ops("down_write_killable"), l);
                    continue;
                }
                assertEquals(1, r.ops("down_write_killable", "0"), l + ": the stack is expanded under the write lock");
                assertEquals(1, r.ops("downgrade_write", "ok"), l + ": and the lock downgraded to read");
                assertEquals(0, r.ops("up_write"), l);
                assertEquals(Vma.DEFAULT_START - 0x1000, start[0], l + ": vm_start moved down to the address");
                assertEquals(1, r.flags().size(), l + ": then one attempt");
                assertEquals(0, r.flags().get(0) & FaultFlags.TRIED, l);
                assertEquals(0, r.readBalance(), l + ": the exit releases the downgraded lock");
                assertEquals(0, r.writeBalance(), l);
                assertEquals(0, r.unheld(), l);
            }
    }

    /**
     * Below a vma that does not grow down: lock_mm_and_find_vma() read-unlocks and returns NULL; the others' own
     * VM_GROWSDOWN test sends them to bad_area (one unlock), but ia64 calls expand_stack() at once, which write-locks,
     * fails in expand_downwards() (-EFAULT), write-unlocks and returns NULL. Either way: SIGSEGV, nothing held.
     */
    @Test
    void belowAVmaThatDoesNotGrowDownIsABadAreaWithEveryLockReleasedOnce() {
        for (Arch a : Arches.all())
            for (Variant v : RELEASES) {
                if (!a.declares(v)) continue;
                String l = a.name() + " " + v.label();
                Run r = stackFault(a, v, false, new long[1]);
                assertEquals(0, r.flags().size(), l);
                assertEquals("sigsegv", r.outcome().how(), l);
                assertEquals(0, r.readBalance(), l);
                assertEquals(0, r.writeBalance(), l);
                assertEquals(0, r.unheld(), l);
                assertEquals(a.name().equals("ia64") ? 1 : 0, r.ops("down_write_killable", "0"), l);
                assertEquals(a.name().equals("ia64") ? 1 : 0, r.ops("up_write", "ok"), l);
            }
    }

    /**
     * A stack fault while another task holds mmap_lock for read, SIGKILL arriving while the fault waits for the write
     * lock: {@code mmap_write_lock_killable()} gives up (-EINTR, out of the writers' queue), lock_mm_and_find_vma() /
     * expand_stack() return NULL with no lock held, and the fault ends by the nosemaphore exit without an attempt; the
     * reader's lock and the queue are as before (the other task is not blocked by a writer that left).
     */
    @Test
    void aFatalSignalWhileWaitingForTheWriteLockOfAStackFaultEndsItWithNothingHeld() {
        for (Arch a : Arches.all())
            for (Variant v : RELEASES) {
                if (!a.declares(v) || a.name().equals("parisc")) continue;
                String l = a.name() + " " + v.label();
                MonitorRuntime rt = new MonitorRuntime(20_000);
                List<Event> events = Collections.synchronizedList(new ArrayList<>());
                List<Integer> flags = new ArrayList<>();
                CountDownLatch readerHolds = new CountDownLatch(1), queued = new CountDownLatch(1), done = new CountDownLatch(1);
                rt.addListener(e -> {
                    events.add(e);
                    if (e.thread().equals("fault") && e.isOp("down_write_killable(queue)")) queued.countDown();
                });
                AtomicReference<FaultOutcome> out = new AtomicReference<>();
                AtomicReference<String> semAfter = new AtomicReference<>();
                long address = Vma.DEFAULT_START - 0x1000;
                Kernel k = new Kernel(rt, v, CorePath.FILEMAP, new FaultAccess(address, FaultAccess.Kind.READ, true),
                        Kernel.Setup.of(false), stubCore(v, flags, new int[] {0}, null));
                Vma vma = k.mm.vmaObject();
                vma.setVmFlags(vma.vmFlagsNow() | VmFlags.VM_GROWSDOWN, Src.NONE);
                rt.run(List.of(
                        new ModelThread("reader", () -> {
                            k.mm.mmapSem.downRead(Src.NONE);          // another task's mmap_read_lock(mm)
                            readerHolds.countDown();
                            await(queued);                            // the fault waits for the write lock
                            k.task.signals.send(true, Src.NONE);      // SIGKILL
                            await(done);
                            semAfter.set(k.mm.mmapSem.state());
                            k.mm.mmapSem.upRead(Src.NONE);
                        }),
                        new ModelThread("fault", () -> { await(readerHolds); out.set(a.handle(k)); done.countDown(); })));
                assertNull(rt.failure(), l);
                assertEquals(List.of(), rt.stuckThreads(), l);
                Run r = new Run(out.get(), events.stream().filter(e -> e.thread().equals("fault")).toList(), flags);
                assertEquals(1, r.ops("down_write_killable", String.valueOf(retrycheck.runtime.Errno.EINTR)), l);
                assertEquals(0, r.flags().size(), l + ": no attempt");
                assertEquals(0, r.readBalance(), l);
                assertEquals(0, r.writeBalance(), l);
                assertEquals(0, r.unheld(), l);
                assertEquals("sigsegv", r.outcome().how(), l);
                assertEquals("R:reader", semAfter.get(), l + ": the writer left the queue");
                assertEquals(Vma.DEFAULT_START, vma.vmStart(Src.NONE), l + ": the stack did not grow");
            }
    }
}
