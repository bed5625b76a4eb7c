package retrycheck.kernel;

import java.util.ArrayList;
import java.util.List;

/** VM_FAULT_* of include/linux/mm_types.h (v5.7.14; COMPLETED from v6.0.1), the vm_fault_t result of handle_mm_fault(). */
public final class VmFault {
    private VmFault() {}

    public static final int OOM = 0x1;
    public static final int SIGBUS = 0x2;
    public static final int MAJOR = 0x4;
    public static final int WRITE = 0x8;
    public static final int HWPOISON = 0x10;
    public static final int HWPOISON_LARGE = 0x20;
    public static final int SIGSEGV = 0x40;
    public static final int NOPAGE = 0x100;
    public static final int LOCKED = 0x200;
    public static final int RETRY = 0x400;
    public static final int FALLBACK = 0x800;
    public static final int DONE_COW = 0x1000;
    public static final int NEEDDSYNC = 0x2000;
    /**
     * v6.0 on (include/linux/mm_types.h:755 of 6.0.1, {@code VM_FAULT_COMPLETED = (__force vm_fault_t)0x004000,}):
     * "->fault completed, meanwhile mmap lock released". Never set before v6.0.
     */
    public static final int COMPLETED = 0x4000;
    /** s390 private code (arch/s390/mm/fault.c:51): the signal check fired. */
    public static final int S390_SIGNAL = 0x080000;
    /** s390 private code: pfault (gmap) path. */
    public static final int S390_PFAULT = 0x100000;

    public static final int ERROR = OOM | SIGBUS | SIGSEGV | HWPOISON | HWPOISON_LARGE | FALLBACK;

    private static final int[] BITS = {OOM, SIGBUS, MAJOR, WRITE, HWPOISON, HWPOISON_LARGE, SIGSEGV, NOPAGE,
            LOCKED, RETRY, FALLBACK, DONE_COW, NEEDDSYNC, COMPLETED, S390_SIGNAL, S390_PFAULT};
    private static final String[] NAMES = {"OOM", "SIGBUS", "MAJOR", "WRITE", "HWPOISON", "HWPOISON_LARGE",
            "SIGSEGV", "NOPAGE", "LOCKED", "RETRY", "FALLBACK", "DONE_COW", "NEEDDSYNC", "COMPLETED", "SIGNAL", "PFAULT"};

    public static boolean isRetry(int fault) { return (fault & RETRY) != 0; }

    public static String names(int fault) {
        List<String> parts = new ArrayList<>();
        int rest = fault;
        for (int i = 0; i < BITS.length; i++) {
            if ((fault & BITS[i]) != 0) { parts.add(NAMES[i]); rest &= ~BITS[i]; }
        }
        if (rest != 0) parts.add(String.format("0x%x", rest));
        return parts.isEmpty() ? "0" : retrycheck.runtime.Strs.join("|", parts);
    }
}
