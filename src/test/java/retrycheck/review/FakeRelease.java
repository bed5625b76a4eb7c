package retrycheck.review;

import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Cites;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;

/**
 * Test only: x86 declared for v5.9 with its v5.7 lines, so that the history has a third release before the helpers
 * that transliterate v5.9 are merged (the main code declares no release it does not hold). With {@code clearsAllowRetry}
 * its v5.9 retry clears ALLOW_RETRY as v5.6 did: FLAGS flips PASS → FAIL from v5.7 to v5.9.
 */
public final class FakeRelease extends X86 {
    private final boolean clearsAllowRetry;

    public FakeRelease(boolean clearsAllowRetry) { this.clearsAllowRetry = clearsAllowRetry; }

    @Override public String name() { return clearsAllowRetry ? "x86-fake59-flags" : "x86-fake59"; }

    /** The test hook: held for v5.6, v5.7 and v5.9 only (its own v5.9 declaration), whatever x86 itself declares. */
    @Override public boolean declares(Variant v) { return v == Variant.V5_6 || v == Variant.V5_7 || v == Variant.V5_9; }

    @Override protected Cites cites59() { return cites57(); }

    @Override protected RetryChoices v59() {
        return clearsAllowRetry ? v57().withClearsAllowRetry(true) : v57();
    }
}
