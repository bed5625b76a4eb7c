package retrycheck.trace;

/**
 * Links from a step to the kernel source it stands for, on the public Elixir source viewer (a hyperlink only:
 * the views render without network). A step links to the tree of its release; a step without one (older traces)
 * to its trace's variant's tree: v5.7 to v5.7.14, v5.6 to v5.6.4.
 */
public final class SourceLinks {
    private SourceLinks() {}

    public static final String BASE = "https://elixir.bootlin.com/linux/";

    /** The kernel tag a trace's variant links to. */
    public static String tag(String variant) {
        return "v5.6".equals(variant) ? "v5.6.4" : "v5.7.14";
    }

    /**
     * The source-viewer URL of a step's file and line (no anchor when the line is unknown), or null when the step
     * has no single file (engine notes, or a wildcard such as {@code arch/*}).
     */
    public static String url(String variant, TraceStep s) {
        if (s.file().isEmpty() || s.file().contains("*") || s.file().contains("..") || s.file().startsWith("/")
                || !s.file().matches("[A-Za-z0-9_./+-]+")) return null;
        String tag = s.release().matches("[0-9]+(\\.[0-9]+)*") ? "v" + s.release() : tag(variant);
        return BASE + tag + "/source/" + s.file() + (s.line() > 0 ? "#L" + s.line() : "");
    }
}
