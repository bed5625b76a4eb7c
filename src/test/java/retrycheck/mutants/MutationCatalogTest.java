package retrycheck.mutants;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Checker;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenario;
import retrycheck.cli.Main;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole catalog: every mutant killed, every invariant bitten, every kill replays, the unmutated model passes. */
class MutationCatalogTest {
    private static KillMatrix.Result result;

    @BeforeAll
    static void runCatalog() throws InterruptedException {
        result = KillMatrix.run(Mutants.all(), 2, line -> { });
    }

    @Test
    void catalogHasAtLeastTwelveDistinctMutants() {
        List<Mutant> all = Mutants.all();
        assertTrue(all.size() >= 12, "only " + all.size() + " mutants");
        assertEquals(all.size(), all.stream().map(Mutant::id).distinct().count(), "duplicate ids");
        assertEquals(all.size(), all.stream().map(Mutant::name).distinct().count(), "duplicate names");
        for (Mutant m : all) {
            assertFalse(m.diff().isBlank(), m.id());
            assertFalse(m.where().isBlank(), m.id());
            assertFalse(m.why().isBlank(), m.id());
        }
    }

    @Test
    void everyMutantIsKilledOnAnInvariantItNames() {
        String survivors = result.survivors().stream().map(r -> r.mutant().label() + ": " + r.diagnosis())
                .collect(Collectors.joining("\n"));
        assertTrue(result.survivors().isEmpty(), "survivors:\n" + survivors);
        assertTrue(result.fullCatalog);
    }

    @Test
    void everyInvariantBites() {
        assertEquals(List.of(), result.unbitten());
        assertEquals(Set.copyOf(KillMatrix.columns()), result.bitten().keySet());
        assertTrue(result.bitten().keySet().containsAll(Invariants.ids()));
        assertTrue(result.bitten().keySet().containsAll(List.of("RETRY_WAIT", "COMPLETE")));   // ClaimMutants C01, C02
    }

    @Test
    void everyKillReplaysAndNamesItsMutant() {
        assertFalse(result.kills().isEmpty());
        for (KillMatrix.Kill k : result.kills()) {
            assertTrue(k.replays(), k.key() + ": " + k.replayMessage());
            assertEquals(k.mutant(), Mutants.byHandlerName(k.trace().handler()));
            assertEquals(k.invariant(), k.trace().invariant());
            assertEquals("v5.7", k.trace().variant());
        }
        assertTrue(result.ok());
    }

    @Test
    void controlsPass() {
        for (CheckResult c : result.controls) assertTrue(c.allPass(), c.spec.label() + " " + c.verdicts);
    }

    /** The control the catalog rests on: unmutated x86 v5.7 passes every scenario any mutant runs on. */
    @Test
    void unmutatedX86PassesEveryMutantScenario() throws InterruptedException {
        Set<Scenario> scenarios = new LinkedHashSet<>();
        for (Mutant m : Mutants.all()) scenarios.addAll(m.scenarios());
        List<CheckSpec> specs = new ArrayList<>();
        for (Scenario s : scenarios) specs.add(new CheckSpec(new X86(), Variant.V5_7, s, Invariants.ALL, KernelOps.DEFAULT));
        for (CheckResult r : MatrixRunner.run(specs, Explorer.Options.defaults(), 2, line -> { }))
            assertTrue(r.allPass(), r.spec.label() + " " + r.verdicts);
    }

    @Test
    void coreMutantsReplaceKernelFunctionsAndArchMutantsNone() {
        assertTrue(KernelOps.DEFAULT.isDefault());
        for (Mutant m : Mutants.all()) {
            String c = m.mutated().getClass().getName();     // arch mutants are anonymous arch subclasses in the catalogs
            boolean core = !c.startsWith("retrycheck.mutants.Mutants$") && !c.startsWith("retrycheck.mutants.ClaimMutants$");
            assertEquals(core, !m.ops().isDefault(), m.id() + " " + m.ops());
        }
    }

    /** A survivor is reported, and blamed: an equivalent mutant on the mutant, a wrong expectation on the mutant. */
    @Test
    void survivorsAreDiagnosed() throws InterruptedException {
        Mutant equivalent = new Mutant("T01", "x86-unchanged", "no change at all", "arch/x86/mm/fault.c", "(none)",
                List.of(Invariants.LOCK), new X86(), new X86(), KernelOps.DEFAULT,
                List.of(retrycheck.check.Scenarios.byId("filemap-io")), "equivalent by construction");
        Mutant misnamed = new Mutant("T02", "x86-clear-allow-retry-as-lock", "M02 expecting LOCK", "arch/x86/mm/fault.c",
                "+ flags &= ~FAULT_FLAG_ALLOW_RETRY;", List.of(Invariants.LOCK), new X86(),
                new X86() { @Override protected RetryChoices v57() { return super.v57().withClearsAllowRetry(true); } },
                KernelOps.DEFAULT, List.of(retrycheck.check.Scenarios.byId("filemap-io")), "breaks FLAGS, not LOCK");
        KillMatrix.Result r = KillMatrix.run(List.of(equivalent, misnamed), 2, line -> { });
        assertEquals(2, r.survivors().size());
        assertTrue(r.rows.get(0).diagnosis().startsWith("mutant at fault"), r.rows.get(0).diagnosis());
        assertTrue(r.rows.get(0).diagnosis().contains("exactly what the control does"), r.rows.get(0).diagnosis());
        assertTrue(r.rows.get(1).diagnosis().startsWith("mutant at fault: it breaks FLAGS"), r.rows.get(1).diagnosis());
        assertFalse(r.ok());
        assertTrue(KillMatrix.text(r, java.util.Map.of()).contains("SURVIVOR T01"));
    }

    @Test
    void commandWritesMatrixAndOneTracePerKill(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new java.io.PrintStream(buf, true));
            code = cl.execute("mutants", "--quiet", "--workers", "2", "--out", dir.toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString();
        assertEquals(Main.OK, code, out + err);
        assertTrue(out.contains(Mutants.all().size() + "/" + Mutants.all().size() + " mutants killed (100%)"), out);
        assertTrue(out.contains(KillMatrix.columns().size() + "/" + KillMatrix.columns().size() + " invariants bitten"), out);
        String md = Files.readString(dir.resolve("kill-matrix.md"));
        for (Mutant m : Mutants.all()) assertTrue(md.contains("| " + m.id() + " | " + m.name() + " |"), m.id());
        Set<String> traces;
        try (Stream<Path> s = Files.list(dir.resolve("traces"))) {
            traces = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        // the Alloy column (on by default): every mutant with an Alloy counterpart is killed there too, with a trace
        long alloyKills = 0;
        for (Mutant m : Mutants.all()) {
            String row = md.lines().filter(l -> l.startsWith("| " + m.id() + " |")).findFirst().orElseThrow();
            if (m.alloy().applicable()) assertTrue(row.contains("| KILLED (" + m.alloy().change()), row);
            else assertTrue(row.contains("| n/a (" + m.alloy().notApplicable()), row);
            for (String inv : m.expectedIds()) if (m.alloy().applicable() && AlloyMutantEngine.PROPERTY.containsKey(inv)) alloyKills++;
        }
        assertEquals(result.kills().size() + alloyKills, traces.size(), traces.toString());
        assertTrue(Files.isRegularFile(dir.resolve("alloy-models/M10/mutant.als")), "the mutated models are kept for a reader");
        // a saved trace replays against its mutant through the command: an embedded one re-executes its schedule, an
        // Alloy one re-runs the Alloy check and must give the same counterexample
        String embedded = traces.stream().filter(t -> !t.contains("-alloy-")).findFirst().orElseThrow();
        assertEquals(Main.OK, Main.commandLine().execute("mutants", "--replay", dir.resolve("traces").resolve(embedded).toString()));
        String alloy = traces.stream().filter(t -> t.startsWith("M02-FLAGS-alloy-")).findFirst().orElseThrow();
        assertEquals(Main.OK, Main.commandLine().execute("mutants", "--replay", dir.resolve("traces").resolve(alloy).toString()));
    }

    /** Every retry.als edit still applies, once: a change of retry.als that a mutation no longer matches is an ERROR. */
    @Test
    void everyAlloyEditAppliesOnce() throws Exception {
        String retry = Files.readString(Path.of("models/retry.als"));
        for (Mutant m : Mutants.all()) {
            String edited = AlloyMutantEngine.apply(retry, m.alloy().edits());
            assertEquals(m.alloy().edits().isEmpty(), edited.equals(retry), m.id());
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> AlloyMutantEngine.apply(retry, List.of(AlloyMutation.edit("no such fragment", "x"))));
        assertTrue(e.getMessage().contains("occurs 0 times"), e.getMessage());
    }

    /** An Alloy counterpart that changes nothing survives there: the report blames the checker and the run fails. */
    @Test
    void anAlloySurvivorIsADefect() throws Exception {
        Mutant m = Mutants.byId("M02").withAlloy(AlloyMutation.retryEdits("a comment changed",
                AlloyMutation.edit("-- the core returns to the arch with `r`", "-- (edited)")));
        KillMatrix.Result r = KillMatrix.run(List.of(m), 2, List.of(new AlloyMutantEngine(Path.of("models"))), line -> { });
        EngineVerdict v = r.rows.get(0).engines().get("alloy");
        assertEquals(EngineVerdict.Status.SURVIVED, v.status(), v.cell());
        assertTrue(r.rows.get(0).killed(), "the embedded engine still kills it");
        assertFalse(r.ok());
        assertTrue(KillMatrix.text(r, java.util.Map.of()).contains("checker at fault (alloy): M02"), KillMatrix.text(r, java.util.Map.of()));
    }

    /** A kept-models directory that holds a user's files is refused, not replaced; the engine's own is replaced. */
    @Test
    void theAlloyEngineReplacesOnlyAModelsDirectoryItMade(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path keep = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(keep.resolve("notes.txt"), "a user's file");
        KillMatrix.Result r = KillMatrix.run(List.of(Mutants.byId("M02")), 1, List.of(new AlloyMutantEngine(Path.of("models"), keep)), line -> { });
        EngineVerdict v = r.rows.get(0).engines().get("alloy");
        assertEquals(EngineVerdict.Status.ERROR, v.status(), v.cell());
        assertTrue(v.cell().contains("refusing to replace"), v.cell());
        assertEquals("a user's file", Files.readString(keep.resolve("notes.txt")));
        Path file = Files.writeString(tmp.resolve("a-file"), "a user's file, not a directory");
        KillMatrix.Result onFile = KillMatrix.run(List.of(Mutants.byId("M02")), 1, List.of(new AlloyMutantEngine(Path.of("models"), file)), line -> { });
        assertEquals(EngineVerdict.Status.ERROR, onFile.rows.get(0).engines().get("alloy").status());
        assertEquals("a user's file, not a directory", Files.readString(file));
        // a symbolic link, even to an empty directory, is the user's: refused, left in place (deleting the tree walked
        // from it would remove the link, and createDirectories would put a directory where it was)
        Path emptyDir = Files.createDirectories(tmp.resolve("empty"));
        Path link = tmp.resolve("link");
        boolean links = true;
        try {
            Files.createSymbolicLink(link, emptyDir);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            links = false;   // the file system has no symbolic links: nothing to refuse
        }
        if (links) {
            KillMatrix.Result onLink = KillMatrix.run(List.of(Mutants.byId("M02")), 1, List.of(new AlloyMutantEngine(Path.of("models"), link)), line -> { });
            assertEquals(EngineVerdict.Status.ERROR, onLink.rows.get(0).engines().get("alloy").status());
            assertTrue(Files.isSymbolicLink(link), "the link is still there");
        }
        Path own = tmp.resolve("own");
        KillMatrix.run(List.of(Mutants.byId("M02")), 1, List.of(new AlloyMutantEngine(Path.of("models"), own)), line -> { });
        KillMatrix.Result again = KillMatrix.run(List.of(Mutants.byId("M02")), 1, List.of(new AlloyMutantEngine(Path.of("models"), own)), line -> { });
        assertEquals(EngineVerdict.Status.KILLED, again.rows.get(0).engines().get("alloy").status(), "its own directory is replaced");
    }

    /** The Alloy column of one mutant, directly: the engine kills M02 on FLAGS with a trace named after the mutant. */
    @Test
    void alloyEngineKillsADeclarationMutant() throws Exception {
        KillMatrix.Result r = KillMatrix.run(List.of(Mutants.byId("M02"), Mutants.byId("M09")), 2,
                List.of(new AlloyMutantEngine(Path.of("models"))), line -> { });
        EngineVerdict v = r.rows.get(0).engines().get("alloy");
        assertEquals(EngineVerdict.Status.KILLED, v.status(), v.cell());
        assertEquals("x86+M02", v.kills().get("FLAGS").trace().handler());
        assertEquals("FLAGS", v.kills().get("FLAGS").trace().invariant());
        assertEquals(EngineVerdict.Status.NOT_APPLICABLE, r.rows.get(1).engines().get("alloy").status());
        assertTrue(r.ok());
    }

    @Test
    void checkerSeesTheSameKillDirectly() {
        Mutant m = Mutants.byId("x86-clear-allow-retry");
        try (Checker c = new Checker()) {
            CheckResult r = c.run(new CheckSpec(m.handler(), Variant.V5_7, m.scenarios().get(0), Invariants.ALL, m.ops()),
                    Explorer.Options.defaults());
            assertEquals(retrycheck.check.Verdict.FAIL, r.verdicts.get("FLAGS"));
            assertEquals("x86+M02", r.traces.get("FLAGS").handler());
        }
    }
}
