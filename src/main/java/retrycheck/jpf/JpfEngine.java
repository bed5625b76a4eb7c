package retrycheck.jpf;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.CheckTarget;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.Verdict;
import retrycheck.explore.ExploreStats;
import retrycheck.explore.Explorer;
import retrycheck.explore.Finding;
import retrycheck.explore.Target;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.mutants.Mutants;
import retrycheck.runtime.ModelThread;
import retrycheck.runtime.MonitorRuntime;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceRecorder;
import retrycheck.trace.TraceStep;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The second engine: runs a check under Java PathFinder and maps what JPF reports to the embedded explorer's verdicts,
 * counts and trace format.
 * <ul>
 * <li>JPF runs {@link JpfTarget} (inside JPF on {@link AtomicRuntime}: one thread choice per operation) with the
 *     check's monitors. An {@code AssertionError("ID: ...")} reported by {@code NoUncaughtExceptionsProperty} is a FAIL
 *     of invariant ID; {@code NotDeadlockedProperty} is a FAIL of DEADLOCK; any other error is a model error (ERROR).</li>
 * <li>Each search stops at its first violation (by default) and the invariants not violated yet are searched again
 *     (without the monitors of those found), until a search finds no new one.</li>
 * <li>The search is bounded ({@code search.depth_limit}: operations per path, and a state budget); a search that hit any
 *     constraint makes every verdict it did not FAIL INCOMPLETE.</li>
 * <li>TERMINATION: the embedded cycle rule runs inside JPF at loop heads ({@link AtomicRuntime}), and every cycle JPF's
 *     search closes (a state revisited on its current path) is judged by replaying the lasso on the embedded engine
 *     ({@link #judge}); the event counter and the rule's history are not JPF state ({@code IgnoredFields}), so equal
 *     kernel states match and an endless loop is a cycle, not a path into the depth limit.</li>
 * <li>A counterexample is JPF's error path, reduced to the order in which the model threads performed their
 *     operations; that order is the embedded engine's schedule, and is replayed there to give the same steps and
 *     snapshots. If it does not replay, the trace says so and shows the operation order only.</li>
 * </ul>
 */
public final class JpfEngine {
    static final String BACKEND = "retrycheck.jpf.JpfCoreBackend";
    /**
     * System property naming another {@link JpfBackend} class (a public constructor taking {@code String[]}, JPF's site
     * arguments) to run instead of jpf-core: the tests of the worker pool and of check's outputs use a fake one, so that
     * the default build, without jpf-core, covers those paths. Not for users.
     */
    public static final String BACKEND_PROPERTY = "retrycheck.jpf.backend";

    static String backendClass() { return System.getProperty(BACKEND_PROPERTY, BACKEND); }
    /** Setting read by the backend (not by JPF): the state budget of one search. */
    public static final String MAX_STATES_KEY = "retrycheck.max_states";

    public static final String HOW_TO_INSTALL = String.join("\n",
            "  jpf-core is not on Maven Central. On JDK 17 (its java-17 branch does not run on newer JDKs):",
            "    git clone -b java-17 https://github.com/javapathfinder/jpf-core && cd jpf-core && ./gradlew buildJars",
            "      (without network access for Gradle: the javac recipe in README.md, 'Installing jpf-core')",
            "    mvn org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file -Dfile=build/jpf.jar -DgroupId=gov.nasa -DartifactId=jpf-core -Dversion=java17-SNAPSHOT -Dpackaging=jar",
            "    mkdir -p ~/.jpf",
            "    printf 'jpf-core = %s\\nextensions = ${jpf-core}\\n' \"$PWD\" > ~/.jpf/site.properties   (or export JPF_HOME=$PWD)",
            "  then build retrycheck with the profile: mvn -Pjpf package   (README.md, 'Java PathFinder').");

    static final String NOT_CONFIGURED = "jpf-core is on the class path but JPF found no configuration (its jpf.properties):"
            + " point JPF_HOME (or -Djpf.home) at the jpf-core directory, or write ~/.jpf/site.properties.\n" + HOW_TO_INSTALL;

    /**
     * Bounds of one search.
     *
     * @param depthLimit       JPF transitions per search path
     * @param stopAtFirstError end each search at its first violation (JPF's {@code search.multiple_errors=false}) and
     *                         search again for the invariants not yet violated: a FAIL sooner, but its trace is the first
     *                         JPF found, not the shortest; PASS still needs a complete search
     */
    public record Options(int depthLimit, boolean stopAtFirstError, long maxStates) {
        /** JPF transitions per search path; -Dretrycheck.jpf.depth=N overrides it. */
        public static final int DEFAULT_DEPTH = 1000;

        public Options(int depthLimit) { this(depthLimit, false); }

        public Options(int depthLimit, boolean stopAtFirstError) { this(depthLimit, stopAtFirstError, DEFAULT_MAX_STATES); }

        /** New JPF states per search before it stops (INCOMPLETE). */
        public static final long DEFAULT_MAX_STATES = 1_000_000;

        /** With the bounds of `check`: --max-steps is JPF's depth limit (one transition per operation, as a step). */
        public Options bounded(int maxSteps, long maxStates) { return new Options(maxSteps, stopAtFirstError, maxStates); }

        /** Stops each search at its first violation (and searches again for the rest): the issue-15 measurements show
         *  that going on after a violation (search.multiple_errors) can take minutes where the first one takes seconds. */
        public static Options defaults() {
            return new Options(Integer.getInteger("retrycheck.jpf.depth", DEFAULT_DEPTH), true);
        }

        public Options stoppingAtFirstError() { return new Options(depthLimit, true, maxStates); }
    }

    /** A check's result with what JPF searched (all its searches together). */
    public record Result(CheckResult result, JpfRun jpf, int searches) {}

    private final JpfBackend backend;
    private final Options options;

    public JpfEngine(JpfBackend backend, Options options) {
        this.backend = backend;
        this.options = options;
    }

    /** Why the JPF engine cannot run here, or null when it can. */
    public static String unavailable() {
        if (System.getProperty(BACKEND_PROPERTY) != null) {
            try {
                Class.forName(backendClass());
                return null;
            } catch (ClassNotFoundException e) {
                return "-D" + BACKEND_PROPERTY + "=" + backendClass() + ": no such class";
            }
        }
        try {
            Class.forName("gov.nasa.jpf.JPF");
        } catch (ClassNotFoundException e) {
            return "Java PathFinder (jpf-core) is not on the class path.";
        }
        try {
            Class.forName(BACKEND);
        } catch (ClassNotFoundException e) {
            return "jpf-core is on the class path, but this retrycheck was built without -Pjpf (no " + BACKEND + ").";
        }
        return null;
    }

    /** The engine on jpf-core; call {@link #unavailable()} first. */
    public static JpfEngine create(Options options) {
        try {
            Object b = Class.forName(backendClass()).getConstructor(String[].class).newInstance((Object) siteArgs());
            return new JpfEngine((JpfBackend) b, options);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + backendClass() + ": " + e, e);
        }
    }

    public Options options() { return options; }

    /** Why JPF finds no jpf-core configuration here, or null; see {@link JpfBackend#configurationProblem()}. */
    public String configurationProblem() { return backend.configurationProblem(); }

    /** With JPF_HOME or -Djpf.home: a site.properties naming that jpf-core; else JPF reads ~/.jpf/site.properties. */
    static String[] siteArgs() {
        String home = System.getProperty("jpf.home", System.getenv("JPF_HOME"));
        if (home == null || home.isBlank()) return new String[0];
        Path dir = Path.of(home).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("jpf.properties")))
            throw new IllegalStateException("JPF_HOME/jpf.home " + dir + " has no jpf.properties: not a jpf-core directory.\n" + HOW_TO_INSTALL);
        try {
            Path site = Files.createTempFile("retrycheck-jpf-site", ".properties");
            site.toFile().deleteOnExit();
            Files.writeString(site, "jpf-core = " + dir.toString().replace('\\', '/') + "\nextensions = ${jpf-core}\n");
            return new String[] {"+site=" + site};
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a JPF site.properties: " + e, e);
        }
    }

    /** Where the model classes (and {@link JpfTarget}) are: target/classes or the jar. */
    static String modelClasspath() {
        try {
            return Path.of(JpfTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JPF configuration of one search; shared with the generated jpf/*.jpf files. */
    public static Map<String, String> commonSettings(int depthLimit) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vm.classloader.class", "retrycheck.jpf.LambdaNamesClassLoaderInfo");
        // Every shared access of the model is a runtime operation (design: the model calls only the runtime API for
        // anything shared), where AtomicRuntime offers JPF its one thread choice; model code runs in JPF's atomic section
        // anyway, and this keeps field accesses in it from being choice points elsewhere (TurnRuntime on JPF, the
        // generated configurations). (JPF appends without a separator: hence the leading comma.)
        m.put("vm.shared.never_break_methods+", ",retrycheck.*.*");
        m.put("vm.shared.skip_static_finals", "true");
        // JPF's state is the model's: the event counter and the cycle rule's path history are not matched (IgnoredFields)
        m.put("filter.instance_ammendments+", ",retrycheck.jpf.IgnoredFields");
        m.put("vm.enable_assertions", "*");
        m.put("search.depth_limit", String.valueOf(depthLimit));
        return m;
    }

    Map<String, String> settings(CheckSpec spec, List<Property> props, boolean multipleErrors) {
        Map<String, String> m = commonSettings(options.depthLimit());
        String cp = modelClasspath();
        m.put("classpath+", "," + cp);                   // after jpf-core's own (its Verify, for JpfVerify)
        m.put("native_classpath+", "," + cp);
        m.put("target", JpfTarget.class.getName());
        m.put("target.args", String.join(",", targetArch(spec), spec.variant().label(), spec.scenario().id(),
                invariantsArg(props), "trace"));
        boolean deadlock = props.stream().anyMatch(p -> p.id().equals(Invariants.DEADLOCK.id()));
        m.put("search.properties", deadlock
                ? "gov.nasa.jpf.vm.NotDeadlockedProperty,gov.nasa.jpf.vm.NoUncaughtExceptionsProperty"
                : "gov.nasa.jpf.vm.NoUncaughtExceptionsProperty");
        m.put("search.multiple_errors", String.valueOf(multipleErrors));
        m.put(MAX_STATES_KEY, String.valueOf(options.maxStates()));
        m.put("vm.path_output", "true");
        m.put("vm.tree_output", "false");
        m.put("report.statistics", "true");
        for (String topic : List.of("start", "transition", "constraint", "probe", "property_violation", "finished"))
            m.put("report.console." + topic, "");
        m.putAll(extraSettings());
        return m;
    }

    /** System property with JPF settings of one's own, {@code key=value;key=value}, applied after retrycheck's. */
    public static final String SETTINGS_PROPERTY = "retrycheck.jpf.settings";

    /** The entries of {@link #SETTINGS_PROPERTY}; a usage error names a malformed one. */
    static Map<String, String> extraSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        String v = System.getProperty(SETTINGS_PROPERTY, "");
        for (String kv : v.split(";")) {
            if (kv.isBlank()) continue;
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("-D" + SETTINGS_PROPERTY + ": '" + kv + "' is not key=value");
            m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return m;
    }

    /** The ARCH argument of {@link JpfTarget} that names this handler: built-in name, {@code mutant:ID} or class name. */
    static String handlerArg(FaultHandler h) {
        String n = h.name();
        try {
            retrycheck.kernel.Handlers.byName(n);
            return n;
        } catch (IllegalArgumentException notBuiltIn) {
            // not built in: a mutant of the catalog ("x86+M01"), else a user handler class
        }
        try {
            return JpfTarget.MUTANT_PREFIX + Mutants.byHandlerName(n).id();
        } catch (IllegalArgumentException notAMutant) {
            return h.getClass().getName();
        }
    }

    /**
     * The ARCH argument for {@code spec}, after checking that JPF will run the core {@code spec} asks for: JpfTarget
     * rebuilds the check from its arguments inside JPF, where the only changed kernel functions it can know are a
     * catalog mutant's (or none). A spec with other kernel ops would silently be checked on the kernel's own core.
     */
    static String targetArch(CheckSpec spec) {
        String arch = handlerArg(spec.handler());
        KernelOps inside = arch.startsWith(JpfTarget.MUTANT_PREFIX)
                ? Mutants.byId(arch.substring(JpfTarget.MUTANT_PREFIX.length())).ops() : KernelOps.DEFAULT;
        if (inside != spec.ops())
            throw new IllegalArgumentException(spec.label() + ": JPF cannot run these kernel ops; its target knows only "
                    + "those of the mutation catalog (" + JpfTarget.MUTANT_PREFIX + "ID, with that mutant's handler)");
        return arch;
    }

    static String invariantsArg(List<Property> props) {
        return props.stream().map(p -> retrycheck.check.Properties.ALL.contains(p) ? p.id() : p.getClass().getName())
                .collect(Collectors.joining("+"));
    }

    /** The invariant a JPF error stands for: an id, or "MODEL_ERROR". */
    static String invariantOf(JpfRun.Error e, List<Property> props) {
        if (e.property().endsWith("NotDeadlockedProperty")) return Invariants.DEADLOCK.id();
        String d = e.details();
        String prefix = "java.lang.AssertionError: ";
        if (e.property().endsWith(".CycleProperty") && d.startsWith(Invariants.TERMINATION.id() + JpfTarget.SEPARATOR))
            return Invariants.TERMINATION.id();
        if (d.startsWith(prefix)) {
            String rest = d.substring(prefix.length());
            for (Property p : props) if (rest.startsWith(p.id() + JpfTarget.SEPARATOR)) return p.id();
        }
        return "MODEL_ERROR";
    }

    static String firstLine(String s) {
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).trim();
    }

    /** Runs one check under JPF. */
    public Result run(CheckSpec spec) {
        List<Property> props = spec.properties();
        boolean multipleErrors = !options.stopAtFirstError();
        Explorer replayer = new Explorer();
        try {
            return run(spec, props, multipleErrors, replayer);
        } finally {
            replayer.close();
        }
    }

    private Result run(CheckSpec spec, List<Property> props, boolean multipleErrors, Explorer replayer) {
        List<JpfRun> runs = new ArrayList<>();
        JpfRun all = backend.run(settings(spec, props, multipleErrors), judge(spec, props, replayer));
        runs.add(all);
        Map<String, JpfRun.Error> found = new LinkedHashMap<>();
        collect(all, props, found);
        boolean searchAgain = multipleErrors ? found.keySet().stream().anyMatch(id -> !id.equals(Invariants.DEADLOCK.id()))
                : !found.isEmpty();
        Map<String, Boolean> complete = new LinkedHashMap<>();
        for (Property p : props) complete.put(p.id(), all.constraints() == 0);
        // an assertion ends its path, and a search that stops at its first error ends everything: search again for the
        // invariants not seen yet, without the ones found, until a search finds no new one
        while (searchAgain && !found.containsKey("MODEL_ERROR")) {
            List<Property> rest = props.stream().filter(p -> !found.containsKey(p.id())).toList();
            if (rest.isEmpty()) break;
            JpfRun again = backend.run(settings(spec, rest, multipleErrors), judge(spec, rest, replayer));
            runs.add(again);
            int before = found.size();
            collect(again, rest, found);
            for (Property p : rest) complete.put(p.id(), again.constraints() == 0);
            searchAgain = found.size() > before && (!multipleErrors || rest.stream().anyMatch(p -> found.containsKey(p.id())
                    && !p.id().equals(Invariants.DEADLOCK.id())));
        }
        JpfRun total = sum(runs);
        // The fields mean what they mean for the embedded engine, or are 0 when JPF does not count that: JPF counts
        // states, not executions (a state reached on many paths is explored once), so executions and pruned are 0 and
        // the states are in steps ("states" in the JSON report); maxDepth is the longest path in operations (one JPF
        // transition per operation); cyclesCut counts the cycles of JPF's search judged harmless.
        ExploreStats stats = new ExploreStats();
        stats.executions = 0;
        stats.pruned = 0;
        stats.cyclesCut = total.cycles() - total.unnamedCycles()
                - (found.containsKey(Invariants.TERMINATION.id()) ? 1 : 0);
        stats.cyclesCut = Math.max(0, stats.cyclesCut);
        stats.deadlocks = found.containsKey(Invariants.DEADLOCK.id()) ? 1 : 0;
        stats.maxDepth = total.maxDepth();
        stats.wallNanos = total.wallNanos();
        stats.exhausted = true;
        stats.hitStepBound = total.constraints() > 0;
        stats.steps = total.newStates();
        CheckResult r = new CheckResult(spec, stats);
        JpfRun.Error modelError = found.get("MODEL_ERROR");
        if (modelError != null) r.error = "JPF: " + firstLine(modelError.details());
        for (Property p : props) {
            Verdict v;
            if (found.containsKey(p.id())) v = Verdict.FAIL;
            else if (modelError != null) v = Verdict.ERROR;
            else if (complete.get(p.id()) && !(p.id().equals(Invariants.TERMINATION.id()) && total.unnamedCycles() > 0))
                // the embedded rule: explored completely, but a precondition that held on no path says nothing
                v = p.hasPrecondition() && !total.preconditionsMet().contains(p.id()) ? Verdict.VACUOUS : Verdict.PASS;
            else v = Verdict.INCOMPLETE;
            r.verdicts.put(p.id(), v);
            if (v == Verdict.FAIL) r.traces.put(p.id(), trace(spec, p, found.get(p.id())));
        }
        if (total.constraints() > 0) r.incompleteReason = "JPF: " + (total.constraint().isEmpty() ? "search constraint hit" : total.constraint());
        else if (total.unnamedCycles() > 0 && r.verdicts.get(Invariants.TERMINATION.id()) == Verdict.INCOMPLETE)
            r.incompleteReason = "JPF: " + total.unnamedCycles() + " endless execution(s) that the embedded cycle rule does not name";
        return new Result(r, total, runs.size());
    }

    /** Keeps, per invariant, the violation with the shortest operation order. */
    private static void collect(JpfRun run, List<Property> props, Map<String, JpfRun.Error> found) {
        for (JpfRun.Error e : run.errors()) {
            String id = invariantOf(e, props);
            JpfRun.Error best = found.get(id);
            if (best == null || e.opThreads().size() < best.opThreads().size()) found.put(id, e);
        }
    }

    private static JpfRun sum(List<JpfRun> runs) {
        long n = 0, v = 0, end = 0, wall = 0;
        int depth = 0, cons = 0, cycles = 0, unnamed = 0;
        String constraint = "";
        List<JpfRun.Error> errors = new ArrayList<>();
        java.util.Set<String> met = new java.util.TreeSet<>();
        for (JpfRun r : runs) {
            met.addAll(r.preconditionsMet());
            n += r.newStates(); v += r.visitedStates(); end += r.endStates(); wall += r.wallNanos();
            depth = Math.max(depth, r.maxDepth()); cons += r.constraints();
            cycles += r.cycles(); unnamed += r.unnamedCycles();
            if (!r.constraint().isEmpty()) constraint = r.constraint();
            errors.addAll(r.errors());
        }
        return new JpfRun(errors, n, v, end, depth, cons, constraint, wall, cycles, unnamed, met);
    }

    /** How many times a judged cycle is unrolled on the embedded engine: its rule needs a loop head seen twice. */
    static final int UNROLL = 3;

    /**
     * The embedded engine's cycle rule applied to a cycle of JPF's search: the lasso (the operations before the repeated
     * state, then the cycle's {@value #UNROLL} times) is replayed on the embedded engine with the TERMINATION monitor.
     * Its finding is a VIOLATION (the schedule up to it is the counterexample); a repeated kernel state without one is a
     * CUT (the embedded engine ends that execution there too); neither is an UNNAMED endless execution. Null (no cycle
     * judged) when TERMINATION is not among the invariants searched.
     */
    JpfBackend.CycleJudge judge(CheckSpec spec, List<Property> props, Explorer replayer) {
        if (!props.contains(Invariants.TERMINATION)) return null;
        CheckSpec one = new CheckSpec(spec.handler(), spec.variant(), spec.scenario(), List.of(Invariants.TERMINATION),
                spec.ops());
        CheckTarget target = new CheckTarget(one);
        List<String> threads = threadNames(spec);
        return (prefix, cycle) -> {
            List<String> lasso = new ArrayList<>(prefix);
            for (int k = 0; k < UNROLL; k++) lasso.addAll(cycle);
            List<Integer> schedule = new ArrayList<>();
            for (String t : lasso) schedule.add(threads.indexOf(t));
            List<Finding> findings = new ArrayList<>();
            int[] ops = {0};
            int[] opsAtFinding = {-1};
            boolean[] repeated = {false};
            try {
                replayer.replay(rt -> {
                    Target.Instance inner = target.instantiate(rt);
                    rt.addListener(ev -> {
                        if (ev.note() == null) ops[0]++;
                        if (ev.isNote(retrycheck.runtime.Event.Note.STATE_REPEATED)) repeated[0] = true;
                        if (opsAtFinding[0] < 0 && !inner.findings().isEmpty()) {
                            opsAtFinding[0] = ops[0];
                            findings.addAll(inner.findings());
                        }
                    });
                    return inner;
                }, schedule, (ev, rt) -> { });
            } catch (RuntimeException ex) {
                return new JpfBackend.Judgement(JpfBackend.CycleKind.UNNAMED, List.of(), ex.toString());
            }
            if (opsAtFinding[0] >= 0)
                return new JpfBackend.Judgement(JpfBackend.CycleKind.VIOLATION, List.copyOf(lasso.subList(0, opsAtFinding[0])),
                        findings.get(0).message());
            return new JpfBackend.Judgement(repeated[0] ? JpfBackend.CycleKind.CUT : JpfBackend.CycleKind.UNNAMED, List.of(), "");
        };
    }

    static List<String> threadNames(CheckSpec spec) {
        return spec.scenario().build(new MonitorRuntime(0), spec.handler(), spec.variant(), spec.ops())
                .threads().stream().map(ModelThread::name).toList();
    }

    /**
     * The counterexample in the common format: JPF's operation order as a schedule of the embedded engine, replayed
     * there for the steps and snapshots.
     */
    Trace trace(CheckSpec spec, Property p, JpfRun.Error e) {
        List<String> threads = spec.scenario().build(new MonitorRuntime(0), spec.handler(), spec.variant(), spec.ops())
                .threads().stream().map(ModelThread::name).toList();
        List<Integer> schedule = new ArrayList<>();
        for (String t : e.opThreads()) schedule.add(threads.indexOf(t));
        CheckSpec one = new CheckSpec(spec.handler(), spec.variant(), spec.scenario(), List.of(p), spec.ops());
        CheckTarget target = new CheckTarget(one);
        TraceRecorder rec = new TraceRecorder();
        List<Finding> findings = new ArrayList<>();
        Explorer explorer = new Explorer();
        String diverged;
        try {
            diverged = explorer.replay(rt -> {
                Target.Instance inner = target.instantiate(rt);
                return new Target.Instance() {
                    @Override public List<ModelThread> threads() { return inner.threads(); }
                    @Override public List<Finding> findings() { return inner.findings(); }
                    { rt.addListener(ev -> { findings.clear(); findings.addAll(inner.findings()); }); }
                };
            }, schedule, rec::onEvent);
        } catch (RuntimeException ex) {
            diverged = ex.toString();
        } finally {
            explorer.close();
        }
        String jpfSays = firstLine(e.details());
        Finding f = findings.stream().filter(x -> x.invariant().equals(p.id())).findFirst().orElse(null);
        if (diverged == null && f != null)
            return new Trace(Trace.FORMAT, Checker.MODEL_VERSION, "jpf", spec.handler().name(), spec.variant().label(),
                    spec.scenario().id(), p.id(), f.message() + " [found by JPF; its operation order is this schedule, which"
                    + " replays on the embedded engine]", f.step(), threads, schedule, rec.steps());
        // not replayable: the operation order as JPF saw it, without snapshots
        String why = diverged != null ? "does not replay on the embedded engine (" + diverged + ")"
                : "replays on the embedded engine without violating " + p.id();
        List<TraceStep> steps = new ArrayList<>();
        for (String t : e.opThreads())
            steps.add(new TraceStep(steps.size() + 1, t, "op", "(operation)", "", "", "", 0, "", "", "", "", "", "", "", false));
        steps.add(new TraceStep(steps.size() + 1, threads.isEmpty() ? "" : threads.get(0), "note", "JPF_ERROR", "", "", "", 0,
                jpfSays, "", "", "", "", "", "", true));
        return new Trace(Trace.FORMAT, Checker.MODEL_VERSION, "jpf", spec.handler().name(), spec.variant().label(),
                spec.scenario().id(), p.id(), jpfSays + " [JPF error path; its operation order " + why + "]",
                steps.size(), threads, schedule, steps);
    }
}
