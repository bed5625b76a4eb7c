package retrycheck.api;

import retrycheck.check.Scenario;
import retrycheck.check.space.Dimension;
import retrycheck.check.space.Point;
import retrycheck.check.space.Space;
import retrycheck.check.space.Validity;
import retrycheck.kernel.Kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Builds a scenario of the space from dimension values, optionally with environment threads of the reviewer's own:
 * <pre>{@code
 * Scenario s = RetryCheck.scenario("core=filemap,page=under-read,provider=completes,mode=kernel")
 *         .thread("my-writer", k -> { k.mm.mmapSem.downWrite(MY_SRC); ... })   // explored like the built-in threads
 *         .build();
 * RetryCheck.arch("x86").scenarios(s).run();
 * }</pre>
 * A dimension left out takes its default (spec/space.md), except: the page defaults to the core's first page state,
 * and the provider of a pending page to {@code completes}. An invalid combination is refused with the reason
 * {@code list scenarios --invalid} gives.
 */
public final class ScenarioBuilder {
    private Point point;
    private final List<Scenario.EnvThread> threads = new ArrayList<>();
    private String id;
    private String description;

    ScenarioBuilder(String values) {
        java.util.Map<Dimension, String> given = new java.util.LinkedHashMap<>();
        if (!values.isBlank())
            for (String element : values.split(",", -1)) {
                String e = element.trim();
                int eq = e.indexOf('=');
                if (eq < 0) throw new IllegalArgumentException("'" + values + "': '" + e + "' is not dimension=value; dimensions: "
                        + String.join(", ", Dimension.ids()));
                Dimension d = Dimension.byId(e.substring(0, eq).trim().toLowerCase(Locale.ROOT));
                if (d == null) throw new IllegalArgumentException("'" + values + "': unknown dimension '" + e.substring(0, eq).trim()
                        + "'; valid: " + String.join(", ", Dimension.ids()));
                String v = e.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
                if (d.value(v) == null) throw new IllegalArgumentException("'" + values + "': unknown value '" + v + "' of " + d.id
                        + "; valid: " + String.join(", ", d.valueIds()));
                if (given.put(d, v) != null) throw new IllegalArgumentException("'" + values + "': " + d.id + " is given twice");
            }
        String core = given.getOrDefault(Dimension.CORE, Dimension.CORE.defaultValue());
        String page = given.get(Dimension.PAGE);
        if (page == null) page = firstPage(core);
        Point p = Point.of(core, page);
        for (var g : given.entrySet()) p = p.with(g.getKey(), g.getValue());
        if (!given.containsKey(Dimension.PROVIDER) && !page.equals("hit") && !page.equals("beyond-eof"))
            p = p.with(Dimension.PROVIDER, "completes");
        point = p;
    }

    private static String firstPage(String core) {
        for (Space.Entry e : Space.valid()) if (e.point().core().equals(core)) return e.point().page();
        return Dimension.PAGE.defaultValue();
    }

    /** Sets one dimension's value. */
    public ScenarioBuilder with(String dimension, String value) {
        Dimension d = Dimension.byId(dimension.toLowerCase(Locale.ROOT));
        if (d == null) throw new IllegalArgumentException("unknown dimension '" + dimension + "'; valid: " + String.join(", ", Dimension.ids()));
        if (d.value(value) == null) throw new IllegalArgumentException("unknown value '" + value + "' of " + d.id + "; valid: "
                + String.join(", ", d.valueIds()));
        point = point.with(d, value);
        return this;
    }

    /**
     * Adds an environment thread of the reviewer's own: {@code body} runs beside the fault thread with the scenario's
     * {@link Kernel} and must reach shared state only through its runtime objects ({@code k.mm.mmapSem}, {@code k.page.lock},
     * {@code k.pte}, {@code k.task.signals}, ...), each operation a scheduling point the explorer interleaves with the others.
     */
    public ScenarioBuilder thread(String name, Consumer<Kernel> body) {
        threads.add(new Scenario.EnvThread(name, body));
        return this;
    }

    /** The scenario's id (default: the generated id, with {@code +} and the names of the reviewer's threads). */
    public ScenarioBuilder id(String id) {
        this.id = id;
        return this;
    }

    public ScenarioBuilder description(String description) {
        this.description = description;
        return this;
    }

    /** The point the values make (before the threads). */
    public Point point() { return point; }

    /** The scenario; IllegalArgumentException with the reason if the combination is invalid. */
    public Scenario build() {
        String reason = Validity.reason(point);
        if (reason != null) throw new IllegalArgumentException("scenario " + point.values() + " is not valid: " + reason);
        Space.Entry e = Space.byId(point.id());
        Scenario base = e != null && e.scenario() != null ? e.scenario() : point.scenario();
        if (threads.isEmpty() && id == null && description == null) return base;
        StringBuilder gen = new StringBuilder(base.id());
        for (Scenario.EnvThread t : threads) gen.append('+').append(t.name());
        String desc = description != null ? description : base.description()
                + (threads.isEmpty() ? "" : "; with threads of the reviewer's own");
        return base.withThreads(id != null ? id : gen.toString(), desc, threads);
    }
}
