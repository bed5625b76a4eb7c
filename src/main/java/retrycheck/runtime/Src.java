package retrycheck.runtime;

/**
 * A place in the kernel sources that a model line stands for: the kernel release whose tree the line number
 * refers to, file, function, line, and the C text that line holds (so that {@code retrycheck cite-check} can
 * verify the citation against a kernel tree). Citations are written {@code Src.v57(file, fn).at(line, "C text")}
 * or {@code Src.v56(file, fn).at(line, "C text")}: the text is a fragment of that line, compared with
 * whitespace collapsed.
 *
 * @param release the kernel release of the tree the line refers to, e.g. "5.7.14"; "" when unknown
 * @param text    a fragment of the C text on that line; "" when the citation carries none
 */
public record Src(String release, String file, String function, int line, String text) {
    public static final Src NONE = new Src("", "", "", 0, "");

    /** v5.7.14, the tree after the patch. */
    public static final String V5_7_14 = "5.7.14";
    /** v5.6.4, the tree before the patch. */
    public static final String V5_6_4 = "5.6.4";

    /**
     * A citation without release or text (older code, whose line may be of either tree): traces show it without a
     * release, and cite-check lists it as one that cannot be checked.
     */
    public Src(String file, String function, int line) { this("", file, function, line, ""); }

    /** The function in the v5.7.14 tree, with line 0; {@link #at(int, String)} picks a line inside it. */
    public static Src v57(String file, String function) { return new Src(V5_7_14, file, function, 0, ""); }

    /** The function in the v5.6.4 tree. */
    public static Src v56(String file, String function) { return new Src(V5_6_4, file, function, 0, ""); }

    /** The function in the tree of {@code release}. */
    public static Src in(String release, String file, String function) { return new Src(release, file, function, 0, ""); }

    /**
     * A display label, not a citation: names a function (of a handler chosen at run time, e.g. the fault handler of the
     * FAULT_BEGIN/FAULT_END notes) whose lines are cited elsewhere. cite-check neither lists nor checks labels.
     */
    public static Src label(String file, String function) { return new Src("", file, function, 0, ""); }

    /** Same as {@link #v57}: kept for code written before citations carried a release. */
    public static Src fn(String file, String function) { return v57(file, function); }

    /** A line of this function that holds {@code cText}. */
    public Src at(int line, String cText) { return new Src(release, file, function, line, cText == null ? "" : cText); }

    /** A line without its C text (older code). */
    public Src at(int line) { return new Src(release, file, function, line, ""); }

    @Override public String toString() {
        if (file.isEmpty()) return "-";
        return file + (line > 0 ? ":" + line : "") + " " + function + "()";
    }
}
