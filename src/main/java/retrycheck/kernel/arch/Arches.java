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
}
