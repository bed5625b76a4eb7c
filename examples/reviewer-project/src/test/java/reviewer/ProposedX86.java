package reviewer;

import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;

/**
 * The change under review: an x86 retry that keeps the v5.6 line {@code flags &= ~FAULT_FLAG_ALLOW_RETRY;} before
 * {@code flags |= FAULT_FLAG_TRIED;} (arch/x86/mm/fault.c do_user_addr_fault()). Everything else is x86 v5.7 as
 * retrycheck models it. {@code fixed} drops the line again.
 */
public class ProposedX86 extends X86 {
    private final boolean fixed;

    public ProposedX86(boolean fixed) { this.fixed = fixed; }

    @Override public String name() { return fixed ? "proposed-x86-fixed" : "proposed-x86"; }

    @Override protected RetryChoices v57() {
        return super.v57().withClearsAllowRetry(!fixed);   // + flags &= ~FAULT_FLAG_ALLOW_RETRY;
    }
}
