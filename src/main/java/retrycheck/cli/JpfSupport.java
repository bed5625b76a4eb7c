package retrycheck.cli;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Verdict;
import retrycheck.jpf.JpfEngine;
import retrycheck.jpf.JpfMutantEngine;
import retrycheck.trace.TextTrace;
import retrycheck.trace.Trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** `check --engine jpf` and `mutants --engine jpf`: Java PathFinder when jpf-core is there, else how to install it. */
final class JpfSupport {
    private JpfSupport() {}

    /** Whether jpf-core is on the class path. */
    static boolean available() {
        try {
            Class.forName("gov.nasa.jpf.JPF");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The JPF column of `mutants --engine jpf`; a usage error when JPF cannot run here. */
    static retrycheck.mutants.MutantEngine mutantEngine() {
        String why = JpfEngine.unavailable();
        if (why != null) throw new UsageException("--engine jpf needs Java PathFinder. " + why + "\n" + JpfEngine.HOW_TO_INSTALL);
        // the JPF column runs after the whole embedded matrix: a missing jpf-core configuration must stop it now
        JpfEngine engine;
        String problem;
        try {
            engine = JpfEngine.create(JpfMutantEngine.options());
            problem = engine.configurationProblem();
        } catch (IllegalStateException e) {
            problem = e.getMessage();
            engine = null;
        }
        if (problem != null) throw new UsageException("--engine jpf: " + problem);
        return new JpfMutantEngine(engine);
    }

    /** Runs the checks under JPF and prints its table; null when JPF cannot run here (after saying why on stderr). */
    static List<CheckResult> runOrExplain(List<CheckSpec> specs) {
        return runOrExplain(specs, JpfEngine.Options.defaults(), false, 1, r -> { });
    }

    /**
     * @param options  JPF's bounds (check's --max-steps as its depth limit, --max-states as its state budget)
     * @param quiet    no progress lines
     * @param workers  with more than 1, the checks run in that many worker JVMs ({@code JpfWorkers}), each running check
     *                 after check (jpf-core keeps its VM in static fields: one JPF at a time per process); with 1, one
     *                 after another in this JVM
     * @param finished called with each check as it ends (for the partial report of an interrupted run)
     */
    static List<CheckResult> runOrExplain(List<CheckSpec> specs, JpfEngine.Options options, boolean quiet, int workers,
                                          java.util.function.Consumer<CheckResult> finished) {
        String why = JpfEngine.unavailable();
        if (why != null) {
            System.err.println("retrycheck: --engine jpf needs Java PathFinder. " + why);
            System.err.println(JpfEngine.HOW_TO_INSTALL);
            return null;
        }
        JpfEngine engine;
        try {
            engine = JpfEngine.create(options);
        } catch (IllegalStateException e) {
            System.err.println("retrycheck: " + e.getMessage());
            return null;
        }
        List<CheckResult> results = new ArrayList<>();
        List<JpfEngine.Result> jpf = new ArrayList<>();
        long t0 = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Consumer<JpfEngine.Result> progress = r -> {
            finished.accept(r.result());
            int k = done.incrementAndGet();
            if (!quiet)
                System.err.printf("[%d/%d] %-40s %s  %d states, %d searches, %d ms, %.0f s elapsed%n", k, specs.size(),
                        r.result().spec.label(), summary(r.result()), r.jpf().newStates(), r.searches(),
                        r.jpf().wallNanos() / 1_000_000, (System.nanoTime() - t0) / 1e9);
        };
        if (workers > 1 && specs.size() > 1) {
            try {
                for (JpfEngine.Result r : retrycheck.jpf.JpfWorkers.run(specs, options, workers,
                        retrycheck.jpf.JpfWorkers.timeoutMillis(), progress)) {
                    results.add(r.result());
                    jpf.add(r);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.err.println("retrycheck: interrupted");
                return null;
            } catch (RuntimeException e) {
                System.err.println("retrycheck: " + e.getMessage());
                return null;
            }
        } else {
            for (CheckSpec s : specs) {
                JpfEngine.Result r;
                try {
                    r = engine.run(s);
                } catch (IllegalStateException e) {
                    System.err.println("retrycheck: " + e.getMessage());
                    return null;
                }
                results.add(r.result());
                jpf.add(r);
                progress.accept(r);
            }
        }
        System.out.print(table(jpf));
        System.out.printf("%d checks in %.1f s (engine: jpf)%n", results.size(), (System.nanoTime() - t0) / 1e9);
        Set<String> shown = new HashSet<>();
        for (CheckResult r : results)
            for (Trace t : r.traces.values())
                if (shown.add(t.invariant())) {
                    System.out.println();
                    System.out.print(TextTrace.render(t, true));
                }
        return results;
    }

    /** FAIL/INCOMPLETE/ERROR if any verdict is, else PASS (the progress line's word, as the embedded engine's). */
    static String summary(CheckResult r) {
        for (Verdict v : List.of(Verdict.ERROR, Verdict.FAIL, Verdict.INCOMPLETE, Verdict.VACUOUS))
            if (r.verdicts.containsValue(v)) return v.name();
        return Verdict.PASS.name();
    }

    /** The verdict table with JPF's counts: states new/matched/ended, search depth, searches run. */
    static String table(List<JpfEngine.Result> rs) {
        if (rs.isEmpty()) return "no checks selected\n";
        List<String> ids = List.copyOf(rs.get(0).result().verdicts.keySet());
        StringBuilder b = new StringBuilder(String.format("%-18s %-5s %-22s", "arch", "var", "scenario"));
        for (String id : ids) b.append(String.format(" %-11s", id));
        b.append(String.format(" %8s %8s %6s %6s %3s %8s%n", "states", "matched", "ended", "depth", "n", "ms"));
        long[] count = new long[Verdict.values().length];
        for (JpfEngine.Result jr : rs) {
            CheckResult r = jr.result();
            b.append(String.format("%-18s %-5s %-22s", r.spec.handler().name(), r.spec.variant().label(), r.spec.scenario().id()));
            for (String id : ids) {
                b.append(String.format(" %-11s", r.verdicts.get(id)));
                count[r.verdicts.get(id).ordinal()]++;
            }
            b.append(String.format(" %8d %8d %6d %6d %3d %8d", jr.jpf().newStates(), jr.jpf().visitedStates(), jr.jpf().endStates(),
                    jr.jpf().maxDepth(), jr.searches(), jr.jpf().wallNanos() / 1_000_000));
            if (!r.incompleteReason.isEmpty()) b.append("  (").append(r.incompleteReason).append(')');
            if (!r.error.isEmpty()) b.append("  (").append(r.error).append(')');
            b.append('\n');
        }
        b.append(String.format("verdicts: %d PASS, %d FAIL, %d INCOMPLETE, %d ERROR%s (engine: jpf)%n", count[Verdict.PASS.ordinal()],
                count[Verdict.FAIL.ordinal()], count[Verdict.INCOMPLETE.ordinal()], count[Verdict.ERROR.ordinal()],
                count[Verdict.VACUOUS.ordinal()] == 0 ? "" : ", " + count[Verdict.VACUOUS.ordinal()] + " VACUOUS (the property's precondition never held)"));
        return b.toString();
    }

    /** The load average now, as a figure's context. */
    static String load() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "load average unknown" : String.format("load average %.1f on %d cores", l, java.lang.Runtime.getRuntime().availableProcessors());
    }

    /** One check of the JPF benchmark, with what issue 15 measured before this engine's state matching. */
    record BenchCase(String arch, String variant, String scenario, String before) {}

    /** The checks of issue 15's table; "before": jpf-core java-17, 2 cores, one check at a time, as the issue reports. */
    static final List<BenchCase> BENCH = List.of(
            new BenchCase("x86", "v5.7", "filemap-io", "75,343 states, 144 s"),
            new BenchCase("x86", "v5.6", "filemap-io", "142,487 states (2 searches), 656 s"),
            new BenchCase("s390", "v5.7", "swap-io", "67,892 states, 139 s"),
            new BenchCase("arm64", "v5.7", "uffd-user", "197,619 states, 300 s"),
            new BenchCase("alpha", "v5.7", "filemap-io-kernel", "all INCOMPLETE (depth limit), 431 s"),
            new BenchCase("x86", "v5.7", "ttm-fence-kernel", "all INCOMPLETE (depth limit), 370 s"),
            new BenchCase("gup", "v5.6", "filemap-relock", "no answer in 900 s"));

    /** `bench --engine jpf`: the checks of issue 15's table, one at a time, JPF states and wall time; exit 2 without JPF. */
    static int bench() {
        List<CheckSpec> specs = new ArrayList<>();
        for (BenchCase c : BENCH)
            specs.add(new CheckSpec(retrycheck.kernel.Handlers.byName(c.arch()), retrycheck.kernel.Variant.parse(c.variant()),
                    retrycheck.check.Scenarios.byId(c.scenario()), retrycheck.check.Invariants.ALL,
                    retrycheck.kernel.KernelOps.DEFAULT));
        String why = JpfEngine.unavailable();
        if (why != null) {
            System.err.println("retrycheck: --engine jpf needs Java PathFinder. " + why);
            System.err.println(JpfEngine.HOW_TO_INSTALL);
            return Main.USAGE;
        }
        JpfEngine engine;
        try {
            engine = JpfEngine.create(JpfEngine.Options.defaults());
        } catch (IllegalStateException e) {
            System.err.println("retrycheck: " + e.getMessage());
            return Main.USAGE;
        }
        System.out.printf("%-32s %-46s %-12s %8s %8s %3s %8s %8s  %s%n", "check", "verdicts (F/D/S/L/D/T/S)", "summary", "states",
                "matched", "n", "wall s", "cpu s", "before (issue 15)");
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < specs.size(); i++) {
            CheckSpec s = specs.get(i);
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            JpfEngine.Result r = engine.run(s);
            double wall = (System.nanoTime() - t0) / 1e9, cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            walls.add(wall);
            cpus.add(cpu);
            StringBuilder v = new StringBuilder();
            for (Verdict x : r.result().verdicts.values()) v.append(v.length() == 0 ? "" : "/").append(x.name(), 0, 4);
            System.out.printf("%-32s %-46s %-12s %8d %8d %3d %8.1f %8.1f  %s%n", s.label(), v, summary(r.result()),
                    r.jpf().newStates(), r.jpf().visitedStates(), r.searches(), wall, cpu, BENCH.get(i).before());
        }
        List<Double> sorted = walls.stream().sorted().toList(), sortedCpu = cpus.stream().sorted().toList();
        System.out.printf("median wall %.1f s, total %.1f s; median CPU %.1f s, total %.1f s (engine: jpf, one JVM, check after"
                + " check; CPU: the searching thread's, without the JIT's and GC's threads; wall time on this machine, with its load:"
                + " %s)%n", sorted.get(sorted.size() / 2), walls.stream().mapToDouble(d -> d).sum(), sortedCpu.get(sortedCpu.size() / 2),
                cpus.stream().mapToDouble(d -> d).sum(), load());
        return 0;
    }
}
