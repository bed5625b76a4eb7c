package retrycheck.explore;

import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;

/**
 * A user handler (for {@code --handler}) whose fault spins in plain Java without ever calling the runtime, until a
 * test sets {@link #stop}: the case the step timeout exists for.
 */
public final class SpinningHandler implements FaultHandler {
    public static volatile boolean stop;

    @Override public String name() { return "spinning"; }

    @Override public String file() { return "test"; }

    @Override public FaultOutcome handle(Kernel k) {
        while (!stop) Thread.onSpinWait();
        throw new IllegalStateException("released by the test");
    }
}
