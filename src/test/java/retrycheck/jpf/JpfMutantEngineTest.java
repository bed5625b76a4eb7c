package retrycheck.jpf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.Scenarios;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;
import retrycheck.mutants.EngineVerdict;
import retrycheck.mutants.KillMatrix;
import retrycheck.mutants.Mutant;
import retrycheck.mutants.Mutants;
import retrycheck.trace.Trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JPF column without jpf-core: how a mutant reaches JpfTarget (mutant:ID), where the column searches, and how JPF's
 * results become verdicts, with a scripted {@link JpfBackend} in place of JPF.
 */
class JpfMutantEngineTest {
    private static final Mutant M08 = Mutants.byId("M08");
    /** M08's row: the embedded engine kills DROP and LOCK on filemap-io-kernel. */
    private static KillMatrix.Row m08;

    @BeforeAll static void embedded() throws InterruptedException {
        m08 = KillMatrix.run(List.of(M08), 1, s -> { }).rows.get(0);
        assertTrue(m08.killedOn("DROP") && m08.killedOn("LOCK"), m08.kills().keySet().toString());
    }

    @Test void mutantArgumentCarriesTheMutantsHandlerAndCoreOverrides() {
        CheckSpec spec = JpfTarget.spec("mutant:M08", "v5.7", "filemap-io-kernel", "ALL");
        assertEquals(M08.handlerName(), spec.handler().name());
        assertEquals("s390-gmap+M08", spec.handler().name());
        assertSame(M08.ops(), spec.ops());
        assertEquals("Filemap,MmInternal", spec.ops().describe());
        assertEquals(Invariants.ALL.size(), spec.properties().size());
        // an arch mutant: the anonymous X86 subclass, on the kernel's own core
        CheckSpec m01 = JpfTarget.spec("mutant:M01", "v5.7", "filemap-relock", "TERMINATION");
        assertEquals("x86+M01", m01.handler().name());
        assertSame(KernelOps.DEFAULT, m01.ops());
        assertThrows(IllegalArgumentException.class, () -> JpfTarget.spec("mutant:M99", "v5.7", "filemap-io", "ALL"));
    }

    @Test void mutantHandlersAreNamedByTheirMutant() {
        assertEquals("mutant:M08", JpfEngine.handlerArg(M08.handler()));
        assertEquals("mutant:M01", JpfEngine.handlerArg(Mutants.byId("M01").handler()));
        assertEquals("x86", JpfEngine.handlerArg(Handlers.byName("x86")));
        for (Mutant m : Mutants.all()) {
            String arg = JpfEngine.handlerArg(m.handler());
            CheckSpec inside = JpfTarget.spec(arg, "v5.7", m.scenarios().get(0).id(), "ALL");
            assertEquals(m.handlerName(), inside.handler().name(), arg);
            assertSame(m.ops(), inside.ops(), arg);
        }
    }

    @Test void overridesJpfCannotRebuildAreRefused() {
        KernelOps o = KernelOps.DEFAULT.with(retrycheck.kernel.Memory.class, retrycheck.mutants.CoreMutants.M14SwapRetryLost::new);
        CheckSpec x86WithOverrides = new CheckSpec(Handlers.byName("x86"), Variant.V5_7, Scenarios.byId("swap-io"),
                Invariants.ALL, o);
        assertThrows(IllegalArgumentException.class, () -> JpfEngine.targetArch(x86WithOverrides));
        CheckSpec m08WithoutItsCore = new CheckSpec(M08.handler(), Variant.V5_7, Scenarios.byId("filemap-io-kernel"),
                Invariants.ALL, KernelOps.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> JpfEngine.targetArch(m08WithoutItsCore));
        assertEquals("mutant:M08", JpfEngine.targetArch(new CheckSpec(M08.handler(), Variant.V5_7,
                Scenarios.byId("filemap-io-kernel"), Invariants.ALL, M08.ops())));
    }

    @Test void searchesWhereTheEmbeddedEngineKilledElseEverywhere() {
        List<JpfMutantEngine.Search> killed = JpfMutantEngine.plan(m08);
        assertEquals(1, killed.size());
        assertEquals("filemap-io-kernel [DROP+LOCK]", killed.get(0).label());

        Mutant m11 = Mutants.byId("M11");                  // LOCK, DEADLOCK, SLEEP on filemap-io, filemap-writer
        KillMatrix.Row survivor = new KillMatrix.Row(m11, List.of(), Map.of(), "", new LinkedHashMap<>());
        assertEquals(List.of("filemap-io [LOCK+DEADLOCK+SLEEP]", "filemap-writer [LOCK+DEADLOCK+SLEEP]"),
                JpfMutantEngine.plan(survivor).stream().map(JpfMutantEngine.Search::label).toList());
    }

    /** A JPF stand-in: per search, the target.args it was given and a scripted answer. */
    static final class ScriptedBackend implements JpfBackend {
        final List<String> args = new ArrayList<>();
        final List<String> multipleErrors = new ArrayList<>();
        final Function<String, JpfRun> answer;

        ScriptedBackend(Function<String, JpfRun> answer) { this.answer = answer; }

        @Override public JpfRun run(Map<String, String> settings) {
            args.add(settings.get("target.args"));
            multipleErrors.add(settings.get("search.multiple_errors"));
            return answer.apply(settings.get("target.args"));
        }
    }

    private static JpfRun run(List<JpfRun.Error> errors, int constraints, String constraint) {
        return new JpfRun(errors, 1000, 500, 10, 40, constraints, constraint, 1_000_000);
    }

    /** JPF's report of the embedded engine's LOCK counterexample: the same operation order, as thread names. */
    private static JpfRun.Error lockViolation() {
        Trace t = m08.kills().get("LOCK").trace();
        List<String> ops = t.schedule().stream().map(i -> t.threads().get(i)).toList();
        return new JpfRun.Error("gov.nasa.jpf.vm.NoUncaughtExceptionsProperty",
                "java.lang.AssertionError: LOCK: handle_mm_fault() returned VM_FAULT_RETRY with RETRY_NOWAIT but released "
                        + "mmap_sem (event 9)\n\tat retrycheck.jpf.JpfTarget", ops);
    }

    private static EngineVerdict judge(ScriptedBackend b, KillMatrix.Row row) throws InterruptedException {
        List<String> progress = new ArrayList<>();
        List<EngineVerdict> vs = new JpfMutantEngine(new JpfEngine(b, new JpfEngine.Options(1000).stoppingAtFirstError())).judge(List.of(row), 2, progress::add);
        assertEquals(1, vs.size());
        assertEquals("jpf", vs.get(0).engine());
        return vs.get(0);
    }

    @Test void aNamedViolationKillsWithJpfsTrace() throws InterruptedException {
        ScriptedBackend b = new ScriptedBackend(args -> args.contains("LOCK") ? run(List.of(lockViolation()), 0, "") : run(List.of(), 0, ""));
        EngineVerdict v = judge(b, m08);
        assertEquals(List.of("mutant:M08,v5.7,filemap-io-kernel,DROP+LOCK,trace", "mutant:M08,v5.7,filemap-io-kernel,DROP,trace"),
                b.args, "the search stops at LOCK's violation: DROP is searched again without it");
        assertEquals(List.of("false", "false"), b.multipleErrors);
        assertEquals(EngineVerdict.Status.KILLED, v.status(), v.cell());
        assertEquals(Set.of("LOCK"), v.kills().keySet());
        assertTrue(v.detail().contains("holds: DROP on filemap-io-kernel"), v.detail());
        EngineVerdict.EngineKill k = v.kills().get("LOCK");
        assertTrue(k.where().startsWith("filemap-io-kernel (JPF: 2000 states"), k.where());
        assertEquals("jpf", k.trace().engine());
        assertEquals("s390-gmap+M08", k.trace().handler());
        assertTrue(k.trace().explanation().contains("replays on the embedded engine"), k.trace().explanation());
        assertFalse(k.trace().steps().isEmpty());
    }

    @Test void aSearchCutShortIsIncompleteNotSurvived() throws InterruptedException {
        EngineVerdict v = judge(new ScriptedBackend(args -> run(List.of(), 1, "depth limit reached")), m08);
        assertEquals(EngineVerdict.Status.INCOMPLETE, v.status(), v.cell());
        assertTrue(v.detail().contains("depth limit reached") && v.detail().contains("search.depth_limit=1000"), v.detail());
        assertTrue(v.kills().isEmpty());
    }

    @Test void onlyACompleteSearchWithoutViolationSurvives() throws InterruptedException {
        EngineVerdict v = judge(new ScriptedBackend(args -> run(List.of(), 0, "")), m08);
        assertEquals(EngineVerdict.Status.SURVIVED, v.status(), v.cell());
        assertTrue(v.detail().contains("the engines disagree"), v.detail());
    }

    @Test void aModelErrorOrAFailedSearchIsAnError() throws InterruptedException {
        JpfRun.Error npe = new JpfRun.Error("gov.nasa.jpf.vm.NoUncaughtExceptionsProperty", "java.lang.NullPointerException\n\tat x", List.of());
        EngineVerdict crashed = judge(new ScriptedBackend(args -> run(List.of(npe), 0, "")), m08);
        assertEquals(EngineVerdict.Status.ERROR, crashed.status(), crashed.cell());
        assertTrue(crashed.detail().contains("NullPointerException"), crashed.detail());
        EngineVerdict failed = judge(new ScriptedBackend(args -> { throw new IllegalStateException("no JPF here"); }), m08);
        assertEquals(EngineVerdict.Status.ERROR, failed.status(), failed.cell());
        assertTrue(failed.detail().contains("no JPF here"), failed.detail());
    }
}
