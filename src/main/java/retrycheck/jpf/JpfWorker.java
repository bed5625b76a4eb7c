package retrycheck.jpf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Verdict;
import retrycheck.explore.ExploreStats;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One JPF check in a process of its own: jpf-core keeps its VM in static fields, so checks run in parallel only in
 * separate JVMs. {@code java -cp ... retrycheck.jpf.JpfWorker ARCH VARIANT SCENARIO INVARIANTS DEPTH MAX_STATES} runs
 * {@link JpfEngine#run} and prints one line: {@link #RESULT_PREFIX} and the result as JSON ({@link #toJson}), which
 * {@link #fromJson} reads back in the parent.
 */
public final class JpfWorker {
    public static final String RESULT_PREFIX = "@rc-result ";

    private JpfWorker() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: JpfWorker ARCH|mutant:ID VARIANT SCENARIO INVARIANTS DEPTH MAX_STATES");
            System.exit(2);
        }
        CheckSpec spec = JpfTarget.spec(args[0], args[1], args[2], args[3]);
        JpfEngine engine = JpfEngine.create(JpfEngine.Options.defaults().bounded(Integer.parseInt(args[4]), Long.parseLong(args[5])));
        JpfEngine.Result r = engine.run(spec);
        System.out.println(RESULT_PREFIX + toJson(r));
        System.out.flush();
        System.exit(0);                                      // JPF may leave threads behind
    }

    /** The arguments that make a worker run {@code spec}. */
    public static List<String> args(CheckSpec spec, JpfEngine.Options o) {
        return List.of(JpfEngine.targetArch(spec), spec.variant().label(), spec.scenario().id(),
                JpfEngine.invariantsArg(spec.properties()), String.valueOf(o.depthLimit()), String.valueOf(o.maxStates()));
    }

    static String toJson(JpfEngine.Result jr) {
        CheckResult r = jr.result();
        ObjectNode n = TraceJson.MAPPER.createObjectNode();
        ObjectNode v = n.putObject("verdicts");
        r.verdicts.forEach((k, x) -> v.put(k, x.name()));
        n.put("incompleteReason", r.incompleteReason);
        n.put("error", r.error);
        n.put("cyclesCut", r.stats.cyclesCut);
        n.put("deadlocks", r.stats.deadlocks);
        JpfRun j = jr.jpf();
        n.put("newStates", j.newStates()).put("visitedStates", j.visitedStates()).put("endStates", j.endStates())
                .put("maxDepth", j.maxDepth()).put("constraints", j.constraints()).put("constraint", j.constraint())
                .put("wallNanos", j.wallNanos()).put("cycles", j.cycles()).put("unnamedCycles", j.unnamedCycles())
                .put("searches", jr.searches());
        ObjectNode t = n.putObject("traces");
        r.traces.forEach((k, x) -> t.set(k, TraceJson.MAPPER.valueToTree(x)));
        try {
            // one line: the parent reads the line after RESULT_PREFIX
            return TraceJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JpfEngine.Result fromJson(CheckSpec spec, String json) throws IOException {
        JsonNode n = TraceJson.MAPPER.readTree(json);
        JpfRun j = new JpfRun(List.of(), n.get("newStates").asLong(), n.get("visitedStates").asLong(), n.get("endStates").asLong(),
                n.get("maxDepth").asInt(), n.get("constraints").asInt(), n.get("constraint").asText(), n.get("wallNanos").asLong(),
                n.get("cycles").asInt(), n.get("unnamedCycles").asInt());
        ExploreStats stats = new ExploreStats();
        stats.cyclesCut = n.get("cyclesCut").asLong();
        stats.deadlocks = n.get("deadlocks").asLong();
        stats.maxDepth = j.maxDepth();
        stats.wallNanos = j.wallNanos();
        stats.exhausted = true;
        stats.hitStepBound = j.constraints() > 0;
        stats.steps = j.newStates();
        CheckResult r = new CheckResult(spec, stats);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("verdicts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            r.verdicts.put(e.getKey(), Verdict.valueOf(e.getValue().asText()));
        }
        r.incompleteReason = n.get("incompleteReason").asText();
        r.error = n.get("error").asText();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("traces").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            r.traces.put(e.getKey(), TraceJson.parse(TraceJson.MAPPER.writeValueAsString(e.getValue()), "JPF worker"));
        }
        return new JpfEngine.Result(r, j, n.get("searches").asInt());
    }

    /** Runs {@code spec} in a child JVM (this JVM's class path and JPF location) and reads its result. */
    public static JpfEngine.Result runInProcess(CheckSpec spec, JpfEngine.Options o) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : List.of("jpf.home", "retrycheck.jpf.depth"))
            if (System.getProperty(p) != null) cmd.add("-D" + p + "=" + System.getProperty(p));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(JpfWorker.class.getName());
        cmd.addAll(args(spec, o));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        StringBuilder other = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith(RESULT_PREFIX)) result = line.substring(RESULT_PREFIX.length());
                else if (other.length() < 2000) other.append(line).append('\n');
            }
        } finally {
            if (p.isAlive() && result == null) p.destroy();
        }
        int code = p.waitFor();
        if (result == null)
            throw new IllegalStateException(spec.label() + ": the JPF worker process ended (status " + code + ") without a result: "
                    + other.toString().trim());
        return fromJson(spec, result);
    }
}
