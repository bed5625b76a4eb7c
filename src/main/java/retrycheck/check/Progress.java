package retrycheck.check;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long command, for people: done/total, the elapsed time and an estimate of the time left, numbered
 * in the order things finish (the count and the line are made under one lock, so "[2/9]" never precedes "[1/9]").
 *
 * <p>A command makes one with {@link #stderr} and hands it down as a {@code Consumer<String>} (the type the runners
 * take); a runner that knows how many items it will finish asks {@link #of} for it and calls {@link #begin} and
 * {@link #step}. Any other text passed to {@link #accept} is a note (a phase starting, an engine's remark), printed
 * as its own line. Output modes:
 * <ul>
 *   <li>{@link Mode#TERMINAL}: one status line updated in place (carriage return), with a bar; notes above it;</li>
 *   <li>{@link Mode#LINES}: plain lines, not chatty: a step is printed when it reaches a new 5% and a second has
 *       passed since the last line, or when ten seconds passed without one, and always the last step;</li>
 *   <li>{@link Mode#EVERY}: a line per step (what a runner given a plain consumer does, e.g. a test's list);</li>
 *   <li>{@link Mode#QUIET}: nothing.</li>
 * </ul>
 * Progress goes to stderr, so stdout (tables, JSON) stays clean.
 */
public final class Progress implements Consumer<String> {
    public enum Mode { TERMINAL, LINES, EVERY, QUIET }

    private static final long SECOND = 1_000_000_000L;

    private final Mode mode;
    private final Consumer<String> sink;   // TERMINAL: raw text (no newline added); other modes: one line per call
    private final LongSupplier clock;      // nanoseconds
    private final int width;

    private String phase = "";
    private int total, done, lastBucket;
    private long start, lastLine;
    private boolean open;                  // TERMINAL: a status line is on screen, not yet ended by a newline
    private int shown;                     // TERMINAL: length of the status line on screen
    private String last = "";              // TERMINAL: the status line on screen
    private String lastLabel = "";         // the label of the last step
    private boolean ticking;               // a clock thread keeps the time current between steps (see tick)
    private Thread ticker;
    private boolean closed;                // close(): nothing more is printed

    public Progress(Mode mode, Consumer<String> sink, LongSupplier clock, int width) {
        this.mode = mode;
        this.sink = sink;
        this.clock = clock;
        this.width = Math.max(40, width);
    }

    /**
     * Progress on the current {@code System.err}: nothing when {@code quiet}, an updating line on a terminal (a
     * console, and not CI), else plain lines.
     */
    public static Progress stderr(boolean quiet) {
        PrintStream err = System.err;
        if (quiet) return new Progress(Mode.QUIET, s -> { }, System::nanoTime, 80);
        boolean terminal = System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
        Progress p = terminal ? new Progress(Mode.TERMINAL, s -> { err.print(s); err.flush(); }, System::nanoTime, columns())
                : new Progress(Mode.LINES, err::println, System::nanoTime, 200);
        p.ticking = true;
        return p;
    }

    /** The consumer itself when it is a Progress, else a Progress that hands it one line per step. */
    public static Progress of(Consumer<String> consumer) {
        if (consumer instanceof Progress p) return p;
        return new Progress(Mode.EVERY, consumer, System::nanoTime, Integer.MAX_VALUE / 2);
    }

    private static int columns() {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? 80 : Integer.parseInt(c.trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    public Mode mode() { return mode; }

    /** Starts a phase of {@code total} items; the clock of the estimate starts now. */
    public synchronized void begin(String phase, int total) {
        if (closed) return;
        endLine();
        stopTicker();
        this.phase = phase;
        this.total = total;
        this.done = 0;
        this.lastBucket = 0;
        this.start = clock.getAsLong();
        this.lastLine = start;
        this.lastLabel = "";
        if (mode == Mode.TERMINAL && total > 0) draw(status("", start, true));   // the phase shows at once, before its first step
        if (ticking && ticker == null && total > 0 && (mode == Mode.TERMINAL || mode == Mode.LINES)) {
            ticker = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(1000);
                        tick();
                    }
                } catch (InterruptedException e) {
                    // the phase ended
                }
            }, "retrycheck-progress");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    /**
     * Ends the status line, stops the clock thread and prints nothing more, whatever is still reported: for a command
     * that was interrupted and says so itself while its workers wind down.
     */
    public synchronized void close() {
        end();
        closed = true;
    }

    /** The clock thread of the current phase, or null (for tests). */
    synchronized Thread clockThread() { return ticker; }

    /** Stops the clock thread (the phase is over); the next phase starts another. */
    private void stopTicker() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
    }

    /**
     * Between steps (called every second by the clock thread of {@link #stderr}): on a terminal the elapsed time and
     * estimate are redrawn; as plain lines, a line when thirty seconds passed without one (one item can take minutes).
     */
    synchronized void tick() {
        if (done >= total || total <= 0) return;
        long now = clock.getAsLong();
        if (mode == Mode.TERMINAL && open) draw(status(lastLabel, now, true));
        if (mode == Mode.LINES && now - lastLine >= 30 * SECOND) {
            sink.accept(status("(working)", now, false));
            lastLine = now;
        }
    }

    /** One more item of the current phase finished; {@code label} says which and how it came out. */
    public synchronized void step(String label) {
        if (closed) return;
        done++;
        lastLabel = label == null ? "" : label;
        long now = clock.getAsLong();
        boolean finished = done >= total;
        switch (mode) {
            case QUIET -> { }
            case EVERY -> sink.accept(status(label, now, false));
            case LINES -> {
                int bucket = total <= 0 ? 0 : (int) (20L * done / total);
                if (finished || (bucket > lastBucket && now - lastLine >= SECOND) || now - lastLine >= 10 * SECOND) {
                    sink.accept(status(label, now, false));
                    lastLine = now;
                    lastBucket = bucket;
                }
            }
            case TERMINAL -> {
                if (finished || now - lastLine >= SECOND / 10 || !open) {
                    draw(status(label, now, true));
                    lastLine = now;
                }
                if (finished) endLine();
            }
        }
        if (finished) stopTicker();
    }

    /** A note: its own line (on a terminal, above the status line, which is drawn again). */
    @Override public synchronized void accept(String note) {
        if (closed) return;
        switch (mode) {
            case QUIET -> { }
            case EVERY, LINES -> sink.accept(note);
            case TERMINAL -> {
                boolean wasOpen = open;
                String status = last;
                if (open) sink.accept("\r" + " ".repeat(shown) + "\r");
                sink.accept(note + "\n");
                open = false;
                shown = 0;
                if (wasOpen) draw(status);
            }
        }
    }

    /**
     * Ends the status line on a terminal (after an interruption or an error), so what follows starts on a line of its own,
     * and stops the clock thread. A phase whose last step is done has ended already.
     */
    public synchronized void end() {
        endLine();
        stopTicker();
    }

    private void endLine() {
        if (mode == Mode.TERMINAL && open) {
            sink.accept("\n");
            open = false;
            shown = 0;
        }
    }

    private void draw(String line) {
        if (line.length() > width - 1) line = line.substring(0, width - 1);
        int pad = Math.max(0, shown - line.length());
        sink.accept("\r" + line + " ".repeat(pad));
        shown = line.length();
        last = line;
        open = true;
    }

    /** "PHASE [done/total] pct elapsed, ~left  label" (with a bar on a terminal). */
    synchronized String status(String label, long now, boolean bar) {
        long elapsed = now - start;
        StringBuilder b = new StringBuilder();
        if (!phase.isEmpty()) b.append(phase).append(' ');
        if (bar) {
            int filled = total <= 0 ? 0 : (int) Math.min(20, 20L * done / total);
            b.append('[').append("#".repeat(filled)).append(".".repeat(20 - filled)).append("] ").append(done).append('/').append(total);
        } else {
            b.append('[').append(done).append('/').append(total).append(']');
        }
        if (total > 0) b.append(' ').append(String.format("%3d%%", 100L * done / total));
        b.append(' ').append(duration(elapsed)).append(" elapsed");
        if (done < total) b.append(", ").append(done == 0 ? "?" : "~" + duration(estimateLeft(elapsed, done, total))).append(" left");
        if (label != null && !label.isEmpty()) b.append("  ").append(label);
        return b.toString();
    }

    /** The time left if the remaining items take as long on average as the finished ones. */
    static long estimateLeft(long elapsedNanos, int done, int total) {
        if (done <= 0) return -1;
        return (long) ((double) elapsedNanos * (total - done) / done);
    }

    /** A duration for people: "0:07", "12:34", "1:02:03" (rounded to the second); "?" when unknown (negative). */
    public static String duration(long nanos) {
        if (nanos < 0) return "?";
        long s = (nanos + SECOND / 2) / SECOND;
        long h = s / 3600, m = s / 60 % 60, sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}
