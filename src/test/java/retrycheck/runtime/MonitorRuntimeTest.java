package retrycheck.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitor runtime's run(): threads end, or are reported stuck and stopped; exceptions are kept. */
class MonitorRuntimeTest {

    @Test
    void threadsThatEndAreNotStuck() {
        MonitorRuntime rt = new MonitorRuntime(5000);
        Flag f = new Flag(rt, "f", false);
        AtomicLong ends = new AtomicLong();
        rt.addListener(e -> { if (e.isNote(Event.Note.THREAD_END)) ends.incrementAndGet(); });
        rt.run(List.of(
                new ModelThread("waiter", () -> f.waitUntilSet("wait", WaitState.UNINTERRUPTIBLE, new Signals(rt, "s"), -4, Src.NONE)),
                new ModelThread("setter", () -> f.set("set", Src.NONE))));
        assertEquals(List.of(), rt.stuckThreads());
        assertNull(rt.failure());
        assertEquals(2, ends.get());
    }

    @Test
    void aBlockedThreadIsReportedStuck() {
        MonitorRuntime rt = new MonitorRuntime(300);
        SleepLock l = new SleepLock(rt, "page_lock", "io");
        Signals s = new Signals(rt, "signals");
        rt.run(List.of(new ModelThread("fault", () -> l.lock("__lock_page", WaitState.UNINTERRUPTIBLE, s, 0, Src.NONE)),
                new ModelThread("other", () -> s.send(true, Src.NONE))));
        assertEquals(List.of("fault"), rt.stuckThreads());
        assertNull(rt.failure());
    }

    /** A thread that never waits (each of its operations is enabled) but never ends: a livelock. */
    @Test
    void aLivelockedThreadIsReportedStuckAndStopped() throws InterruptedException {
        MonitorRuntime rt = new MonitorRuntime(300);
        Flag f = new Flag(rt, "done", false);
        AtomicLong events = new AtomicLong();
        rt.addListener(e -> events.incrementAndGet());
        rt.run(List.of(new ModelThread("spinner", () -> { while (!f.get("read", Src.NONE)) { } })));
        assertEquals(List.of("spinner"), rt.stuckThreads());
        Thread.sleep(100);
        long a = events.get();
        Thread.sleep(200);
        assertEquals(a, events.get(), "the spinner goes on after run() gave up on it");
        assertTrue(a > 0);
        assertNull(rt.failure());
    }

    @Test
    void aThrowingThreadIsAFailure() {
        MonitorRuntime rt = new MonitorRuntime(5000);
        rt.run(List.of(new ModelThread("bad", () -> { throw new IllegalStateException("model bug"); })));
        assertEquals(List.of(), rt.stuckThreads());
        assertTrue(rt.failure() instanceof IllegalStateException);
    }
}
