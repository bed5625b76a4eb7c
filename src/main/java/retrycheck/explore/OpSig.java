package retrycheck.explore;

import retrycheck.runtime.Op;
import retrycheck.runtime.Op.Access;
import retrycheck.runtime.Shared;

import java.util.ArrayList;
import java.util.List;

/**
 * An operation's identity that survives re-execution: its name, the names of the shared objects it touches
 * (object names are unique within a program) and how it touches each ({@link Access}, asked in the state where
 * the operation is next). Dependence is decided on these, in two strengths:
 * <ul>
 *   <li>{@link #dependsOn}: the two must stay in their order in every equivalent execution (happens-before);
 *   <li>{@link #racesWith}: dependent and possibly enabled together, so the explorer tries the other order. A
 *       RELEASE and an ACQUIRE or AWAIT of the same object are dependent but never enabled together: that pair is
 *       never a race (Flanagan and Godefroid, POPL 2005, section 4: a race needs co-enabled transitions).
 * </ul>
 */
record OpSig(String name, String[] objs, Access[] kinds) {
    private static final Access[] NONE_K = new Access[0];
    private static final String[] NONE_O = new String[0];

    static OpSig of(Op<?> op) {
        int n = op.reads.size() + op.writes.size();
        if (n == 0) return new OpSig(op.name, NONE_O, NONE_K);
        List<String> os = new ArrayList<>(n);
        List<Access> ks = new ArrayList<>(n);
        for (Shared s : op.writes) add(os, ks, s.name, op.accessOf(s));
        for (Shared s : op.reads) add(os, ks, s.name, op.accessOf(s));
        return new OpSig(op.name, os.toArray(NONE_O), ks.toArray(NONE_K));
    }

    private static void add(List<String> os, List<Access> ks, String name, Access k) {
        int i = os.indexOf(name);
        if (i < 0) { os.add(name); ks.add(k); }
        else if (ks.get(i) == Access.READ) ks.set(i, k);            // an object both read and written: the stronger
    }

    /** A plain write/read signature (for tests and programs without access kinds). */
    static OpSig plain(String name, List<String> reads, List<String> writes) {
        List<String> os = new ArrayList<>();
        List<Access> ks = new ArrayList<>();
        for (String w : writes) add(os, ks, w, Access.WRITE);
        for (String r : reads) add(os, ks, r, Access.READ);
        return new OpSig(name, os.toArray(NONE_O), ks.toArray(NONE_K));
    }

    /** Conflicting accesses of one object: the other order may give another result or state. */
    private static boolean conflict(Access a, Access b) {
        if (neverTogether(a, b)) return false;
        boolean readA = a == Access.READ || a == Access.AWAIT, readB = b == Access.READ || b == Access.AWAIT;
        return !(readA && readB);
    }

    /** A release and what it enables (an acquire of the freed lock, a wait for the set flag). */
    private static boolean neverTogether(Access a, Access b) {
        return a == Access.RELEASE && (b == Access.ACQUIRE || b == Access.AWAIT)
                || b == Access.RELEASE && (a == Access.ACQUIRE || a == Access.AWAIT);
    }

    /** Happens-before dependence: a conflict, or a release and what it enables, on a common object. */
    boolean dependsOn(OpSig o) {
        for (int i = 0; i < objs.length; i++)
            for (int j = 0; j < o.objs.length; j++)
                if (objs[i].equals(o.objs[j]) && (conflict(kinds[i], o.kinds[j]) || neverTogether(kinds[i], o.kinds[j])))
                    return true;
        return false;
    }

    /** A race candidate: a conflict on a common object, and no release/enabled pair that keeps them apart. */
    boolean racesWith(OpSig o) {
        boolean c = false;
        for (int i = 0; i < objs.length; i++)
            for (int j = 0; j < o.objs.length; j++)
                if (objs[i].equals(o.objs[j])) {
                    if (neverTogether(kinds[i], o.kinds[j])) return false;
                    if (conflict(kinds[i], o.kinds[j])) c = true;
                }
        return c;
    }

    @Override public String toString() { return name; }

    @Override public boolean equals(Object x) {
        return x instanceof OpSig o && name.equals(o.name) && java.util.Arrays.equals(objs, o.objs) && java.util.Arrays.equals(kinds, o.kinds);
    }

    @Override public int hashCode() { return name.hashCode() * 31 + java.util.Arrays.hashCode(objs); }
}
