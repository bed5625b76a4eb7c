package retrycheck.alloy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A malformed model gets file:line:column and Alloy's message, exit 2, and the other files are still reported. */
class BadInputTest {

    static final String BROKEN = "module broken\nsig A {}\nfact { all a: A | a in }\nrun {} expect 1\n";

    @Test
    void parseErrorCarriesLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.als");
        Files.writeString(f, BROKEN);
        AlloyInputException e = assertThrows(AlloyInputException.class, () -> AlloyRunner.parse(f));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0, "column " + e.column());
        assertTrue(e.describe().startsWith(f + ":3:" + e.column() + ": "), e.describe());
        assertTrue(e.getMessage().toLowerCase().contains("syntax"), e.getMessage());
    }

    @Test
    void cliReportsTheOtherFilesAndExits2(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.als");
        Files.writeString(broken, BROKEN);
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new AlloyCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--no-traces", broken.toString(), TestModels.MODELS.resolve("flags.als").toString());
        assertEquals(AlloyCommand.BAD_INPUT, code, out + "\n" + err);
        assertTrue(err.toString().contains(broken + ":3:"), err.toString());
        assertTrue(out.toString().contains("FLAGS_v56_retry_never_forbidden") && out.toString().contains("PASS"), out.toString());
    }

    @Test
    void missingFileIsBadUsage(@TempDir Path dir) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new AlloyCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(dir.resolve("nope.als").toString());
        assertEquals(AlloyCommand.BAD_INPUT, code);
        assertTrue(err.toString().contains("nope.als") && err.toString().contains("no such file"), err.toString());
    }

    @Test
    void exitCodes() {
        Path f = Path.of("x.als");
        AlloyResult pass = new AlloyResult(f, "A", 1, true, Outcome.HOLDS, Outcome.HOLDS, 1, null, null, null);
        AlloyResult failed = new AlloyResult(f, "B", 2, true, Outcome.HOLDS, Outcome.COUNTEREXAMPLE, 1, null, null, null);
        AlloyResult error = new AlloyResult(f, "C", 3, true, Outcome.HOLDS, Outcome.ERROR, 1, null, null, "boom");
        AlloyResult input = AlloyResult.inputError(f, 1, "x.als:1:1: bad");
        assertEquals(0, AlloyCommand.exitCode(List.of(pass)));
        assertEquals(1, AlloyCommand.exitCode(List.of(pass, failed, error)));
        assertEquals(3, AlloyCommand.exitCode(List.of(pass, error)));
        assertEquals(2, AlloyCommand.exitCode(List.of(pass, failed, input)));
    }
}
