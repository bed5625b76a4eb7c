package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/**
 * include/linux/sched/signal.h: the pending-signal tests of the fault paths, on the faulting task ({@code current}).
 * Reached through {@link Kernel#signal()}; a variant overrides one function in a subclass.
  * <p>A reviewer's variant replaces one function of this file: a subclass overrides its method with a copy of the C
 * function carrying the change and inherits the rest; build the kernel with
 * {@code KernelOps.DEFAULT.with(Signal.class, MySignal::new)} ({@code check --core}, {@code RetryCheck.replacing}). The
 * monitors see each function's RETURN event and the runtime operations it performs (spec/events.md).
 */
public class Signal {
    protected static final Src FAULT_SIGNAL_PENDING = Src.v57("include/linux/sched/signal.h", "fault_signal_pending");

    protected final Kernel k;

    public Signal(Kernel k) { this.k = k; }

    /**
     * include/linux/sched/signal.h:387 fault_signal_pending() (v5.7): {@code (fault & VM_FAULT_RETRY) &&
     * (fatal_signal_pending(current) || (user_mode(regs) && signal_pending(current)))}; user_mode(regs) is
     * {@link FaultAccess#userMode()}. {@code caller} is the arch line that calls it (noted as SIGNAL_CHECK).
     */
    public boolean faultSignalPending(int fault, Src caller) {
        boolean pending = VmFault.isRetry(fault)
                && (k.task.signals.fatalSignalPending(FAULT_SIGNAL_PENDING.at(391, "(fatal_signal_pending(current) ||"))
                    || (k.task.userMode && k.task.signals.signalPending(FAULT_SIGNAL_PENDING.at(392, "(user_mode(regs) && signal_pending(current))));"))));
        k.rt.note(Event.Note.SIGNAL_CHECK, caller, "fault_signal_pending=" + pending, 0, fault);
        k.ret(FAULT_SIGNAL_PENDING.at(390, "return unlikely((fault_flags & VM_FAULT_RETRY) &&"), ValueKind.BOOL, pending ? 1 : 0);
        return pending;
    }

    /** The fatal-only form the arches open-coded before v5.7 (um keeps it): {@code (fault & VM_FAULT_RETRY) && fatal_signal_pending(current)}. */
    public boolean retryAndFatalSignalPending(int fault, Src caller) {
        boolean pending = VmFault.isRetry(fault) && k.task.signals.fatalSignalPending(caller);
        k.rt.note(Event.Note.SIGNAL_CHECK, caller, "fatal_signal_pending=" + pending, 0, fault);
        return pending;
    }

    /** fatal_signal_pending(current), called at {@code caller} (GUP, x86/powerpc v5.6, ...). */
    public boolean fatalSignalPending(Src caller) {
        boolean pending = k.task.signals.fatalSignalPending(caller);
        k.rt.note(Event.Note.SIGNAL_CHECK, caller, "fatal_signal_pending=" + pending, 0, 0);
        return pending;
    }

    /** signal_pending(current), called at {@code caller}. */
    public boolean signalPending(Src caller) {
        boolean pending = k.task.signals.signalPending(caller);
        k.rt.note(Event.Note.SIGNAL_CHECK, caller, "signal_pending=" + pending, 0, 0);
        return pending;
    }
}
