package retrycheck.jpf;

import gov.nasa.jpf.Config;
import gov.nasa.jpf.vm.FieldInfo;
import gov.nasa.jpf.vm.serialize.AmmendableFilterConfiguration.FieldAmmendment;

import java.util.Set;

/**
 * Keeps bookkeeping that does not change what the model does out of JPF's state matching, so that two states equal in
 * the model (kernel objects, model threads, the invariant monitors' verdict state) match (configured as
 * {@code filter.instance_ammendments}): the runtime's event counter and the cycle rule's history of the current path.
 */
public final class IgnoredFields implements FieldAmmendment {
    /** Fields (class.field) that are not state. */
    public static final Set<String> IGNORED = Set.of(
            "retrycheck.runtime.Runtime.seq",                 // event number: grows with every event
            "retrycheck.jpf.AtomicRuntime.seenHeads",         // loop-head states of this path (the embedded cycle rule)
            "retrycheck.jpf.AtomicRuntime$Ctl.head",          // the rule's per-thread bookkeeping
            "retrycheck.jpf.AtomicRuntime$Ctl.opsSinceHead",
            "retrycheck.jpf.JpfTarget$Reporter.seen");        // findings already thrown

    public IgnoredFields() {}

    public IgnoredFields(Config config) {}

    @Override public boolean ammendFieldInclusion(FieldInfo fi, boolean sofar) {
        return IGNORED.contains(fi.getFullName()) ? POLICY_IGNORE : sofar;
    }
}
