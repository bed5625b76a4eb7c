package retrycheck.runtime;

/**
 * A place in the kernel sources that a model line stands for: the kernel release whose tree the line number
 * refers to, file, function, line, and the C text that line holds (so that {@code retrycheck cite-check} can
 * verify the citation against a kernel tree). Citations are written {@code Src.v57(file, fn).at(line, "C text")}
 * or {@code Src.v56(file, fn).at(line, "C text")} (later releases: {@code Src.v59}, {@code v512}, {@code v60}, {@code v63}, {@code v64}, {@code v65}, {@code v68}): the text is a fragment of that line, compared with
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
    /** The trees of the later releases that changed the protocol (spec/releases.md §1). */
    public static final String V5_9_1 = "5.9.1", V5_12_9 = "5.12.9", V6_0_1 = "6.0.1", V6_3_8 = "6.3.8",
            V6_4_6 = "6.4.6", V6_5_0 = "6.5.0", V6_8_0 = "6.8.0";

    /**
     * A citation without release or text (older code, whose line may be of either tree): traces show it without a
     * release, and cite-check lists it as one that cannot be checked.
     */
    public Src(String file, String function, int line) { this("", file, function, line, ""); }

    /** The function in the v5.7.14 tree, with line 0; {@link #at(int, String)} picks a line inside it. */
    public static Src v57(String file, String function) { return new Src(V5_7_14, file, function, 0, ""); }

    /** The function in the v5.6.4 tree. */
    public static Src v56(String file, String function) { return new Src(V5_6_4, file, function, 0, ""); }

    /** The function in the 5.9.1 tree. */
    public static Src v59(String file, String function) { return new Src(V5_9_1, file, function, 0, ""); }

    /** The function in the 5.12.9 tree. */
    public static Src v512(String file, String function) { return new Src(V5_12_9, file, function, 0, ""); }

    /** The function in the 6.0.1 tree. */
    public static Src v60(String file, String function) { return new Src(V6_0_1, file, function, 0, ""); }

    /** The function in the 6.3.8 tree. */
    public static Src v63(String file, String function) { return new Src(V6_3_8, file, function, 0, ""); }

    /** The function in the 6.4.6 tree (its content is 6.4.4: spec/releases.md §1). */
    public static Src v64(String file, String function) { return new Src(V6_4_6, file, function, 0, ""); }

    /** The function in the 6.5.0 tree. */
    public static Src v65(String file, String function) { return new Src(V6_5_0, file, function, 0, ""); }

    /** The function in the 6.8.0 tree. */
    public static Src v68(String file, String function) { return new Src(V6_8_0, file, function, 0, ""); }

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
