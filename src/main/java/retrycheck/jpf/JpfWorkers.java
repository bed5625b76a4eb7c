package retrycheck.jpf;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Property;
import retrycheck.check.Verdict;
import retrycheck.explore.ExploreStats;
import retrycheck.trace.TraceJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs JPF checks in long-lived worker JVMs ({@link JpfWorker} {@code --serve}), one per slot, each running check after
 * check: a JVM's start, jpf-core's class loading and the JIT's warm-up are paid once per worker, not once per check.
 * <p>
 * A worker that dies during a check (a crash, {@code System.exit} in model code, out of memory) makes that check ERROR,
 * with the exit status and the end of its stderr; one that gives no answer within the timeout is stopped and its check is
 * INCOMPLETE. Either way the slot starts a new worker for its next check, so no check runs in a JVM that misbehaved.
 */
public final class JpfWorkers {
    /** Seconds a worker may take for one check before it is stopped (the check is INCOMPLETE); 0: no limit. */
    public static final String TIMEOUT_PROPERTY = "retrycheck.jpf.timeout";
    public static final long DEFAULT_TIMEOUT_SECONDS = 1800;
    /** System properties a worker inherits from this JVM. */
    static final List<String> INHERITED = List.of("jpf.home", "retrycheck.jpf.depth", JpfEngine.BACKEND_PROPERTY, TIMEOUT_PROPERTY,
            JpfEngine.SETTINGS_PROPERTY);

    private JpfWorkers() {}

    /** The timeout of one check in ms ({@link #TIMEOUT_PROPERTY}), 0 for none. */
    public static long timeoutMillis() {
        long s = Long.getLong(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT_SECONDS);
        return s <= 0 ? 0 : TimeUnit.SECONDS.toMillis(s);
    }

    /**
     * Runs every check, {@code workers} at a time, and returns the results in the order of {@code specs}.
     *
     * @param done called as each check ends (from the slots' threads, one at a time), in the order they end
     */
    public static List<JpfEngine.Result> run(List<CheckSpec> specs, JpfEngine.Options o, int workers, long timeoutMillis,
                                             Consumer<JpfEngine.Result> done) throws InterruptedException {
        JpfEngine.Result[] results = new JpfEngine.Result[specs.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> slots = new ArrayList<>();
        List<Worker> all = new ArrayList<>();
        Throwable[] failure = {null};
        for (int k = 0; k < Math.max(1, Math.min(workers, specs.size())); k++) {
            Worker w = new Worker();
            all.add(w);
            Thread t = new Thread(() -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < specs.size(); ) {
                        JpfEngine.Result r = w.run(specs.get(i), o, timeoutMillis);
                        results[i] = r;
                        synchronized (done) { done.accept(r); }
                    }
                } catch (InterruptedException e) {
                    // the run was interrupted: the worker is stopped below
                } catch (RuntimeException | Error e) {
                    synchronized (failure) { if (failure[0] == null) failure[0] = e; }
                    next.set(specs.size());
                } finally {
                    w.stop();
                }
            }, "jpf-slot-" + k);
            t.setDaemon(true);
            slots.add(t);
            t.start();
        }
        try {
            for (Thread t : slots) t.join();
        } catch (InterruptedException e) {
            for (Thread t : slots) t.interrupt();
            for (Worker w : all) w.stop();
            throw e;
        }
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error er) throw er;
        return List.of(results);
    }

    /** The command of a worker JVM: this JVM's java, class path, module options and retrycheck/JPF properties. */
    static List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> in = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < in.size(); i++) {
            String a = in.get(i);
            if ((a.equals("--add-opens") || a.equals("--add-exports")) && i + 1 < in.size()) {
                cmd.add(a);
                cmd.add(in.get(++i));
            } else if (a.startsWith("--add-opens=") || a.startsWith("--add-exports=") || a.startsWith("-Xmx") || a.startsWith("-Xss"))
                cmd.add(a);
        }
        for (String p : INHERITED)
            if (System.getProperty(p) != null) cmd.add("-D" + p + "=" + System.getProperty(p));
        // the search is single-threaded: one GC thread leaves the other cores to the other worker
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(JpfWorker.class.getName());
        cmd.add(JpfWorker.SERVE);
        return cmd;
    }

    /** A check that says nothing: every verdict {@code v} (ERROR or INCOMPLETE), with the reason. */
    static JpfEngine.Result nothing(CheckSpec spec, Verdict v, String reason, long wallNanos) {
        ExploreStats stats = new ExploreStats();
        stats.exhausted = false;
        stats.wallNanos = wallNanos;
        CheckResult r = new CheckResult(spec, stats);
        for (Property p : spec.properties()) r.verdicts.put(p.id(), v);
        if (v == Verdict.ERROR) r.error = reason;
        else r.incompleteReason = reason;
        JpfRun run = new JpfRun(List.of(), 0, 0, 0, 0, v == Verdict.INCOMPLETE ? 1 : 0, v == Verdict.INCOMPLETE ? reason : "",
                wallNanos);
        return new JpfEngine.Result(r, run, 0);
    }

    /** One worker JVM, started on demand and restarted after it crashed or timed out. */
    static final class Worker {
        /** End of the worker's stdout. */
        private static final String EOF = "\u0000eof";
        private Process process;
        private Writer requests;
        private BlockingQueue<String> lines;
        private final Deque<String> stderrTail = new ArrayDeque<>();
        /** How many JVMs this slot started (1 + restarts). */
        int started;

        private void start() throws IOException {
            Process p = new ProcessBuilder(command()).start();
            process = p;
            started++;
            requests = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
            BlockingQueue<String> q = new LinkedBlockingQueue<>();
            lines = q;
            synchronized (stderrTail) { stderrTail.clear(); }
            Thread out = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) q.add(l);
                } catch (IOException e) {
                    // the worker is gone: EOF below
                }
                q.add(EOF);
            }, "jpf-worker-out");
            Thread err = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        if (l.startsWith("[WARNING]")) continue;     // jpf-core's start-up warnings, every JPF run
                        synchronized (stderrTail) {
                            stderrTail.addLast(l);
                            if (stderrTail.size() > 8) stderrTail.removeFirst();
                        }
                    }
                } catch (IOException e) {
                    // gone
                }
            }, "jpf-worker-err");
            out.setDaemon(true);
            err.setDaemon(true);
            out.start();
            err.start();
        }

        void stop() {
            Process p = process;
            process = null;
            if (p == null) return;
            try {
                requests.close();                           // the worker exits at the end of its stdin
            } catch (IOException e) {
                // already gone
            }
            try {
                if (!p.waitFor(2, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private void kill() {
            Process p = process;
            process = null;
            if (p == null) return;
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String stderrTail() {
            synchronized (stderrTail) {
                return stderrTail.isEmpty() ? "" : ": " + String.join(" | ", stderrTail);
            }
        }

        /** Runs one check in this slot's worker (started or restarted as needed). */
        JpfEngine.Result run(CheckSpec spec, JpfEngine.Options o, long timeoutMillis) throws InterruptedException {
            long t0 = System.nanoTime();
            try {
                if (process == null || !process.isAlive()) {
                    kill();
                    start();
                }
                requests.write(TraceJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(JpfWorker.args(spec, o)) + "\n");
                requests.flush();
            } catch (IOException e) {
                kill();
                return nothing(spec, Verdict.ERROR, "JPF: could not hand the check to a worker JVM: " + e, System.nanoTime() - t0);
            }
            // the timeout counts from the worker's STARTED line: a JVM's start on a loaded machine is not the check's time
            // (until then: a JVM that does not even start within 10 minutes, or the timeout if longer, is given up too)
            long deadline = timeoutMillis == 0 ? Long.MAX_VALUE
                    : System.currentTimeMillis() + Math.max(timeoutMillis, TimeUnit.MINUTES.toMillis(10));
            while (true) {
                long left = deadline - System.currentTimeMillis();
                String line;
                try {
                    line = left <= 0 ? null : lines.poll(Math.min(left, TimeUnit.DAYS.toMillis(1)), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    kill();
                    throw e;
                }
                if (line == null) {
                    if (System.currentTimeMillis() < deadline) continue;
                    kill();
                    return nothing(spec, Verdict.INCOMPLETE, "JPF: no result within " + timeoutMillis / 1000 + " s (-D"
                            + TIMEOUT_PROPERTY + "); its worker JVM was stopped and a new one started", System.nanoTime() - t0);
                }
                if (line.equals(JpfWorker.STARTED)) {
                    if (timeoutMillis > 0) deadline = System.currentTimeMillis() + timeoutMillis;
                    continue;
                }
                if (line.equals(EOF)) {
                    Process p = process;
                    int status = -1;
                    try {
                        if (p != null && p.waitFor(10, TimeUnit.SECONDS)) status = p.exitValue();
                    } catch (InterruptedException e) {
                        kill();
                        throw e;
                    }
                    Thread.sleep(100);                      // the last stderr lines
                    String tail = stderrTail();
                    kill();
                    return nothing(spec, Verdict.ERROR, "JPF: the worker JVM ended (exit status " + status
                            + ") during this check, nothing was verified; a new one runs the next check" + tail, System.nanoTime() - t0);
                }
                if (line.startsWith(JpfWorker.RESULT_PREFIX)) {
                    try {
                        return JpfWorker.fromJson(spec, line.substring(JpfWorker.RESULT_PREFIX.length()));
                    } catch (IOException | RuntimeException e) {
                        kill();
                        return nothing(spec, Verdict.ERROR, "JPF: unreadable answer from the worker JVM: " + e, System.nanoTime() - t0);
                    }
                }
                if (line.startsWith(JpfWorker.ERROR_PREFIX))
                    return nothing(spec, Verdict.ERROR, "JPF: " + line.substring(JpfWorker.ERROR_PREFIX.length()), System.nanoTime() - t0);
                // anything else on stdout is not the protocol's: ignored
            }
        }
    }
}
