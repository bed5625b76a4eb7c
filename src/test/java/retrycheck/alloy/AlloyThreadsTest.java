package retrycheck.alloy;

import edu.mit.csail.sdg.ast.Command;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Alloy's AST must not be translated by two threads at once (AlloyRunner#ownedBy): one parsed model solved on
 * several threads gives each thread its own parse, and no command ends in an Alloy internal error.
 */
class AlloyThreadsTest {

    @Test
    void aSecondThreadSolvesOnItsOwnParse() throws Exception {
        AlloyRunner.Model m = AlloyRunner.parse(Path.of("models/flags.als"));
        assertSame(m, AlloyRunner.ownedBy(m), "the first thread to solve a model owns it");
        assertSame(m, AlloyRunner.ownedBy(m));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            AlloyRunner.Model copy = other.submit(() -> AlloyRunner.ownedBy(m)).get();
            assertNotSame(m.world(), copy.world(), "another thread must not share the owner's AST");
            assertSame(copy, other.submit(() -> AlloyRunner.ownedBy(m)).get(), "a thread parses a model once");
            assertEquals(m.commands().stream().map(c -> c.label).toList(), copy.commands().stream().map(c -> c.label).toList());
        } finally {
            other.shutdown();
        }
    }

    /** The case that failed in CI: the commands of models/arches.als started together on more threads than cores. */
    @Test
    void manyThreadsOnOneModelGiveNoInternalError() throws Exception {
        AlloyRunner.Model m = AlloyRunner.parse(Path.of("models/arches.als"));
        List<Command> first = m.commands().subList(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(first.size());
        try {
            List<Future<AlloyResult>> fs = new ArrayList<>();
            for (Command c : first) fs.add(pool.submit(() -> AlloyRunner.run(m, c, null)));
            for (Future<AlloyResult> f : fs) {
                AlloyResult r = f.get();
                assertEquals(AlloyResult.Verdict.PASS, r.verdict(), () -> r.command() + ": " + r.outcome() + " " + r.message());
            }
        } finally {
            pool.shutdown();
        }
    }
}
