package retrycheck.jpf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The code JPF runs (JpfTarget and what it loads: the kernel model, the runtime, the checks and their scenarios, the
 * mutant catalog) must not call {@code Stream.toList()}: jpf-core's java-17 class library lacks the SharedSecrets access
 * it goes through, so every JPF check ends in {@code NoSuchMethodException: SharedSecrets.getJavaUtilCollectionAccess()}
 * (it did, after Arches.patch() used it). The default build has no jpf-core to run JPF, so it reads the sources instead.
 */
class JpfClassLibraryTest {
    private static final Path SRC = Path.of("src/main/java/retrycheck");
    /** Packages and files loaded inside JPF. */
    private static final List<Path> INSIDE_JPF = List.of(SRC.resolve("kernel"), SRC.resolve("runtime"), SRC.resolve("check"),
            SRC.resolve("mutants/Mutants.java"), SRC.resolve("mutants/Mutant.java"), SRC.resolve("mutants/CoreMutants.java"),
            SRC.resolve("mutants/ClaimMutants.java"), SRC.resolve("jpf/JpfTarget.java"), SRC.resolve("jpf/AtomicRuntime.java"));
    /** A stream's toList() (not Collectors.toList()). */
    private static final Pattern STREAM_TO_LIST = Pattern.compile("(?<!Collectors)\\.toList\\(\\)");

    @Test
    void noStreamToListInCodeThatRunsInsideJpf() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : INSIDE_JPF) {
            assertTrue(Files.exists(root), root + " is gone: update INSIDE_JPF");
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).replaceFirst("//.*", "");
                        Matcher m = STREAM_TO_LIST.matcher(code);
                        if (m.find()) found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 50, "read only " + files + " files");
        assertEquals(List.of(), found, "Stream.toList() in code JPF runs: use collect(Collectors.toList())");
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        assertTrue(STREAM_TO_LIST.matcher("xs.stream().map(f).toList();").find());
        assertTrue(!STREAM_TO_LIST.matcher("xs.stream().collect(Collectors.toList());").find());
    }
}
