package retrycheck.explore;

import retrycheck.runtime.ModelThread;
import retrycheck.runtime.Runtime;

import java.util.List;

/** What the explorer explores: a program it can build afresh on a runtime for every execution. */
public interface Target {
    /**
     * Builds a fresh instance: creates its shared objects on {@code rt}, attaches its property monitors as
     * listeners, and returns its threads. Called once per execution; must be deterministic.
     */
    Instance instantiate(Runtime rt);

    /** One built instance. */
    interface Instance {
        List<ModelThread> threads();

        /** Violations found so far in this execution, in order; the explorer reads it after every step. */
        List<Finding> findings();

        /**
         * Whether an event is a loop head at which the explorer compares the whole state with earlier ones of
         * the same execution (to detect cycles). Default: fault and attempt entries.
         */
        default boolean isLoopHead(retrycheck.runtime.Event e) {
            return e.note() == retrycheck.runtime.Event.Note.FAULT_BEGIN
                    || e.note() == retrycheck.runtime.Event.Note.ATTEMPT_BEGIN;
        }
    }
}
