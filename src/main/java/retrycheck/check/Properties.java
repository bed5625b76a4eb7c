package retrycheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every built-in property by id: the seven {@link Invariants} (the default set of {@code check}) and the patch's
 * {@link Claims} (selected by id with {@code --invariant}). Ids are case-insensitive.
 */
public final class Properties {
    private Properties() {}

    public static final List<Property> ALL;

    static {
        List<Property> l = new ArrayList<>(Invariants.ALL);
        l.addAll(Claims.ALL);
        ALL = List.copyOf(l);
    }

    public static List<String> ids() { return ALL.stream().map(Property::id).collect(Collectors.toList()); }

    /** Whether {@code p} is in the default set (the seven invariants). */
    public static boolean isDefault(Property p) { return Invariants.ALL.contains(p); }

    public static Property byId(String id) {
        for (Property p : ALL) if (p.id().equalsIgnoreCase(id)) return p;
        throw new IllegalArgumentException("unknown invariant '" + id + "'; valid: " + retrycheck.runtime.Strs.join(", ", ids()));
    }
}
