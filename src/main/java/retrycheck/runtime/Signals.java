package retrycheck.runtime;

import java.util.List;

/** A task's pending signals: a fatal one (SIGKILL) and a non-fatal one (e.g. SIGUSR1). */
public final class Signals extends Shared {
    boolean fatal;
    boolean nonFatal;

    public Signals(Runtime rt, String name) { super(rt, name); }

    /** kernel/signal.c send_sig(): the signal sender. */
    public void send(boolean isFatal, Src src) {
        rt.exec(Op.write(isFatal ? "send_sig(SIGKILL)" : "send_sig(SIGUSR1)", src, this, () -> {
            if (isFatal) fatal = true; else nonFatal = true;
            return "ok";
        }));
    }

    /** include/linux/sched/signal.h fatal_signal_pending(current). */
    public boolean fatalSignalPending(Src src) {
        return rt.exec(Op.read("fatal_signal_pending", src, this, () -> fatal));
    }

    /** include/linux/sched/signal.h signal_pending(current). */
    public boolean signalPending(Src src) {
        return rt.exec(Op.read("signal_pending", src, this, () -> fatal || nonFatal));
    }

    /**
     * arch/x86/entry/common.c exit_to_usermode_loop() -> do_signal(): on return to user mode a pending
     * signal is delivered. Returns true if it was fatal (the task exits), false after running a handler.
     */
    public boolean deliverOnReturnToUser(Src src) {
        return rt.exec(Op.write("do_signal", src, this, () -> {
            boolean wasFatal = fatal;
            nonFatal = false;
            return wasFatal;
        }));
    }

    public boolean fatalPendingNow() { return fatal; }

    public boolean anyPendingNow() { return fatal || nonFatal; }

    @Override public String state() {
        return fatal && nonFatal ? "SIGKILL,SIGUSR1" : fatal ? "SIGKILL" : nonFatal ? "SIGUSR1" : "-";
    }

    List<Shared> asList() { return List.of(this); }
}
