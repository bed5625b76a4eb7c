package retrycheck.alloy;

import edu.mit.csail.sdg.ast.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parses each model once and solves each command once for all tests of this package (one JVM). */
final class TestModels {
    private TestModels() {}

    static final Path MODELS = Path.of("models");

    private static final Map<Path, AlloyRunner.Model> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, AlloyResult> RESULTS = new ConcurrentHashMap<>();

    static List<Path> files() {
        try {
            return AlloyRunner.modelsUnder(MODELS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AlloyRunner.Model model(Path file) {
        return PARSED.computeIfAbsent(file, f -> {
            try {
                return AlloyRunner.parse(f);
            } catch (AlloyInputException e) {
                throw new AssertionError(e.describe(), e);
            }
        });
    }

    static AlloyResult result(Path file, String label) {
        return RESULTS.computeIfAbsent(file + "#" + label, k -> {
            AlloyRunner.Model m = model(file);
            Command c = m.command(label);
            return AlloyRunner.run(m, c, Path.of("target", "alloy-xml"));
        });
    }
}
