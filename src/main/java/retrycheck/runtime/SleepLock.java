package retrycheck.runtime;

import java.util.List;

/**
 * A sleeping bit lock with an owner: the page lock (PG_locked, mm/filemap.c) or a dma_resv ww_mutex.
 * Besides locking it supports waiting until it is unlocked without taking it (wait_on_page_locked).
 */
public final class SleepLock extends Shared {
    private String owner;

    public SleepLock(Runtime rt, String name, String initialOwner) {
        super(rt, name);
        this.owner = initialOwner;
    }

    /** trylock_page() / dma_resv_trylock(). */
    public boolean trylock(String opName, Src src) {
        String me = rt.threadName();
        return rt.exec(Op.write(opName, src, this, () -> {
            if (owner != null) return false;
            owner = me;
            return true;
        }).access(o -> owner == null ? Op.Access.WRITE : Op.Access.READ));   // always enabled: never ACQUIRE
    }

    /**
     * __lock_page() / __lock_page_killable() / dma_resv_lock_interruptible(): 0 once taken; the error if
     * the sleep's state lets a pending signal end it first.
     */
    public int lock(String opName, WaitState state, Signals signals, int error, Src src) {
        String me = rt.threadName();
        return rt.exec(new Op<>(opName, src, List.of(signals), List.of(this),
                () -> owner == null || state.interruptedBy(signals), () -> {
            if (owner == null) { owner = me; return 0; }
            return error;
        }).access(o -> o != this ? null : state == WaitState.UNINTERRUPTIBLE ? Op.Access.ACQUIRE   // enabled only by the unlock
                : owner == null ? Op.Access.WRITE : Op.Access.READ));                             // a signal may enable it too
    }

    /** unlock_page() / dma_resv_unlock(): wakes the waiters. */
    public void unlock(String opName, Src src) {
        String me = rt.threadName();
        rt.exec(Op.write(opName, src, this, () -> {
            if (!me.equals(owner)) return RwSem.UNHELD;
            owner = null;
            return "ok";
        }).access(o -> me.equals(owner) ? Op.Access.RELEASE : Op.Access.READ));
    }

    /** wait_on_page_locked() / _killable(): sleeps until unlocked, without taking the lock. */
    public int waitUnlocked(String opName, WaitState state, Signals signals, int error, Src src) {
        return rt.exec(new Op<>(opName, src, List.of(this, signals), List.of(),
                () -> owner == null || state.interruptedBy(signals), () -> owner == null ? 0 : error)
                .access(o -> o != this ? null : state == WaitState.UNINTERRUPTIBLE ? Op.Access.AWAIT : Op.Access.READ));
    }

    public String owner() { return owner; }

    @Override public String state() { return owner == null ? "unlocked" : "locked:" + owner; }
}
