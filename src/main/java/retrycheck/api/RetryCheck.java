package retrycheck.api;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.Verdict;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A reviewer's checks, written as a fluent builder: which fault handlers (a built-in arch, or the reviewer's own
 * {@link FaultHandler}), which kernel versions, which scenarios, which properties, and which verdicts are expected.
 * Each handler × version × scenario is one {@link Check}; {@link #checks()} lists them and {@link Check#run()} runs
 * one on the embedded explorer. {@code retrycheck.junit.RetryCheckTests} turns the checks into JUnit 5 dynamic
 * tests, one per check, named like {@code "x86 v5.7 filemap-io"}.
 * <pre>{@code
 * RetryCheck.handler(new MyX86())            // the handler under review (or arch("gup") ...
 *           .replacing(Gup.class, MyGup::new) // ... with a kernel function replaced: MyGup overrides one method)
 *           .variants(Variant.V5_7)
 *           .scenarios("filemap-io", "filemap-relock")
 *           .addProperties(new MyProperty())   // checked together with the seven invariants
 *           .expect("TERMINATION", Verdict.FAIL);  // a finding the reviewer expects (jcstress style)
 * }</pre>
 * Defaults: both versions, every built-in scenario, the seven invariants of spec/requirements.md, every verdict
 * expected to be PASS, the explorer's default bounds (a bound reached is INCOMPLETE, which is never as expected
 * unless expected explicitly), counterexamples written under {@code target/retrycheck}.
 * The builder is not thread-safe; the checks it lists are independent and may run in parallel.
 */
public final class RetryCheck {
    private final List<FaultHandler> handlers = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>(Variant.PATCH);
    private final List<Scenario> scenarios = new ArrayList<>(Scenarios.ALL);
    private final List<Property> properties = new ArrayList<>(Invariants.ALL);
    private final Map<String, Verdict> expected = new LinkedHashMap<>();
    private long maxExecutions = Explorer.Options.defaults().maxExecutions();
    private int maxSteps = Explorer.Options.defaults().maxSteps();
    private Path traceDir = Path.of("target", "retrycheck");
    private KernelOps ops = KernelOps.DEFAULT;

    private RetryCheck() {}

    /** Checks the given handlers (the reviewer's own, or built-in ones such as {@code new X86()}). */
    public static RetryCheck handler(FaultHandler... handlers) {
        RetryCheck rc = new RetryCheck();
        if (handlers.length == 0) throw new IllegalArgumentException("handler(): name at least one fault handler");
        rc.handlers.addAll(Arrays.asList(handlers));
        return rc;
    }

    /** Checks built-in handlers by name ("x86", "gup", ...; case-insensitive); see {@link Handlers#names()}. */
    public static RetryCheck arch(String... names) {
        if (names.length == 0) throw new IllegalArgumentException("arch(): name at least one of " + Handlers.names());
        RetryCheck rc = new RetryCheck();
        for (String n : names) rc.handlers.add(Handlers.byName(n.toLowerCase(Locale.ROOT)));
        return rc;
    }

    /** Every built-in handler: the arches of the patch, GUP and fixup_user_fault. */
    public static RetryCheck allHandlers() {
        RetryCheck rc = new RetryCheck();
        rc.handlers.addAll(Handlers.all());
        return rc;
    }

    /** The kernel versions to check (default: v5.6 and v5.7, the patch). */
    public RetryCheck variants(Variant... v) {
        if (v.length == 0) throw new IllegalArgumentException("variants(): name at least one of " + Variant.labels());
        variants.clear();
        variants.addAll(new LinkedHashSet<>(Arrays.asList(v)));
        return this;
    }

    /**
     * A scenario of the space from dimension values ("core=uffd,mode=kernel,signals=nonfatal,provider=never"; see
     * {@link ScenarioBuilder}), to which environment threads of the reviewer's own can be added; pass the result to
     * {@link #scenarios(Scenario...)}.
     */
    public static ScenarioBuilder scenario(String dimensionValues) { return new ScenarioBuilder(dimensionValues); }

    /**
     * Every valid scenario of the space a selector matches ({@code "core=uffd,mode=kernel"}, a comma meaning and,
     * {@code |} alternatives: what {@code check --scenario} takes); IllegalArgumentException if it matches none.
     */
    public RetryCheck select(String selector) {
        retrycheck.check.space.Selector sel = retrycheck.check.space.Selector.parse(selector);
        List<retrycheck.check.space.Space.Entry> hits = retrycheck.check.space.Space.select(sel);
        if (hits.isEmpty()) throw new IllegalArgumentException("selector '" + selector + "' matches no valid scenario");
        scenarios.clear();
        for (retrycheck.check.space.Space.Entry e : hits) scenarios.add(e.scenario());
        return this;
    }

    /** The scenarios of a selection of the space: DEFAULT (check's default), FULL (every valid one) or NAMED. */
    public RetryCheck space(retrycheck.check.space.Space.Selection selection) {
        scenarios.clear();
        scenarios.addAll(retrycheck.check.space.Space.scenarios(selection));
        return this;
    }

    /** Scenarios by id (default: the named ones): named ids, or generated ids of the space; see {@link Scenarios#ids()}. */
    public RetryCheck scenarios(String... ids) {
        if (ids.length == 0) throw new IllegalArgumentException("scenarios(): name at least one of " + Scenarios.ids());
        scenarios.clear();
        for (String id : new LinkedHashSet<>(Arrays.asList(ids))) scenarios.add(Scenarios.byId(id));
        return this;
    }

    /** Scenarios given as objects, e.g. ones the reviewer built. */
    public RetryCheck scenarios(Scenario... s) {
        if (s.length == 0) throw new IllegalArgumentException("scenarios(): name at least one scenario");
        scenarios.clear();
        scenarios.addAll(new LinkedHashSet<>(Arrays.asList(s)));
        return this;
    }

    /** Only these properties (instead of the seven invariants). */
    public RetryCheck properties(Property... p) {
        if (p.length == 0) throw new IllegalArgumentException("properties(): name at least one property");
        properties.clear();
        for (Property x : p) add(x);
        return this;
    }

    /** Only these built-in invariants, by id ("FLAGS", "DROP", ...; case-insensitive). */
    public RetryCheck invariants(String... ids) {
        if (ids.length == 0) throw new IllegalArgumentException("invariants(): name at least one of " + Invariants.ids());
        properties.clear();
        for (String id : ids) add(Invariants.byId(id));
        return this;
    }

    /** These properties in addition to those already selected (by default the seven invariants). */
    public RetryCheck addProperties(Property... p) {
        for (Property x : p) add(x);
        return this;
    }

    private void add(Property p) {
        for (Property q : properties)
            if (q.id().equalsIgnoreCase(p.id()))
                throw new IllegalArgumentException("property id " + p.id() + " is already selected"
                        + (Invariants.ids().contains(q.id()) ? " (a built-in invariant): give yours another id" : ""));
        properties.add(p);
    }

    /**
     * The verdict a property is expected to give in every check of this builder (default PASS). A check whose
     * verdicts are all as expected passes; any other verdict fails it, with the trace when there is one.
     */
    public RetryCheck expect(String propertyId, Verdict verdict) {
        expected.put(propertyId.toUpperCase(Locale.ROOT), verdict);
        return this;
    }

    /**
     * Replaces one kernel file's functions in the core of every check: {@code file} is the class named after the C file
     * ({@code Gup.class} for mm/gup.c, {@code Filemap.class}, {@code Memory.class}, ...; see {@link KernelOps#FILES}),
     * {@code factory} builds the reviewer's subclass of it, which overrides the one function it changes (a copy of that
     * function with the change) and inherits the rest. Used for both versions. May be called for several files.
     */
    public <T> RetryCheck replacing(Class<T> file, Function<Kernel, ? extends T> factory) {
        ops = ops.with(file, factory);
        return this;
    }

    /** The kernel functions every check is built with (default {@link KernelOps#DEFAULT}, the kernel's own). */
    public RetryCheck core(KernelOps ops) {
        this.ops = ops;
        return this;
    }

    /** Bound on executions per check; reaching it makes the check INCOMPLETE. */
    public RetryCheck maxExecutions(long n) {
        if (n < 1) throw new IllegalArgumentException("maxExecutions must be at least 1, not " + n);
        maxExecutions = n;
        return this;
    }

    /** Bound on steps per execution; reaching it makes the check INCOMPLETE. */
    public RetryCheck maxSteps(int n) {
        if (n < 1) throw new IllegalArgumentException("maxSteps must be at least 1, not " + n);
        maxSteps = n;
        return this;
    }

    /** Where counterexamples are written as JSON, HTML and text (default {@code target/retrycheck}). */
    public RetryCheck traceDir(Path dir) {
        traceDir = dir;
        return this;
    }

    public Path traceDir() { return traceDir; }

    /** The checks, in order handler × version × scenario. */
    public List<Check> checks() {
        Set<String> ids = new LinkedHashSet<>();
        for (Property p : properties) ids.add(p.id().toUpperCase(Locale.ROOT));
        for (String id : expected.keySet())
            if (!ids.contains(id))
                throw new IllegalArgumentException("expect(" + id + ", ...): no such property is selected; selected: " + ids);
        if (handlers.isEmpty()) throw new IllegalArgumentException("no fault handler selected");
        Explorer.Options opt = new Explorer.Options(maxExecutions, maxSteps, true);
        List<Check> checks = new ArrayList<>();
        for (CheckSpec s : CheckSpec.matrix(handlers, variants, scenarios, List.copyOf(properties), ops))
            checks.add(new Check(s, opt, Map.copyOf(expected), traceDir));
        return checks;
    }

    /** Runs every check in order and returns their outcomes. */
    public List<Check.Outcome> run() {
        List<Check.Outcome> out = new ArrayList<>();
        for (Check c : checks()) out.add(c.run());
        return out;
    }

    /** Runs one check spec on the embedded explorer (the engine {@link Check#run()} uses). */
    static CheckResult explore(CheckSpec spec, Explorer.Options opt) {
        try (Checker checker = new Checker()) {
            return checker.run(spec, opt);
        }
    }
}
