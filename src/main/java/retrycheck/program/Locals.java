package retrycheck.program;

import retrycheck.runtime.Op;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Shared;
import retrycheck.runtime.Src;

import java.util.Arrays;

/**
 * What a thread's local state depends on, as part of the global state the explorer hashes at loop heads: the
 * last loop head's label and carried locals, and the values the thread has read since. No operation of another
 * thread touches it, so it adds no dependence.
 */
final class Locals extends Shared {
    static final String HEAD = "loop_head ";
    private String head = "start";
    private long digest;

    Locals(Runtime rt, String thread) { super(rt, "locals:" + thread); }

    void head(String label, int[] carried) {
        String h = label + Arrays.toString(carried);
        rt.exec(Op.read(HEAD + h, Src.NONE, this, () -> {
            head = h;
            digest = 0;
            return h;
        }));
    }

    void observed(Object v) { digest = digest * 0x100000001B3L + String.valueOf(v).hashCode() + 1; }

    @Override public String state() { return head + "#" + Long.toHexString(digest); }
}
