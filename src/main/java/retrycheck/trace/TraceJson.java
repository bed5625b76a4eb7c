package retrycheck.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON view of a trace (schema in spec/trace-format.md), and reading it back with clear errors. */
public final class TraceJson {
    private TraceJson() {}

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static String write(Trace t) {
        try {
            return MAPPER.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a trace file; any problem is an {@link IllegalArgumentException} naming the file, line and column. */
    public static Trace read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        Trace t;
        try {
            t = MAPPER.readValue(text, Trace.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new IllegalArgumentException(file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not a valid retrycheck trace: " + e.getOriginalMessage());
        }
        if (t == null || !Trace.FORMAT.equals(t.format()))
            throw new IllegalArgumentException(file + ": format is '" + (t == null ? null : t.format()) + "', expected '" + Trace.FORMAT + "'");
        if (t.steps() == null || t.schedule() == null || t.threads() == null)
            throw new IllegalArgumentException(file + ": missing steps, schedule or threads");
        for (int i = 0; i < t.steps().size(); i++)
            if (t.steps().get(i).n() != i + 1)
                throw new IllegalArgumentException(file + ": step " + (i + 1) + " is numbered " + t.steps().get(i).n() + " (edited or truncated?)");
        if (t.violationStep() < 1 || t.violationStep() > t.steps().size())
            throw new IllegalArgumentException(file + ": violationStep " + t.violationStep() + " is not one of the "
                    + t.steps().size() + " steps (truncated?)");
        return t;
    }
}
