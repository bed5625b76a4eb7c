package retrycheck.alloy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed models/arch/*.als and models/arches.als are what {@link GenerateModels} makes of the Java arch
 * declarations today. When this fails, regenerate (see {@link GenerateModels}) and commit the result.
 */
class GeneratedModelsAreCurrentTest {

    @Test
    void committedGeneratedModelsAreCurrent() throws Exception {
        Path models = TestModels.MODELS;
        Map<String, String> expected = GenerateModels.generate();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path p = models.resolve(e.getKey());
            if (!Files.exists(p)) problems.add(p + " is missing");
            else if (!Files.readString(p).equals(e.getValue())) problems.add(p + " is stale (differs from what the Java declarations generate)");
        }
        try (Stream<Path> s = Files.list(models.resolve(GenerateModels.ARCH_DIR))) {
            s.filter(p -> p.toString().endsWith(".als"))
                    .filter(p -> !expected.containsKey(GenerateModels.ARCH_DIR + "/" + p.getFileName()))
                    .forEach(p -> problems.add(p + " belongs to no arch of Arches.patch()"));
        }
        if (!problems.isEmpty())
            fail(String.join("\n", problems) + "\nRegenerate with:\n  " + GenerateModels.REGENERATE + "\nand commit models/.");
    }
}
