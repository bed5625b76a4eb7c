package retrycheck.kernel.arch;

import java.util.List;

/** The 23 architectures the patch changes, in the patch's order. */
public final class Arches {
    private Arches() {}

    private static final List<Arch> ALL = List.of(
            new Alpha(), new Arc(), new Arm(), new Arm64(), new Hexagon(), new Ia64(), new M68k(),
            new Microblaze(), new Mips(), new Nds32(), new Nios2(), new Openrisc(), new Parisc(), new Powerpc(),
            new Riscv(), new S390(), new Sh(), new Sparc32(), new Sparc64(), new Um(), new Unicore32(), new X86(),
            new Xtensa());

    public static List<Arch> all() { return ALL; }

    /**
     * Handlers of the main matrix beside the 23 patched loops: paths of those arches' C that need their own entry.
     * s390-gmap is arch/s390/mm/fault.c do_exception() for a KVM guest fault with pfault enabled, the one caller
     * that passes FAULT_FLAG_RETRY_NOWAIT (issue 12 §3).
     */
    public static List<Arch> extra() { return EXTRA; }

    private static final List<Arch> EXTRA = List.of(new S390Gmap());
}
