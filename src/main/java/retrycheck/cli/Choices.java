package retrycheck.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One rule for every option that names ids (arches, scenarios, invariants, mutants, engines, formats): a value is
 * a comma-separated list (the option may also be repeated), matched case-insensitively against the valid ids
 * and turned into their canonical spelling; an empty element (a stray comma), an unknown id or the same id twice
 * is a usage error that names the value and lists the valid choices. Class names and paths are case-sensitive.
 */
final class Choices {
    private Choices() {}

    /** The elements of the option's values, trimmed; an empty element is refused. */
    static List<String> elements(String option, List<String> raws, List<String> valid) {
        List<String> out = new ArrayList<>();
        for (String raw : raws) {
            for (String e : raw.split(",", -1)) {
                if (e.isBlank())
                    throw new UsageException(option + " '" + raw + "': empty name (a stray comma?); valid: " + String.join(", ", valid));
                out.add(e.trim());
            }
        }
        if (out.isEmpty()) throw new UsageException(option + ": no value; valid: " + String.join(", ", valid));
        return out;
    }

    /** The canonical spelling of {@code value} among {@code valid} (case-insensitive), or a usage error. */
    static String canonical(String option, String what, String value, List<String> valid) {
        for (String v : valid) if (v.equalsIgnoreCase(value)) return v;
        throw new UsageException(option + " '" + value + "': unknown " + what + "; valid: " + String.join(", ", valid));
    }

    /** The canonical ids of a list option, each once. */
    static List<String> pick(String option, String what, List<String> raws, List<String> valid) {
        List<String> out = new ArrayList<>();
        for (String e : elements(option, raws, valid)) out.add(canonical(option, what, e, valid));
        noDuplicates(option, out);
        return out;
    }

    /** Refuses the same name twice (compared case-insensitively). */
    static void noDuplicates(String option, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names)
            if (!seen.add(n.toLowerCase(Locale.ROOT)))
                throw new UsageException(option + ": '" + n + "' is given twice; name each once");
    }
}
