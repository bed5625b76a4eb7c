package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Signals;
import retrycheck.runtime.Src;

/**
 * The faulting task (current) and the mode of the faulting access: user mode (an access by a user program)
 * or kernel mode (a uaccess such as copy_from_user; user_mode(regs) is false). Fault accounting counters
 * are thread-local to the task and so not shared objects.
 */
public final class Task {
    private static final Src SIGNAL_H = Src.fn("include/linux/sched/signal.h", "fault_signal_pending");

    private final Runtime rt;
    public final Signals signals;
    public final boolean userMode;
    public int majFlt;
    public int minFlt;
    private final CoreOverrides overrides;

    public Task(Runtime rt, boolean userMode) { this(rt, userMode, CoreOverrides.NONE); }

    public Task(Runtime rt, boolean userMode, CoreOverrides overrides) {
        this.rt = rt;
        this.userMode = userMode;
        this.signals = new Signals(rt, "signals");
        this.overrides = overrides == null ? CoreOverrides.NONE : overrides;
    }

    /** current->maj_flt++ where the C counts a major fault: an ACCOUNT event "maj_flt". */
    public void accountMajFlt(Src src) {
        majFlt++;
        rt.note(Event.Note.ACCOUNT, src, "maj_flt", 0, 0);
    }

    /** current->min_flt++: an ACCOUNT event "min_flt". */
    public void accountMinFlt(Src src) {
        minFlt++;
        rt.note(Event.Note.ACCOUNT, src, "min_flt", 0, 0);
    }

    /** user_mode(regs). */
    public boolean userMode() { return userMode; }

    /**
     * include/linux/sched/signal.h:387 fault_signal_pending() (v5.7):
     * (fault & VM_FAULT_RETRY) && (fatal_signal_pending(current) || (user_mode(regs) && signal_pending(current))).
     */
    public boolean faultSignalPending(int fault, Src caller) {
        boolean pending = VmFault.isRetry(fault)
                && ((!overrides.faultSignalPendingIgnoresFatal && signals.fatalSignalPending(SIGNAL_H.at(390)))
                    || (userMode && signals.signalPending(SIGNAL_H.at(391))));
        rt.note(Event.Note.SIGNAL_CHECK, caller, "fault_signal_pending=" + pending, 0, fault);
        return pending;
    }

    /**
     * The older fatal-only form the arches open-coded before v5.7 (and um still uses):
     * (fault & VM_FAULT_RETRY) && fatal_signal_pending(current).
     */
    public boolean retryAndFatalSignalPending(int fault, Src caller) {
        boolean pending = VmFault.isRetry(fault) && signals.fatalSignalPending(caller);
        rt.note(Event.Note.SIGNAL_CHECK, caller, "fatal_signal_pending=" + pending, 0, fault);
        return pending;
    }

    /** fatal_signal_pending(current) used as the check before a retry (GUP, x86/powerpc v5.6). */
    public boolean fatalSignalPending(Src caller) {
        boolean pending = signals.fatalSignalPending(caller);
        rt.note(Event.Note.SIGNAL_CHECK, caller, "fatal_signal_pending=" + pending, 0, 0);
        return pending;
    }
}
