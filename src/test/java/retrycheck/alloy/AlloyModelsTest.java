package retrycheck.alloy;

import edu.mit.csail.sdg.ast.Command;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command of every model under models/ comes out as its {@code expect} says. */
class AlloyModelsTest {

    @TestFactory
    List<DynamicTest> everyCommandAsExpected() {
        TestModels.solveAll();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : TestModels.files()) {
            AlloyRunner.Model m = TestModels.model(f);
            for (Command c : m.commands()) {
                tests.add(DynamicTest.dynamicTest(f + " " + c.label, () -> {
                    AlloyResult r = TestModels.result(f, c.label);
                    assertEquals(AlloyResult.Verdict.PASS, r.verdict(),
                            () -> f + ":" + r.line() + " " + c.label + ": expected " + r.expected() + ", got " + r.outcome()
                                    + (r.message() == null ? "" : " — " + r.message())
                                    + (r.trace() == null ? "" : "\n" + r.trace().render()));
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no commands found under models/");
        return tests;
    }

    @Test
    void everyCheckHasACompanionRunAndAnExpectation() {
        for (Path f : TestModels.files()) {
            AlloyRunner.Model m = TestModels.model(f);
            assertEquals(List.of(), AlloyRunner.missingCompanions(m).stream().map(AlloyResult::message).toList(), f.toString());
            for (Command c : m.commands())
                assertTrue(c.expects >= 0, f + ":" + c.pos.y + " " + c.label + " has no 'expect 0/1'");
        }
    }

    @Test
    void theModelsAreThere() {
        List<String> names = TestModels.files().stream().map(p -> TestModels.MODELS.relativize(p).toString().replace('\\', '/')).toList();
        assertTrue(names.containsAll(List.of("flags.als", "retry.als", "arches.als", "arch/x86.als")), names.toString());
    }
}
