package retrycheck.explore;

import retrycheck.runtime.Op;
import retrycheck.runtime.Shared;

import java.util.List;

/**
 * An operation's identity that survives re-execution: its name and the names of the shared objects it reads
 * and writes (object names are unique within a program). Dependence is decided on these.
 */
record OpSig(String name, List<String> reads, List<String> writes) {
    static OpSig of(Op<?> op) {
        return new OpSig(op.name, nameList(op.reads), nameList(op.writes));
    }

    /** The objects' names; a plain loop, as this runs once per operation (streams cost more than the step). */
    private static List<String> nameList(List<Shared> objs) {
        int n = objs.size();
        if (n == 0) return List.of();
        if (n == 1) return List.of(objs.get(0).name);
        String[] a = new String[n];
        for (int i = 0; i < n; i++) a[i] = objs.get(i).name;
        return List.of(a);
    }

    /** Two operations are dependent when they touch one object and at least one of them writes it. */
    boolean dependsOn(OpSig o) {
        for (String w : writes) if (o.writes.contains(w) || o.reads.contains(w)) return true;
        for (String r : reads) if (o.writes.contains(r)) return true;
        return false;
    }

    @Override public String toString() { return name; }

    static String names(List<Shared> objs) { return objs.toString(); }
}
