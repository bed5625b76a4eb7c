package retrycheck.alloy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** v5.6 violates FLAGS, and the counterexample is a readable trace naming the forbidden combination. */
class V56FlagsTraceTest {

    @Test
    void v56FlagsCounterexampleIsATraceThatNamesTheForbiddenCombination() throws Exception {
        AlloyResult r = TestModels.result(TestModels.MODELS.resolve("retry.als"), "FLAGS_v56");
        assertEquals(Outcome.COUNTEREXAMPLE, r.outcome());
        assertEquals(AlloyResult.Verdict.PASS, r.verdict());
        AlloyTrace t = r.trace();
        assertNotNull(t);
        assertTrue(t.states().size() >= 3, "a trace of several states");
        assertTrue(t.loopState() >= 0, "a temporal trace has a loop state");
        // some attempt enters handle_mm_fault() with TRIED but not ALLOW_RETRY
        assertTrue(t.states().stream().anyMatch(s -> "Core".equals(s.get("pc")) && AlloyTrace.isForbiddenFlags(s.get("flags"))),
                t.render());
        AlloyTrace.AlloyState first = t.states().get(0);
        assertTrue(first.get("flags").contains("ALLOW_RETRY"), "it starts with ALLOW_RETRY");
        for (String col : new String[]{"pc", "attempt", "flags", "mmap_sem", "page_lock", "signals", "result", "ev"})
            assertTrue(first.fields().containsKey(col), "column " + col);
        assertTrue(t.config().containsKey("Fault.mode"), "mode is shown");
        String text = t.render();
        assertTrue(text.contains("KILLABLE|TRIED") && text.contains("FLAGS: TRIED without ALLOW_RETRY"), text);
        // and as Alloy XML for the visualizer
        assertNotNull(r.xml());
        String xml = Files.readString(r.xml());
        assertTrue(xml.contains("<alloy") && xml.contains("<instance"), "Alloy XML");
    }

    @Test
    void theCounterexampleBecomesASharedTraceThatRoundTripsAndRefusesReplay(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        AlloyResult r = TestModels.result(TestModels.MODELS.resolve("retry.als"), "FLAGS_v56");
        retrycheck.trace.Trace t = AlloyTraces.toTrace(r);
        assertEquals("alloy", t.engine());
        assertEquals("FLAGS", t.invariant());
        assertEquals("v5.6", t.variant());
        assertEquals(r.trace().states().size(), t.steps().size(), "one step per state");
        retrycheck.trace.TraceStep v = t.steps().get(t.violationStep() - 1);
        assertTrue(v.flagsBefore().contains("TRIED") && !v.flagsBefore().contains("ALLOW_RETRY"), v.toString());
        Path f = dir.resolve("t.json");
        Files.writeString(f, retrycheck.trace.TraceJson.write(t));
        assertEquals(t, retrycheck.trace.TraceJson.read(f), "JSON round trip");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> retrycheck.trace.Replayer.replay(t));
        assertTrue(e.getMessage().contains("alloy:retry.als"), e.getMessage());
    }

    @Test
    void theFlagLatticeCounterexampleNamesTheStartFlags() {
        AlloyResult r = TestModels.result(TestModels.MODELS.resolve("flags.als"), "FLAGS_v56_retry_never_forbidden");
        assertEquals(Outcome.COUNTEREXAMPLE, r.outcome());
        String f = r.trace().states().get(0).get("f");
        assertTrue(f.contains("ALLOW_RETRY") && f.contains("KILLABLE") && !f.contains("TRIED"), f);
    }

    @Test
    void xmlGoesWhereAsked(@org.junit.jupiter.api.io.TempDir Path dir) {
        AlloyRunner.Model m = TestModels.model(TestModels.MODELS.resolve("flags.als"));
        AlloyResult r = AlloyRunner.run(m, m.command("FLAGS_v56_retry_never_forbidden"), dir);
        assertNotNull(r.xml());
        assertTrue(Files.exists(dir.resolve("flags.FLAGS_v56_retry_never_forbidden.xml")));
    }
}
