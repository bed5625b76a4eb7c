package retrycheck.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.cli.CliTest.cli;

/** `check --classpath`, `list --classpath` and `check --junit-xml`: a reviewer's classes without `java -cp`. */
class ClasspathOptionTest {
    @TempDir static Path classes;
    static Path jar;

    private static final String HANDLER = """
            package mine;
            public class MyX86 extends retrycheck.kernel.arch.X86 {
                @Override public String name() { return "my-x86"; }
            }
            """;
    private static final String PROPERTY = """
            package mine;
            import retrycheck.check.*;
            import retrycheck.runtime.Event;
            public class NoWrite implements Property {
                public String id() { return "MY_NO_WRITE"; }
                public String description() { return "the fault never write-locks mmap_sem"; }
                public Monitor newMonitor(CheckContext ctx) {
                    return new Monitor(id()) {
                        @Override protected void check(Event e) { if (writeHolders.contains("fault")) violation(e, "write lock"); }
                    };
                }
            }
            """;
    private static final String SCENARIO = """
            package mine;
            import retrycheck.check.*;
            public class MySwap implements ScenarioProvider {
                public Scenario scenario() {
                    Scenario b = Scenarios.byId("swap-io");
                    return new Scenario("my-swap", b.path(), b.userMode(), b.pageUnderIo(), b.env(), "swap-in, my way");
                }
            }
            """;

    @BeforeAll
    static void compile() throws IOException {
        Path src = classes.resolve("src/mine");
        Files.createDirectories(src);
        Files.writeString(src.resolve("MyX86.java"), HANDLER);
        Files.writeString(src.resolve("NoWrite.java"), PROPERTY);
        Files.writeString(src.resolve("MySwap.java"), SCENARIO);
        Path out = classes.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, "-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("MyX86.java").toString(), src.resolve("NoWrite.java").toString(), src.resolve("MySwap.java").toString());
        assertEquals(0, rc, err.toString());
        jar = classes.resolve("mine.jar");
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o);
             Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                j.putNextEntry(new JarEntry(out.relativize(p).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(p));
                j.closeEntry();
            }
        }
    }

    private static String dir() { return classes.resolve("out").toString(); }

    @Test
    void aHandlerOfOnesOwnFromADirectoryOrAJar() {
        for (String cp : new String[]{dir(), jar.toString()}) {
            CliTest.Result r = cli("check", "--quiet", "--classpath", cp, "--handler", "mine.MyX86", "--variant", "v5.7", "--scenario", "filemap-io");
            assertEquals(Main.OK, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("my-x86"), r.out());
        }
    }

    @Test
    void aPropertyAndAScenarioOfOnesOwn() {
        CliTest.Result r = cli("check", "--quiet", "--classpath", dir(), "--arch", "x86", "--variant", "v5.7",
                "--scenario", "mine.MySwap,filemap-io", "--property", "mine.NoWrite");
        assertEquals(Main.OK, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("my-swap") && r.out().contains("filemap-io"), r.out());
        assertTrue(r.out().contains("MY_NO_WRITE") && r.out().contains("FLAGS"), "added to the seven invariants: " + r.out());
    }

    @Test
    void withoutTheClasspathTheErrorSaysWhereToAddIt() {
        CliTest.Result r = cli("check", "--handler", "mine.MyX86");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("mine.MyX86") && r.err().contains("--classpath"), r.err());
        CliTest.Result missing = cli("check", "--classpath", classes.resolve("nope").toString(), "--handler", "mine.MyX86");
        assertEquals(Main.USAGE, missing.exit());
        assertTrue(missing.err().contains("nope") && missing.err().contains("no such directory or jar"), missing.err());
    }

    @Test
    void listShowsWhatTheClasspathAdds() {
        CliTest.Result a = cli("list", "arches", "--classpath", dir());
        assertEquals(Main.OK, a.exit(), a.err());
        assertTrue(a.out().contains("x86") && a.out().contains("mine.MyX86") && a.out().contains("my-x86"), a.out());
        CliTest.Result i = cli("list", "invariants", "--classpath", jar.toString());
        assertTrue(i.out().contains("mine.NoWrite") && i.out().contains("MY_NO_WRITE"), i.out());
        CliTest.Result s = cli("list", "scenarios", "--classpath", dir());
        assertTrue(s.out().contains("mine.MySwap") && s.out().contains("my-swap"), s.out());
        assertFalse(s.out().contains("mine.MyX86"), s.out());
    }

    @Test
    void junitXmlHasOneTestcasePerCheckAndPropertyWithTheTrace(@TempDir Path out) throws IOException {
        Path xml = out.resolve("report.xml");
        CliTest.Result r = cli("check", "--quiet", "--arch", "x86", "--scenario", "filemap-io", "--invariant", "FLAGS,LOCK",
                "--junit-xml", xml.toString());
        assertEquals(Main.FAILED, r.exit(), r.err());           // v5.6 violates FLAGS
        String x = Files.readString(xml);
        assertTrue(x.contains("tests=\"4\"") && x.contains("failures=\"1\""), x);
        assertTrue(x.contains("name=\"x86 v5.6 filemap-io FLAGS\"") && x.contains("TRIED without ALLOW_RETRY"), x);
        assertTrue(x.contains("name=\"x86 v5.7 filemap-io LOCK\"") && x.contains("PASS: "), x);
        try (Stream<Path> s = Files.list(out)) { assertEquals(1, s.count(), "no temporary file is left"); }
    }
}
