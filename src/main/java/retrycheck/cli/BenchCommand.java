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
import retrycheck.program.DporSuite;

import java.util.ArrayList;
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

    @Option(names = "--quiet", description = "no progress lines (progress goes to stderr)")
    boolean quiet;

    @Override public Integer call() throws Exception {
        if (suite != null || porNames != null) return suite();
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
