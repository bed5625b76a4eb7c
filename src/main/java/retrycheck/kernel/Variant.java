package retrycheck.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which kernel the model stands for: a release, in order. v5.6 and v5.7 are the trees before and after
 * "mm: allow VM_FAULT_RETRY for multiple times"; the later ones are the releases that changed the retry protocol
 * again (spec/releases.md). Each names the release of the tree its citations refer to (the top Makefile's
 * VERSION.PATCHLEVEL.SUBLEVEL). Model code does not branch on the variant: a release's C is a subclass of the
 * previous one's ({@link KernelReleases}) or an arch's declaration for that release.
 */
public enum Variant {
    V5_6("v5.6", "5.6.4"), V5_7("v5.7", "5.7.14"), V5_9("v5.9", "5.9.1"), V5_12("v5.12", "5.12.9"),
    V6_0("v6.0", "6.0.1"), V6_3("v6.3", "6.3.8"), V6_4("v6.4", "6.4.6"), V6_5("v6.5", "6.5.0"), V6_8("v6.8", "6.8.0");

    /** The two variants of the patch itself, before and after: the default selection of `check`. */
    public static final List<Variant> PATCH = List.of(V5_6, V5_7);

    private final String label;
    private final String release;

    Variant(String label, String release) { this.label = label; this.release = release; }

    public String label() { return label; }

    /** The release of the tree this variant's citations refer to, e.g. "5.7.14". */
    public String release() { return release; }

    /** True from v5.7 on: the patch is applied (FAULT_FLAG_DEFAULT, TRIED without clearing ALLOW_RETRY). */
    public boolean isV57() { return atLeast(V5_7); }

    /** This release or a later one. */
    public boolean atLeast(Variant v) { return compareTo(v) >= 0; }

    /** The release before this one, or null for v5.6. */
    public Variant previous() { return ordinal() == 0 ? null : values()[ordinal() - 1]; }

    @Override public String toString() { return label; }

    public static List<String> labels() { return Arrays.stream(values()).map(Variant::label).collect(Collectors.toList()); }

    public static Variant parse(String text) {
        for (Variant v : values()) if (v.label.equalsIgnoreCase(text) || v.name().equalsIgnoreCase(text)) return v;
        throw new IllegalArgumentException("unknown variant '" + text + "'; valid: " + String.join(", ", labels()));
    }
}
