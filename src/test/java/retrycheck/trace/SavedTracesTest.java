package retrycheck.trace;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Every trace saved under src/test/resources/traces/ is a regression test: drop a file there, get a test. */
class SavedTracesTest {
    @TestFactory Stream<DynamicTest> everySavedTraceReplays() throws IOException {
        Path dir = Path.of("src/test/resources/traces");
        return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> TraceAssert.assertReplays(p)));
    }
}
