package retrycheck.runtime;

/**
 * A place in the kernel sources that a model line stands for: file, function and line (of the version the
 * model code transliterates, v5.7.14 unless the code is v5.6-only, then v5.6.4).
 */
public record Src(String file, String function, int line) {
    public static final Src NONE = new Src("", "", 0);

    /** The function, with line 0; {@link #at(int)} picks a line inside it. */
    public static Src fn(String file, String function) { return new Src(file, function, 0); }

    public Src at(int line) { return new Src(file, function, line); }

    @Override public String toString() {
        if (file.isEmpty()) return "-";
        return file + (line > 0 ? ":" + line : "") + " " + function + "()";
    }
}
