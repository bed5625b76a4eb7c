package retrycheck.specgen;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails the build when a committed generated file is stale; -Dretrycheck.regenerate=true rewrites it. */
class GeneratedFilesTest {
    private static final boolean REGENERATE = Boolean.getBoolean("retrycheck.regenerate");

    @Test
    void archTableIsCurrent() throws IOException {
        check(Path.of("spec/arches.md"), ArchTable.markdown());
    }

    @Test
    void citationsAreCurrent() throws IOException {
        check(Path.of(retrycheck.cite.Citations.RESOURCE_FILE),
                retrycheck.cite.Citations.tsv(retrycheck.cite.Citations.scanProject(Path.of("."))));
    }

    static void check(Path file, String expected) throws IOException {
        if (REGENERATE) {
            Files.writeString(file, expected);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing: run mvn -q test -Dtest=GeneratedFilesTest -Dretrycheck.regenerate=true");
        assertEquals(expected, Files.readString(file), file + " is stale (the Java specification changed): run "
                + "mvn -q test -Dtest=GeneratedFilesTest -Dretrycheck.regenerate=true and commit the result");
    }

    @Test
    void archTableNamesEveryArchAndTheForbiddenV56Flags() {
        String md = ArchTable.markdown();
        assertTrue(md.contains("| x86 | v5.6 |") && md.contains("| xtensa | v5.7 |"));
        assertTrue(md.contains("**forbidden**"), "v5.6 rows must show the forbidden combination");
    }
}
