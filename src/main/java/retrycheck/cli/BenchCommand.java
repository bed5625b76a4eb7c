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
import retrycheck.program.DporSuite;

import java.util.ArrayList;
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

    @Option(names = "--suite", paramLabel = "NAME", description = "run a benchmark suite instead of the matrix: dpor (the classic DPOR programs)")
    String suite;

    @Option(names = "--por", paramLabel = "ALG", split = ",", description = "with --suite: the reductions to compare, side by side (default: source,optimal; valid: source, optimal, none)")
    List<String> porNames;

    @Option(names = "--program", paramLabel = "NAME", split = ",", description = "with --suite: only these programs (lastzero, indexer, filesystem, readers, dispatcher)")
    List<String> programs;

    @Option(names = "--large", description = "with --suite: also the larger sizes (seconds to minutes each)")
    boolean large;

    @Option(names = "--time-budget", defaultValue = "120", paramLabel = "SECONDS", description = "with --suite: per run; a run cut short is marked INCOMPLETE (default: ${DEFAULT-VALUE})")
    long timeBudgetSeconds;

    @Override public Integer call() throws Exception {
        if (suite != null || porNames != null) return suite();
        int n = workers.count();
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

    /** `bench --suite dpor`: the DPOR suite, each program under each chosen reduction. */
    private int suite() {
        if (suite == null) throw new UsageException("--por needs --suite (valid: dpor)");
        workers.count();                                      // --workers is checked the same way, though the suite runs on one
        if (!suite.equals("dpor")) throw new UsageException("unknown suite '" + suite + "'; valid: dpor");
        if (timeBudgetSeconds < 1) throw new UsageException("--time-budget must be at least 1, got " + timeBudgetSeconds);
        List<Explorer.Por> pors = new ArrayList<>();
        for (String p : porNames == null ? List.of("source", "optimal") : porNames) {
            Explorer.Por x = Explorer.Por.parse(p);
            if (x == null) throw new UsageException("unknown --por '" + p + "'; valid: source, optimal, none");
            if (!pors.contains(x)) pors.add(x);
        }
        List<DporSuite.Bench> benches = new ArrayList<>(DporSuite.all(large));
        if (programs != null) {
            List<String> names = benches.stream().map(DporSuite.Bench::name).distinct().toList();
            for (String p : programs)
                if (!names.contains(p)) throw new UsageException("unknown --program '" + p + "'; valid: " + String.join(", ", names));
            benches.removeIf(b -> !programs.contains(b.name()));
        }
        Explorer.Options base = Explorer.Options.defaults().withMaxExecutions(Long.MAX_VALUE).withTimeBudget(timeBudgetSeconds * 1000);
        DporSuite.lastzero(3, false).check(base);                                              // JIT warm-up
        System.out.println(suiteHeader());
        boolean allGood = true;
        for (DporSuite.Bench b : benches) {
            for (Explorer.Por p : pors) {
                SuiteRow row = suiteRow(b, base.withPor(p));
                System.out.println(row.line());
                allGood &= row.bugFound() && row.stats().complete();
            }
        }
        System.out.println("known: the published trace count (see DporSuite for each source); traces: distinct traces the run explored;"
                + " ratio: (executions + blocked) / known (else / traces); bug: the injected bug's finding was reported");
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (DporSuite.Bench b : benches) sources.putIfAbsent(b.name(), b.source());
        sources.forEach((name, src) -> System.out.println("known counts of " + name + ": " + src));
        allGood &= splitComparison(base);
        return allGood ? Main.OK : Main.INCOMPLETE;
    }

    /** One suite measurement: the correct program's search (stats) and whether the buggy variant's search found its bug. */
    record SuiteRow(DporSuite.Bench bench, Explorer.Por por, retrycheck.explore.ExploreStats stats, boolean bugFound, String verdict) {
        String line() {
            long denom = bench.knownTraces() > 0 ? bench.knownTraces() : Math.max(1, stats.traces);
            double ratio = (double) (stats.executions + stats.pruned) / denom;
            double secs = Math.max(1e-9, stats.wallNanos / 1e9);
            return String.format("%-16s %-8s %11d %9d %9d %9s %7.2f %12.0f %8.2f  %-4s %s", bench.id(), por.label(), stats.executions,
                    stats.pruned, stats.traces, bench.knownTraces() > 0 ? Long.toString(bench.knownTraces()) : "-", ratio,
                    stats.steps / secs, secs, bugFound ? "yes" : "NO", verdict);
        }
    }

    /** One check split by schedule prefix on 1 and on 2 workers: the same counts, and the wall time ratio. */
    private static boolean splitComparison(Explorer.Options base) {
        Explorer.Options src = base.withPor(Explorer.Por.SOURCE);
        DporSuite.Bench b = DporSuite.all(false).stream().filter(x -> x.id().equals("lastzero(8)")).findFirst().orElseThrow();
        retrycheck.explore.ExploreStats one = Explorer.exploreSplit(b.program(), src, (f, s, n) -> { }, 1);
        retrycheck.explore.ExploreStats two = Explorer.exploreSplit(b.program(), src, (f, s, n) -> { }, 2);
        boolean same = one.executions == two.executions && one.pruned == two.pruned && one.traces == two.traces
                && one.complete() && two.complete();
        System.out.printf("prefix split of %s (source-DPOR): 1 worker %d executions + %d blocked, %d traces, %.2f s;"
                        + " 2 workers %d + %d, %d traces, %.2f s; %s; wall time 1/2 workers = %.2f%n", b.id(), one.executions, one.pruned,
                one.traces, one.wallNanos / 1e9, two.executions, two.pruned, two.traces, two.wallNanos / 1e9,
                same ? "same counts" : "COUNTS DIFFER", (double) one.wallNanos / Math.max(1, two.wallNanos));
        return same;
    }

    static String suiteHeader() {
        return String.format("%-16s %-8s %11s %9s %9s %9s %7s %12s %8s  %-4s %s", "program", "por", "executions", "blocked", "traces",
                "known", "ratio", "steps/s", "seconds", "bug", "verdict");
    }

    static SuiteRow suiteRow(DporSuite.Bench b, Explorer.Options o) {
        retrycheck.program.Checks.Result ok = b.program().check(o);
        retrycheck.program.Checks.Result bad = b.buggy().check(o);
        return new SuiteRow(b, o.algorithm(), ok.stats(), bad.findings().containsKey(b.bugKind()), ok.verdict());
    }
}
