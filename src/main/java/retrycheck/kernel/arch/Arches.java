package retrycheck.kernel.arch;

import java.util.List;

/**
 * The architectures of the model: the 23 the patch changes, in the patch's order ({@link #patch()}), then those that
 * join in a later release (csky in v5.12, loongarch in v6.0), each with {@link Arch#existsIn}.
 */
public final class Arches {
    private Arches() {}

    private static final List<Arch> ALL = List.of(
            new Alpha(), new Arc(), new Arm(), new Arm64(), new Hexagon(), new Ia64(), new M68k(),
            new Microblaze(), new Mips(), new Nds32(), new Nios2(), new Openrisc(), new Parisc(), new Powerpc(),
            new Riscv(), new S390(), new Sh(), new Sparc32(), new Sparc64(), new Um(), new Unicore32(), new X86(),
            new Xtensa(), new Csky(), new Loongarch());

    /** Every arch of the model, in any release (see {@link Arch#existsIn}). */
    public static List<Arch> all() { return ALL; }

    // not Stream.toList(): JpfTarget loads this class inside JPF, whose java-17 class library lacks the SharedSecrets
    // access Stream.toList() goes through (every JPF check ended in NoSuchMethodException; JpfClassLibraryTest)
    private static final List<Arch> PATCH = List.copyOf(ALL.stream()
            .filter(a -> a.existsIn(retrycheck.kernel.Variant.V5_6) && a.existsIn(retrycheck.kernel.Variant.V5_7))
            .collect(java.util.stream.Collectors.toList()));

    /** The 23 architectures of the patch (v5.6.4 and v5.7.14), in the patch's order. */
    public static List<Arch> patch() { return PATCH; }

    /**
     * Handlers of the main matrix beside the 23 patched loops: paths of those arches' C that need their own entry.
     * s390-gmap is arch/s390/mm/fault.c do_exception() for a KVM guest fault with pfault enabled, the one caller
     * that passes FAULT_FLAG_RETRY_NOWAIT (issue 12 §3).
     */
    public static List<Arch> extra() { return EXTRA; }

    private static final List<Arch> EXTRA = List.of(new S390Gmap());
}
