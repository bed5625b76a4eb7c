package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Signals;
import retrycheck.runtime.Src;

/**
 * The faulting task (current) and the mode of the faulting access: user mode (an access by a user program)
 * or kernel mode (a uaccess such as copy_from_user; user_mode(regs) is false). Fault accounting counters
 * are thread-local to the task and so not shared objects; each count is an ACCOUNT event.
 */
public final class Task {
    private final Runtime rt;
    public final Signals signals;
    public final boolean userMode;
    public int majFlt;
    public int minFlt;

    public Task(Runtime rt, boolean userMode) {
        this.rt = rt;
        this.userMode = userMode;
        this.signals = new Signals(rt, "signals");
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

}
