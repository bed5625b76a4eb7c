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
import retrycheck.explore.Handoff;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.KernelOps;
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

    @Option(names = "--handoffs-only", description = "only the hand-off comparison (steps/s of each way to run model threads)")
    boolean handoffsOnly;

    @Option(names = "--handoff-rounds", defaultValue = "3", paramLabel = "N", description = "rounds of the hand-off comparison, at least 1; each mode keeps its best (default: ${DEFAULT-VALUE})")
    int rounds;

    // ---- the matrix over releases (helper 17e) ----
    @Option(names = "--variant", paramLabel = "V[,V...]", description = "only the whole matrix over these releases (as check: "
            + "v5.6 ... v6.8, 'patch', 'all'; each handler in the releases the model holds it for): checks, executions and wall "
            + "time, in total and per release")
    List<String> variant;

    /** `bench --variant ...`: the whole matrix over the releases, once after a warm-up; figures per release. */
    private int releases(int n, List<Variant> releases, List<CheckSpec> all, Progress progress) throws InterruptedException {
        String undeclared = CheckCommand.undeclared(Handlers.all(), releases);
        if (!undeclared.equals("the selection is empty")) System.err.println("retrycheck: " + undeclared + ": not checked");
        Explorer.Options por = Explorer.Options.defaults();
        progress.accept("bench 1/2: JIT warm-up");
        MatrixRunner.run(all.subList(0, Math.min(20, all.size())), por, n, x -> { });
        progress.accept("bench 2/2: whole matrix over " + releases.size() + " releases, " + all.size() + " checks on " + n + " workers");
        long t0 = System.nanoTime();
        List<CheckResult> rs = MatrixRunner.run(all, por, n, progress);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.print(releaseFigures(rs, secs, n));
        return Main.OK;
    }

    /** The figures of one run of the matrix over releases: in total (wall time) and per release (the checks' own times). */
    static String releaseFigures(List<CheckResult> rs, double secs, int n) {
        StringBuilder out = new StringBuilder();
        long execs = rs.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum();
        boolean complete = rs.stream().allMatch(r -> r.stats.complete());
        out.append(String.format(Locale.ROOT, "whole matrix over %s: %d checks, %d executions (+pruned), %.1f s wall on %d workers, %.0f executions/s, %s%n",
                String.join(",", retrycheck.review.History.releases(rs).stream().map(Variant::label).toList()), rs.size(), execs, secs, n,
                execs / secs, complete ? "every check exhaustive" : "SOME CHECKS INCOMPLETE"));
        out.append(String.format(Locale.ROOT, "  %-6s %-9s %7s %9s %12s %12s%n", "release", "tree", "checks", "handlers", "executions", "check-s"));
        java.util.Map<Variant, List<CheckResult>> by = new java.util.TreeMap<>();
        for (CheckResult r : rs) by.computeIfAbsent(r.spec.variant(), k -> new ArrayList<>()).add(r);
        by.forEach((v, l) -> out.append(String.format(Locale.ROOT, "  %-6s %-9s %7d %9d %12d %12.1f%n", v.label(), v.release(), l.size(),
                l.stream().map(r -> r.spec.handler().name()).distinct().count(),
                l.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum(),
                l.stream().mapToLong(r -> r.stats.wallNanos).sum() / 1e9)));
        out.append("  (check-s: the sum of the release's checks' own wall times; with more than one worker they overlap)\n");
        return out.toString();
    }
    // ----

    // --- engine jpf
    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "embedded|jpf", description = "embedded (default), or jpf: the checks of issue 15's table under Java PathFinder, states and wall time")
    String engine;
    // ---

    // ---- the scenario space (helper 13s) ----
    @Option(names = "--space", paramLabel = "default|full|named", description = "only time the matrix of every handler x both "
            + "versions x this selection of the scenario space: checks, executions, wall and CPU time")
    String space;

    @Option(names = "--space-stride", defaultValue = "1", paramLabel = "N", description = "with --space: only every Nth scenario of the "
            + "selection (the figures for the whole selection are then extrapolated, and said to be; default: ${DEFAULT-VALUE})")
    int spaceStride;

    @Override public Integer call() throws Exception {
        if (space != null) return space();
        if (spaceStride != 1) throw new UsageException("--space-stride needs --space");
        if (suite != null || porNames != null) return suite();
        // validation first: nothing runs on a bad option
        int n = workers.count();
        String eng = Choices.canonical("--engine", "engine", engine, List.of("embedded", "jpf"));
        if (eng.equals("jpf")) return JpfSupport.bench();
        FaultHandler arch = arch(porArch);
        if (budget < 1) throw new UsageException("--no-por-budget must be at least 1, got " + budget);
        if (rounds < 1) throw new UsageException("--handoff-rounds must be at least 1, got " + rounds);
        List<Variant> releases = variant == null ? null : CheckCommand.variants(variant);
        List<CheckSpec> releaseMatrix = releases == null ? null : CheckSpec.matrix(Handlers.all(), releases, Scenarios.ALL, Invariants.ALL);
        if (releaseMatrix != null && releaseMatrix.isEmpty())
            throw new UsageException("no checks selected: " + CheckCommand.undeclared(Handlers.all(), releases));

        // then the work
        Progress progress = Progress.stderr(quiet);
        try {
            if (releases != null) return releases(n, releases, releaseMatrix, progress);
            List<CheckSpec> all = CheckSpec.wholeMatrix();
            Explorer.Options por = Explorer.Options.defaults();
            if (handoffsOnly) {
                progress.accept("bench: the whole matrix under each hand-off, " + rounds + " rounds");
                System.out.print(handoffs(all, por, n, rounds));
                return Main.OK;
            }
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
            progress.accept("bench: the whole matrix under each hand-off, " + rounds + " rounds");
            out.append(handoffs(all, por, n, rounds));
            out.append(String.format("%-12s %-5s %-22s %12s %12s %10s%n", "arch", "var", "scenario", "POR execs", "no-POR execs", "reduction"));
            Explorer.Options noPor = new Explorer.Options(budget, por.maxSteps(), false);
            int pairs = 0;
            for (Variant v : Variant.PATCH) for (Scenario s : Scenarios.ALL) if (s.path().absentFrom(v) == null) pairs++;
            progress.accept("bench 3/3: " + arch.name() + " with and without POR, " + pairs + " checks each (no-POR budget " + budget + ")");
            progress.begin("POR vs no POR", pairs);
            for (Variant v : Variant.PATCH)
                for (Scenario s : Scenarios.ALL) {
                    if (s.path().absentFrom(v) != null) continue;          // uffd-wp-swap has no v5.6
                    CheckSpec spec = new CheckSpec(arch, v, s, Invariants.ALL, KernelOps.DEFAULT);
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

    /** `bench --space SEL [--space-stride N]`: the whole selection's matrix, timed. */
    private int space() throws InterruptedException {
        int n = workers.count();
        String sel = Choices.canonical("--space", "space", space, retrycheck.check.space.Space.Selection.ids());
        if (spaceStride < 1) throw new UsageException("--space-stride must be at least 1, got " + spaceStride);
        if (suite != null || handoffsOnly) throw new UsageException("--space times the space's matrix only; it does not combine with --suite or --handoffs-only");
        retrycheck.check.space.Space.Selection selection = null;
        for (retrycheck.check.space.Space.Selection x : retrycheck.check.space.Space.Selection.values()) if (x.id.equals(sel)) selection = x;
        List<Scenario> all = retrycheck.check.space.Space.scenarios(selection);
        List<Scenario> scs = new ArrayList<>();
        for (int i = 0; i < all.size(); i += spaceStride) scs.add(all.get(i));
        List<CheckSpec> specs = CheckSpec.matrix(Handlers.all(), Variant.PATCH, scs, Invariants.ALL);
        Progress progress = Progress.stderr(quiet);
        try {
            Explorer.Options opt = Explorer.Options.defaults();
            progress.accept("bench --space " + sel + ": JIT warm-up");
            MatrixRunner.run(specs.subList(0, Math.min(4, specs.size())), opt, n, x -> { });
            progress.accept("bench --space " + sel + ": " + specs.size() + " checks on " + n + " workers");
            long c0 = processCpuNanos(), t0 = System.nanoTime();
            List<CheckResult> rs = MatrixRunner.run(specs, opt, n, progress);
            double secs = (System.nanoTime() - t0) / 1e9, cpu = (processCpuNanos() - c0) / 1e9;
            long execs = rs.stream().mapToLong(r -> r.stats.executions + r.stats.pruned).sum();
            long steps = rs.stream().mapToLong(r -> r.stats.steps).sum();
            long incomplete = rs.stream().filter(r -> !r.stats.complete()).count();
            System.out.printf(Locale.ROOT, "space %s: %d scenarios x %d handlers x %d versions = %d checks, %d executions (+pruned), %d steps, "
                            + "%.1f s wall, %.1f s CPU on %d workers (java %s), %s%n", sel, scs.size(), Handlers.all().size(), Variant.PATCH.size(),
                    rs.size(), execs, steps, secs, cpu, n, System.getProperty("java.version"),
                    incomplete == 0 ? "every check exhaustive" : incomplete + " CHECKS INCOMPLETE");
            if (spaceStride > 1) {
                double f = (double) all.size() / scs.size();
                System.out.printf(Locale.ROOT, "  a sample: every %dth of the %d scenarios; the whole selection extrapolated: about %d checks, "
                        + "%.0f executions, %.0f s wall on %d workers (goal: 60 s)%n", spaceStride, all.size(), Math.round(rs.size() * f),
                        execs * f, secs * f, n);
            }
            return incomplete == 0 ? Main.OK : Main.INCOMPLETE;
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
    private static String handoffs(List<CheckSpec> all, Explorer.Options por, int n, int rounds) throws InterruptedException {
        StringBuilder out = new StringBuilder();
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
        out.append(String.format(Locale.ROOT, "hand-off comparison (java %s, whole matrix on %d workers, best of %d rounds; CPU s = the whole process's"
                        + " user+system time):%n", System.getProperty("java.version"), n, rounds));
        out.append(String.format(Locale.ROOT, "  %-13s %10s %10s %9s %13s %8s %8s %13s %8s  %s%n", "hand-off", "steps", "executions", "wall s", "steps/s",
                "ratio", "CPU s", "steps/CPU-s", "ratio", "exploration"));
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
            out.append(String.format(Locale.ROOT, "  %-13s %10d %10d %9.2f %13.0f %7.1fx %8.2f %13.0f %7.1fx  %s%n", modes.get(i).id(), steps, execs,
                    best[i], rate, rate / baseRate, bestCpu[i], cpuRate, cpuRate / baseCpuRate, same));
        }
        for (Handoff h : Handoff.values())
            if (!h.available()) out.append(String.format(Locale.ROOT, "  %-13s unavailable: %s%n", h.id(), h.unavailableReason()));
        return out.toString();
    }
}
