package retrycheck.jpf;

import org.junit.jupiter.api.Test;
import retrycheck.check.Invariants;
import retrycheck.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The JPF side that needs no JPF: the target's arguments, error mapping, and the message without jpf-core. */
class JpfTargetTest {
    @Test void argumentsNameOneCheck() {
        var spec = JpfTarget.spec("x86", "v5.6", "filemap-io", "FLAGS+LOCK");
        assertEquals("x86 v5.6 filemap-io", spec.label());
        assertEquals(2, spec.properties().size());
        assertEquals(Invariants.ALL.size(), JpfTarget.spec("x86", "v5.7", "swap-io", "ALL").properties().size());
        assertThrows(IllegalArgumentException.class, () -> JpfTarget.spec("x86", "v5.7", "nope", "ALL"));
    }

    @Test void runsOnAPlainJvm() throws InterruptedException {
        // one real interleaving of a correct check: no monitor fires, the threads end
        JpfTarget.run(JpfTarget.spec("x86", "v5.7", "filemap-io", "ALL"), false);
    }

    @Test void jpfErrorsMapToInvariants() {
        var props = Invariants.ALL;
        var flags = new JpfRun.Error("gov.nasa.jpf.vm.NoUncaughtExceptionsProperty",
                "java.lang.AssertionError: FLAGS: handle_mm_fault() called with TRIED (event 18)\n\tat x", java.util.List.of());
        var dead = new JpfRun.Error("gov.nasa.jpf.vm.NotDeadlockedProperty", "thread ...", java.util.List.of());
        var npe = new JpfRun.Error("gov.nasa.jpf.vm.NoUncaughtExceptionsProperty", "java.lang.NullPointerException", java.util.List.of());
        assertEquals("FLAGS", JpfEngine.invariantOf(flags, props));
        assertEquals("DEADLOCK", JpfEngine.invariantOf(dead, props));
        assertEquals("MODEL_ERROR", JpfEngine.invariantOf(npe, props));
    }

    @Test void aWorkersResultComesBackWhole() throws Exception {
        // a result with a FAIL and its trace (the embedded engine's: the worker's JSON does not depend on who found it)
        var spec = JpfTarget.spec("x86", "v5.6", "filemap-io", "ALL");
        retrycheck.check.CheckResult embedded;
        try (retrycheck.check.Checker c = new retrycheck.check.Checker()) {
            embedded = c.run(spec, retrycheck.explore.Explorer.Options.defaults());
        }
        assertEquals(retrycheck.check.Verdict.FAIL, embedded.verdicts.get("FLAGS"));
        embedded.incompleteReason = "JPF: depth limit reached: 400";
        var sent = new JpfEngine.Result(embedded, new JpfRun(java.util.List.of(), 324, 285, 12, 25, 1, "depth limit reached: 400",
                11_000_000L, 3, 1), 2);
        JpfEngine.Result back = JpfWorker.fromJson(spec, JpfWorker.toJson(sent));
        assertEquals(embedded.verdicts, back.result().verdicts);
        assertEquals(embedded.incompleteReason, back.result().incompleteReason);
        assertEquals(sent.jpf(), back.jpf());
        assertEquals(2, back.searches());
        assertEquals(embedded.traces.keySet(), back.result().traces.keySet());
        assertEquals(retrycheck.trace.TraceJson.write(embedded.traces.get("FLAGS")),
                retrycheck.trace.TraceJson.write(back.result().traces.get("FLAGS")));
        assertTrue(JpfWorker.toJson(sent).indexOf('\n') < 0, "one line");
        assertEquals(java.util.List.of("x86", "v5.6", "filemap-io", "FLAGS+DROP+SIGNAL+LOCK+DEADLOCK+TERMINATION+SLEEP", "400", "1000"),
                JpfWorker.args(spec, JpfEngine.Options.defaults().bounded(400, 1000)));
    }

    @Test void withoutJpfCoreTheEngineSaysHowToInstallItAndExits2() {
        assumeTrue(JpfEngine.unavailable() != null, "SKIPPED: jpf-core is installed, so the not-installed message cannot be shown");
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(buf, true));
            code = Main.commandLine().execute("check", "--engine", "jpf", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io");
        } finally {
            System.setErr(err);
        }
        assertEquals(Main.USAGE, code);
        String msg = buf.toString();
        assertTrue(msg.contains("jpf-core") && msg.contains("java-17") && msg.contains("-Pjpf"), msg);
    }
}
