package retrycheck.runtime;

/** The few errno values the model returns (include/uapi/asm-generic/errno-base.h, include/linux/errno.h). */
public final class Errno {
    private Errno() {}
    public static final int EIO = -5;
    public static final int EINTR = -4;
    public static final int EAGAIN = -11;
    public static final int ENOMEM = -12;
    public static final int EFAULT = -14;
    public static final int EBUSY = -16;
    public static final int EINVAL = -22;
    public static final int ERESTARTSYS = -512;

    /** "-EINTR" for -4; the number for an errno the model does not name. */
    public static String name(int errno) {
        return switch (errno) {
            case EIO -> "-EIO";
            case EINTR -> "-EINTR";
            case EAGAIN -> "-EAGAIN";
            case ENOMEM -> "-ENOMEM";
            case EFAULT -> "-EFAULT";
            case EBUSY -> "-EBUSY";
            case EINVAL -> "-EINVAL";
            case ERESTARTSYS -> "-ERESTARTSYS";
            default -> Integer.toString(errno);
        };
    }
}
