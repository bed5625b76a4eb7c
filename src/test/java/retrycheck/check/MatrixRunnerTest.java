package retrycheck.check;

import org.junit.jupiter.api.Test;
import retrycheck.explore.Explorer;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.Variant;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MatrixRunner: results in spec order, one progress line per check numbered by completion, and no threads left behind. */
class MatrixRunnerTest {
    private static long carriers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("retrycheck-carrier")).count();
    }

    private static List<CheckSpec> specs() {
        List<CheckSpec> specs = new ArrayList<>();
        for (String h : List.of("x86", "gup", "alpha", "s390", "fixup_user_fault"))
            specs.add(new CheckSpec(Handlers.byName(h), Variant.V5_7, Scenarios.byId("filemap-io"), Invariants.ALL, KernelOps.DEFAULT));
        return specs;
    }

    @Test
    void resultsInSpecOrderWithOneProgressLineEach() throws InterruptedException {
        List<CheckSpec> specs = specs();
        List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CheckResult> rs = MatrixRunner.run(specs, Explorer.Options.defaults(), 3, progress::add);
        assertEquals(specs.size(), rs.size());
        for (int i = 0; i < specs.size(); i++) assertEquals(specs.get(i), rs.get(i).spec);
        assertEquals(specs.size(), progress.size());
        for (int k = 1; k <= progress.size(); k++) {    // [1/5], [2/5], ... in the order they arrive, whichever check finished
            String line = progress.get(k - 1);
            assertTrue(line.matches("checks \\[" + k + "/5\\] +\\d+% \\d+:\\d\\d elapsed.*  .* PASS +\\d+ executions"), line);
        }
        assertTrue(progress.get(4).contains("100%") && !progress.get(4).contains("left"), progress.get(4));
        assertTrue(progress.get(0).contains("left"), progress.get(0));
    }

    @Test
    void runsLeaveNoCarrierThreads() throws InterruptedException {
        long before = carriers();
        for (int i = 0; i < 3; i++) MatrixRunner.run(specs(), Explorer.Options.defaults(), 2, line -> { });
        long after = carriers();
        for (int waited = 0; after > before && waited < 2000; waited += 50) {
            Thread.sleep(50);
            after = carriers();
        }
        assertTrue(after <= before, "carrier threads before " + before + ", after three runs " + after);
    }
}
