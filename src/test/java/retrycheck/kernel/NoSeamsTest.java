package retrycheck.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model contains only what the C contains (issue 12 §1): no mutant seams in src/main/java/retrycheck/kernel (no
 * CoreOverrides, no {@code overrides.} switches) and no {@code v57()} version branches in the core (the v5.6.4 core is
 * made of subclasses: Filemap56, Gup56, ...). The arch code (kernel/arch, helper 12arch) still reads the version
 * through {@code k.v57()} for its line numbers and is exempt from the v57() rule until it has v5.6 classes of its own.
 */
class NoSeamsTest {
    private static final Path KERNEL = Path.of("src/main/java/retrycheck/kernel");
    private static final Pattern SEAM = Pattern.compile("CoreOverrides|\\boverrides\\.");
    private static final Pattern VERSION_BRANCH = Pattern.compile("\\bv57\\(\\)|isV57\\(\\)");

    @Test void noMutantSeamsInTheKernelModel() throws IOException {
        assertEquals(List.of(), hits(SEAM, false));
    }

    @Test void noVersionBranchesInTheCore() throws IOException {
        assertEquals(List.of(), hits(VERSION_BRANCH, true));
    }

    @Test void theScanSeesTheModel() throws IOException {
        try (Stream<Path> s = Files.walk(KERNEL)) {
            assertTrue(s.filter(p -> p.toString().endsWith(".java")).count() > 30, "kernel sources not found from " + Path.of("").toAbsolutePath());
        }
        assertTrue(SEAM.matcher("k.overrides.swapRetryLost").find() && VERSION_BRANCH.matcher("if (k.v57())").find());
    }

    /** file:line of each match outside comments; with {@code coreOnly} outside kernel/arch and the two places that may name the version. */
    private static List<String> hits(Pattern p, boolean coreOnly) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(KERNEL)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java")).sorted()::iterator) {
                String rel = KERNEL.relativize(f).toString().replace('\\', '/');
                if (coreOnly && (rel.startsWith("arch/") || rel.equals("Variant.java") || rel.equals("KernelOps.java")
                        || rel.equals("Kernel.java"))) continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*$", "");
                    String t = code.trim();
                    if (t.startsWith("*") || t.startsWith("/*")) continue;
                    if (p.matcher(code).find()) out.add(rel + ":" + (i + 1) + ": " + t);
                }
            }
        }
        return out;
    }
}
