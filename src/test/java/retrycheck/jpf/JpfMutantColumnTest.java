package retrycheck.jpf;

import org.junit.jupiter.api.Test;
import retrycheck.check.CheckSpec;
import retrycheck.check.Verdict;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Variant;
import retrycheck.mutants.EngineVerdict;
import retrycheck.mutants.KillMatrix;
import retrycheck.mutants.Mutant;
import retrycheck.mutants.Mutants;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JPF column of the kill matrix under real Java PathFinder, on cheap mutants: an arch mutant (M02, an anonymous
 * X86 subclass) and a core mutant (M19, a CoreOverrides seam under fixup_user_fault) are KILLED with a JPF trace that
 * replays on the embedded engine. The unmutated fixup_user_fault passes the same search under JPF, so M19's kill comes
 * from its overrides reaching JPF through {@code mutant:M19}. About two minutes (the control is a complete search);
 * skipped without jpf-core and the -Pjpf backend.
 */
class JpfMutantColumnTest {
    private static JpfEngine requireJpf() {
        String why = JpfEngine.unavailable();
        assumeTrue(why == null, () -> "SKIPPED: the JPF column needs Java PathFinder: " + why
                + " Install jpf-core and run mvn -Pjpf verify (README, 'Java PathFinder').");
        return JpfEngine.create(JpfMutantEngine.options());
    }

    @Test void cheapMutantsAreKilledUnderJpfWithATrace() throws InterruptedException {
        JpfEngine jpf = requireJpf();
        List<Mutant> mutants = List.of(Mutants.byId("M02"), Mutants.byId("M19"));
        KillMatrix.Result res = KillMatrix.run(mutants, 2, List.of(new JpfMutantEngine(jpf)), System.out::println);
        assertEquals(List.of("jpf"), res.engines);
        for (KillMatrix.Row r : res.rows) {
            EngineVerdict v = r.engines().get("jpf");
            assertEquals(EngineVerdict.Status.KILLED, v.status(), r.mutant().label() + ": " + v.cell());
            for (String inv : r.mutant().expectedIds()) {
                EngineVerdict.EngineKill k = v.kills().get(inv);
                assertTrue(k != null, r.mutant().label() + " not killed on " + inv + " under JPF: " + v.cell());
                assertEquals("jpf", k.trace().engine());
                assertEquals(r.mutant().handlerName(), k.trace().handler());
                assertFalse(k.trace().steps().isEmpty());
                assertTrue(k.trace().explanation().contains("replays on the embedded engine"), k.trace().explanation());
                assertTrue(k.where().startsWith(r.kills().get(inv).scenario() + " (JPF: "), k.where());
            }
            assertTrue(r.killersOf("FLAGS").contains("jpf"));
        }
        assertTrue(res.engineDefects().isEmpty(), res.engineDefects().toString());
    }

    @Test void withoutItsOverridesTheCoreMutantsSearchFindsNothing() {
        JpfEngine jpf = requireJpf();
        Mutant m19 = Mutants.byId("M19");
        CheckSpec control = new CheckSpec(m19.base(), Variant.V5_7, m19.scenarios().get(0), m19.expected(), KernelOps.DEFAULT);
        JpfEngine.Result r = jpf.run(control);
        assertEquals(Verdict.PASS, r.result().verdicts.get("FLAGS"), r.result().verdicts + " " + r.result().incompleteReason);
    }
}
