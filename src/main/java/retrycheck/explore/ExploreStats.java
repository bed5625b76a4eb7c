package retrycheck.explore;

/** What one exploration covered. */
public final class ExploreStats {
    /** Executions run to an end (complete, deadlock, cycle cut, or step bound). */
    public long executions;
    /** Executions abandoned because every enabled thread slept (partial-order reduction). */
    public long pruned;
    /** Executions cut at a repeated kernel state. */
    public long cyclesCut;
    /** Executions that ended in a deadlock. */
    public long deadlocks;
    /** Steps executed in all. */
    public long steps;
    /** The longest execution, in steps. */
    public int maxDepth;
    public long wallNanos;
    /** The whole tree was explored. */
    public boolean exhausted;
    public boolean hitExecutionBound;
    public boolean hitStepBound;
    /** The search ran out of its time budget. */
    public boolean hitTimeBudget;
    /**
     * Distinct Mazurkiewicz traces among the executions (sleep-blocked ones not counted): with optimal
     * partial-order reduction and no cycle cut, one per execution.
     */
    public long traces;
    /** More distinct traces than the explorer keeps: {@link #traces} is a lower bound. */
    public boolean tracesCapped;
    /** The traces themselves (for merging the statistics of workers); null when added up from other stats. */
    transient TraceSet traceSet;

    /** Explored completely, no bound reached: a clean result may be called PASS. */
    public boolean complete() { return exhausted && !hitExecutionBound && !hitStepBound && !hitTimeBudget; }

    public String incompleteReason() {
        if (hitTimeBudget) return "time budget reached";
        if (hitExecutionBound) return "execution budget reached";
        if (hitStepBound) return "step bound reached in some execution";
        if (!exhausted) return "not exhausted";
        return "";
    }

    public void add(ExploreStats o) {
        executions += o.executions; pruned += o.pruned; cyclesCut += o.cyclesCut; deadlocks += o.deadlocks;
        steps += o.steps; maxDepth = Math.max(maxDepth, o.maxDepth); wallNanos += o.wallNanos; traces += o.traces;
        tracesCapped |= o.tracesCapped;
    }
}
