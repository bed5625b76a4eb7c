package retrycheck.jpf;

/**
 * What the model's runtime asks of Java PathFinder when it runs inside it: one scheduling choice per runtime operation
 * and no thread switch anywhere else. Implemented by {@code retrycheck.jpf.JpfVerify} and its native peer (compiled
 * only with {@code -Pjpf}, source root src/jpf/java), so that this package compiles and runs without jpf-core.
 * <p>
 * The discipline ({@link AtomicRuntime}): a model thread runs inside JPF's atomic section ({@link #enter}) from the
 * start of its body to its end; it leaves it only at {@link #operationPoint()} (JPF's one thread choice per operation)
 * and around a blocking wait ({@link #leave} before, {@link #enter} after), so that every suspended thread is suspended
 * outside the section and the section's (global) level is 1 exactly while some model thread runs.
 */
public interface JpfVm {
    /** Class name of the implementation on jpf-core. */
    String IMPLEMENTATION = "retrycheck.jpf.JpfVerify";

    /** Whether the code runs inside JPF (false on a plain JVM). */
    boolean inJpf();

    /** Enters the atomic section, without a scheduling choice. */
    void enter();

    /** Leaves the atomic section, without a scheduling choice. */
    void leave();

    /**
     * The scheduling point of one operation: leaves the atomic section, lets JPF choose which runnable thread runs next
     * (this one included), and re-enters the section in the chosen thread's transition.
     */
    void operationPoint();

    /**
     * Tells the engine outside JPF that {@code property}'s precondition held on the current path (the monitor's
     * {@link retrycheck.check.Monitor#PRECONDITION_MET} marker), without changing JPF's state: a property whose
     * precondition held on no path is VACUOUS, as on the embedded engine.
     */
    void preconditionMet(String property);

    /** Ends the current search path without an error (JPF backtracks), as the embedded explorer cuts a cycle. */
    void cutPath();

    /** The implementation when this code runs inside JPF with it on the class path, else null. */
    static JpfVm inside() {
        try {
            JpfVm vm = (JpfVm) Class.forName(IMPLEMENTATION).getDeclaredConstructor().newInstance();
            return vm.inJpf() ? vm : null;
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null;                                     // built without -Pjpf, or jpf-core's classes not there
        }
    }
}
