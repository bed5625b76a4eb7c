package retrycheck.explore;

import java.util.HashSet;
import java.util.Set;

/**
 * The distinct Mazurkiewicz traces among the explored executions, each as the 64-bit hash of its canonical
 * linearization. It stops growing at {@link #CAP} traces (then {@link #capped()}: the count is a lower bound).
 */
final class TraceSet {
    static final int CAP = 4_000_000;
    private final Set<Long> hashes = new HashSet<>();
    private boolean capped;

    synchronized void add(long h) {
        if (hashes.size() >= CAP) { if (!hashes.contains(h)) capped = true; return; }
        hashes.add(h);
    }

    synchronized void addAll(TraceSet o) {
        for (long h : o.hashes) add(h);
        capped |= o.capped;
    }

    synchronized long size() { return hashes.size(); }

    synchronized boolean capped() { return capped; }
}
