package retrycheck.kernel.arch;

/**
 * The declared variation points of one architecture's retry loop in one kernel version: the columns of
 * kernel-facts.md §4. These declarations are the single source for the Java loop ({@link Arch#handle}),
 * spec/arches.md and the generated Alloy models.
 *
 * @param gate              where the FAULT_FLAG_ALLOW_RETRY test sits relative to the VM_FAULT_RETRY test
 * @param setsTried         the retry sets FAULT_FLAG_TRIED
 * @param clearsAllowRetry  the retry clears FAULT_FLAG_ALLOW_RETRY (v5.6: "retry at most once")
 * @param clearsRetryNowait the retry clears FAULT_FLAG_RETRY_NOWAIT (s390)
 * @param signalCheck       the form and place of the pending-signal check after handle_mm_fault()
 * @param kernelExit        what a kernel-mode fault does when that check fires
 * @param relock            where mmap_sem is taken again for a retry
 * @param accounting        where maj_flt/min_flt are counted
 * @param lines             the C lines of the retry loop this declaration was read from
 */
public record RetryChoices(Gate gate, boolean setsTried, boolean clearsAllowRetry, boolean clearsRetryNowait,
                           SignalCheck signalCheck, KernelExit kernelExit, Relock relock, Accounting accounting,
                           String lines) {

    /** Where the ALLOW_RETRY gate sits. */
    public enum Gate {
        /** {@code if (flags & ALLOW_RETRY) { account; if (fault & RETRY) { ... goto retry; } }} after the error checks. */
        OUTER,
        /** {@code if ((fault & RETRY) && (flags & ALLOW_RETRY)) { ... goto retry; }} (x86, arc). */
        COMBINED,
        /** {@code if (fault & RETRY) { if (flags & ALLOW_RETRY) { ... goto retry; } }} (arm64, powerpc). */
        NESTED,
        /** {@code if (!(fault & ERROR) && flags & ALLOW_RETRY) { account; if (fault & RETRY) {...} }} (arm, unicore32). */
        NO_ERROR_AND_ALLOW
    }

    /** The pending-signal check between a VM_FAULT_RETRY and the next attempt. */
    public enum SignalCheck {
        /** v5.7 {@code if (fault_signal_pending(fault, regs))} right after handle_mm_fault(). */
        FAULT_SIGNAL_PENDING,
        /** {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))} right after handle_mm_fault(). */
        FATAL_ONLY,
        /** v5.6 x86/powerpc: inside the RETRY branch, {@code if (!fatal_signal_pending(current)) goto retry;} after the flags change. */
        FATAL_IN_RETRY_BRANCH,
        /** No check at all (only seeded mutants). */
        NONE
    }

    /** What a kernel-mode fault does when the signal check fires. */
    public enum KernelExit {
        /** no_context() or the arch's equivalent: the exception-table fixup makes the uaccess fail. */
        NO_CONTEXT,
        /** A plain return ("ret-only"): the faulting kernel instruction runs again and faults again. */
        RETURN
    }

    /** Where mmap_sem is taken again for a retry. */
    public enum Relock {
        /** {@code retry: down_read(&mm->mmap_sem);} before find_vma. */
        RETRY_LABEL,
        /** {@code if (!down_read_trylock()) { ... retry: down_read(); }}: every retry takes the blocking down_read. */
        TRYLOCK_BRANCH,
        /** s390: {@code retry:} is after the first down_read; the arch does {@code down_read(); goto retry;} itself. */
        ARCH_RELOCKS
    }

    /** Where major/minor faults are counted. */
    public enum Accounting {
        /** Inside the {@code if (flags & ALLOW_RETRY)} block, once per attempt. */
        PER_ATTEMPT,
        /** {@code major |= fault & VM_FAULT_MAJOR} and counted once after the loop (x86, arm64, powerpc). */
        AFTER_LOOP
    }

    /** The retry's change of flags: what "goto retry" is preceded by. */
    public int retryFlags(int flags) {
        int f = flags;
        if (clearsAllowRetry) f &= ~retrycheck.kernel.FaultFlags.ALLOW_RETRY;
        if (clearsRetryNowait) f &= ~retrycheck.kernel.FaultFlags.RETRY_NOWAIT;
        if (setsTried) f |= retrycheck.kernel.FaultFlags.TRIED;
        return f;
    }

    public RetryChoices withSetsTried(boolean v) { return new RetryChoices(gate, v, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines); }

    public RetryChoices withClearsAllowRetry(boolean v) { return new RetryChoices(gate, setsTried, v, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines); }

    public RetryChoices withSignalCheck(SignalCheck v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, v, kernelExit, relock, accounting, lines); }

    public RetryChoices withKernelExit(KernelExit v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, v, relock, accounting, lines); }
}
