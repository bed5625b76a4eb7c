package retrycheck.kernel.arch;

import java.util.List;

/** The 23 architectures the patch changes, in the patch's order. */
public final class Arches {
    private Arches() {}

    private static final List<Arch> ALL = List.of(
            new X86());

    public static List<Arch> all() { return ALL; }
}
