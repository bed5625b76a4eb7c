package retrycheck.mutants;

import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One seeded fault in the v5.7 model: a small change a kernel patch could make, the invariants it should break
 * and the scenarios where it should bite (spec/mutants.md).
 *
 * @param id        stable id, "M01"
 * @param name      short slug, "x86-no-tried"
 * @param title     one line in words
 * @param where     the kernel file and function the change is in
 * @param diff      the change as a one-line C diff
 * @param expected  the invariants it should break (at least one must)
 * @param base      the unmutated handler it starts from: the control runs it on the same scenarios
 * @param mutated   the handler with the change (the base itself when the change is in the core)
 * @param ops       the kernel functions with the change ({@link KernelOps#DEFAULT} when the change is in the handler):
 *                  a subclass of one kernel file class overriding the one function it changes
 * @param scenarios where it is run
 * @param why       how the change breaks the expected invariants, in kernel terms
 * @param alloy     the same change in the Alloy models, or why they cannot express it
 */
public record Mutant(String id, String name, String title, String where, String diff, List<Property> expected,
                     FaultHandler base, FaultHandler mutated, KernelOps ops, List<Scenario> scenarios,
                     String why, AlloyMutation alloy) {

    /** A mutant of the Java model only (its Alloy column says so). */
    public Mutant(String id, String name, String title, String where, String diff, List<Property> expected,
                  FaultHandler base, FaultHandler mutated, KernelOps ops, List<Scenario> scenarios, String why) {
        this(id, name, title, where, diff, expected, base, mutated, ops, scenarios, why,
                AlloyMutation.notApplicable("no Alloy counterpart declared"));
    }

    /** The same mutant with its Alloy counterpart. */
    public Mutant withAlloy(AlloyMutation a) {
        return new Mutant(id, name, title, where, diff, expected, base, mutated, ops, scenarios, why, a);
    }

    public Mutant {
        expected = List.copyOf(expected);
        scenarios = List.copyOf(scenarios);
        if (expected.isEmpty()) throw new IllegalArgumentException(id + ": a mutant must name the invariants it should break");
        if (scenarios.isEmpty()) throw new IllegalArgumentException(id + ": a mutant needs at least one scenario");
    }

    /** The name traces and tables show: the base handler and the mutant, e.g. "x86+M01". */
    public String handlerName() { return base.name() + "+" + id; }

    /** The mutated handler under {@link #handlerName()}, so a trace names the mutant it came from. */
    public FaultHandler handler() { return new Named(handlerName(), mutated); }

    public List<String> expectedIds() { return expected.stream().map(Property::id).collect(Collectors.toList()); }

    public List<String> scenarioIds() { return scenarios.stream().map(Scenario::id).collect(Collectors.toList()); }

    /** "M01 x86-no-tried". */
    public String label() { return id + " " + name; }

    /** A handler under another name. */
    record Named(String name, FaultHandler inner) implements FaultHandler {
        @Override public String file() { return inner.file(); }

        @Override public FaultOutcome handle(Kernel k) { return inner.handle(k); }
    }
}
