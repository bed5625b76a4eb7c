package retrycheck.explore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Wakeup trees of optimal DPOR (Abdulla, Aronis, Jonsson, Sagonas, "Optimal dynamic partial order reduction",
 * POPL 2014, section 6; "Source sets: a foundation for optimal dynamic partial order reduction", JACM 64(4) 2017,
 * section 6). A node's wakeup tree is an ordered tree of thread sequences still to be explored from it; a branch
 * is explored leftmost first and its subtree becomes the wakeup tree of the child.
 */
final class Wakeup {
    private Wakeup() {}

    /** One branch: the thread to run, the operation it ran when the sequence was found, and the subtree after it. */
    static final class Branch {
        final int tid;
        final OpSig sig;
        final List<Branch> kids = new ArrayList<>();

        Branch(int tid, OpSig sig) {
            this.tid = tid;
            this.sig = sig;
        }
    }

    /**
     * One step of a sequence v to insert: its thread, its operation and the indices of the earlier steps of v that
     * happen before it.
     */
    record Entry(int tid, OpSig sig, BitSet preds) {}

    /**
     * Inserts {@code v} into the wakeup tree of {@code node} unless a thread that sleeps (or was explored) at the
     * node is a weak initial of v (that order is covered), or a leaf of the tree is already a prefix of v up to
     * reordering (insert[E](v, wut) of the paper).
     */
    static void insert(Object node, List<Entry> v) {
        BitSet alive = new BitSet();
        alive.set(0, v.size());
        for (Map.Entry<Integer, OpSig> s : Explorer.asleepAt(node).entrySet())
            if (weakInitial(v, alive, s.getKey(), s.getValue())) return;
        insertInto(Explorer.wakeupOf(node), v, alive);
    }

    private static void insertInto(List<Branch> kids, List<Entry> v, BitSet alive) {
        if (alive.isEmpty()) return;                              // v is a prefix of a branch below: covered
        for (Branch b : kids) {
            if (!weakInitial(v, alive, b.tid, b.sig)) continue;
            if (b.kids.isEmpty()) return;                         // a leaf w with w ⊑ v: covered
            int first = firstOf(v, alive, b.tid);
            BitSet rest = (BitSet) alive.clone();
            if (first >= 0) rest.clear(first);
            insertInto(b.kids, v, rest);
            return;
        }
        List<Branch> at = kids;
        for (int k = alive.nextSetBit(0); k >= 0; k = alive.nextSetBit(k + 1)) {
            Branch b = new Branch(v.get(k).tid(), v.get(k).sig());
            at.add(b);
            at = b.kids;
        }
    }

    private static int firstOf(List<Entry> v, BitSet alive, int tid) {
        for (int k = alive.nextSetBit(0); k >= 0; k = alive.nextSetBit(k + 1)) if (v.get(k).tid() == tid) return k;
        return -1;
    }

    /**
     * p ∈ WI(v): p's first step in v has no step of v before it that happens before it, or p has no step in v and
     * its next operation ({@code sig}) is independent of every step of v.
     */
    static boolean weakInitial(List<Entry> v, BitSet alive, int p, OpSig sig) {
        int first = firstOf(v, alive, p);
        if (first >= 0) return !v.get(first).preds().intersects(alive);
        if (sig == null) return false;
        for (int k = alive.nextSetBit(0); k >= 0; k = alive.nextSetBit(k + 1)) if (sig.dependsOn(v.get(k).sig())) return false;
        return true;
    }
}
