package retrycheck.program;

import retrycheck.runtime.Op;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Src;

import java.util.List;

/**
 * A plain mutex. {@link #lock()} waits until it is free and is an ACQUIRE, {@link #unlock()} by the holder a
 * RELEASE (so only lock-vs-lock orders are tried), {@link #tryLock()} never waits (a WRITE when it takes the
 * mutex, a READ when it fails). Unlocking a mutex the thread does not hold is a MUTEX finding.
 */
public final class Mutex extends Shared {
    private final Program.Builder b;
    private String owner;

    Mutex(Program.Builder b, String name) {
        super(b.rt, name);
        this.b = b;
    }

    public void lock() {
        String me = rt.threadName();
        rt.exec(new Op<>("lock", Src.NONE, List.of(), List.of(this), () -> owner == null, () -> { owner = me; return "ok"; })
                .access(o -> Op.Access.ACQUIRE));
    }

    public boolean tryLock() {
        String me = rt.threadName();
        boolean ok = rt.exec(Op.write("trylock", Src.NONE, this, () -> {
            if (owner != null) return false;
            owner = me;
            return true;
        }).access(o -> owner == null ? Op.Access.WRITE : Op.Access.READ));
        b.observed(ok);
        return ok;
    }

    public void unlock() {
        String me = rt.threadName();
        boolean held = rt.exec(Op.write("unlock", Src.NONE, this, () -> {
            if (!me.equals(owner)) return false;
            owner = null;
            return true;
        }).access(o -> me.equals(owner) ? Op.Access.RELEASE : Op.Access.READ));
        if (!held) b.findings.add(new retrycheck.explore.Finding("MUTEX", b.events, me + ": unlock of " + name + " that it does not hold"));
    }

    @Override public String state() { return owner == null ? "free" : "held:" + owner; }
}
