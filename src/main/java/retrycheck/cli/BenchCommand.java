package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.explore.Handoff;
import retrycheck.kernel.CoreOverrides;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.List;
import java.util.concurrent.Callable;

/** `bench`: whole-matrix wall time, executions per second, and executions with and without partial-order reduction. */
@Command(name = "bench", description = "Benchmark the embedded explorer: whole matrix, executions/s, POR vs no POR.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    WorkersOption workers = new WorkersOption();

    @Option(names = "--no-por-arch", defaultValue = "x86", paramLabel = "NAME", description = "arch for the POR comparison (default: x86)")
    String porArch;

    @Option(names = "--no-por-budget", defaultValue = "200000", paramLabel = "N", description = "execution budget of the no-POR runs")
    long budget;

    @Option(names = "--handoffs-only", description = "only the hand-off comparison (steps/s of each way to run model threads)")
    boolean handoffsOnly;

    @Option(names = "--handoff-rounds", defaultValue = "3", paramLabel = "N", description = "rounds of the hand-off comparison; each mode keeps its best (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override public Integer call() throws Exception {
        int n = workers.count();
        List<CheckSpec> all = CheckSpec.wholeMatrix();
        Explorer.Options por = Explorer.Options.defaults();
        if (rounds < 1) throw new UsageException("--handoff-rounds must be at least 1, got " + rounds);
        if (handoffsOnly) {
            handoffs(all, por, n, rounds);
            return Main.OK;
        }
        MatrixRunner.run(all.subList(0, Math.min(4, all.size())), por, n, x -> { });   // JIT warm-up
        long t0 = System.nanoTime();
        List<CheckResult> rs = MatrixRunner.run(all, por, n, x -> { });
        double secs = (System.nanoTime() - t0) / 1e9;
        long execs = rs.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum();
        boolean complete = rs.stream().allMatch(r -> r.stats.complete());
        System.out.printf("whole matrix: %d checks, %d executions (+pruned), %.1f s wall on %d workers, %.0f executions/s, %s%n",
                rs.size(), execs, secs, n, execs / secs, complete ? "every check exhaustive" : "SOME CHECKS INCOMPLETE");
        handoffs(all, por, n, rounds);
        System.out.printf("%-12s %-5s %-22s %12s %12s %10s%n", "arch", "var", "scenario", "POR execs", "no-POR execs", "reduction");
        Explorer.Options noPor = new Explorer.Options(budget, por.maxSteps(), false);
        for (Variant v : Variant.values())
            for (var s : Scenarios.ALL) {
                CheckSpec spec = new CheckSpec(Handlers.byName(porArch), v, s, Invariants.ALL, CoreOverrides.NONE);
                CheckResult a = MatrixRunner.run(List.of(spec), por, 1, x -> { }).get(0);
                CheckResult b = MatrixRunner.run(List.of(spec), noPor, 1, x -> { }).get(0);
                System.out.printf("%-12s %-5s %-22s %12d %12s %9.1fx%n", porArch, v.label(), s.id(), a.stats.executions,
                        b.stats.executions + (b.stats.complete() ? "" : "+ (budget)"),
                        (double) b.stats.executions / Math.max(1, a.stats.executions));
            }
        return Main.OK;
    }

    // ---- hand-off comparison (helper 14s) ----

    /** CPU time of the whole process (every thread, user and system), where the JVM offers it; else 0. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * The whole matrix under every hand-off this JVM offers (threads = the original two semaphores per step), side
     * by side in one run: steps per second, wall time, and whether every check explored exactly the same
     * (executions, pruned, steps, verdicts) as under threads. The modes take turns for {@code rounds} rounds and
     * each keeps its best round, so a load spike from other processes does not decide the ratio.
     */
    private static void handoffs(List<CheckSpec> all, Explorer.Options por, int n, int rounds) throws InterruptedException {
        List<Handoff> modes = new java.util.ArrayList<>();
        for (Handoff h : Handoff.values()) if (h.available()) modes.add(h);
        for (Handoff h : modes) MatrixRunner.run(all.subList(0, Math.min(20, all.size())), por.withHandoff(h), n, x -> { });  // JIT
        double[] best = new double[modes.size()], bestCpu = new double[modes.size()];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        java.util.Arrays.fill(bestCpu, Double.MAX_VALUE);
        List<List<CheckResult>> results = new java.util.ArrayList<>();
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < modes.size(); i++) {
                long c0 = processCpuNanos(), t0 = System.nanoTime();
                List<CheckResult> rs = MatrixRunner.run(all, por.withHandoff(modes.get(i)), n, x -> { });
                best[i] = Math.min(best[i], (System.nanoTime() - t0) / 1e9);
                bestCpu[i] = Math.min(bestCpu[i], (processCpuNanos() - c0) / 1e9);
                if (r == 0) results.add(rs);
            }
        System.out.printf("hand-off comparison (java %s, whole matrix on %d workers, best of %d rounds; CPU s = the whole process's"
                        + " user+system time):%n", System.getProperty("java.version"), n, rounds);
        System.out.printf("  %-13s %10s %10s %9s %13s %8s %8s %13s %8s  %s%n", "hand-off", "steps", "executions", "wall s", "steps/s",
                "ratio", "CPU s", "steps/CPU-s", "ratio", "exploration");
        double baseCpuRate = 0;
        double baseRate = 0;
        for (int i = 0; i < modes.size(); i++) {
            List<CheckResult> rs = results.get(i), base = results.get(0);
            long steps = rs.stream().mapToLong(x -> x.stats.steps).sum();
            long execs = rs.stream().mapToLong(x -> x.stats.executions + x.stats.pruned).sum();
            double rate = steps / best[i], cpuRate = steps / Math.max(1e-9, bestCpu[i]);
            if (i == 0) { baseRate = rate; baseCpuRate = cpuRate; }
            int differ = 0;
            for (int k = 0; k < rs.size(); k++) {
                CheckResult a = base.get(k), b = rs.get(k);
                if (a.stats.executions != b.stats.executions || a.stats.pruned != b.stats.pruned
                        || a.stats.steps != b.stats.steps || !a.verdicts.equals(b.verdicts)) differ++;
            }
            String same = i == 0 ? "(reference)" : differ == 0 ? "identical" : differ + " CHECKS DIFFER";
            System.out.printf("  %-13s %10d %10d %9.2f %13.0f %7.1fx %8.2f %13.0f %7.1fx  %s%n", modes.get(i).id(), steps, execs,
                    best[i], rate, rate / baseRate, bestCpu[i], cpuRate, cpuRate / baseCpuRate, same);
        }
        for (Handoff h : Handoff.values())
            if (!h.available()) System.out.printf("  %-13s unavailable: %s%n", h.id(), h.unavailableReason());
    }
}
