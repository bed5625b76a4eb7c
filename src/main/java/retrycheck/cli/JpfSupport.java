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
        String why = JpfEngine.unavailable();
        if (why != null) {
            System.err.println("retrycheck: --engine jpf needs Java PathFinder. " + why);
            System.err.println(JpfEngine.HOW_TO_INSTALL);
            return null;
        }
        JpfEngine engine;
        try {
            engine = JpfEngine.create(JpfEngine.Options.defaults());
        } catch (IllegalStateException e) {
            System.err.println("retrycheck: " + e.getMessage());
            return null;
        }
        List<CheckResult> results = new ArrayList<>();
        List<JpfEngine.Result> jpf = new ArrayList<>();
        long t0 = System.nanoTime();
        int k = 0;
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
            System.err.printf("[%d/%d] %-40s %d states, %d searches, %d ms%n", ++k, specs.size(), s.label(),
                    r.jpf().newStates(), r.searches(), r.jpf().wallNanos() / 1_000_000);
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
        b.append(String.format("verdicts: %d PASS, %d FAIL, %d INCOMPLETE, %d ERROR (engine: jpf)%n", count[Verdict.PASS.ordinal()],
                count[Verdict.FAIL.ordinal()], count[Verdict.INCOMPLETE.ordinal()], count[Verdict.ERROR.ordinal()]));
        return b.toString();
    }
}
