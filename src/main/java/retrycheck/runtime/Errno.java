package retrycheck.runtime;

/** The few errno values the model returns (include/uapi/asm-generic/errno-base.h, include/linux/errno.h). */
public final class Errno {
    private Errno() {}
    public static final int EINTR = -4;
    public static final int EFAULT = -14;
    public static final int EBUSY = -16;
    public static final int ERESTARTSYS = -512;
}
