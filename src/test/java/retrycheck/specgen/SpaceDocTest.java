package retrycheck.specgen;

import org.junit.jupiter.api.Test;
import retrycheck.check.space.Space;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** spec/space.md is generated from the space; -Dretrycheck.regenerate=true rewrites it. */
class SpaceDocTest {
    @Test
    void spaceDocIsCurrent() throws IOException {
        GeneratedFilesTest.check(Path.of("spec/space.md"), SpaceDoc.space());
    }

    @Test
    void spaceDocNamesEveryDimensionRuleAndDefaultScenario() {
        String md = SpaceDoc.space();
        assertTrue(md.contains("### core: ") && md.contains("| `shmem` |") && md.contains("**no**: not modelled"), "dimensions");
        assertTrue(md.contains("**" + Space.valid().size() + " valid**"), "counts");
        for (Space.Entry e : Space.defaultSet()) assertTrue(md.contains("| `" + e.id() + "` |"), e.id());
    }
}
