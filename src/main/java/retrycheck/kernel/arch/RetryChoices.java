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
 * @param path              the rest of the handler around the loop: flags, vma checks, error exits, perf ({@link Path})
 * @param completed         what the arch does with VM_FAULT_COMPLETED (v6.0 on)
 * @param vmaLock           the per-VMA lock attempt before mmap_sem (v6.4 on)
 */
public record RetryChoices(Gate gate, boolean setsTried, boolean clearsAllowRetry, boolean clearsRetryNowait,
                           SignalCheck signalCheck, KernelExit kernelExit, Relock relock, Accounting accounting,
                           String lines, Path path, Completed completed, VmaLock vmaLock) {

    /** A declaration of a release without VM_FAULT_COMPLETED and without the per-VMA lock (up to v6.3). */
    public RetryChoices(Gate gate, boolean setsTried, boolean clearsAllowRetry, boolean clearsRetryNowait,
                        SignalCheck signalCheck, KernelExit kernelExit, Relock relock, Accounting accounting,
                        String lines, Path path) {
        this(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines,
                path, Completed.NONE, VmaLock.NONE);
    }

    /**
     * The handler around the retry loop, as one arch's C has it (issue 12 §2), the same in v5.6.4 and v5.7.14
     * except where {@link Path#lines} says otherwise.
     *
     * @param userFlag   where {@code flags |= FAULT_FLAG_USER} is done for {@code user_mode(regs)}
     * @param writeFlag  where and how FAULT_FLAG_WRITE is added for a write access
     * @param instruction FAULT_FLAG_INSTRUCTION is added for an instruction fetch (x86, arm64 from EL0, powerpc)
     * @param readMask   the vm_flags of which one must be set for a read (access check; e.g. vma_is_accessible():
     *                   VM_READ|VM_WRITE|VM_EXEC)
     * @param writeMask  the same for a write
     * @param execMask   the same for an instruction fetch
     * @param stack      what an address below vm_start leads to
     * @param badArea    how a bad area (no vma, no stack, access error) leaves the handler
     * @param errors     where a VM_FAULT_ERROR result is dispatched
     * @param errorCases the dispatch on VM_FAULT_ERROR bits, in the C's order of tests
     * @param otherwise  what the dispatch does when no case matches (BUG(), or the final else)
     * @param kernelFirst the dispatch starts with {@code if (!user_mode(regs)) goto no_context;}
     * @param fatalSignalFirst the dispatch starts with {@code if (fatal_signal_pending(current) && !user) no_context}
     *                   (x86, powerpc mm_fault_error())
     * @param perf       where perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS) is counted
     */
    public record Path(FlagsAt userFlag, FlagsAt writeFlag, boolean instruction, int readMask, int writeMask,
                       int execMask, Stack stack, BadArea badArea, Errors errors, java.util.List<ErrorCase> errorCases,
                       Exit otherwise, boolean kernelFirst, boolean fatalSignalFirst, Perf perf) {
        public Path {
            errorCases = java.util.List.copyOf(errorCases);
        }

        /** The vm_flags mask the access check needs for {@code kind}. */
        public int mask(retrycheck.kernel.FaultAccess.Kind kind) {
            return switch (kind) {
                case READ -> readMask;
                case WRITE -> writeMask;
                case EXEC -> execMask;
            };
        }

        /** The same path with perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS) counted at {@code v} (v5.9 moved it to the entry of most arches). */
        public Path withPerf(Perf v) {
            return new Path(userFlag, writeFlag, instruction, readMask, writeMask, execMask, stack, badArea, errors,
                    errorCases, otherwise, kernelFirst, fatalSignalFirst, v);
        }

        /** The same path with another stack rule (powerpc v5.9: bad_stack_expansion() is gone). */
        public Path withStack(Stack v) {
            return new Path(userFlag, writeFlag, instruction, readMask, writeMask, execMask, v, badArea, errors,
                    errorCases, otherwise, kernelFirst, fatalSignalFirst, perf);
        }

        /** The same path with another vm_flags mask for a read (riscv 6.3: access_error() lets VM_WRITE imply read). */
        public Path withReadMask(int m) {
            return new Path(userFlag, writeFlag, instruction, m, writeMask, execMask, stack, badArea, errors, errorCases,
                    otherwise, kernelFirst, fatalSignalFirst, perf);
        }

        public Path withErrors(Errors e, java.util.List<ErrorCase> cases, Exit other, boolean kFirst) {
            return new Path(userFlag, writeFlag, instruction, readMask, writeMask, execMask, stack, badArea, e, cases,
                    other, kFirst, fatalSignalFirst, perf);
        }
    }

    /** Where a FAULT_FLAG_* bit is added. */
    public enum FlagsAt {
        /** Before {@code retry:}, from the mode and the error code. */
        BEFORE_RETRY,
        /** At {@code good_area:}, once the access check passed (again on each retry; idempotent). */
        AT_GOOD_AREA,
        /** nios2: {@code flags = FAULT_FLAG_WRITE;} at good_area: an assignment, which drops every other bit. */
        ASSIGNED_AT_GOOD_AREA,
        /** The arch never adds it (nds32 never sets FAULT_FLAG_USER). */
        NEVER
    }

    /** What {@code address < vma->vm_start} leads to. */
    public enum Stack {
        /** {@code if (!(vma->vm_flags & VM_GROWSDOWN)) goto bad_area; if (expand_stack(vma, address)) goto bad_area;} */
        GROWSDOWN,
        /** parisc: {@code find_vma_prev()}; {@code check_expansion: vma = prev_vma; if (vma && !expand_stack(vma, address))
         *  goto good_area;} (VM_GROWSUP): the scenarios' mm has one vma, so prev_vma is NULL and the address is a bad area. */
        GROWSUP,
        /** v6.4 on, the arches not converted to lock_mm_and_find_vma() (m68k microblaze openrisc s390 sparc64 um):
         *  {@code if (!(vma->vm_flags & VM_GROWSDOWN)) goto bad_area; vma = expand_stack(mm, address); if (!vma) goto
         *  bad_area_nosemaphore;} — expand_stack() drops the read lock, write-locks killably, and returns NULL unlocked. */
        EXPAND_STACK_UNLOCKS,
        /** v6.4 ia64: {@code if ((!vma && prev_vma) || (address < vma->vm_start)) { vma = expand_stack(mm, address);
         *  if (!vma) goto bad_area_nosemaphore; }} without a VM_GROWSDOWN test of its own (expand_downwards() has it). */
        EXPAND_STACK_UNLOCKS_UNTESTED,
        /** powerpc up to v5.8: GROWSDOWN, then {@code bad_stack_expansion(regs, address, vma, flags, &must_retry)}
         *  may send the fault to bad_area or, with must_retry, up_read and {@code goto retry} (Powerpc.checkStack). */
        BAD_STACK_EXPANSION
    }

    /** How a bad area (no vma, no stack to grow, access error) leaves. */
    public enum BadArea {
        /** {@code goto bad_area;} / {@code bad_area(regs, ...)}: up_read, then SIGSEGV (user) or no_context (kernel). */
        LABEL,
        /** arm, arm64, unicore32: {@code __do_page_fault()} returns VM_FAULT_BADMAP/BADACCESS, which goes through the
         *  signal check, the retry gate and the accounting to the common exit after up_read. */
        FAULT_CODE,
        /** arc ({@code fault = VM_FAULT_SIGSEGV}) and s390 ({@code fault = VM_FAULT_BADMAP}): the fault code jumps
         *  to the exit label that does the up_read ({@code bad_area:} / {@code out_up:}). */
        EXIT_LABEL
    }

    /** Where a VM_FAULT_ERROR result is dispatched. */
    public enum Errors {
        /** Right after the signal check, mmap_sem held: {@code goto out_of_memory / bad_area / do_sigbus}, each label up_reads. */
        LABELS,
        /** After the up_read of the common exit (mm_fault_error(), arm's __do_user_fault(), hexagon's error branch). */
        AFTER_UP_READ,
        /** The arch's own function does it (sh mm_fault_error(), s390 do_fault_error()): see its class. */
        ARCH
    }

    /** Where a VM_FAULT_ERROR case goes. */
    public enum Exit {
        /** {@code out_of_memory:}: kernel mode no_context, user mode pagefault_out_of_memory(). */
        OUT_OF_MEMORY,
        /** {@code do_sigbus:}: kernel mode no_context, user mode SIGBUS (BUS_MCEERR_AR for HWPOISON where handled). */
        DO_SIGBUS,
        /** {@code bad_area:} / bad_area_nosemaphore(): SIGSEGV, kernel mode no_context. */
        BAD_AREA,
        /** {@code BUG();}: the kernel oopses, mmap_sem still held where the dispatch runs locked. */
        BUG
    }

    /** One test of the dispatch: {@code if (fault & mask) goto exit;}. */
    public record ErrorCase(int mask, Exit exit) {}

    /** Where perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS) is counted. */
    public enum Perf {
        /** Not at all (alpha, hexagon, ia64, m68k, microblaze, nios2, openrisc, parisc, um). */
        NONE,
        /** Once, before mmap_sem is taken. */
        BEFORE_LOCK,
        /** After each attempt's signal check (arm, mips): once per attempt. */
        PER_ATTEMPT,
        /** After each attempt's error dispatch (nds32): once per attempt that did not fail. */
        PER_ATTEMPT_NO_ERROR,
        /** Once, after the final up_read (arc, xtensa). */
        AFTER_UNLOCK
    }

    /** Where the ALLOW_RETRY gate sits. */
    public enum Gate {
        /** {@code if (flags & ALLOW_RETRY) { account; if (fault & RETRY) { ... goto retry; } }} after the error checks. */
        OUTER,
        /** {@code if ((fault & RETRY) && (flags & ALLOW_RETRY)) { ... goto retry; }} (x86, arc). */
        COMBINED,
        /** {@code if (fault & RETRY) { if (flags & ALLOW_RETRY) { ... goto retry; } }} (arm64, powerpc). */
        NESTED,
        /** {@code if (!(fault & ERROR) && flags & ALLOW_RETRY) { account; if (fault & RETRY) {...} }} (arm, unicore32). */
        NO_ERROR_AND_ALLOW,
        /** v6.0 on: {@code if (fault & VM_FAULT_RETRY) { flags |= TRIED; goto retry; }} without an ALLOW_RETRY test. */
        RETRY_ONLY,
        /** v6.0 arm, hexagon: {@code if (!(fault & VM_FAULT_ERROR)) { if (fault & VM_FAULT_RETRY) { ... goto retry; } }}. */
        NO_ERROR_RETRY_ONLY
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
        ARCH_RELOCKS,
        /** v6.4 on: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs);} (mm/memory.c: trylock; a kernel-mode
         *  fault without an exception-table entry gives up; else a killable lock; a stack is expanded under the write
         *  lock; NULL: not locked, the arch's bad-area exit without unlock). Replaces the arch's lock, find_vma and stack. */
        LOCK_MM_AND_FIND_VMA
    }

    /** Where major/minor faults are counted. */
    public enum Accounting {
        /** Inside the {@code if (flags & ALLOW_RETRY)} block, once per attempt. */
        PER_ATTEMPT,
        /** {@code major |= fault & VM_FAULT_MAJOR} and counted once after the loop (x86, arm64, powerpc). */
        AFTER_LOOP,
        /** arc: counted once after the loop from the last attempt's result only ({@code if (fault & VM_FAULT_MAJOR)}). */
        AFTER_LOOP_LAST,
        /** v5.9 on: the arch counts nothing; handle_mm_fault() calls mm_account_fault(regs, address, flags, ret). */
        CORE
    }

    /** What the arch does with VM_FAULT_COMPLETED (the fault is done and mmap_sem already released; v6.0 on). */
    public enum Completed {
        /** The release has no VM_FAULT_COMPLETED (up to v5.12). */
        NONE,
        /**
         * {@code if (fault & VM_FAULT_COMPLETED) return;} right after the signal check (most arches; arm, arm64, m68k and
         * um {@code return 0;}): no mmap_read_unlock, no error or retry test.
         */
        RETURN,
        /**
         * powerpc: {@code if (fault & VM_FAULT_COMPLETED) goto out;} right after the signal check: {@code out:} is past
         * the mmap_read_unlock and the error dispatch ({@code if (major) cmo_account_page_fault(); return 0;}).
         */
        GOTO_OUT,
        /**
         * sparc64: {@code if (fault & VM_FAULT_COMPLETED) goto lock_released;} right after the signal check:
         * {@code lock_released:} is past the mmap_read_unlock (TSB growth, then {@code exit_exception:}).
         */
        LOCK_RELEASED_LABEL,
        /**
         * s390: {@code if (fault & VM_FAULT_COMPLETED) { if (gmap) { mmap_read_lock(mm); goto out_gmap; } fault = 0;
         * goto out; }} after the signal check: a guest (gmap) fault re-takes mmap_lock for its __gmap_link() and leaves
         * by out_up's unlock; any other returns 0 past out_up.
         */
        S390_GMAP_RELOCK,
        /**
         * sh: the test comes after {@code if (unlikely(fault & (VM_FAULT_RETRY | VM_FAULT_ERROR))) if (mm_fault_error(...))
         * return;} (which holds the signal check): COMPLETED has neither bit and reaches {@code if (fault &
         * VM_FAULT_COMPLETED) return;} before the RETRY test.
         */
        AFTER_ERROR_DISPATCH
    }

    /** The per-VMA lock attempt before mmap_sem is taken (v6.4 on, the arches that have it). */
    public enum VmaLock {
        /** No per-VMA lock attempt: mmap_sem (mmap_lock) only. */
        NONE,
        /**
         * v6.4/v6.5: user faults only; {@code vma = lock_vma_under_rcu(mm, address);} (NULL: {@code goto lock_mmap;}),
         * the access check (failing: vma_end_read, lock_mmap), {@code fault = handle_mm_fault(vma, address, flags |
         * FAULT_FLAG_VMA_LOCK, regs);}, an unconditional {@code vma_end_read(vma);}, no RETRY: {@code goto done;},
         * the signal check, then {@code lock_mmap:} with the original flags (a first mmap_lock attempt).
         */
        V64,
        /**
         * v6.8: as V64, but {@code if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED))) vma_end_read(vma);} (the core
         * released the VMA lock on RETRY/COMPLETED) and {@code if (fault & VM_FAULT_MAJOR) flags |= FAULT_FLAG_TRIED;}
         * before the signal check: the mmap_lock fallback after a major fault is a TRIED attempt.
         */
        V68
    }

    /** The retry's change of flags: what "goto retry" is preceded by. */
    public int retryFlags(int flags) {
        int f = flags;
        if (clearsAllowRetry) f &= ~retrycheck.kernel.FaultFlags.ALLOW_RETRY;
        if (clearsRetryNowait) f &= ~retrycheck.kernel.FaultFlags.RETRY_NOWAIT;
        if (setsTried) f |= retrycheck.kernel.FaultFlags.TRIED;
        return f;
    }

    public RetryChoices withGate(Gate v) { return new RetryChoices(v, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines, path, completed, vmaLock); }

    public RetryChoices withRelock(Relock v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, v, accounting, lines, path, completed, vmaLock); }

    public RetryChoices withAccounting(Accounting v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, v, lines, path, completed, vmaLock); }

    /** The same choices, read from {@code v}'s lines (a later release whose loop did not change, re-cited). */
    public RetryChoices withLines(String v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, v, path, completed, vmaLock); }

    public RetryChoices withCompleted(Completed v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines, path, v, vmaLock); }

    public RetryChoices withVmaLock(VmaLock v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines, path, completed, v); }

    public RetryChoices withSetsTried(boolean v) { return new RetryChoices(gate, v, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines, path, completed, vmaLock); }

    public RetryChoices withClearsAllowRetry(boolean v) { return new RetryChoices(gate, setsTried, v, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines, path, completed, vmaLock); }

    public RetryChoices withSignalCheck(SignalCheck v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, v, kernelExit, relock, accounting, lines, path, completed, vmaLock); }

    public RetryChoices withPath(Path v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, kernelExit, relock, accounting, lines, v, completed, vmaLock); }

    public RetryChoices withKernelExit(KernelExit v) { return new RetryChoices(gate, setsTried, clearsAllowRetry, clearsRetryNowait, signalCheck, v, relock, accounting, lines, path, completed, vmaLock); }
}
