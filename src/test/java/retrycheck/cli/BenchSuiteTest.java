package retrycheck.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `bench --suite` and `check --por`: bad values are usage errors that name the valid ones; a small suite run prints its table. */
class BenchSuiteTest {
    @Test
    void badSuiteOrPorIsAUsageError() {
        CliTest.Result r = CliTest.cli("bench", "--suite", "nope");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("valid: dpor"), r.err());
        r = CliTest.cli("bench", "--suite", "dpor", "--por", "fast");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("valid: source, optimal, none"), r.err());
        r = CliTest.cli("bench", "--suite", "dpor", "--program", "nope");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("valid: lastzero, indexer, filesystem, readers, dispatcher"), r.err());
        r = CliTest.cli("check", "--arch", "x86", "--variant", "v5.7", "--scenario", "filemap-io", "--por", "fast");
        assertEquals(Main.USAGE, r.exit(), r.all());
        assertTrue(r.err().contains("valid: optimal, source, none"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void theReadersSuitePrintsOneRowPerSizeAndReduction() {
        CliTest.Result r = CliTest.cli("bench", "--suite", "dpor", "--program", "readers", "--por", "source,optimal");
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().matches("(?s).*readers\\(4\\)\\s+source\\s+16\\s+0\\s+16\\s+16\\s+1\\.00.*"), r.out());
        assertTrue(r.out().matches("(?s).*readers\\(8\\)\\s+optimal\\s+256\\s+0\\s+256\\s+256\\s+1\\.00.*"), r.out());
        assertTrue(r.out().contains("same counts"), r.out());
    }
}
