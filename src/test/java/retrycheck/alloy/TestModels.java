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

    /** Solves every command of every model once, on all processors (the runner gives each thread its own A4Options and its own parse). */
    static synchronized void solveAll() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<java.util.concurrent.Future<AlloyResult>> fs = new java.util.ArrayList<>();
            for (Path f : files())
                for (Command c : model(f).commands())
                    fs.add(pool.submit(() -> result(f, c.label)));
            for (var fu : fs) fu.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    static AlloyResult result(Path file, String label) {
        String key = file + "#" + label;
        AlloyResult r = RESULTS.get(key);
        if (r != null) return r;
        AlloyRunner.Model m = model(file);   // parsed once; solving outside the map's lock so threads run in parallel
        r = AlloyRunner.run(m, m.command(label), Path.of("target", "alloy-xml"));
        AlloyResult prev = RESULTS.putIfAbsent(key, r);
        return prev != null ? prev : r;
    }
}
