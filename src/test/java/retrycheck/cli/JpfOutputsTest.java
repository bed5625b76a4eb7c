package retrycheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrycheck.jpf.JpfEngine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * check --engine jpf keeps what finished when it is interrupted, as the embedded engine does (on a fake JPF backend, so
 * without jpf-core): the finished checks reach the shutdown hook's partial --json.
 */
class JpfOutputsTest {
    @Test
    void anInterruptedJpfCheckKeepsWhatFinished(@TempDir Path dir) throws Exception {
        String before = System.getProperty(JpfEngine.BACKEND_PROPERTY);
        System.setProperty(JpfEngine.BACKEND_PROPERTY, "retrycheck.jpf.FakeJpfBackend");
        Class<?> fake = Class.forName("retrycheck.jpf.FakeJpfBackend");
        CountDownLatch entered = new CountDownLatch(1), release = new CountDownLatch(1);
        var fEntered = fake.getDeclaredField("entered");
        var fRelease = fake.getDeclaredField("release");
        fEntered.setAccessible(true);
        fRelease.setAccessible(true);
        fEntered.set(null, entered);
        fRelease.set(null, release);
        Path json = dir.resolve("partial.json");
        CliTest.Result[] result = new CliTest.Result[1];
        try {
            // x86 finishes; arm64 blocks in the (fake) search until released
            Thread run = new Thread(() -> result[0] = CliTest.cli("check", "--engine", "jpf", "--arch", "x86,arm64", "--variant",
                    "v5.6", "--scenario", "filemap-io", "--invariant", "FLAGS", "--workers", "1", "--quiet", "--json", json.toString()));
            run.start();
            assertTrue(entered.await(60, TimeUnit.SECONDS), "the arm64 check started");
            java.io.PrintStream oldErr = System.err;
            java.io.ByteArrayOutputStream note = new java.io.ByteArrayOutputStream();
            try {
                System.setErr(new java.io.PrintStream(note, true, StandardCharsets.UTF_8));
                Outputs.shutdown();                       // what SIGINT runs
            } finally {
                System.setErr(oldErr);
                release.countDown();
            }
            run.join(60_000);
            assertEquals(Main.INTERRUPTED, result[0].exit(), result[0].all());
            String msg = note.toString(StandardCharsets.UTF_8);
            assertTrue(msg.contains("interrupted (SIGINT or SIGTERM) after 1 of 2 checks"), msg);
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            assertFalse(root.get("complete").asBoolean());
            assertEquals("jpf", root.get("engine").asText(), root.toString());
            assertEquals(1, root.get("checks").size(), root.toString());
            assertEquals("x86", root.get("checks").get(0).get("arch").asText());
        } finally {
            release.countDown();
            if (before == null) System.clearProperty(JpfEngine.BACKEND_PROPERTY);
            else System.setProperty(JpfEngine.BACKEND_PROPERTY, before);
        }
    }
}
