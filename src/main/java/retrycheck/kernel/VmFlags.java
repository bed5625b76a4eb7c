package retrycheck.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * VM_* of include/linux/mm.h (v5.7.14 lines 245-260; the same values in v5.6.4): struct vm_area_struct's vm_flags.
 * VM_GROWSUP is VM_ARCH_1 on ia64 and parisc (mm.h:322-324) and VM_NONE elsewhere (:339-340).
 */
public final class VmFlags {
    private VmFlags() {}

    public static final int VM_NONE = 0x0;
    public static final int VM_READ = 0x1;
    public static final int VM_WRITE = 0x2;
    public static final int VM_EXEC = 0x4;
    public static final int VM_SHARED = 0x8;
    public static final int VM_MAYREAD = 0x10;
    public static final int VM_MAYWRITE = 0x20;
    public static final int VM_MAYEXEC = 0x40;
    public static final int VM_MAYSHARE = 0x80;
    public static final int VM_GROWSDOWN = 0x100;
    public static final int VM_UFFD_MISSING = 0x200;
    public static final int VM_UFFD_WP = 0x1000;
    /** VM_ARCH_1 (0x01000000), VM_GROWSUP on ia64 and parisc. */
    public static final int VM_GROWSUP = 0x01000000;

    private static final int[] BITS = {VM_READ, VM_WRITE, VM_EXEC, VM_SHARED, VM_MAYREAD, VM_MAYWRITE, VM_MAYEXEC,
            VM_MAYSHARE, VM_GROWSDOWN, VM_UFFD_MISSING, VM_UFFD_WP, VM_GROWSUP};
    private static final String[] NAMES = {"READ", "WRITE", "EXEC", "SHARED", "MAYREAD", "MAYWRITE", "MAYEXEC",
            "MAYSHARE", "GROWSDOWN", "UFFD_MISSING", "UFFD_WP", "GROWSUP"};

    public static String names(int flags) {
        List<String> parts = new ArrayList<>();
        int rest = flags;
        for (int i = 0; i < BITS.length; i++)
            if ((flags & BITS[i]) != 0) { parts.add(NAMES[i]); rest &= ~BITS[i]; }
        if (rest != 0) parts.add(String.format("0x%x", rest));
        return parts.isEmpty() ? "NONE" : String.join("|", parts);
    }
}
