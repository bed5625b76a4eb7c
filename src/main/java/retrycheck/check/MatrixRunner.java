package retrycheck.check;

import retrycheck.explore.Explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs many checks on a few worker threads (each with its own explorer) and returns the results in the order
 * of the specs, whatever order they finished in: the same command gives the same table. Progress: one
 * {@link Progress#step} per finished check, numbered in the order they finish.
 */
public final class MatrixRunner {
    private MatrixRunner() {}

    public static List<CheckResult> run(List<CheckSpec> specs, Explorer.Options options, int workers,
                                        Consumer<String> progress) throws InterruptedException {
        return run(specs, options, workers, progress, r -> { });
    }

    /** The same, and {@code finished} sees each result as soon as its check ends (to keep them if the run is interrupted). */
    public static List<CheckResult> run(List<CheckSpec> specs, Explorer.Options options, int workers,
                                        Consumer<String> progress, Consumer<CheckResult> finished) throws InterruptedException {
        int n = Math.max(1, Math.min(workers, specs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "retrycheck-worker");
            t.setDaemon(true);
            return t;
        });
        List<Checker> created = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Checker> checkers = ThreadLocal.withInitial(() -> {
            Checker c = new Checker();
            created.add(c);
            return c;
        });
        Progress p = Progress.of(progress);
        p.begin("checks", specs.size());
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (CheckSpec s : specs) {
                futures.add(pool.submit(() -> {
                    CheckResult r = checkers.get().run(s, options);
                    finished.accept(r);
                    p.step(String.format("%-40s %-10s %d executions", s.label(), summary(r), r.stats.executions));
                    return r;
                }));
            }
            List<CheckResult> results = new ArrayList<>();
            for (Future<CheckResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("check failed to run: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
            created.forEach(Checker::close);   // ends each explorer's carrier threads, which would otherwise stay parked
        }
    }

    private static String summary(CheckResult r) {
        if (r.anyFail()) return "FAIL";
        if (r.allPass()) return "PASS";
        return "INCOMPLETE";
    }
}
