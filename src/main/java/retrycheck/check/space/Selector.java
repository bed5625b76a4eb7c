package retrycheck.check.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A selection of points by dimension values: {@code core=uffd,mode=kernel} (a comma is "and"; a value may list
 * alternatives with {@code |}: {@code signals=fatal|both}). Dimensions and values are matched case-insensitively;
 * an unknown dimension or value, a dimension named twice or an empty element is refused with the valid choices.
 */
public final class Selector {
    private final Map<Dimension, List<String>> wanted;
    private final String text;

    private Selector(Map<Dimension, List<String>> wanted, String text) {
        this.wanted = wanted;
        this.text = text;
    }

    /** True if {@code element} looks like a selector's element (dimension=value) rather than an id. */
    public static boolean isSelectorElement(String element) { return element.contains("="); }

    /** Parses {@code dim=value[|value],...}; IllegalArgumentException naming the bad part and the valid choices. */
    public static Selector parse(String text) {
        Map<Dimension, List<String>> wanted = new LinkedHashMap<>();
        for (String element : text.split(",", -1)) {
            String e = element.trim();
            int eq = e.indexOf('=');
            if (e.isEmpty()) throw new IllegalArgumentException("'" + text + "': empty element (a stray comma?)");
            if (eq < 0) throw new IllegalArgumentException("'" + text + "': '" + e + "' is not dimension=value (a selector's elements "
                    + "are all dimension=value; give ids in another --scenario); dimensions: " + String.join(", ", Dimension.ids()));
            String dimName = e.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            Dimension d = Dimension.byId(dimName);
            if (d == null) throw new IllegalArgumentException("'" + text + "': unknown dimension '" + e.substring(0, eq).trim()
                    + "'; valid: " + String.join(", ", Dimension.ids()));
            if (wanted.containsKey(d)) throw new IllegalArgumentException("'" + text + "': dimension " + d.id
                    + " is given twice; list alternatives with |, e.g. " + d.id + "=" + String.join("|", d.valueIds().subList(0, 2)));
            List<String> values = new ArrayList<>();
            for (String v : e.substring(eq + 1).split("\\|", -1)) {
                String val = v.trim().toLowerCase(Locale.ROOT);
                if (val.isEmpty()) throw new IllegalArgumentException("'" + text + "': empty value of " + d.id + "; valid: "
                        + String.join(", ", d.valueIds()));
                if (d.value(val) == null) throw new IllegalArgumentException("'" + text + "': unknown value '" + v.trim() + "' of "
                        + d.id + "; valid: " + String.join(", ", d.valueIds()));
                if (!values.contains(val)) values.add(val);
            }
            wanted.put(d, values);
        }
        return new Selector(wanted, text);
    }

    public boolean matches(Point p) {
        for (Map.Entry<Dimension, List<String>> w : wanted.entrySet())
            if (!w.getValue().contains(p.get(w.getKey()))) return false;
        return true;
    }

    @Override public String toString() { return text; }
}
