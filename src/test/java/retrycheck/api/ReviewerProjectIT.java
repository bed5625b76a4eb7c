package retrycheck.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * examples/reviewer-project, run as its README says, so that it cannot rot: the library jar this build just packaged
 * is installed into a temporary local repository, and the example is built with Maven against it, with no network:
 * every other artifact comes from this machine's local repository through a file:// mirror. As proposed, one check
 * fails (surefire reports it with its trace); with -Pfixed every check passes. Runs in `mvn verify` (failsafe), after
 * `package`; the source tree of the example is copied, never built in place.
 */
class ReviewerProjectIT {
    @TempDir Path tmp;

    private static String prop(String name) {
        String v = System.getProperty(name);
        Assumptions.assumeTrue(v != null && !v.isEmpty(), "system property " + name + " is not set: run through `mvn verify`");
        return v;
    }

    @Test
    void theExampleFailsAsDocumentedAndPassesWithTheFix() throws Exception {
        Path jar = Path.of(prop("retrycheck.jar"));
        Path pom = Path.of(prop("retrycheck.pom"));
        String version = prop("retrycheck.version");
        Path localRepo = Path.of(prop("retrycheck.localRepository"));
        Path mvn = Path.of(prop("maven.home"), "bin", "mvn");
        Assumptions.assumeTrue(Files.isExecutable(mvn), "no Maven launcher at " + mvn);
        assertTrue(Files.isRegularFile(jar), "the library jar " + jar + " was not packaged");

        // `mvn install` into a temporary local repository: the jar and its POM in the repository layout
        Path repo = tmp.resolve("repo");
        Path dir = repo.resolve("retrycheck/retrycheck/" + version);
        Files.createDirectories(dir);
        Files.copy(jar, dir.resolve("retrycheck-" + version + ".jar"));
        Files.copy(pom, dir.resolve("retrycheck-" + version + ".pom"));
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, "<settings><localRepository>" + repo + "</localRepository>"
                + "<mirrors><mirror><id>this-machine</id><mirrorOf>*</mirrorOf><url>" + localRepo.toUri()
                + "</url></mirror></mirrors></settings>");

        Path project = tmp.resolve("reviewer-project");
        copyTree(Path.of("examples", "reviewer-project"), project);

        Run asProposed = mvn(mvn, settings, project, "test");
        assertNotEquals(0, asProposed.exit, "the example documents one failing check:\n" + asProposed.out);
        assertTrue(asProposed.out.contains("fixup_user_fault v5.7 filemap-io"), asProposed.out);
        assertTrue(asProposed.out.contains("FLAGS: FAIL, expected PASS"), asProposed.out);
        assertTrue(asProposed.out.contains("TRIED without ALLOW_RETRY"), "the trace is in the failure message:\n" + asProposed.out);
        Path traces = project.resolve("target/retrycheck");
        assertTrue(Files.isRegularFile(traces.resolve("fixup_user_fault-v5.7-filemap-io-FLAGS.json")), asProposed.out);
        assertTrue(Files.isRegularFile(traces.resolve("fixup_user_fault-v5.7-filemap-io-FLAGS.html")), asProposed.out);
        String report = Files.readString(project.resolve("target/surefire-reports/TEST-reviewer.ProposedChangeTest.xml"));
        assertTrue(report.contains("fixup_user_fault v5.7 filemap-io"), "surefire names the failing check: " + report);

        Run fixed = mvn(mvn, settings, project, "test", "-Pfixed");
        assertEquals(0, fixed.exit, fixed.out);
        assertTrue(fixed.out.contains("Tests run: 2, Failures: 0, Errors: 0"), fixed.out);
    }

    private record Run(int exit, String out) {}

    private static Run mvn(Path mvn, Path settings, Path project, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(mvn.toString(), "-B", "-s", settings.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(project.getParent(), "mvn-", ".log");
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in 10 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target")) continue;
                Path dst = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(dst);
                else Files.copy(p, dst, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
