package retrycheck.kernel;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which kernel the model stands for: before (v5.6) or after (v5.7) "mm: allow VM_FAULT_RETRY for multiple times". */
public enum Variant {
    V5_6("v5.6"), V5_7("v5.7");

    private final String label;

    Variant(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isV57() { return this == V5_7; }

    @Override public String toString() { return label; }

    public static Variant parse(String text) {
        for (Variant v : values()) if (v.label.equalsIgnoreCase(text) || v.name().equalsIgnoreCase(text)) return v;
        throw new IllegalArgumentException("unknown variant '" + text + "'; valid: "
                + Arrays.stream(values()).map(Variant::label).collect(Collectors.joining(", ")));
    }
}
