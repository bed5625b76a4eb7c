package retrycheck.alloy;

import java.nio.file.Path;

/**
 * The result of one command of one model (or, with {@code command == null}, a model that could not be read).
 *
 * @param file     the .als file
 * @param command  the command's label, e.g. "FLAGS_v56"; null for a file-level error
 * @param line     the command's line in the file (or the error's line)
 * @param check    a check (true) or a run (false)
 * @param expected what the model says it must come to ({@code expect N} or a {@code -- expect:} comment)
 * @param outcome  what it came to
 * @param millis   translation and solving time
 * @param trace    the counterexample of a failed check, or the instance of a run; null otherwise
 * @param xml      where the solution was written as Alloy XML (opens in the Alloy visualizer), or null
 * @param message  for ERROR: "file:line:column: message"
 */
public record AlloyResult(Path file, String command, int line, boolean check, Outcome expected, Outcome outcome,
                          long millis, AlloyTrace trace, Path xml, String message) {

    public enum Verdict { PASS, FAIL, ERROR }

    /** PASS when the outcome is the expected one, FAIL when it is another, ERROR when the command could not run. */
    public Verdict verdict() {
        if (outcome == Outcome.ERROR) return Verdict.ERROR;
        return outcome == expected ? Verdict.PASS : Verdict.FAIL;
    }

    /** A bad input (malformed model, unreadable file): exit 2, not "incomplete". */
    public boolean isInputError() { return command == null && outcome == Outcome.ERROR; }

    public static AlloyResult inputError(Path file, int line, String message) {
        return new AlloyResult(file, null, line, false, null, Outcome.ERROR, 0, null, null, message);
    }
}
