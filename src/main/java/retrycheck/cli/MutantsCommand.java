package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.kernel.Variant;
import retrycheck.mutants.AlloyMutantEngine;
import retrycheck.mutants.EngineVerdict;
import retrycheck.mutants.KillMatrix;
import retrycheck.mutants.MutantEngine;
import retrycheck.mutants.Mutant;
import retrycheck.mutants.Mutants;
import retrycheck.trace.Replayer;
import retrycheck.trace.Trace;
import retrycheck.trace.TraceJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `mutants`: runs the mutation catalog (spec/mutants.md) and prints the kill matrix mutant × invariant × engine. */
@Command(name = "mutants", description = {
        "Run the mutation catalog (seeded faults in the v5.7 model) and print the kill matrix mutant x invariant x engine.",
        "Exit 0 only when every mutant is killed on an invariant it names, every invariant is killed by some mutant,",
        "every kill replays and every control (the unmutated handler on the same scenarios) passes."})
final class MutantsCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "write kill-matrix.md and one JSON trace per kill (DIR/traces/) here: a new or empty directory, or a previous mutants report (only that is replaced)")
    Path out;

    @Option(names = "--mutant", paramLabel = "ID[,ID...]", description = "run only these mutants (id or name; default: the whole catalog)")
    List<String> only;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Option(names = "--list", description = "list the catalog (id, change, expected invariants, scenarios) and exit")
    boolean list;

    @Option(names = "--replay", paramLabel = "FILE", description = "replay a saved mutant trace against its mutant and exit")
    Path replay;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "ENGINE[,ENGINE...]",
            description = "engines besides the embedded explorer (which always runs): alloy, jpf (default: alloy; "
                    + "'--engine none' for the embedded explorer only; jpf needs jpf-core, see README)")
    List<String> engineNames;

    @Option(names = "--models", paramLabel = "DIR", description = "the Alloy models the alloy engine mutates (default: ${DEFAULT-VALUE})")
    Path models = Path.of("models");

    @Override public Integer call() throws Exception {
        if (replay != null) return replay(replay);
        List<Mutant> mutants = new ArrayList<>();
        if (only == null) mutants.addAll(Mutants.all());
        else {
            List<String> valid = new ArrayList<>(Mutants.ids());
            for (Mutant m : Mutants.all()) valid.add(m.name());
            for (String id : Choices.elements("--mutant", only, Mutants.ids())) {
                try {
                    mutants.add(Mutants.byId(id));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--mutant '" + id + "': unknown mutant; valid: " + String.join(", ", Mutants.ids())
                            + " (or their names, see --list)");
                }
            }
            List<String> ids = new ArrayList<>();
            for (Mutant m : mutants) ids.add(m.id());
            Choices.noDuplicates("--mutant", ids);
        }
        if (list) {
            for (Mutant m : mutants)
                System.out.printf("%s %-34s %-30s %s%n    %s: %s%n", m.id(), m.name(), String.join(",", m.expectedIds()),
                        String.join(",", m.scenarioIds()), m.where(), m.diff());
            return Main.OK;
        }
        // every argument is checked before anything is created
        int n = workers.count();
        List<String> engineIds = engineNames == null ? List.of("alloy")
                : Choices.pick("--engine", "engine", engineNames, List.of("alloy", "jpf", "none", "embedded"));
        Outputs.ReportDir report = out == null ? null : Outputs.reportDir("--out", "mutants", out);
        if (report == null) {                   // the mutated Alloy models go to a scratch directory, removed even on Ctrl-C
            Path scratch = Outputs.scratch("retrycheck-alloy-mutants");
            try {
                return run(mutants, n, engines(engineIds, models, scratch), null);
            } finally {
                Outputs.discard(scratch);
            }
        }
        List<MutantEngine> engines = engines(engineIds, models, report.tmp().resolve(AlloyMutantEngine.MODELS_DIR));
        Path dir = report.begin();
        try (Outputs.Registration hook = Outputs.onInterrupt(() -> System.err.println(
                "retrycheck: mutants interrupted; " + report.interruptedNote()))) {
            int code = run(mutants, n, engines, dir);
            report.commit();
            System.out.println("wrote " + out.resolve("kill-matrix.md") + " and its traces in " + out.resolve("traces"));
            return code;
        } finally {
            report.abort();               // a no-op once committed
        }
    }

    /** Runs the kill matrix and prints it; with {@code dir}, writes kill-matrix.md and traces/ there. */
    private int run(List<Mutant> mutants, int n, List<MutantEngine> engines, Path dir) throws Exception {
        KillMatrix.Result res = KillMatrix.run(mutants, n, engines, retrycheck.check.Progress.stderr(quiet));
        Map<String, String> files = new LinkedHashMap<>();
        if (dir != null) {
            Files.createDirectories(dir.resolve("traces"));
            for (KillMatrix.Kill k : res.kills()) {
                String name = "traces/" + k.key() + "-" + k.mutant().name() + ".json";
                Files.writeString(dir.resolve(name), TraceJson.write(k.trace()));
                files.put(k.key(), name);
            }
            for (KillMatrix.Row r : res.rows)
                for (EngineVerdict v : r.engines().values())
                    for (EngineVerdict.EngineKill k : v.kills().values()) {
                        String key = KillMatrix.engineKillKey(r, v.engine(), k.invariant());
                        String name = "traces/" + key + "-" + r.mutant().name() + ".json";
                        Files.writeString(dir.resolve(name), TraceJson.write(k.trace()));
                        files.put(key, name);
                    }
        }
        String text = KillMatrix.text(res, files);
        System.out.print(text);
        if (dir != null) Files.writeString(dir.resolve("kill-matrix.md"), KillMatrix.markdown(res, files));
        if (!res.ok()) {
            System.out.println("FAILED: " + (res.survivors().isEmpty() ? "" : res.survivors().size() + " survivor(s); ")
                    + (res.fullCatalog && !res.unbitten().isEmpty() ? "unbitten invariants " + res.unbitten() + "; " : "")
                    + (res.failedControls().isEmpty() ? "" : res.failedControls().size() + " failing control(s); ")
                    + (res.unreplayable().isEmpty() ? "" : res.unreplayable().size() + " kill(s) that do not replay"));
            return Main.FAILED;
        }
        return Main.OK;
    }

    /** The engines named by --engine, each checked to be able to run here (else a usage error that says why). */
    static List<MutantEngine> engines(List<String> names, Path models, Path keepAlloyModels) {
        List<MutantEngine> l = new ArrayList<>();
        for (String raw : names) {
            String name = raw.trim().toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "none", "embedded" -> { }
                case "alloy" -> {
                    if (!Files.isRegularFile(models.resolve("retry.als")))
                        throw new UsageException("--models " + models + ": no retry.als there; the alloy engine mutates "
                                + "the Alloy models (run from the project root, give --models DIR, or --engine none)");
                    l.add(new AlloyMutantEngine(models, keepAlloyModels));
                }
                case "jpf" -> l.add(JpfSupport.mutantEngine());
                default -> throw new UsageException("--engine '" + raw + "': unknown engine; valid: alloy, jpf, none");
            }
        }
        return l;
    }

    private int replay(Path file) throws InterruptedException {
        Trace t = TraceCommand.read(file);
        Mutant m = Mutants.byHandlerName(t.handler());
        if (AlloyMutantEngine.NAME.equals(t.engine())) return replayAlloy(t, m);
        CheckSpec spec = new CheckSpec(m.handler(), Variant.parse(t.variant()), Scenarios.byId(t.scenario()),
                List.of(retrycheck.check.Properties.byId(t.invariant())), m.ops());
        Replayer.Result r = Replayer.replay(t, spec);
        System.out.println(m.label() + ": " + r.message());
        return r.reproduced() ? Main.OK : Main.FAILED;
    }

    /**
     * An Alloy kill has no schedule to re-execute on the Java model: "replay" re-checks the mutant's Alloy mutation and
     * compares the counterexample with the saved one (the solver is deterministic, so it must be the same).
     */
    private int replayAlloy(Trace saved, Mutant m) throws InterruptedException {
        Path scratch = Outputs.scratch("retrycheck-alloy-mutants");
        KillMatrix.Result res;
        try {
            res = KillMatrix.run(List.of(m), 1, engines(List.of("alloy"), models, scratch), line -> { });
        } finally {
            Outputs.discard(scratch);
        }
        EngineVerdict v = res.rows.get(0).engines().get(AlloyMutantEngine.NAME);
        EngineVerdict.EngineKill k = v.kills().get(saved.invariant());
        if (k == null) {
            System.out.println(m.label() + ": not reproduced: the Alloy check of " + saved.invariant() + " now says " + v.cell());
            return Main.FAILED;
        }
        boolean same = TraceJson.write(k.trace()).equals(TraceJson.write(saved));
        System.out.println(m.label() + ": " + (same
                ? "reproduced: the Alloy " + k.where() + " gives the same " + k.trace().steps().size() + "-step counterexample"
                : "the Alloy " + k.where() + " still fails " + saved.invariant() + ", but with a different counterexample ("
                        + k.trace().steps().size() + " steps, saved " + saved.steps().size() + "): the models changed since the trace was saved"));
        return same ? Main.OK : Main.FAILED;
    }
}
