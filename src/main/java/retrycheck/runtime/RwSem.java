package retrycheck.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * kernel/locking/rwsem.c: a reader-writer semaphore such as mm->mmap_sem. Readers queue behind a waiting
 * writer (the kernel's rwsem does not let new readers starve a queued writer), so a thread that
 * takes the read lock twice while a writer waits deadlocks, as in the kernel.
 * Misuse is not thrown: it is reported as an event ("up_read" with result "UNHELD") for the LOCK monitor.
 * For the explorer's dependence ({@link Op.Access}): down_read and down_write taking the lock are ACQUIREs (only
 * an unlock enables them), up_write by the writer a RELEASE; a trylock or down_read_killable (which a signal can
 * end) is a WRITE when it takes the lock and a READ when it fails; up_read and the writer's queueing stay plain
 * writes (up_read can be enabled together with down_read, so it may not be a RELEASE). down_write_killable (v6.4's
 * mmap_write_lock_killable) is a WRITE when it takes the lock and a READ when a signal ends it; downgrade_write by the
 * writer a RELEASE (like up_write, it is what lets the queued readers in).
 */
public final class RwSem extends Shared {
    private final List<String> readers = new ArrayList<>();
    private String writer;
    private final List<String> queuedWriters = new ArrayList<>();

    public RwSem(Runtime rt, String name) { super(rt, name); }

    private boolean readable() { return writer == null && queuedWriters.isEmpty(); }

    /** down_read(): sleeps uninterruptibly until no writer holds or waits. */
    public void downRead(Src src) {
        String me = rt.threadName();
        rt.exec(new Op<>("down_read", src, List.of(), List.of(this), this::readable, () -> {
            readers.add(me);
            return "ok";
        }).access(o -> Op.Access.ACQUIRE));
    }

    /** down_read_trylock(): 1 if taken, 0 otherwise; never sleeps. */
    public boolean downReadTrylock(Src src) {
        String me = rt.threadName();
        return rt.exec(Op.write("down_read_trylock", src, this, () -> {
            if (!readable()) return false;
            readers.add(me);
            return true;
        }).access(o -> readable() ? Op.Access.WRITE : Op.Access.READ));
    }

    /** down_read_killable(): 0 once taken, -EINTR if a fatal signal is pending while it would sleep. */
    public int downReadKillable(Signals signals, Src src) {
        String me = rt.threadName();
        return rt.exec(new Op<>("down_read_killable", src, List.of(signals), List.of(this),
                () -> readable() || signals.fatal, () -> {
            if (readable()) { readers.add(me); return 0; }
            return Errno.EINTR;
        }).access(o -> o != this ? null : readable() ? Op.Access.WRITE : Op.Access.READ));
    }

    /** up_read(): releases one read hold of the calling thread. */
    public void upRead(Src src) {
        String me = rt.threadName();
        rt.exec(Op.write("up_read", src, this, () -> readers.remove(me) ? "ok" : UNHELD));
    }

    /** down_write(): queues as a writer (new readers now wait), then sleeps until the lock is free. */
    public void downWrite(Src src) {
        String me = rt.threadName();
        rt.exec(Op.write("down_write(queue)", src, this, () -> { queuedWriters.add(me); return "queued"; }));
        rt.exec(new Op<>("down_write", src, List.of(), List.of(this),
                () -> writer == null && readers.isEmpty() && queuedWriters.get(0).equals(me), () -> {
            queuedWriters.remove(me);
            writer = me;
            return "ok";
        }).access(o -> Op.Access.ACQUIRE));
    }

    /**
     * down_write_killable(): queues as a writer, then sleeps until the lock is free; 0 once taken, -EINTR (and out of
     * the queue) if a fatal signal is pending while it would sleep (v6.4 mmap_write_lock_killable()).
     */
    public int downWriteKillable(Signals signals, Src src) {
        String me = rt.threadName();
        rt.exec(Op.write("down_write_killable(queue)", src, this, () -> { queuedWriters.add(me); return "queued"; }));
        return rt.exec(new Op<>("down_write_killable", src, List.of(signals), List.of(this),
                () -> writeFree(me) || signals.fatal, () -> {
            queuedWriters.remove(me);
            if (writer == null && readers.isEmpty()) { writer = me; return 0; }
            return Errno.EINTR;
        }).access(o -> o != this ? null : writeFree(me) ? Op.Access.WRITE : Op.Access.READ));
    }

    private boolean writeFree(String me) { return writer == null && readers.isEmpty() && queuedWriters.get(0).equals(me); }

    /**
     * downgrade_write() (mmap_write_downgrade()): the writer becomes a reader without letting anyone in between;
     * readers queued behind it may then enter. Misuse (not the writer) is reported as UNHELD.
     */
    public void downgradeWrite(Src src) {
        String me = rt.threadName();
        rt.exec(Op.write("downgrade_write", src, this, () -> {
            if (!me.equals(writer)) return UNHELD;
            writer = null;
            readers.add(me);
            return "ok";
        }).access(o -> me.equals(writer) ? Op.Access.RELEASE : Op.Access.READ));
    }

    /** up_write(). */
    public void upWrite(Src src) {
        String me = rt.threadName();
        rt.exec(Op.write("up_write", src, this, () -> {
            if (!me.equals(writer)) return UNHELD;
            writer = null;
            return "ok";
        }).access(o -> me.equals(writer) ? Op.Access.RELEASE : Op.Access.READ));
    }

    /** Result of an unlock by a thread that does not hold the lock. */
    public static final String UNHELD = "UNHELD";

    public boolean heldForReadBy(String thread) { return readers.contains(thread); }

    public int readHoldsOf(String thread) {
        int n = 0;
        for (String r : readers) if (r.equals(thread)) n++;
        return n;
    }

    public boolean heldForWriteBy(String thread) { return thread.equals(writer); }

    /** Holders for traces, e.g. "R:fault" or "W:writer; waiting W:writer". */
    @Override public String state() {
        StringBuilder b = new StringBuilder();
        for (String r : readers) b.append(b.length() == 0 ? "" : ",").append("R:").append(r);
        if (writer != null) b.append(b.length() == 0 ? "" : ",").append("W:").append(writer);
        if (b.length() == 0) b.append("free");
        if (!queuedWriters.isEmpty()) b.append(" (queued W:").append(retrycheck.runtime.Strs.join(",", queuedWriters)).append(")");
        return b.toString();
    }
}
