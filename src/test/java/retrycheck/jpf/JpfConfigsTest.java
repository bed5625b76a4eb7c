package retrycheck.jpf;

import org.junit.jupiter.api.Test;
import retrycheck.check.Scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checked-in jpf/*.jpf files are exactly what {@link JpfConfigs} generates from the scenario list. */
class JpfConfigsTest {
    private static final Path DIR = Path.of("jpf");
    private static final String REGENERATE = " (regenerate: java -cp target/classes retrycheck.jpf.JpfConfigs jpf)";

    @Test void oneConfigurationPerScenario() {
        assertEquals(Scenarios.ALL.size(), JpfConfigs.generate().size());
    }

    @Test void checkedInConfigurationsAreCurrent() throws IOException {
        Map<String, String> expected = JpfConfigs.generate();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path f = DIR.resolve(e.getKey());
            assertTrue(Files.isRegularFile(f), f + " is missing" + REGENERATE);
            assertEquals(e.getValue(), Files.readString(f), f + " is out of date" + REGENERATE);
        }
        try (Stream<Path> files = Files.list(DIR)) {
            var stale = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jpf") && !expected.containsKey(n))
                    .collect(Collectors.toList());
            assertTrue(stale.isEmpty(), "jpf/ has configurations of no scenario: " + stale + REGENERATE);
        }
    }
}
