package retrycheck.trace;

import java.util.List;

/**
 * The text view: compact enough to paste into a mailing-list review. One line per step (thread, operation and
 * result, kernel source location); below a step, only the state it changed (fault flags, mmap_sem, page lock,
 * pending signals); the violating step shows the whole state and the explanation. Marked steps carry '*', the
 * violating step '>'; with {@code markedOnly} the others are left out (spec/trace-format.md, "Marked steps").
 */
public final class TextTrace {
    private TextTrace() {}

    private static final int OP_WIDTH = 42;

    /** How to re-execute the trace: an Alloy trace records which thread took each state's event, not a Java schedule. */
    static String replayHint(Trace t) {
        return "alloy".equals(t.engine())
                ? "the thread of each Alloy state's event; an Alloy trace does not replay on the Java model"
                : "'retrycheck replay FILE' re-executes it";
    }

    public static String render(Trace t, boolean markedOnly) {
        StringBuilder b = new StringBuilder();
        b.append(t.invariant()).append(" violated at step ").append(t.violationStep()).append(": ").append(t.handler())
                .append(' ').append(t.variant()).append(", scenario ").append(t.scenario()).append(" (engine ")
                .append(t.engine()).append(", ").append(t.modelVersion()).append(")\n");
        b.append("  ").append(t.explanation()).append('\n');
        b.append("  threads: ");
        for (int i = 0; i < t.threads().size(); i++) b.append(i == 0 ? "" : ", ").append('#').append(i).append(' ').append(t.threads().get(i));
        b.append('\n');
        b.append("  schedule: ").append(schedule(t.schedule())).append(" (").append(t.schedule().size())
                .append(" thread choices; ").append(replayHint(t)).append(")\n");
        TraceStep first = t.steps().get(0);
        b.append("  at step 1: ").append(state(first.flagsBefore(), first)).append('\n');
        int hidden = 0;
        for (TraceStep s : t.steps()) if (markedOnly && !s.marked() && s.n() != t.violationStep()) hidden++;
        b.append("  '*' marks a step that matters, '>' the violation");
        if (hidden > 0) b.append("; ").append(hidden).append(" other step").append(hidden == 1 ? "" : "s").append(" not shown");
        b.append("\n\n");
        b.append(String.format("  %4s %-8s %-" + OP_WIDTH + "s %s%n", "step", "thread", "operation = result",
                "kernel source (" + SourceLinks.tag(t.variant()) + " where no release is shown)"));
        TraceStep prev = null;
        for (TraceStep s : t.steps()) {
            boolean violation = s.n() == t.violationStep();
            if (!markedOnly || s.marked() || violation) {
                String op = operation(s) + (s.result().isEmpty() || s.result().equals("null") ? "" : " = " + s.result());
                b.append(String.format("%s %4d %-8s %-" + OP_WIDTH + "s %s%n", violation ? ">" : s.marked() ? "*" : " ",
                        s.n(), s.thread(), clip(op, OP_WIDTH), location(s)));
                String indent = "               ";
                if (violation) {
                    b.append(indent).append(state(s.flagsAfter(), s)).append('\n');
                    b.append(indent).append("^ ").append(t.invariant()).append(": ").append(t.explanation()).append('\n');
                } else {
                    String changes = changes(prev, s);
                    if (!changes.isEmpty()) b.append(indent).append(changes).append('\n');
                }
            }
            prev = s;
        }
        return b.toString();
    }

    /** The operation as the views show it: {@code op(object)} for operations, the note's name for notes. */
    public static String operation(TraceStep s) {
        if (!s.kind().equals("op")) return s.op();
        if (s.object().isEmpty() || s.op().contains("(") || s.object().equals(s.op())) return s.op();
        return s.op() + "(" + s.object() + ")";
    }

    /** v5.7.14 file:line function(), without the release or the line when they are unknown. */
    static String location(TraceStep s) {
        if (s.file().isEmpty()) return "";
        return s.where() + " " + s.function() + "()";
    }

    static String state(String flags, TraceStep s) {
        return "flags " + flags + "; mmap_sem " + s.mmapSem() + "; page " + s.pageLock() + "; signals " + s.signals()
                + (s.fault().isEmpty() ? "" : "; handler result " + s.fault());
    }

    /** What a step changed, relative to the step before it (flags, mmap_sem, page lock, signals, handler result). */
    static String changes(TraceStep prev, TraceStep s) {
        StringBuilder b = new StringBuilder();
        if (!s.flagsBefore().equals(s.flagsAfter())) add(b, "flags " + s.flagsBefore() + " -> " + s.flagsAfter());
        if (prev != null) {
            if (!prev.mmapSem().equals(s.mmapSem())) add(b, "mmap_sem " + prev.mmapSem() + " -> " + s.mmapSem());
            if (!prev.pageLock().equals(s.pageLock())) add(b, "page " + prev.pageLock() + " -> " + s.pageLock());
            if (!prev.signals().equals(s.signals())) add(b, "signals " + prev.signals() + " -> " + s.signals());
        }
        if (!s.fault().isEmpty() && !s.fault().equals(s.result())) add(b, "handler result " + s.fault());
        return b.toString();
    }

    private static void add(StringBuilder b, String x) { b.append(b.length() == 0 ? "" : "; ").append(x); }

    static String schedule(List<Integer> s) {
        StringBuilder b = new StringBuilder();
        Integer last = null;
        for (int x : s) {
            if (last != null && last != x) b.append(' ');
            b.append(x);
            last = x;
        }
        return b.toString();
    }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
