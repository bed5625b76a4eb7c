package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Progress;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.kernel.CoreOverrides;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `bench`: whole-matrix wall time, executions per second, and executions with and without partial-order reduction.
 * Every option is checked before anything runs; progress (done/total, time left) goes to stderr, the figures to stdout
 * once they are all measured.
 */
@Command(name = "bench", description = "Benchmark the embedded explorer: whole matrix, executions/s, POR vs no POR.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    WorkersOption workers = new WorkersOption();

    @Option(names = "--no-por-arch", defaultValue = "x86", paramLabel = "NAME", description = "arch for the POR comparison (default: ${DEFAULT-VALUE}; see 'list arches'; any case)")
    String porArch;

    @Option(names = "--no-por-budget", defaultValue = "200000", paramLabel = "N", description = "execution budget of each no-POR run, at least 1 (default: ${DEFAULT-VALUE})")
    long budget;

    @Option(names = "--quiet", description = "no progress lines (progress goes to stderr)")
    boolean quiet;

    @Override public Integer call() throws Exception {
        // validation first: nothing runs on a bad option
        int n = workers.count();
        FaultHandler arch = arch(porArch);
        if (budget < 1) throw new UsageException("--no-por-budget must be at least 1, got " + budget);

        // then the work
        Progress progress = Progress.stderr(quiet);
        try {
            List<CheckSpec> all = CheckSpec.wholeMatrix();
            Explorer.Options por = Explorer.Options.defaults();
            progress.accept("bench 1/3: JIT warm-up");
            MatrixRunner.run(all.subList(0, Math.min(4, all.size())), por, n, x -> { });
            progress.accept("bench 2/3: whole matrix, " + all.size() + " checks on " + n + " workers");
            long t0 = System.nanoTime();
            List<CheckResult> rs = MatrixRunner.run(all, por, n, progress);
            double secs = (System.nanoTime() - t0) / 1e9;
            StringBuilder out = new StringBuilder();
            long execs = rs.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum();
            boolean complete = rs.stream().allMatch(r -> r.stats.complete());
            out.append(String.format("whole matrix: %d checks, %d executions (+pruned), %.1f s wall on %d workers, %.0f executions/s, %s%n",
                    rs.size(), execs, secs, n, execs / secs, complete ? "every check exhaustive" : "SOME CHECKS INCOMPLETE"));
            out.append(String.format("%-12s %-5s %-22s %12s %12s %10s%n", "arch", "var", "scenario", "POR execs", "no-POR execs", "reduction"));
            Explorer.Options noPor = new Explorer.Options(budget, por.maxSteps(), false);
            int pairs = Variant.values().length * Scenarios.ALL.size();
            progress.accept("bench 3/3: " + arch.name() + " with and without POR, " + pairs + " checks each (no-POR budget " + budget + ")");
            progress.begin("POR vs no POR", pairs);
            for (Variant v : Variant.values())
                for (Scenario s : Scenarios.ALL) {
                    CheckSpec spec = new CheckSpec(arch, v, s, Invariants.ALL, CoreOverrides.NONE);
                    CheckResult a = MatrixRunner.run(List.of(spec), por, 1, x -> { }).get(0);
                    CheckResult b = MatrixRunner.run(List.of(spec), noPor, 1, x -> { }).get(0);
                    boolean cut = !b.stats.complete();
                    out.append(String.format("%-12s %-5s %-22s %12d %12s %9s%n", arch.name(), v.label(), s.id(), a.stats.executions,
                            b.stats.executions + (cut ? "+ (budget)" : ""),
                            (cut ? ">=" : "") + String.format("%.1fx", (double) b.stats.executions / Math.max(1, a.stats.executions))));
                    progress.step(spec.label());
                }
            System.out.print(out);
            return Main.OK;
        } finally {
            progress.end();
        }
    }

    /** The arch named, in any case (as every id option); a usage error naming the value and the valid names. */
    static FaultHandler arch(String name) {
        String want = name.trim();
        for (FaultHandler h : Handlers.all()) if (h.name().toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT))) return h;
        throw new UsageException("--no-por-arch " + name + ": unknown arch; valid: " + String.join(", ", Handlers.names()));
    }
}
