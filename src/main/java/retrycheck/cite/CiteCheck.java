package retrycheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the model's citations of one release against a kernel tree of that release: a line citation is right
 * when the line holds its C text (whitespace collapsed) and lies inside the cited function; a function citation
 * when the file defines the function. Citations without C text, and citations that are not literals, cannot be
 * checked and are listed as such (they count as failures: spec/citations.md).
 */
public final class CiteCheck {
    private CiteCheck() {}

    /** How far from the cited line the check looks for the text, for the fix hint. */
    public static final int HINT_RANGE = 60;

    /** One citation that is not right. */
    public enum Kind { WRONG, NO_TEXT, UNRESOLVED }

    /**
     * @param citation   the citation
     * @param kind       what is wrong
     * @param why        said for a person: "line 1397 does not hold the text", "no C text given", the scanner's reason
     * @param actual     the cited line as the tree has it ("" when there is none)
     * @param nearest    the nearest line within {@link #HINT_RANGE} lines (inside the function when the tree defines
     *                   it) that holds the text, 0 if none
     * @param suggestion that line when it is the only one there, else 0
     */
    public record Finding(Citation citation, Kind kind, String why, String actual, int nearest, int suggestion) {}

    /** The check of one tree: how many citations were checked, and every one that is not right, in source order. */
    public record Report(KernelTree tree, int checked, List<Finding> findings) {
        public long count(Kind k) { return findings.stream().filter(f -> f.kind() == k).count(); }

        public boolean ok() { return findings.isEmpty(); }

        public String summary() {
            return checked + " citation" + (checked == 1 ? "" : "s") + " checked against v" + tree.release() + ", "
                    + count(Kind.WRONG) + " wrong, " + count(Kind.NO_TEXT) + " without text, "
                    + count(Kind.UNRESOLVED) + " cannot be checked";
        }
    }

    /** Whether the model cites the release: the tree of one of its variants, or any release a citation names. */
    public static boolean cites(List<Citation> all, String release) {
        for (retrycheck.kernel.Variant v : retrycheck.kernel.Variant.values()) if (v.release().equals(release)) return true;
        return all.stream().anyMatch(c -> c.release().equals(release));
    }

    /**
     * Checks the citations of {@code tree}'s release. Citations that cannot be checked are listed with every tree
     * whose release they name, and with every tree when their release is not known.
     */
    public static Report check(List<Citation> all, KernelTree tree) {
        int checked = 0;
        List<Finding> out = new ArrayList<>();
        for (Citation c : all) {
            if (!c.resolved()) {
                if (c.release().isEmpty() || c.release().equals(tree.release()))
                    out.add(new Finding(c, Kind.UNRESOLVED, c.problem(), "", 0, 0));
                continue;
            }
            if (!c.release().equals(tree.release())) continue;
            Optional<List<String>> file = tree.lines(c.file());
            if (c.lacksText()) {
                String actual = "", why = "no C text given";
                if (file.isEmpty()) why += "; the tree has no file " + c.file();
                else if (c.line() > file.get().size()) why += "; " + c.file() + " has only " + file.get().size() + " lines";
                else {
                    actual = file.get().get(c.line() - 1);
                    List<int[]> spans = functionSpans(file.get(), c.function());
                    if (spans.isEmpty()) why += "; " + c.file() + " defines no function " + c.function() + "()";
                    else if (!inside(spans, c.line()))
                        why += "; line " + c.line() + " is not inside " + c.function() + "() (" + spansText(spans) + ")"
                                + insideOf(file.get(), c.line());
                }
                out.add(new Finding(c, Kind.NO_TEXT, why, actual, 0, 0));
                continue;
            }
            checked++;
            if (file.isEmpty()) {
                out.add(new Finding(c, Kind.WRONG, "the tree has no file " + c.file(), "", 0, 0));
                continue;
            }
            List<String> lines = file.get();
            List<int[]> spans = functionSpans(lines, c.function());
            if (c.isFunction()) {
                if (spans.isEmpty())
                    out.add(new Finding(c, Kind.WRONG, c.file() + " defines no function " + c.function() + "()", "", 0, 0));
                continue;
            }
            if (c.line() > lines.size()) {
                out.add(new Finding(c, Kind.WRONG, c.file() + " has only " + lines.size() + " lines", "", 0, 0));
                continue;
            }
            String want = collapse(c.text());
            String actual = lines.get(c.line() - 1);
            boolean holds = collapse(actual).contains(want);
            boolean inside = inside(spans, c.line());
            if (holds && inside) continue;
            String why = !holds ? "line " + c.line() + " does not hold the text"
                    : spans.isEmpty() ? c.file() + " defines no function " + c.function() + "()"
                    : "line " + c.line() + " holds the text but is not inside " + c.function() + "() (" + spansText(spans) + ")"
                            + insideOf(lines, c.line());
            int nearest = 0, count = 0;
            if (!spans.isEmpty() || holds) {
                for (int d = 0; d <= HINT_RANGE; d++)
                    for (int n : d == 0 ? new int[]{c.line()} : new int[]{c.line() - d, c.line() + d}) {
                        if (n < 1 || n > lines.size() || !collapse(lines.get(n - 1)).contains(want)) continue;
                        if (!spans.isEmpty() && !inside(spans, n)) continue;
                        count++;
                        if (nearest == 0) nearest = n;
                    }
            }
            if (spans.isEmpty()) nearest = 0;
            out.add(new Finding(c, Kind.WRONG, why, actual, nearest, count == 1 ? nearest : 0));
        }
        return new Report(tree, checked, out);
    }

    /** {@code s} with every run of whitespace one space, and no leading or trailing space. */
    public static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static boolean inside(List<int[]> spans, int line) {
        for (int[] s : spans) if (line >= s[0] && line <= s[1]) return true;
        return false;
    }

    private static String spansText(List<int[]> spans) {
        StringBuilder b = new StringBuilder("lines ");
        for (int i = 0; i < spans.size(); i++) b.append(i == 0 ? "" : ", ").append(spans.get(i)[0]).append('-').append(spans.get(i)[1]);
        return b.toString();
    }

    /**
     * The definitions of C function {@code fn} in a kernel file, as [first line, last line] (1-based): a line in
     * column 0 naming {@code fn(}, the parameter lines up to a line opening the body with '{' (a ';' first means a
     * prototype), and the body up to the first line starting with '}' (kernel coding style). Several when the
     * file defines it more than once (#ifdef alternatives).
     */
    public static List<int[]> functionSpans(List<String> lines, String fn) {
        List<int[]> out = new ArrayList<>();
        if (!fn.matches("[A-Za-z_][A-Za-z0-9_]*")) return out;
        Pattern head = Pattern.compile("^(?:[A-Za-z_].*[\\s*])?" + Pattern.quote(fn) + "\\s*\\(");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!head.matcher(l).find() || l.startsWith("#")) continue;
            int body = -1;
            for (int j = i; j < lines.size() && j < i + 20; j++) {
                String t = stripComment(lines.get(j)).strip();
                if (j > i && lines.get(j).startsWith("{") || t.endsWith("{") && !t.startsWith("#")) {
                    body = j;
                    break;
                }
                if (t.endsWith(";") || t.startsWith("#") && j > i) break;
            }
            if (body < 0) continue;
            int end = -1;
            for (int j = body + 1; j < lines.size(); j++)
                if (lines.get(j).startsWith("}")) {
                    end = j;
                    break;
                }
            if (end < 0) continue;
            out.add(new int[]{i + 1, end + 1});
            i = end;
        }
        return out;
    }

    /** "; it is inside foo()" when line {@code n} lies in the body of a function foo, else "". */
    static String insideOf(List<String> lines, int n) {
        String fn = enclosingFunction(lines, n);
        return fn == null ? "" : "; it is inside " + fn + "()";
    }

    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    /**
     * The function whose body holds line {@code n} (1-based), kernel style: up from n to a line starting with
     * '{' (a line starting with '}' first means between functions), then up to the first line of the head, the
     * line after a blank, comment, preprocessor or ';'/'}' line; its first {@code name(}. Null if none.
     */
    public static String enclosingFunction(List<String> lines, int n) {
        int i = n - 1;
        while (i >= 0 && !lines.get(i).startsWith("{")) {
            if (lines.get(i).startsWith("}") && i != n - 1) return null;
            i--;
        }
        if (i <= 0) return null;
        int head = i - 1;
        while (head > 0) {
            String above = lines.get(head - 1);
            String t = above.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")
                    || t.endsWith(";") || t.endsWith("}") || t.endsWith("*/") || i - head > 12) break;
            head--;
        }
        for (int j = head; j < i; j++) {
            var m = NAME.matcher(stripComment(lines.get(j)));
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static String stripComment(String l) {
        int c = l.indexOf("/*");
        return c < 0 ? l : l.substring(0, c);
    }
}
