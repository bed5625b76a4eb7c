package retrycheck.cite;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The model's citations against real kernel trees, when they are given:
 * {@code -Dretrycheck.kernel.trees=../linux-5.7.14,../linux-5.6.4} (work trees or git repositories; README,
 * "Checking the citations"). Skipped, saying so, otherwise.
 */
class CiteCheckKernelTreesTest {
    static final String PROPERTY = "retrycheck.kernel.trees";

    @Test
    void everyCitationHoldsItsTextInTheGivenTrees() {
        String trees = System.getProperty(PROPERTY, "").strip();
        assumeTrue(!trees.isEmpty(), "skipped: no kernel tree given; run with -D" + PROPERTY
                + "=/path/to/linux-5.7.14,/path/to/linux-5.6.4 to check the citations against them");
        List<Citation> all = Citations.scanProject(Path.of("."));
        List<String> failures = new ArrayList<>();
        for (String t : trees.split(",")) {
            KernelTree tree = KernelTree.open(t.strip());
            CiteCheck.Report r = CiteCheck.check(all, tree);
            if (r.checked() == 0) failures.add(tree.describe() + ": no citation of v" + tree.release() + " was checked ("
                    + r.summary() + ")");
            else if (!r.ok()) {
                StringBuilder b = new StringBuilder(tree.describe() + ": " + r.summary());
                r.findings().stream().limit(20).forEach(f -> b.append("\n  ").append(f.citation().java()).append(": ")
                        .append(f.citation().location()).append(' ').append(f.why()));
                failures.add(b.toString());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
