package retrycheck.alloy;

/** What one Alloy command came to. */
public enum Outcome {
    /** A check found no counterexample within its scope. */
    HOLDS("holds"),
    /** A check found a counterexample. */
    COUNTEREXAMPLE("counterexample"),
    /** A run found an instance. */
    INSTANCE("instance"),
    /** A run found no instance within its scope. */
    NO_INSTANCE("no instance"),
    /** The command could not be run (bad input or an Alloy/solver error). */
    ERROR("error");

    private final String text;

    Outcome(String text) { this.text = text; }

    public String text() { return text; }

    @Override public String toString() { return text; }

    /** The outcome a command's {@code expect N} stands for: check 0 = holds, check 1 = counterexample, run 1 = instance, run 0 = no instance. */
    public static Outcome fromExpect(boolean check, int expects) {
        if (check) return expects == 0 ? HOLDS : COUNTEREXAMPLE;
        return expects == 0 ? NO_INSTANCE : INSTANCE;
    }

    /** Parses the text of a {@code -- expect: ...} comment. */
    public static Outcome parse(String text) {
        String t = text.trim().toLowerCase().replace('_', ' ');
        for (Outcome o : values()) if (o.text.equals(t)) return o;
        if (t.equals("counter-example") || t.equals("cex")) return COUNTEREXAMPLE;
        if (t.equals("no-instance") || t.equals("unsat")) return NO_INSTANCE;
        if (t.equals("hold") || t.equals("pass")) return HOLDS;
        throw new IllegalArgumentException("unknown expected outcome '" + text + "'; valid: holds, counterexample, instance, no instance");
    }
}
