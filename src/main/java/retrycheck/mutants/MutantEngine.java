package retrycheck.mutants;

import java.util.List;
import java.util.function.Consumer;

/**
 * An engine that judges the mutation catalog besides the embedded explorer: the Alloy models ({@link AlloyMutantEngine})
 * and, where jpf-core is installed, Java PathFinder ({@code retrycheck.jpf.JpfMutantEngine}). {@link KillMatrix} runs the
 * embedded explorer first; each row then tells the engine where the embedded engine killed the mutant, so an engine that
 * is expensive per search can start there.
 */
public interface MutantEngine {
    /** The column name: "alloy", "jpf". */
    String name();

    /** One verdict per row, in the rows' order. */
    List<EngineVerdict> judge(List<KillMatrix.Row> rows, int workers, Consumer<String> progress) throws InterruptedException;
}
