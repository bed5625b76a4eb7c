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

/** MatrixRunner: results in spec order, one progress line per check, and no threads left behind. */
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
        for (String line : progress) assertTrue(line.matches("\\[\\d/5\\] .* PASS +\\d+ executions"), line);
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
