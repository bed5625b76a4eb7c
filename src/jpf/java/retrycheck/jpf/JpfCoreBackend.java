package retrycheck.jpf;

import gov.nasa.jpf.Config;
import gov.nasa.jpf.JPF;
import gov.nasa.jpf.report.Statistics;
import gov.nasa.jpf.search.Search;
import gov.nasa.jpf.vm.Path;
import gov.nasa.jpf.vm.Transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link JpfBackend} on jpf-core's own API: {@code JPF.createConfig}, {@code new JPF(config).run()}, then the
 * search errors and the statistics. JPF's exit status says nothing about what it found; this reads its results.
 * Compiled only with {@code -Pjpf}.
 */
public final class JpfCoreBackend implements JpfBackend {
    /** Extra JPF arguments that locate jpf-core, e.g. {@code +site=...}; empty when JPF finds its own site.properties. */
    private final String[] siteArgs;

    public JpfCoreBackend(String[] siteArgs) { this.siteArgs = siteArgs.clone(); }

    @Override public String configurationProblem() {
        return JPF.createConfig(siteArgs).getString("vm.class") == null ? JpfEngine.NOT_CONFIGURED : null;
    }

    @Override public JpfRun run(Map<String, String> settings) { return run(settings, null); }

    @Override public JpfRun run(Map<String, String> settings, CycleJudge cycles) {
        Config config = JPF.createConfig(siteArgs);
        if (config.getString("vm.class") == null)
            throw new IllegalStateException(JpfEngine.NOT_CONFIGURED);
        for (Map.Entry<String, String> e : settings.entrySet()) config.setProperty(e.getKey(), e.getValue());
        long t0 = System.nanoTime();
        JPF jpf = new JPF(config);
        CycleProperty cycleProperty = cycles == null ? null : new CycleProperty(cycles);
        long maxStates = Long.parseLong(settings.getOrDefault(JpfEngine.MAX_STATES_KEY, String.valueOf(Long.MAX_VALUE)));
        boolean[] overBudget = {false};
        jpf.addSearchListener(new gov.nasa.jpf.search.SearchListenerAdapter() {
            private long states;

            @Override public void stateAdvanced(Search search) {
                if (search.isNewState() && ++states > maxStates) {
                    overBudget[0] = true;
                    search.terminate();
                }
            }
        });
        if (cycleProperty != null) jpf.addPropertyListener(cycleProperty);
        List<JpfRun.Error> errors = new ArrayList<>();
        JPF_retrycheck_jpf_JpfVerify.drainPreconditionsMet();     // nothing left from an earlier search in this JVM
        try {
            jpf.run();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // JPF itself failed (not the model): the search says nothing; reported as a model error
            errors.add(new JpfRun.Error(JPF.class.getName(), "JPF crashed: " + e, List.of()));
        }
        long wall = System.nanoTime() - t0;
        java.util.Set<String> met = JPF_retrycheck_jpf_JpfVerify.drainPreconditionsMet();
        for (gov.nasa.jpf.Error e : jpf.getSearchErrors()) {
            List<String> ops = new ArrayList<>();
            Path p = e.getPath();
            if (e.getProperty() instanceof CycleProperty cp && cp.violation() != null) {
                ops.addAll(cp.violation().schedule());             // the replayed lasso, not just the path to the cycle
            } else if (p != null) {
                for (Transition t : p) {
                    String out = t.getOutput();
                    if (out == null) continue;
                    for (String line : out.split("\n"))
                        if (line.startsWith(JpfTarget.OP_LINE)) ops.add(line.substring(JpfTarget.OP_LINE.length()).trim());
                }
            }
            String details = e.getProperty() instanceof CycleProperty ? e.getProperty().getErrorMessage()
                    : e.getDetails() != null ? e.getDetails() : e.getDescription();
            errors.add(new JpfRun.Error(e.getProperty().getClass().getName(), details == null ? "" : details, ops));
        }
        Statistics s = jpf.getReporter().getStatistics();
        Search search = jpf.getSearch();
        String constraint = search.getSearchConstraint() == null ? "" : search.getSearchConstraint();
        if (overBudget[0]) constraint = "state budget reached: " + maxStates + " new states";
        int unnamed = cycleProperty == null ? 0 : cycleProperty.unnamed();
        int judged = cycleProperty == null ? 0 : cycleProperty.judged();
        int constraints = (s == null ? 0 : s.constraints) + (overBudget[0] ? 1 : 0);
        if (s == null) return new JpfRun(errors, 0, 0, 0, 0, constraints, constraint, wall, judged, unnamed, met);
        return new JpfRun(errors, s.newStates, s.visitedStates, s.endStates, s.maxDepth, constraints, constraint, wall,
                judged, unnamed, met);
    }
}
