package retrycheck.alloy;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.ast.ExprVar;
import edu.mit.csail.sdg.ast.Sig;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4Tuple;
import edu.mit.csail.sdg.translator.A4TupleSet;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import kodkod.engine.satlab.SATFactory;

import retrycheck.check.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the commands of Alloy models through the Alloy 6 API with SAT4J (pure Java), compares each outcome
 * with the expectation written next to the command, and turns solutions into {@link AlloyTrace}s and
 * Alloy XML.
 *
 * <p>Expectations: Alloy's own {@code expect 0} / {@code expect 1} after the command (check: 0 = holds,
 * 1 = counterexample; run: 1 = instance, 0 = no instance), or a comment {@code -- expect: counterexample}
 * on the command's line or the line above. Without either, a check is expected to hold and a run to find
 * an instance.
 *
 * <p>Every check {@code X} must have a companion run {@code X_inst} in the same model (no vacuous pass);
 * a missing one is reported as a FAIL row.
 */
public final class AlloyRunner {

    /** A parsed model: the world (root module and what it opens) and the text of every file it loaded. */
    public record Model(Path file, CompModule world, Map<String, String> sources) {
        /** The model's commands, without the implicit "run Default" Alloy adds to a module that has none (arch/*.als). */
        public List<Command> commands() {
            List<Command> out = new ArrayList<>();
            for (Command c : world.getAllCommands()) if (!isImplicitDefault(c)) out.add(c);
            return out;
        }

        private static boolean isImplicitDefault(Command c) {
            return c.label.equals("Default") && (c.pos == null || c.pos == edu.mit.csail.sdg.alloy4.Pos.UNKNOWN || c.pos.y <= 0);
        }

        public Command command(String label) {
            for (Command c : commands()) if (c.label.equals(label)) return c;
            throw new IllegalArgumentException("no command " + label + " in " + file);
        }
    }

    private static final Pattern EXPECT_COMMENT = Pattern.compile("(?:--|//)\\s*expect:\\s*([A-Za-z _-]+?)\\s*$");

    /** One option set per thread: A4Options is mutable. SAT4J, Skolem depth 1, no overflow — as the Alloy GUI; no partial-instance inference. */
    public static A4Options options() {
        A4Options opt = new A4Options();
        opt.solver = SATFactory.DEFAULT;   // SAT4J; never SATFactory.find()/getSolvers() (they extract native solvers)
        opt.skolemDepth = 1;
        opt.noOverflow = true;
        // Alloy's partial-instance inference (Simplifier) is an optimisation that does not change outcomes;
        // on these temporal models it costs more than it saves (measured: about half the CPU time without it)
        opt.inferPartialInstance = false;
        return opt;
    }

    /** Parses a model from its file (never from a string: that leaves temp files behind). */
    public static Model parse(Path file) throws AlloyInputException {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) throw new AlloyInputException(file, 0, 0, "is a directory, not a model (give a directory as --models DIR)", null);
        if (!Files.isRegularFile(abs)) throw new AlloyInputException(file, 0, 0, "no such file", null);
        Map<String, String> sources = new HashMap<>();
        try {
            CompModule world = CompUtil.parseEverything_fromFile(A4Reporter.NOP, sources, abs.toString());
            return new Model(file, world, sources);
        } catch (Err e) {
            String where = e.pos == null || e.pos.filename == null || e.pos.filename.isEmpty() ? file.toString() : relativize(e.pos.filename);
            int line = e.pos == null ? 0 : e.pos.y;
            int col = e.pos == null ? 0 : e.pos.x;
            throw new AlloyInputException(Path.of(where), line, col, kind(e) + ": " + oneLine(e.msg), e);
        }
    }

    /** What the model says the command must come to. */
    public static Outcome expected(Model m, Command cmd) {
        if (cmd.expects >= 0) return Outcome.fromExpect(cmd.check, cmd.expects);
        String text = m.sources().get(cmd.pos.filename);
        if (text != null) {
            String[] lines = text.split("\n", -1);
            for (int y : new int[]{cmd.pos.y, cmd.pos.y - 1}) {
                if (y >= 1 && y <= lines.length) {
                    Matcher mt = EXPECT_COMMENT.matcher(lines[y - 1]);
                    if (mt.find()) return Outcome.parse(mt.group(1));
                }
            }
        }
        return cmd.check ? Outcome.HOLDS : Outcome.INSTANCE;
    }

    /**
     * Runs one command; writes the solution as Alloy XML into {@code xmlDir} when it is a counterexample (null: no XML).
     * Safe to call from several threads with the same model: each thread but the first solves on its own parse
     * ({@link #ownedBy}).
     */
    public static AlloyResult run(Model shared, Command sharedCmd, Path xmlDir) {
        Outcome expected = expected(shared, sharedCmd);
        long t0 = System.nanoTime();
        Model m = shared;
        Command cmd = sharedCmd;
        try {
            m = ownedBy(shared);
            cmd = m == shared ? sharedCmd : m.command(sharedCmd.label);
            A4Solution sol = TranslateAlloyToKodkod.execute_command(A4Reporter.NOP, m.world().getAllReachableSigs(), cmd, options());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            boolean sat = sol.satisfiable();
            Outcome outcome = cmd.check ? (sat ? Outcome.COUNTEREXAMPLE : Outcome.HOLDS) : (sat ? Outcome.INSTANCE : Outcome.NO_INSTANCE);
            AlloyTrace trace = sat ? trace(m, cmd, sol) : null;
            Path xml = null;
            if (sat && cmd.check && xmlDir != null) xml = writeXml(m, cmd, sol, xmlDir);
            return new AlloyResult(m.file(), cmd.label, cmd.pos.y, cmd.check, expected, outcome, ms, trace, xml, null);
        } catch (AlloyInputException e) {   // this thread's parse of the file failed (it changed since it was parsed)
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new AlloyResult(m.file(), cmd.label, cmd.pos.y, cmd.check, expected, Outcome.ERROR, ms, null, null, e.describe());
        } catch (Err e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String msg = relativize(e.pos.filename) + ":" + e.pos.y + ":" + e.pos.x + ": " + kind(e) + ": " + oneLine(e.msg);
            return new AlloyResult(m.file(), cmd.label, cmd.pos.y, cmd.check, expected, Outcome.ERROR, ms, null, null, msg);
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new AlloyResult(m.file(), cmd.label, cmd.pos.y, cmd.check, expected, Outcome.ERROR, ms, null, null,
                    m.file() + ":" + cmd.pos.y + ": " + e);
        }
    }

    /*
     * Alloy's AST is not safe to translate from two threads at once: solving commands of one parsed model on two
     * threads sometimes ends in "NullPointerException ... PardinusBounds.lowerBound(...) is null" in
     * A4Solution.addSymbolicBound (Alloy 6.2.0; seen in CI on models/arches.als, and reproduced: the first 8
     * commands of arches.als on 8 threads failed in 6 of 20 JVMs, and in none of 20 with one parse per thread).
     * So the first thread to solve a parsed model owns it, and every other thread parses the file again for itself.
     */
    private static final Map<CompModule, Thread> OWNER = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final ThreadLocal<Map<CompModule, Model>> COPIES = ThreadLocal.withInitial(java.util.WeakHashMap::new);

    /** {@code m} if this thread owns it (or is the first to solve it), otherwise this thread's own parse of its file. */
    static Model ownedBy(Model m) throws AlloyInputException {
        Thread me = Thread.currentThread();
        if (OWNER.computeIfAbsent(m.world(), w -> me) == me) return m;
        Map<CompModule, Model> mine = COPIES.get();
        Model copy = mine.get(m.world());
        if (copy == null) {
            copy = parse(m.file());
            mine.put(m.world(), copy);
        }
        return copy;
    }

    /** FAIL rows for checks without their companion run {@code <check>_inst}. */
    public static List<AlloyResult> missingCompanions(Model m) {
        List<AlloyResult> out = new ArrayList<>();
        List<String> runs = m.commands().stream().filter(c -> !c.check).map(c -> c.label).collect(Collectors.toList());
        for (Command c : m.commands()) {
            if (c.check && !runs.contains(c.label + "_inst")) {
                out.add(new AlloyResult(m.file(), c.label + "_inst", c.pos.y, false, Outcome.INSTANCE, Outcome.NO_INSTANCE, 0,
                        null, null, "check " + c.label + " has no companion run " + c.label + "_inst (a check must not pass vacuously)"));
            }
        }
        return out;
    }

    /** {@link #runAll(List, Path, int, Consumer)} without progress. */
    public static List<AlloyResult> runAll(List<Path> files, Path xmlDir, int threads) {
        return runAll(files, xmlDir, threads, line -> { });
    }

    /**
     * Parses every file, then runs all their commands on {@code threads} threads. A file that cannot be parsed gives
     * one input-error row (file:line:column), and so does a file without any command that no other of the files opens
     * (a module such as models/arch/x86.als, opened by models/arches.als, is fine): an empty model checks nothing.
     * The other files are still run. Rows come in file order, then command order. Progress: one
     * {@link Progress#step} per solved command, numbered in the order they finish.
     */
    public static List<AlloyResult> runAll(List<Path> files, Path xmlDir, int threads, Consumer<String> progress) {
        List<Object> order = select(files);            // per file: its Model, or its input-error row
        int commands = 0;
        for (Object o : order) if (o instanceof Model m) commands += m.commands().size();
        Progress p = Progress.of(progress);
        p.accept("alloy: " + commands + " commands in " + files.size() + " files, on " + Math.max(1, threads) + " threads");
        p.begin("alloy", commands);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "alloy");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Object> pending = new ArrayList<>();   // per file: [futures, companion rows], or its input-error row
            for (Object o : order) {
                if (!(o instanceof Model m)) { pending.add(o); continue; }
                List<Future<AlloyResult>> fs = new ArrayList<>();
                for (Command c : m.commands())
                    fs.add(pool.submit(() -> {
                        AlloyResult r = run(m, c, xmlDir);
                        p.step(String.format("%s %-40s %-14s %-5s %6d ms", m.file().getFileName(), r.command(),
                                r.outcome().text(), r.verdict(), r.millis()));
                        return r;
                    }));
                pending.add(new Object[]{fs, missingCompanions(m)});
            }
            List<AlloyResult> out = new ArrayList<>();
            for (Object o : pending) {
                if (o instanceof AlloyResult r) { out.add(r); continue; }
                Object[] pair = (Object[]) o;
                @SuppressWarnings("unchecked") List<Future<AlloyResult>> fs = (List<Future<AlloyResult>>) pair[0];
                for (Future<AlloyResult> fu : fs) out.add(fu.get());
                @SuppressWarnings("unchecked") List<AlloyResult> extra = (List<AlloyResult>) pair[1];
                out.addAll(extra);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The input errors of these files, without solving anything (cheap: parsing only): parse errors (file:line:column)
     * and models that check nothing, as {@link #runAll} reports them. Empty when every file can be run.
     */
    public static List<AlloyResult> inputErrors(List<Path> files) {
        List<AlloyResult> out = new ArrayList<>();
        for (Object o : select(files)) if (o instanceof AlloyResult r) out.add(r);
        return out;
    }

    /** Per file, its parsed Model, or its input-error row (cannot be parsed; no command and no other file opens it). */
    private static List<Object> select(List<Path> files) {
        List<Object> order = new ArrayList<>();
        Set<Path> opened = new HashSet<>();            // files some model opens (other than itself)
        for (Path f : files) {
            try {
                Model m = parse(f);
                order.add(m);
                Path self = realPath(f);
                for (String loaded : m.sources().keySet()) {
                    Path l = realPath(Path.of(loaded));
                    if (!l.equals(self)) opened.add(l);
                }
            } catch (AlloyInputException e) {
                order.add(AlloyResult.inputError(f, e.line(), e.describe()));
            }
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) instanceof Model m && m.commands().isEmpty() && !opened.contains(realPath(m.file())))
                order.set(i, AlloyResult.inputError(m.file(), 0, m.file() + ":0:0: " + (blank(m.file()) ? "empty model" : "no commands")
                        + ": the model has no run or check (and no other model given opens it), so it checks nothing"));
        }
        return order;
    }

    private static boolean blank(Path file) {
        try {
            return Files.readString(file).isBlank();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file with symbolic links resolved, to compare files whatever path reached them. */
    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Every .als file under {@code dir}, sorted (models/flags.als, models/retry.als, models/arch/*.als). Symbolic links
     * are followed ({@code dir} itself, sub-directories and files may be links); a link loop is an error.
     */
    public static List<Path> modelsUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(".als") && Files.isRegularFile(p))
                    .sorted((a, b) -> {
                        int da = dir.relativize(a).getNameCount(), db = dir.relativize(b).getNameCount();
                        return da != db ? Integer.compare(da, db) : a.toString().compareTo(b.toString());
                    })
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof FileSystemLoopException loop
                    ? new IOException(dir + ": symbolic link loop at " + loop.getFile(), loop) : e.getCause();
        }
    }

    // ---- solutions -> traces and XML ----

    /** The solution as states: for a temporal solution every state of the lasso, else one state of Skolem witnesses. */
    public static AlloyTrace trace(Model m, Command cmd, A4Solution sol) {
        Map<String, String> config = new LinkedHashMap<>();
        List<Sig> stateSigs = new ArrayList<>();
        for (Sig s : sol.getAllReachableSigs()) {
            if (s.builtin) continue;
            boolean hasVar = s.getFields().makeCopy().stream().anyMatch(f -> f.isVariable != null);
            if (hasVar) stateSigs.add(s);
            else for (Sig.Field f : s.getFields()) config.put(name(s.label) + "." + f.label, render(sol.eval(f, 0), true));
        }
        for (Sig s : stateSigs)
            for (Sig.Field f : s.getFields())
                if (f.isVariable == null) config.put(name(s.label) + "." + f.label, render(sol.eval(f, 0), true));
        List<AlloyTrace.AlloyState> states = new ArrayList<>();
        if (sol.isTemporal() && !stateSigs.isEmpty()) {
            for (int i = 0; i < sol.getTraceLength(); i++) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Sig s : stateSigs)
                    for (Sig.Field f : s.getFields())
                        if (f.isVariable != null) fields.put(stateSigs.size() == 1 ? f.label : name(s.label) + "." + f.label, render(sol.eval(f, i), true));
                states.add(new AlloyTrace.AlloyState(i, fields));
            }
            return new AlloyTrace(m.file().toString(), cmd.label, config, states, sol.getLoopState());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (ExprVar v : sol.getAllSkolems()) {
            try {
                Object val = sol.eval(v);
                String label = v.label.startsWith("$") ? v.label.substring(v.label.lastIndexOf('_') + 1) : v.label;
                fields.put(label, val instanceof A4TupleSet ts ? render(ts, true) : String.valueOf(val));
            } catch (Err e) {
                fields.put(v.label, "?");
            }
        }
        states.add(new AlloyTrace.AlloyState(0, fields));
        return new AlloyTrace(m.file().toString(), cmd.label, config, states, -1);
    }

    /** Writes the solution as Alloy XML (the visualizer opens it): {@code <xmlDir>/<model>.<command>.xml}. */
    public static Path writeXml(Model m, Command cmd, A4Solution sol, Path xmlDir) throws IOException {
        Files.createDirectories(xmlDir);
        String stem = m.file().normalize().toString().replace('\\', '/');
        if (stem.startsWith("models/")) stem = stem.substring("models/".length());
        stem = stem.replaceAll("\\.als$", "").replace('/', '-');
        Path out = xmlDir.resolve(stem + "." + cmd.label + ".xml");
        // writeXML(String) throws an NPE in 6.2.0; this overload works and embeds the sources
        sol.writeXML(out.toString(), m.world().getAllFunc(), m.sources());
        return out;
    }

    private static String render(A4TupleSet ts, boolean unary) {
        if (ts.size() == 0) return "-";
        List<String> parts = new ArrayList<>();
        for (A4Tuple t : ts) {
            StringBuilder sb = new StringBuilder();
            // a field's tuples start with the owning atom; show only the value part
            int from = t.arity() > 1 ? 1 : 0;
            for (int i = from; i < t.arity(); i++) {
                if (i > from) sb.append("->");
                sb.append(name(t.atom(i)));
            }
            parts.add(sb.toString());
        }
        return String.join("|", parts);
    }

    private static String name(String atom) {
        String a = atom.startsWith("this/") ? atom.substring(5) : atom;
        int slash = a.lastIndexOf('/');
        if (slash >= 0) a = a.substring(slash + 1);
        return a.endsWith("$0") ? a.substring(0, a.length() - 2) : a;
    }

    private static String relativize(String filename) {
        if (filename == null || filename.isEmpty()) return "?";
        try {
            Path p = Path.of(filename);
            Path cwd = Path.of("").toAbsolutePath();
            return p.startsWith(cwd) ? cwd.relativize(p).toString() : filename;
        } catch (RuntimeException e) {
            return filename;
        }
    }

    /** Alloy's kind of error, as its GUI names it. */
    static String kind(Err e) {
        if (e instanceof edu.mit.csail.sdg.alloy4.ErrorSyntax) return "syntax error";
        if (e instanceof edu.mit.csail.sdg.alloy4.ErrorType) return "type error";
        if (e instanceof edu.mit.csail.sdg.alloy4.ErrorFatal) return "fatal error";
        return "error";
    }

    private static String oneLine(String msg) {
        return msg == null ? "" : msg.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
