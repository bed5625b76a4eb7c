package retrycheck.runtime;

import java.util.Arrays;

/**
 * String joining for model code. Java PathFinder's java-17 model of java.lang.String has no join(), so the
 * classes JPF executes (kernel, runtime, check) join through here instead.
 */
public final class Strs {
    private Strs() {}

    public static String join(String sep, Iterable<? extends CharSequence> parts) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (CharSequence p : parts) {
            if (!first) b.append(sep);
            b.append(p);
            first = false;
        }
        return b.toString();
    }

    public static String join(String sep, CharSequence[] parts) { return join(sep, Arrays.asList(parts)); }
}
