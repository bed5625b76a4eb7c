package retrycheck.jpf;

import retrycheck.check.CheckSpec;
import retrycheck.check.CheckTarget;
import retrycheck.check.Invariants;
import retrycheck.check.Monitor;
import retrycheck.check.Properties;
import retrycheck.check.Property;
import retrycheck.check.Scenarios;
import retrycheck.explore.Finding;
import retrycheck.explore.Target;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.mutants.Mutant;
import retrycheck.mutants.Mutants;
import retrycheck.runtime.Event;
import retrycheck.runtime.EventListener;
import retrycheck.runtime.Runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The application Java PathFinder runs (the {@code target} of every {@code jpf/*.jpf}): plain Java, no JPF API.
 * It builds one check's scenario with the invariant monitors attached, inside JPF on an {@link AtomicRuntime} (one thread
 * choice per operation, the embedded cycle rule) and on a plain JVM on a {@link TurnRuntime} (plain monitors, with the
 * embedded engine's step semantics), and runs the model threads as real threads, which JPF turns into its own threads.
 * <p>
 * A monitor's finding becomes {@code AssertionError("<INVARIANT>: <message>")}, thrown in the model thread at the
 * event that violated it and not caught, so JPF's {@code NoUncaughtExceptionsProperty} reports it there. A state in
 * which every thread is blocked is reported by JPF's {@code NotDeadlockedProperty} (the DEADLOCK invariant). Any other
 * uncaught exception is a model error.
 * <p>
 * Arguments (JPF's {@code target.args}, comma-separated there): {@code ARCH VARIANT SCENARIO [INVARIANTS [trace]]}, where
 * INVARIANTS is {@code ALL} or ids joined with '+', e.g. {@code FLAGS+LOCK} (a name with a dot is a user Property
 * class; an ARCH with a dot is a user FaultHandler class; {@code mutant:M08} is a mutant of the catalog, its handler on
 * its kernel ops). With {@code trace}, every shared-memory operation prints
 * one line {@code @rc <thread>} so that the engine can read the order of operations from JPF's error path
 * ({@code vm.path_output}).
 */
public final class JpfTarget {
    /** Prefix of the lines printed with the {@code trace} argument. */
    public static final String OP_LINE = "@rc ";
    /** Prefix of the AssertionError message of a violated invariant: "INVARIANT_PREFIX" is not used; the id is. */
    public static final String SEPARATOR = ": ";
    /**
     * ARCH prefix of a mutant of the catalog ({@code mutant:M08}): a mutant's handler cannot be named like a built-in
     * or user handler (arch mutants are anonymous subclasses), and its changed kernel functions ({@link KernelOps}) have no
     * argument of their own, so the mutant's id carries both.
     */
    public static final String MUTANT_PREFIX = "mutant:";

    private JpfTarget() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: JpfTarget ARCH|mutant:ID VARIANT SCENARIO [ALL|ID+ID...] [trace]");
            return;
        }
        CheckSpec spec = spec(args[0], args[1], args[2], args.length > 3 ? args[3] : "ALL");
        boolean trace = args.length > 4 && args[4].equals("trace");
        run(spec, trace);
    }

    /** The check the arguments name. */
    public static CheckSpec spec(String arch, String variant, String scenario, String invariants) {
        FaultHandler handler;
        KernelOps ops = KernelOps.DEFAULT;
        if (arch.startsWith(MUTANT_PREFIX)) {
            Mutant m = Mutants.byId(arch.substring(MUTANT_PREFIX.length()));
            handler = m.handler();
            ops = m.ops();
        } else {
            handler = arch.contains(".") ? newInstance(arch, FaultHandler.class) : Handlers.byName(arch);
        }
        List<Property> props = new ArrayList<>();
        if (invariants.equalsIgnoreCase("ALL")) props.addAll(Invariants.ALL);
        else for (String id : invariants.split("\\+"))
            props.add(id.contains(".") ? newInstance(id, Property.class) : Properties.byId(id));
        return new CheckSpec(handler, Variant.parse(variant), Scenarios.byId(scenario), props, ops);
    }

    /**
     * Builds the check and runs its threads to their end: inside JPF on an {@link AtomicRuntime} (one scheduling choice
     * per operation, the embedded cycle rule), on a plain JVM on a {@link TurnRuntime}.
     */
    public static void run(CheckSpec spec, boolean trace) throws InterruptedException {
        JpfVm vm = JpfVm.inside();
        Runtime rt = vm != null ? new AtomicRuntime(vm) : new TurnRuntime();   // plain monitors; no timeout
        Target.Instance inst = new CheckTarget(spec).instantiate(rt);
        if (rt instanceof AtomicRuntime a) a.setInstance(inst);
        // added after the monitors, so it sees their findings for the event that caused them
        rt.addListener(new Reporter(inst.findings(), trace, vm));
        rt.run(inst.threads());
    }

    /**
     * Prints the operation lines and throws a monitor's finding as an AssertionError in the thread that caused it; a
     * precondition marker ({@link Monitor#PRECONDITION_MET}) is not a violation: it goes to the engine outside JPF
     * ({@link JpfVm#preconditionMet}), for the VACUOUS rule.
     */
    static final class Reporter implements EventListener {
        private final List<Finding> findings;
        private final boolean trace;
        /** null on a plain JVM */
        private final JpfVm vm;
        /** Findings already handled (not JPF state: see IgnoredFields). */
        private int seen;

        Reporter(List<Finding> findings, boolean trace, JpfVm vm) {
            this.findings = findings;
            this.trace = trace;
            this.vm = vm;
        }

        @Override public void onEvent(Event e) {
            if (trace && e.note() == null) System.out.println(OP_LINE + e.thread());
            Finding violation = null;
            for (int i = seen; i < findings.size(); ) {
                Finding f = findings.get(i);
                if (f.invariant().endsWith(Monitor.PRECONDITION_MET)) {
                    if (vm != null)
                        vm.preconditionMet(f.invariant().substring(0, f.invariant().length() - Monitor.PRECONDITION_MET.length()));
                    findings.remove(i);      // reported: kept out of JPF's state (its event number would split equal states)
                } else {
                    if (violation == null) violation = f;
                    i++;
                }
            }
            seen = findings.size();
            if (violation != null)
                throw new AssertionError(violation.invariant() + SEPARATOR + violation.message() + " (event " + violation.step() + ")");
        }
    }

    private static <T> T newInstance(String name, Class<T> api) {
        try {
            return api.cast(Class.forName(name).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException(name + ": not a " + api.getSimpleName() + " with a public no-argument constructor: " + e);
        }
    }
}
