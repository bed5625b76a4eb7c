package retrycheck.alloy;

import java.nio.file.Path;

/** A model that cannot be read or parsed: carries Alloy's position (line, column) and message. */
public final class AlloyInputException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public AlloyInputException(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() { return file; }
    public int line() { return line; }
    public int column() { return column; }

    /** "file:line:column: message", the form editors and CI logs understand. */
    public String describe() {
        return file + ":" + line + ":" + column + ": " + getMessage();
    }
}
