package retrycheck.trace;

import java.util.List;

/**
 * The text view: compact enough to paste into a mailing-list review. Marked steps (flags, mmap_sem, page lock,
 * signals, attempts) carry '*', the violating step '>'; with {@code marked only} the others are left out.
 */
public final class TextTrace {
    private TextTrace() {}

    public static String render(Trace t, boolean markedOnly) {
        StringBuilder b = new StringBuilder();
        b.append(t.invariant()).append(" violated: ").append(t.handler()).append(' ').append(t.variant()).append(' ')
                .append(t.scenario()).append(" (").append(t.engine()).append(")\n");
        b.append("  ").append(t.explanation()).append('\n');
        b.append("  threads: ").append(String.join(", ", t.threads())).append("; schedule: ")
                .append(schedule(t.schedule())).append('\n');
        b.append(String.format("  %4s %-8s %-34s %-28s %-26s %-14s %-10s %s%n", "step", "thread", "operation", "result",
                "flags", "mmap_sem", "page", "signals"));
        for (TraceStep s : t.steps()) {
            boolean violation = s.n() == t.violationStep();
            if (markedOnly && !s.marked() && !violation) continue;
            String op = s.kind().equals("op") ? s.op() + (s.object().isEmpty() ? "" : "(" + s.object() + ")") : "[" + s.op() + "]";
            String flags = s.flagsBefore().equals(s.flagsAfter()) ? s.flagsAfter() : s.flagsBefore() + " -> " + s.flagsAfter();
            b.append(String.format("%s %4d %-8s %-34s %-28s %-26s %-14s %-10s %s%n", violation ? ">" : s.marked() ? "*" : " ",
                    s.n(), s.thread(), clip(op, 34), clip(s.result(), 28), clip(flags, 26), clip(s.mmapSem(), 14),
                    clip(s.pageLock(), 10), s.signals()));
            if (!s.file().isEmpty() && (s.marked() || violation))
                b.append(String.format("  %4s %-8s   at %s:%d %s()%n", "", "", s.file(), s.line(), s.function()));
        }
        return b.toString();
    }

    static String schedule(List<Integer> s) {
        StringBuilder b = new StringBuilder();
        for (int x : s) b.append(x);
        return b.toString();
    }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
