package retrycheck.jpf;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link JpfBackend} without jpf-core, selected with {@code -Dretrycheck.jpf.backend=retrycheck.jpf.FakeJpfBackend}
 * ({@link JpfEngine#BACKEND_PROPERTY}), for the tests of what lies around JPF (worker JVMs, check's outputs) in the
 * default build. Each search finds nothing (every verdict PASS) and reports, as its counts, which JVM ran it: new states =
 * the number of searches this JVM has run (1, 2, ...), end states = the JVM's pid. By the check's ARCH
 * ({@code target.args}): {@code arm} makes the JVM die (exit status 7, after a line on stderr); {@code arm64} hangs until
 * {@link #release} (in a worker JVM: forever), after counting down {@link #entered}.
 */
public final class FakeJpfBackend implements JpfBackend {
    static final AtomicInteger SEARCHES = new AtomicInteger();
    static volatile CountDownLatch entered = new CountDownLatch(1), release = new CountDownLatch(1);

    public FakeJpfBackend(String[] siteArgs) {}

    @Override public JpfRun run(Map<String, String> settings) {
        String arch = settings.get("target.args").split(",")[0];
        int n = SEARCHES.incrementAndGet();
        if (arch.equals("arm")) {
            System.err.println("fake: the JVM dies");
            System.err.flush();
            Runtime.getRuntime().halt(7);
        }
        if (arch.equals("arm64")) {
            entered.countDown();
            try {
                release.await(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new JpfRun(List.of(), n, 0, ProcessHandle.current().pid(), 5, 0, "", 1_000_000L);
    }
}
