package retrycheck.runtime;

/** The task state a kernel sleep uses (include/linux/sched.h): which signals may end the sleep. */
public enum WaitState {
    /** TASK_UNINTERRUPTIBLE: no signal ends it. */
    UNINTERRUPTIBLE,
    /** TASK_KILLABLE: only a fatal signal ends it. */
    KILLABLE,
    /** TASK_INTERRUPTIBLE: any signal ends it. */
    INTERRUPTIBLE;

    /** kernel/sched: signal_pending_state(state, p). */
    public boolean interruptedBy(Signals s) {
        return switch (this) {
            case UNINTERRUPTIBLE -> false;
            case KILLABLE -> s.fatal;
            case INTERRUPTIBLE -> s.fatal || s.nonFatal;
        };
    }
}
