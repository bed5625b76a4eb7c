package retrycheck.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * FAULT_FLAG_* of include/linux/mm.h (v5.7.14 lines 435-452) with the kernel's hex values, and
 * fault_flag_allow_retry_first() (mm.h:466-470), added by "mm: allow VM_FAULT_RETRY for multiple times".
 */
public final class FaultFlags {
    private FaultFlags() {}

    public static final int WRITE = 0x01;
    public static final int MKWRITE = 0x02;
    public static final int ALLOW_RETRY = 0x04;
    public static final int RETRY_NOWAIT = 0x08;
    public static final int KILLABLE = 0x10;
    public static final int TRIED = 0x20;
    public static final int USER = 0x40;
    public static final int REMOTE = 0x80;
    public static final int INSTRUCTION = 0x100;
    /** New in v5.7. */
    public static final int INTERRUPTIBLE = 0x200;
    /** v5.7: FAULT_FLAG_DEFAULT = ALLOW_RETRY | KILLABLE | INTERRUPTIBLE = 0x214. */
    public static final int DEFAULT = ALLOW_RETRY | KILLABLE | INTERRUPTIBLE;
    /** v6.4 on: FAULT_FLAG_VMA_LOCK = 1 << 12 (include/linux/mm_types.h): the fault holds the VMA lock, not mmap_lock. */
    public static final int VMA_LOCK = 0x1000;

    private static final int[] BITS = {WRITE, MKWRITE, ALLOW_RETRY, RETRY_NOWAIT, KILLABLE, TRIED, USER,
            REMOTE, INSTRUCTION, INTERRUPTIBLE, VMA_LOCK};
    private static final String[] NAMES = {"WRITE", "MKWRITE", "ALLOW_RETRY", "RETRY_NOWAIT", "KILLABLE",
            "TRIED", "USER", "REMOTE", "INSTRUCTION", "INTERRUPTIBLE", "VMA_LOCK"};

    /** include/linux/mm.h fault_flag_allow_retry_first(): ALLOW_RETRY && !TRIED. */
    public static boolean allowRetryFirst(int flags) {
        return (flags & ALLOW_RETRY) != 0 && (flags & TRIED) == 0;
    }

    /** The combination the patch forbids: TRIED without ALLOW_RETRY ("should never be used"). */
    public static boolean isForbidden(int flags) {
        return (flags & ALLOW_RETRY) == 0 && (flags & TRIED) != 0;
    }

    /** Flags by name, e.g. "ALLOW_RETRY|KILLABLE|TRIED (0x34)". */
    public static String describe(int flags) {
        return names(flags) + String.format(" (0x%x)", flags);
    }

    public static String names(int flags) {
        List<String> parts = new ArrayList<>();
        int rest = flags;
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                parts.add(NAMES[i]);
                rest &= ~BITS[i];
            }
        }
        if (rest != 0) parts.add(String.format("0x%x", rest));
        return parts.isEmpty() ? "0" : retrycheck.runtime.Strs.join("|", parts);
    }

    /** Parses "ALLOW_RETRY|TRIED" (or a hex number) back to bits; for trace files and tests. */
    public static int parse(String text) {
        int flags = 0;
        for (String part : text.split("\\|")) {
            String p = part.trim();
            if (p.isEmpty() || p.equals("0")) continue;
            if (p.startsWith("0x")) { flags |= Integer.parseInt(p.substring(2), 16); continue; }
            int idx = List.of(NAMES).indexOf(p);
            if (idx < 0) throw new IllegalArgumentException("unknown fault flag '" + p + "'; valid: " + retrycheck.runtime.Strs.join(", ", NAMES));
            flags |= BITS[idx];
        }
        return flags;
    }
}
