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
 * A JVM of its own for JPF checks: jpf-core keeps its VM in static fields, so checks run in parallel only in separate
 * JVMs, but one JVM runs any number of JPF searches one after another (a fresh {@code JPF} per search, as jpf-core's own
 * {@code TestJPF} does), so a worker lives for many checks ({@link JpfWorkers}: one per {@code --workers} slot).
 * <ul>
 * <li>{@code java -cp ... retrycheck.jpf.JpfWorker --serve}: reads one request per line on stdin, a JSON array of
 *     {@link #args} ({@code ["x86","v5.7","filemap-io","FLAGS+LOCK","400","1000000"]}), runs it ({@link JpfEngine#run})
 *     and answers with one line on stdout: {@link #RESULT_PREFIX} and the result as JSON ({@link #toJson}), or
 *     {@link #ERROR_PREFIX} and why the check could not run. Everything else the JVM prints (JPF's warnings) goes to
 *     stderr. It exits when stdin ends (its parent is gone), even in the middle of a search.</li>
 * <li>{@code java -cp ... retrycheck.jpf.JpfWorker ARCH VARIANT SCENARIO INVARIANTS DEPTH MAX_STATES}: one check, its
 *     answer line, exit.</li>
 * </ul>
 */
public final class JpfWorker {
    public static final String RESULT_PREFIX = "@rc-result ";
    /** Answer of a check that could not run (bad request, JPF not configured): the reason follows. */
    public static final String ERROR_PREFIX = "@rc-error ";
    public static final String SERVE = "--serve";
    /** Sent when the worker takes a request: its parent's timeout counts from here (not from the JVM's start). */
    public static final String STARTED = "@rc-started";

    private JpfWorker() {}

    public static void main(String[] args) throws IOException {
        java.io.PrintStream protocol = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);                           // JPF's console output is not the protocol
        if (args.length == 1 && args[0].equals(SERVE)) {
            serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), protocol);
            System.exit(0);
        }
        if (args.length != 6) {
            System.err.println("usage: JpfWorker --serve | JpfWorker ARCH|mutant:ID VARIANT SCENARIO INVARIANTS DEPTH MAX_STATES");
            System.exit(2);
        }
        protocol.println(answer(List.of(args)));
        protocol.flush();
        System.exit(0);                                      // JPF may leave threads behind
    }

    /** The request loop of {@code --serve}; stdin is read by a thread of its own, so that its end stops a search too. */
    static void serve(BufferedReader in, java.io.PrintStream out) {
        java.util.concurrent.BlockingQueue<List<String>> requests = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    List<String> a = new ArrayList<>();
                    for (JsonNode x : TraceJson.MAPPER.readTree(line)) a.add(x.asText());
                    requests.add(a);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("JpfWorker: cannot read a request: " + e);
            }
            System.exit(0);                                  // the parent closed stdin (or died): stop, whatever runs
        }, "jpf-worker-stdin");
        reader.setDaemon(true);
        reader.start();
        while (true) {
            List<String> a;
            try {
                a = requests.take();
            } catch (InterruptedException e) {
                return;
            }
            String answer;
            out.println(STARTED);
            out.flush();
            try {
                answer = answer(a);
            } catch (VirtualMachineError e) {
                out.println(ERROR_PREFIX + "the JPF worker ran out of resources: " + e);
                out.flush();
                System.exit(1);                              // not to be trusted with another check; the parent restarts it
                return;
            }
            out.println(answer);
            out.flush();
        }
    }

    /** One engine per bounds (depth/max states): its site file is written once per JVM, not once per check. */
    private static final Map<String, JpfEngine> ENGINES = new java.util.HashMap<>();

    /** One request's answer line. */
    static String answer(List<String> a) {
        try {
            if (a.size() != 6) throw new IllegalArgumentException("a request has 6 arguments, not " + a.size() + ": " + a);
            CheckSpec spec = JpfTarget.spec(a.get(0), a.get(1), a.get(2), a.get(3));
            JpfEngine engine = ENGINES.computeIfAbsent(a.get(4) + "/" + a.get(5), k -> JpfEngine.create(
                    JpfEngine.Options.defaults().bounded(Integer.parseInt(a.get(4)), Long.parseLong(a.get(5)))));
            return RESULT_PREFIX + toJson(engine.run(spec));
        } catch (RuntimeException e) {
            return ERROR_PREFIX + (e.getMessage() == null ? e.toString() : e.getMessage()).replace('\n', ' ');
        }
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
        com.fasterxml.jackson.databind.node.ArrayNode met = n.putArray("preconditionsMet");
        j.preconditionsMet().stream().sorted().forEach(met::add);
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
                n.get("cycles").asInt(), n.get("unnamedCycles").asInt(), preconditions(n.get("preconditionsMet")));
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

    private static java.util.Set<String> preconditions(JsonNode a) {
        java.util.Set<String> s = new java.util.TreeSet<>();
        if (a != null) for (JsonNode x : a) s.add(x.asText());
        return s;
    }
}
