package retrycheck.cite;

/**
 * One citation of the kernel C in the model source: a {@code Src} the model builds, as the scanner
 * ({@link Citations#scan}) found it.
 *
 * @param release  the kernel release whose tree the line refers to ("5.7.14", "5.6.4"); "" when not known
 * @param file     kernel file, relative to the tree ("mm/filemap.c"); "" when not known
 * @param function the kernel function ("__lock_page_or_retry"); "" when not known
 * @param line     the cited line, 0 for a citation of the whole function
 * @param text     the C text the line holds (a fragment, compared with whitespace collapsed); "" when none given
 * @param java     where the model cites it: Java file and line ("src/main/java/retrycheck/kernel/Filemap.java:33")
 * @param problem  why the citation cannot be checked ("the line is computed: k.v57() ? 410 : 408"); "" when it can
 */
public record Citation(String release, String file, String function, int line, String text, String java, String problem) {

    /** Release, file, function, line and text are all literals in the source. */
    public boolean resolved() { return problem.isEmpty(); }

    /** A citation of a function (no line): cite-check checks that the file defines it. */
    public boolean isFunction() { return resolved() && line == 0; }

    /** A line citation without its C text: cite-check cannot check what the line holds. */
    public boolean lacksText() { return resolved() && line > 0 && text.isBlank(); }

    /** The release as the views show it: "v5.7.14". */
    public String releaseTag() { return release.isEmpty() ? "" : "v" + release; }

    /** "mm/filemap.c:1397" (or "mm/filemap.c" for a function citation). */
    public String location() { return file + (line > 0 ? ":" + line : ""); }
}
