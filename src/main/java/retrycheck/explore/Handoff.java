package retrycheck.explore;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the explorer hands the processor to a model thread for one step and gets it back. Every mode runs the same
 * schedules and gives the same executions, verdicts and traces; they differ only in cost.
 */
public enum Handoff {
    /** Each model thread on its own carrier thread; two semaphores per step (the original hand-off). */
    THREADS,
    /** Each model thread on its own carrier thread; a volatile turn flag, a short spin, then park/unpark. */
    PARK,
    /**
     * Each model thread is a {@code jdk.internal.vm.Continuation} run on the explorer's own thread: a step is one
     * {@code run()} until the next operation yields, no thread switch. JDK 21+ with {@code jdk.internal.vm} exported.
     */
    CONTINUATION;

    /** The system property that selects the hand-off: threads, park, continuation or auto (the default). */
    public static final String PROPERTY = "retrycheck.handoff";

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Whether this JVM can use this mode. */
    public boolean available() { return this != CONTINUATION || Continuations.AVAILABLE; }

    /** Why this JVM cannot use this mode, or "". */
    public String unavailableReason() { return available() ? "" : Continuations.UNAVAILABLE; }

    /** The fastest mode this JVM offers: continuations where available, else park/unpark carriers. */
    public static Handoff best() { return CONTINUATION.available() ? CONTINUATION : PARK; }

    /** The mode {@value #PROPERTY} selects (auto or unset: {@link #best()}); a bad or unavailable value is an error. */
    public static Handoff configured() {
        String v = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("auto")) return best();
        Handoff h = parse(v);
        if (!h.available())
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + v + ": " + h.unavailableReason());
        return h;
    }

    /** The mode named {@code s} (threads, park, continuation). */
    public static Handoff parse(String s) {
        for (Handoff h : values()) if (h.id().equals(s.trim().toLowerCase(Locale.ROOT))) return h;
        throw new IllegalArgumentException("unknown hand-off '" + s + "' (valid: auto, "
                + String.join(", ", Arrays.stream(values()).map(Handoff::id).toList()) + ")");
    }
}
