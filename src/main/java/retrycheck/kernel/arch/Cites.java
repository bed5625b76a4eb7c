package retrycheck.kernel.arch;

import retrycheck.runtime.Src;

/**
 * The C lines of one arch's fault handler in one tree, as the shared shape of {@link Arch#doPageFault} uses them:
 * each a literal {@code Src.v57/v56(file, fn).at(line, "C text")} written in the arch's class (contract §1), so
 * that cite-check verifies every one. A line the arch's C does not have stays {@code null}; the shape reaches it
 * only where the arch's {@link RetryChoices} say the C has it.
 */
public final class Cites {
    /** {@code if (!down_read_trylock(&mm->mmap_sem))} (TRYLOCK_BRANCH arches). */
    public Src trylock;
    /** {@code retry: down_read(&mm->mmap_sem);} (s390: the first down_read, before {@code retry:}). */
    public Src lock;
    /** The re-lock before {@code goto retry} (s390). */
    public Src relock;
    /** {@code vma->vm_start <= address} (or {@code address < vma->vm_start}). */
    public Src vmStart;
    /** {@code vma->vm_flags & VM_GROWSDOWN}. */
    public Src growsDown;
    /** The access check for a read, a write and an instruction fetch (the vm_flags test, or the access_error() call). */
    public Src accessRead, accessWrite, accessExec;
    /** The signal check after handle_mm_fault(). */
    public Src signalCheck;
    /** The retry's change of flags ({@code flags |= FAULT_FLAG_TRIED;}, v5.6 also {@code &= ~ALLOW_RETRY}). */
    public Src retryFlags;
    /** The up_read of the normal exit, and of the exit with a VM_FAULT_ERROR when that is another line. */
    public Src upRead, errorUpRead;
    /** The up_read of {@code bad_area:} (or of __bad_area()), {@code out_of_memory:} and {@code do_sigbus:}. */
    public Src badAreaUpRead, oomUpRead, sigbusUpRead;
    /** {@code BUG();} of the error dispatch. */
    public Src bug;
    /** mm_fault_error()'s {@code fatal_signal_pending(current) && !user} test (x86, powerpc). */
    public Src errorSignal;
    /** {@code maj_flt++} / {@code min_flt++}. */
    public Src majFlt, minFlt;
    /** perf_sw_event() of PAGE_FAULTS, PAGE_FAULTS_MAJ, PAGE_FAULTS_MIN. */
    public Src perf, perfMaj, perfMin;
    /** um: {@code } while (!pte_present(*pte));}. */
    public Src ptePresent;
    /** powerpc: must_retry's {@code up_read(&mm->mmap_sem);} and bad_stack_expansion()'s {@code vma->vm_end} test. */
    public Src stackRetryUpRead, stackVmEnd;

    /** v6.4: {@code vma = lock_mm_and_find_vma(mm, address, regs);} at {@code retry:} (LOCK_MM_AND_FIND_VMA arches). */
    public Src lockMmAndFindVma;
    /** v6.4: {@code vma = expand_stack(mm, address);} (EXPAND_STACK_UNLOCKS arches). */
    public Src expandStack;

    public Cites lockMmAndFindVma(Src s) { lockMmAndFindVma = s; return this; }
    public Cites expandStack(Src s) { expandStack = s; return this; }
    public Cites trylock(Src s) { trylock = s; return this; }
    public Cites lock(Src s) { lock = s; return this; }
    public Cites relock(Src s) { relock = s; return this; }
    public Cites vmStart(Src s) { vmStart = s; return this; }
    public Cites growsDown(Src s) { growsDown = s; return this; }
    public Cites accessRead(Src s) { accessRead = s; return this; }
    public Cites accessWrite(Src s) { accessWrite = s; return this; }
    public Cites accessExec(Src s) { accessExec = s; return this; }
    public Cites signalCheck(Src s) { signalCheck = s; return this; }
    public Cites retryFlags(Src s) { retryFlags = s; return this; }
    public Cites upRead(Src s) { upRead = s; return this; }
    public Cites errorUpRead(Src s) { errorUpRead = s; return this; }
    public Cites badAreaUpRead(Src s) { badAreaUpRead = s; return this; }
    public Cites oomUpRead(Src s) { oomUpRead = s; return this; }
    public Cites sigbusUpRead(Src s) { sigbusUpRead = s; return this; }
    public Cites bug(Src s) { bug = s; return this; }
    public Cites errorSignal(Src s) { errorSignal = s; return this; }
    public Cites majFlt(Src s) { majFlt = s; return this; }
    public Cites minFlt(Src s) { minFlt = s; return this; }
    public Cites perf(Src s) { perf = s; return this; }
    public Cites perfMaj(Src s) { perfMaj = s; return this; }
    public Cites perfMin(Src s) { perfMin = s; return this; }
    public Cites ptePresent(Src s) { ptePresent = s; return this; }
    public Cites stackRetryUpRead(Src s) { stackRetryUpRead = s; return this; }
    public Cites stackVmEnd(Src s) { stackVmEnd = s; return this; }
}
