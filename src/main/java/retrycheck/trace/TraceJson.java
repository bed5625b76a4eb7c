package retrycheck.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The JSON view of a trace (schema in spec/trace-format.md), and reading it back with clear errors: every field
 * is required, unknown fields are refused, and the steps must agree with the schedule (see {@link #validate}).
 */
public final class TraceJson {
    private TraceJson() {}

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> KINDS = Set.of("op", "note");
    private static final Set<String> VARIANTS = Set.of("v5.6", "v5.7");

    public static String write(Trace t) {
        try {
            return MAPPER.writeValueAsString(t) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a trace file; any problem is an {@link IllegalArgumentException} naming the file and what is wrong. */
    public static Trace read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e);
        }
        return parse(text, file.toString());
    }

    /** Parses and validates trace JSON; {@code source} names it in error messages. */
    public static Trace parse(String text, String source) {
        if (text.isBlank()) throw new IllegalArgumentException(source + ": empty file, not a retrycheck trace");
        Trace t;
        try {
            String format = peekFormat(text);
            if (format != null && !format.equals(Trace.FORMAT) && !format.equals(Trace.FORMAT_1))
                throw new IllegalArgumentException(source + ": " + formatError(format));
            t = Trace.FORMAT_1.equals(format) ? MAPPER.readValue(text, Trace1.class).upgrade() : MAPPER.readValue(text, Trace.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String msg = e.getOriginalMessage();
            if (msg.startsWith("Unexpected end-of-input")) msg = "the file ends early (truncated?): " + msg;
            var missing = java.util.regex.Pattern.compile("Missing creator property '([^']*)'").matcher(msg);
            if (missing.find()) msg = "missing field '" + missing.group(1) + "' (every field is required)";
            var unknown = java.util.regex.Pattern.compile("Unrecognized field \"([^\"]*)\"").matcher(msg);
            if (unknown.find()) msg = "unknown field '" + unknown.group(1) + "'";
            if (msg.contains("Null value for creator property")) msg = "a field is null: " + firstLine(msg);
            throw new IllegalArgumentException(source + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not a valid retrycheck trace: " + firstLine(msg) + path(e));
        }
        validate(t, source);
        return t;
    }

    /** The {@code format} of a JSON object, or null when the text is not one or has no string format. */
    private static String peekFormat(String text) {
        try {
            var n = MAPPER.readTree(text);
            return n != null && n.isObject() && n.path("format").isTextual() ? n.get("format").asText() : null;
        } catch (JsonProcessingException e) {
            return null;   // the strict read says what is wrong, with the place
        }
    }

    private static String formatError(String format) {
        return "format is '" + format + "', this tool reads '" + Trace.FORMAT + "' (and '" + Trace.FORMAT_1
                + "', the same without the steps' release)";
    }

    /** retrycheck-trace/1: the steps have no release. Read as the current format with every release "". */
    record Trace1(String format, String modelVersion, String engine, String handler, String variant, String scenario,
                  String invariant, String explanation, int violationStep, List<String> threads,
                  List<Integer> schedule, List<Step1> steps) {
        Trace upgrade() {
            return new Trace(Trace.FORMAT, modelVersion, engine, handler, variant, scenario, invariant, explanation,
                    violationStep, threads, schedule, steps.stream().map(s -> s == null ? null : s.upgrade()).toList());
        }
    }

    record Step1(int n, String thread, String kind, String op, String object, String file, String function,
                 int line, String result, String flagsBefore, String flagsAfter, String mmapSem,
                 String pageLock, String signals, String fault, boolean marked) {
        TraceStep upgrade() {
            return new TraceStep(n, thread, kind, op, object, "", file, function, line, result, flagsBefore, flagsAfter,
                    mmapSem, pageLock, signals, fault, marked);
        }
    }

    /**
     * The checks that make a trace self-consistent (spec/trace-format.md, "Validation"): format, known variant,
     * steps numbered 1..N, step kinds, violationStep inside the steps, schedule entries naming threads, and the
     * k-th "op" step made by the thread the k-th schedule entry chose.
     */
    public static void validate(Trace t, String source) {
        if (t == null) throw new IllegalArgumentException(source + ": not a retrycheck trace (null)");
        if (!Trace.FORMAT.equals(t.format()))
            throw new IllegalArgumentException(source + ": " + formatError(t.format()));
        if (!VARIANTS.contains(t.variant()))
            throw new IllegalArgumentException(source + ": variant '" + t.variant() + "' is not one of " + VARIANTS);
        if (t.threads().isEmpty()) throw new IllegalArgumentException(source + ": no threads");
        List<TraceStep> steps = t.steps();
        if (steps.isEmpty()) throw new IllegalArgumentException(source + ": no steps");
        for (int i = 0; i < steps.size(); i++) {
            TraceStep s = steps.get(i);
            if (s == null) throw new IllegalArgumentException(source + ": step " + (i + 1) + " is null");
            if (s.n() != i + 1)
                throw new IllegalArgumentException(source + ": steps[" + i + "] is numbered " + s.n() + ", expected " + (i + 1)
                        + " (a step was removed, added or renumbered)");
            if (!KINDS.contains(s.kind()))
                throw new IllegalArgumentException(source + ": step " + s.n() + " has kind '" + s.kind() + "', expected op or note");
        }
        if (t.violationStep() < 1 || t.violationStep() > steps.size())
            throw new IllegalArgumentException(source + ": violationStep " + t.violationStep() + " is not one of the "
                    + steps.size() + " steps (truncated?)");
        for (int i = 0; i < t.schedule().size(); i++) {
            Integer x = t.schedule().get(i);
            if (x == null || x < 0 || x >= t.threads().size())
                throw new IllegalArgumentException(source + ": schedule[" + i + "] = " + x + " is not a thread index (threads: "
                        + t.threads() + ")");
        }
        int k = 0;
        for (TraceStep s : steps) {
            if (!s.kind().equals("op")) continue;
            if (k >= t.schedule().size())
                throw new IllegalArgumentException(source + ": step " + s.n() + " is scheduling point " + (k + 1)
                        + " but the schedule has only " + t.schedule().size() + " entries (edited schedule or steps?)");
            String chosen = t.threads().get(t.schedule().get(k));
            if (!chosen.equals(s.thread()))
                throw new IllegalArgumentException(source + ": step " + s.n() + " is made by thread '" + s.thread()
                        + "' but schedule[" + k + "] chooses #" + t.schedule().get(k) + " '" + chosen + "' (edited schedule or steps?)");
            k++;
        }
        if (k != t.schedule().size())
            throw new IllegalArgumentException(source + ": the schedule has " + t.schedule().size() + " entries but the steps have "
                    + k + " operations (a step was removed or the schedule edited)");
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m) || m.getPath().isEmpty()) return "";
        StringBuilder b = new StringBuilder(" (at ");
        for (var r : m.getPath()) {
            if (r.getFieldName() != null) b.append(b.length() > 5 ? "." : "").append(r.getFieldName());
            else b.append('[').append(r.getIndex()).append(']');
        }
        return b.append(')').toString();
    }
}
