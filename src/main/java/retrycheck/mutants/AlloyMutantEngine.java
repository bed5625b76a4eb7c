package retrycheck.mutants;

import edu.mit.csail.sdg.ast.Command;
import retrycheck.alloy.AlloyInputException;
import retrycheck.alloy.AlloyResult;
import retrycheck.alloy.AlloyRunner;
import retrycheck.alloy.AlloyTraces;
import retrycheck.alloy.GenerateModels;
import retrycheck.alloy.Outcome;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;
import retrycheck.trace.Trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The Alloy column of the kill matrix. For each mutant with an {@link AlloyMutation}, it writes a mutated copy of the
 * models (retry.als edited, or arch/x86.als generated from the changed declaration) and checks
 * {@code x86_v57 implies <INVARIANT>} for every named invariant retry.als has, with traces of 1 to N steps. The same
 * checks on the unmutated models are the controls: a kill is a counterexample in the mutated model where the control
 * holds. A control with a counterexample, a mutation that no longer applies to retry.als, or a model that does not
 * parse is an ERROR (the checker's defect); an applicable mutation without a counterexample SURVIVED (the Alloy model
 * is too weak, or the bound too small: the report gives the bound).
 */
public final class AlloyMutantEngine implements MutantEngine {
    public static final String NAME = "alloy";

    /** Invariant id -> the retry.als formula that states it. DEADLOCK has none (one fault thread). */
    static final Map<String, String> PROPERTY = Map.of(
            "FLAGS", "FLAGS", "DROP", "DROP", "SIGNAL", "(SIGNAL and SIGNAL_user)", "LOCK", "LOCK",
            "TERMINATION", "TERMINATION", "SLEEP", "SLEEP");

    private static final String ARCH = "x86";
    private static final String SPEC = ARCH + "_v57";

    /** What traces call the directory of the mutated models (a subdirectory of `mutants --out DIR`). */
    public static final String MODELS_DIR = "alloy-models";

    private final Path models;
    private final Path keep;

    /** @param models the models directory (flags.als, retry.als) */
    public AlloyMutantEngine(Path models) {
        this(models, null);
    }

    /**
     * @param models the models directory (flags.als, retry.als)
     * @param keep   where to leave the mutated models (one directory per mutant, and control/) for a reader to open in
     *               Alloy; null: a temporary directory, deleted afterwards
     */
    public AlloyMutantEngine(Path models, Path keep) {
        this.models = models;
        this.keep = keep;
    }

    @Override public String name() { return NAME; }

    /** The file that marks a kept models directory as this engine's, so that the next run may replace it. */
    static final String MARKER = ".retrycheck-alloy-models";

    /** One Alloy check: a mutant's (or a control's) model, a command label, its formula and bound. */
    private record Job(Path file, String label) {}

    @Override
    public List<EngineVerdict> judge(List<KillMatrix.Row> rows, int workers, Consumer<String> progress) throws InterruptedException {
        Path dir;
        String retry;
        try {
            retry = Files.readString(models.resolve("retry.als"));
        } catch (IOException e) {
            return rows.stream().map(r -> EngineVerdict.error(NAME, "cannot read " + models.resolve("retry.als") + ": " + e.getMessage())).toList();
        }
        try {
            if (keep != null) {
                // replaces only a directory this engine made (its marker), or an empty one: never a user's files
                if (Files.exists(keep, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(keep, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    return rows.stream().map(r -> EngineVerdict.error(NAME, keep + " is not a directory"
                            + (Files.isSymbolicLink(keep) ? " (a symbolic link)" : "") + ": refusing to replace it")).toList();
                if (Files.isDirectory(keep) && !Files.exists(keep.resolve(MARKER))) {
                    try (var s = Files.list(keep)) {
                        if (s.findAny().isPresent())
                            return rows.stream().map(r -> EngineVerdict.error(NAME, keep + " holds files this engine did not "
                                    + "write (no " + MARKER + "): refusing to replace it")).toList();
                    }
                }
                deleteTree(keep);
                dir = Files.createDirectories(keep);
                Files.writeString(dir.resolve(MARKER), "models of retrycheck's Alloy mutant engine; replaced on each run\n");
            } else {
                dir = Files.createTempDirectory("retrycheck-alloy-mutants");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return judge(rows, workers, progress, dir, retry);
        } finally {
            if (keep == null) deleteTree(dir);
        }
    }

    private List<EngineVerdict> judge(List<KillMatrix.Row> rows, int workers, Consumer<String> progress, Path dir, String retry)
            throws InterruptedException {
        EngineVerdict[] out = new EngineVerdict[rows.size()];
        Map<Integer, List<Job>> mutantJobs = new LinkedHashMap<>();
        Map<String, Job> controlJobs = new LinkedHashMap<>();           // "LOCK@14" -> job
        try {
            for (int i = 0; i < rows.size(); i++) {
                Mutant m = rows.get(i).mutant();
                AlloyMutation a = m.alloy();
                if (!a.applicable()) { out[i] = EngineVerdict.notApplicable(NAME, a.notApplicable()); continue; }
                List<String> invs = m.expectedIds().stream().filter(PROPERTY::containsKey).toList();
                if (invs.isEmpty()) {
                    out[i] = EngineVerdict.notApplicable(NAME, "retry.als states none of " + String.join(", ", m.expectedIds()));
                    continue;
                }
                String edited;
                try {
                    edited = apply(retry, a.edits());
                } catch (IllegalStateException e) {
                    out[i] = EngineVerdict.error(NAME, e.getMessage());
                    continue;
                }
                Path md = dir.resolve(m.id());
                writeModels(md, edited, a);
                StringBuilder cmds = new StringBuilder("module mutant\nopen arch/" + ARCH + "\n-- " + m.label() + ": " + a.change() + "\n");
                List<Job> jobs = new ArrayList<>();
                for (String inv : invs) {
                    String label = inv + "_v57_" + m.id();
                    cmds.append(command(label, inv, a.steps()));
                    jobs.add(new Job(md.resolve("mutant.als"), label));
                    controlJobs.putIfAbsent(inv + "@" + a.steps(), new Job(dir.resolve("control/control.als"), inv + "_v57_control_" + a.steps()));
                }
                Files.writeString(md.resolve("mutant.als"), cmds.toString());
                mutantJobs.put(i, jobs);
            }
            Path cd = dir.resolve("control");
            writeModels(cd, retry, null);
            StringBuilder cmds = new StringBuilder("module control\nopen arch/" + ARCH + "\n");
            for (String key : controlJobs.keySet()) {
                String inv = key.substring(0, key.indexOf('@'));
                int steps = Integer.parseInt(key.substring(key.indexOf('@') + 1));
                cmds.append(command(controlJobs.get(key).label(), inv, steps));
            }
            Files.writeString(cd.resolve("control.als"), cmds.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<Job> all = new ArrayList<>(controlJobs.values());
        mutantJobs.values().forEach(all::addAll);
        Map<Job, AlloyResult> results = runAll(all, workers, progress);

        for (Map.Entry<Integer, List<Job>> e : mutantJobs.entrySet()) {
            int i = e.getKey();
            Mutant m = rows.get(i).mutant();
            AlloyMutation a = m.alloy();
            Map<String, EngineVerdict.EngineKill> kills = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            List<String> held = new ArrayList<>();
            for (Job j : e.getValue()) {
                String inv = j.label().substring(0, j.label().indexOf('_'));
                AlloyResult control = results.get(controlJobs.get(inv + "@" + a.steps()));
                AlloyResult r = results.get(j);
                if (control.outcome() != Outcome.HOLDS) {
                    errors.add("the unmutated x86 v5.7 model " + (control.outcome() == Outcome.ERROR ? "fails: " + control.message()
                            : "already violates " + inv + " within 1.." + a.steps() + " steps"));
                } else if (r.outcome() == Outcome.ERROR) {
                    errors.add(inv + ": " + r.message());
                } else if (r.outcome() == Outcome.COUNTEREXAMPLE) {
                    kills.put(inv, new EngineVerdict.EngineKill(inv, "check " + j.label() + " (1.." + a.steps()
                            + " steps; the unmutated model holds)",
                            trace(r, dir, m, inv)));
                } else {
                    held.add(inv);
                }
            }
            if (!errors.isEmpty()) out[i] = EngineVerdict.error(NAME, String.join("; ", errors));
            else if (!kills.isEmpty())
                out[i] = new EngineVerdict(NAME, EngineVerdict.Status.KILLED, a.change()
                        + (held.isEmpty() ? "" : "; " + String.join(", ", held) + " still holds"), kills);
            else
                out[i] = new EngineVerdict(NAME, EngineVerdict.Status.SURVIVED, a.change() + ": no counterexample to "
                        + String.join(", ", held) + " within 1.." + a.steps() + " steps (the Alloy model misses the change, "
                        + "or the bound is too small)", Map.of());
        }
        return List.of(out);
    }

    /** {@code check LABEL { x86_v57 implies P } for 4 Int, 1..N steps}. */
    private static String command(String label, String inv, int steps) {
        return "check " + label + " { " + SPEC + " implies " + PROPERTY.get(inv) + " } for 4 Int, 1.." + steps + " steps\n";
    }

    /** retry.als with the edits applied; each fragment must occur exactly once. */
    static String apply(String retry, List<AlloyMutation.Edit> edits) {
        String s = retry;
        for (AlloyMutation.Edit e : edits) {
            int n = count(s, e.find());
            if (n != 1)
                throw new IllegalStateException("the mutation no longer applies to retry.als: '" + e.find().replace("\n", "\\n")
                        + "' occurs " + n + " times (expected once)");
            s = s.replace(e.find(), e.replace());
        }
        return s;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }

    /** flags.als, the given retry.als and arch/x86.als (generated, from the mutated declaration when there is one). */
    private void writeModels(Path to, String retry, AlloyMutation a) throws IOException {
        Files.createDirectories(to.resolve(GenerateModels.ARCH_DIR));
        Files.copy(models.resolve("flags.als"), to.resolve("flags.als"));
        Files.writeString(to.resolve("retry.als"), retry);
        Arch x86 = Arches.all().stream().filter(x -> x.name().equals(ARCH)).findFirst().orElseThrow();
        var decl = new GenerateModels.ArchDecl(ARCH, x86.getClass().getName(), x86.file(), x86.function(), x86.quirks(),
                x86.choices(Variant.V5_6), a == null ? x86.choices(Variant.V5_7) : a.choices().apply(x86.choices(Variant.V5_7)));
        Files.writeString(to.resolve(GenerateModels.ARCH_DIR + "/" + ARCH + ".als"), GenerateModels.archModule(decl));
    }

    /** Parses each model once and runs its commands on {@code workers} threads. */
    private static Map<Job, AlloyResult> runAll(List<Job> jobs, int workers, Consumer<String> progress) throws InterruptedException {
        Map<Path, AlloyRunner.Model> parsed = new LinkedHashMap<>();
        Map<Job, AlloyResult> out = new LinkedHashMap<>();
        for (Job j : jobs) {
            if (parsed.containsKey(j.file()) || out.containsKey(j)) continue;
            try {
                parsed.put(j.file(), AlloyRunner.parse(j.file()));
            } catch (AlloyInputException e) {
                for (Job k : jobs)
                    if (k.file().equals(j.file())) out.put(k, AlloyResult.inputError(j.file(), e.line(), e.describe()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        retrycheck.check.Progress p = retrycheck.check.Progress.of(progress);   // one step per solved command, as they finish
        p.begin("alloy", (int) jobs.stream().filter(j -> !out.containsKey(j)).count());
        try {
            Map<Job, Future<AlloyResult>> fs = new LinkedHashMap<>();
            for (Job j : jobs) {
                if (out.containsKey(j)) continue;
                AlloyRunner.Model m = parsed.get(j.file());
                Command c = m.command(j.label());
                fs.put(j, pool.submit(() -> {
                    AlloyResult r = AlloyRunner.run(m, c, null);
                    p.step(String.format("%-24s %-14s %6d ms", j.label(), r.outcome(), r.millis()));
                    return r;
                }));
            }
            for (Map.Entry<Job, Future<AlloyResult>> e : fs.entrySet()) {
                try {
                    AlloyResult r = e.getValue().get();
                    out.put(e.getKey(), r);
                } catch (ExecutionException ex) {
                    throw new IllegalStateException("Alloy run of " + e.getKey().label() + " failed: " + ex.getCause(), ex.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** The counterexample in the shared trace format, named as the embedded engine names the mutant ("x86+M02"). */
    private static Trace trace(AlloyResult r, Path dir, Mutant m, String inv) {
        // named by where it is under `mutants --out DIR`, not by the (temporary) directory it was checked in, so that
        // the same run gives the same trace
        Path stable = Path.of(MODELS_DIR).resolve(dir.relativize(r.file()));
        Trace t = AlloyTraces.toTrace(new AlloyResult(stable, r.command(), r.line(), r.check(), r.expected(), r.outcome(),
                r.millis(), r.trace(), r.xml(), r.message()));
        return new Trace(t.format(), t.modelVersion(), t.engine(), m.handlerName(), t.variant(), t.scenario(), inv,
                m.label() + " (Alloy: " + m.alloy().change() + "): " + t.explanation(), t.violationStep(), t.threads(),
                t.schedule(), t.steps());
    }

    private static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
