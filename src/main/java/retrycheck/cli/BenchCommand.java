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

    // --- engine jpf
    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "embedded|jpf", description = "embedded (default), or jpf: the checks of issue 15's table under Java PathFinder, states and wall time")
    String engine;
    // ---

    @Override public Integer call() throws Exception {
        int n = workers.count();
        if (!engine.equals("embedded") && !engine.equals("jpf"))
            throw new UsageException("unknown engine '" + engine + "'; valid: embedded, jpf");
        if (engine.equals("jpf")) return JpfSupport.bench();
        List<CheckSpec> all = CheckSpec.wholeMatrix();
        Explorer.Options por = Explorer.Options.defaults();
        MatrixRunner.run(all.subList(0, Math.min(4, all.size())), por, n, x -> { });   // JIT warm-up
        long t0 = System.nanoTime();
        List<CheckResult> rs = MatrixRunner.run(all, por, n, x -> { });
        double secs = (System.nanoTime() - t0) / 1e9;
        long execs = rs.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum();
        boolean complete = rs.stream().allMatch(r -> r.stats.complete());
        System.out.printf("whole matrix: %d checks, %d executions (+pruned), %.1f s wall on %d workers, %.0f executions/s, %s%n",
                rs.size(), execs, secs, n, execs / secs, complete ? "every check exhaustive" : "SOME CHECKS INCOMPLETE");
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
}
