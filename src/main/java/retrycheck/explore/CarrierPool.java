package retrycheck.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Reusable daemon threads that carry model threads, so an execution does not pay for thread creation.
 * One pool per exploring thread; a carrier runs one model thread at a time.
 */
final class CarrierPool {
    private final List<Carrier> idle = new ArrayList<>();
    private final List<Carrier> all = new ArrayList<>();

    private final class Carrier extends Thread {
        final Semaphore go = new Semaphore(0);
        volatile Runnable task;

        Carrier(int n) {
            super("retrycheck-carrier-" + n);
            setDaemon(true);
        }

        @Override public void run() {
            for (;;) {
                go.acquireUninterruptibly();
                Runnable t = task;
                if (t == null) return;
                try {
                    t.run();
                } finally {
                    task = null;
                    synchronized (CarrierPool.this) { idle.add(this); }
                }
            }
        }
    }

    /** Runs {@code task} on an idle carrier (starting a new one if none is idle). */
    void submit(Runnable task) {
        Carrier c;
        synchronized (this) {
            if (idle.isEmpty()) {
                c = new Carrier(all.size());
                all.add(c);
                c.start();
            } else {
                c = idle.remove(idle.size() - 1);
            }
        }
        c.task = task;
        c.go.release();
    }

    /** Ends the carriers. */
    void shutdown() {
        synchronized (this) {
            for (Carrier c : all) { c.task = null; c.go.release(); }
            all.clear();
            idle.clear();
        }
    }
}
