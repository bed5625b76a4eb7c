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
        return new OpSig(op.name, op.reads.stream().map(s -> s.name).toList(), op.writes.stream().map(s -> s.name).toList());
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
