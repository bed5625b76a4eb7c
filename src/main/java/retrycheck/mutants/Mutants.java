package retrycheck.mutants;

import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Filemap;
import retrycheck.kernel.FixupHandler;
import retrycheck.kernel.Gup;
import retrycheck.kernel.GupHandler;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.Memory;
import retrycheck.kernel.Mm;
import retrycheck.kernel.MmInternal;
import retrycheck.kernel.Signal;
import retrycheck.kernel.TtmBoVm;
import retrycheck.kernel.Userfaultfd;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;
import retrycheck.runtime.Src;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static retrycheck.check.Invariants.DEADLOCK;
import static retrycheck.check.Invariants.DROP;
import static retrycheck.check.Invariants.FLAGS;
import static retrycheck.check.Invariants.LOCK;
import static retrycheck.check.Invariants.SIGNAL;
import static retrycheck.check.Invariants.SLEEP;
import static retrycheck.check.Invariants.TERMINATION;

/**
 * The mutation catalog (spec/mutants.md): faulty variants of the v5.7 model, each a small change a kernel patch
 * could make. Arch-side mutants subclass {@link X86} and change one declared choice or one step of the shared retry
 * loop; core-side mutants replace one kernel function ({@link CoreMutants}: a subclass of its kernel file class whose
 * override is a copy of that function with the change) under an unmutated handler.
 */
public final class Mutants {
    private Mutants() {}

    private static final List<Mutant> ALL = build();

    public static List<Mutant> all() { return ALL; }

    public static List<String> ids() { return ALL.stream().map(Mutant::id).collect(Collectors.toList()); }

    /** By id ("M01") or name ("x86-no-tried"), case-insensitive. */
    public static Mutant byId(String idOrName) {
        for (Mutant m : ALL)
            if (m.id().equalsIgnoreCase(idOrName) || m.name().equalsIgnoreCase(idOrName)) return m;
        throw new IllegalArgumentException("unknown mutant '" + idOrName + "'; valid: " + String.join(", ", ids()));
    }

    /** By the handler name a trace records ("x86+M01"). */
    public static Mutant byHandlerName(String handler) {
        for (Mutant m : ALL) if (m.handlerName().equals(handler)) return m;
        throw new IllegalArgumentException("'" + handler + "' is not a mutant's handler; mutant traces name e.g. "
                + ALL.get(0).handlerName());
    }

    private static List<Mutant> build() {
        List<Mutant> l = new ArrayList<>();
        final String x86 = "arch/x86/mm/fault.c do_user_addr_fault()";

        // ---- the arch retry loop (x86 v5.7 as the base) ----
        l.add(arch("M01", "x86-no-tried", "the retry does not set FAULT_FLAG_TRIED", x86,
                "- flags |= FAULT_FLAG_TRIED;",
                new X86() { @Override protected RetryChoices v57() { return super.v57().withSetsTried(false); } },
                "every attempt looks like a first one (fault_flag_allow_retry_first() stays true), so the core drops "
                        + "mmap_sem and waits again each time the page is locked again: a filemap fault takes a third "
                        + "attempt and the loop has no bound",
                List.of(TERMINATION), "filemap-relock"));
        l.add(arch("M02", "x86-clear-allow-retry", "the retry still clears FAULT_FLAG_ALLOW_RETRY (the v5.6 line kept)", x86,
                "+ flags &= ~FAULT_FLAG_ALLOW_RETRY;   /* before flags |= FAULT_FLAG_TRIED */",
                new X86() { @Override protected RetryChoices v57() { return super.v57().withClearsAllowRetry(true); } },
                "the second attempt passes TRIED without ALLOW_RETRY to handle_mm_fault(), the combination v5.7 forbids",
                List.of(FLAGS), "filemap-io"));
        l.add(arch("M03", "x86-no-signal-check", "no signal check between VM_FAULT_RETRY and goto retry", x86,
                "- if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) no_context(...); return; }",
                new X86() { @Override protected RetryChoices v57() { return super.v57().withSignalCheck(RetryChoices.SignalCheck.NONE); } },
                "the loop retries without looking at pending signals; with SIGKILL pending and the read stalled every TRIED "
                        + "attempt's killable wait fails at once and returns VM_FAULT_RETRY again, forever",
                List.of(SIGNAL, TERMINATION), "filemap-io", "filemap-stall-kernel"));
        l.add(arch("M04", "x86-kernel-signal-return", "a kernel-mode fault whose signal check fires returns instead of no_context()", x86,
                "- if (!user_mode(regs)) no_context(regs, hw_error_code, address, SIGBUS, BUS_ADRERR);",
                new X86() { @Override protected RetryChoices v57() { return super.v57().withKernelExit(RetryChoices.KernelExit.RETURN); } },
                "the uaccess re-executes the faulting instruction, which faults again: with SIGKILL pending and the read "
                        + "stalled the task loops in the kernel and never reaches the exception fixup",
                List.of(TERMINATION), "filemap-stall-kernel"));
        l.add(arch("M05", "x86-up-read-before-retry", "the arch releases mmap_sem before goto retry, though the core already did", x86,
                "+ up_read(&mm->mmap_sem);   /* before goto retry */",
                new X86() {
                    @Override protected void beforeRetry(Kernel k, RetryChoices c) {
                        k.mm.mmapSem.upRead(Src.v57("arch/x86/mm/fault.c", "do_user_addr_fault").at(1483, "goto retry;"));
                        super.beforeRetry(k, c);
                    }
                },
                "VM_FAULT_RETRY means the core has released mmap_sem: a second up_read() unlocks a lock this thread does not hold",
                List.of(LOCK), "filemap-io"));
        l.add(arch("M06", "x86-retry-without-relock", "goto retry skips the down_read() (the retry: label below it)", x86,
                "- retry: down_read(&mm->mmap_sem);   + down_read(&mm->mmap_sem); retry:",
                new X86() {
                    @Override protected void lockMmapSem(Kernel k, RetryChoices c, boolean retrying) {
                        if (!retrying) super.lockMmapSem(k, c, retrying);
                    }
                },
                "the second attempt runs handle_mm_fault() without mmap_sem, which the core then releases again",
                List.of(LOCK), "filemap-io"));

        // ---- the core mm (x86 v5.7 or another caller as the base) ----
        l.add(core("M07", "core-allow-retry-first-reverted",
                "the core tests flags & ALLOW_RETRY where v5.7 tests fault_flag_allow_retry_first()",
                "include/linux/mm.h fault_flag_allow_retry_first() (callers in mm/filemap.c, mm/internal.h, ttm_bo_vm.c)",
                "- return (flags & FAULT_FLAG_ALLOW_RETRY) && !(flags & FAULT_FLAG_TRIED);  + return flags & FAULT_FLAG_ALLOW_RETRY;",
                new X86(), ops(Mm.class, CoreMutants.M07AllowRetryFirstReverted::new),
                "the v5.6 test with the v5.7 arches, which keep ALLOW_RETRY: a TRIED attempt drops mmap_sem to wait again "
                        + "(TTM's fence wait, the page lock), and retries never end while the wait keeps failing",
                List.of(DROP, TERMINATION), "ttm-fence-kernel", "filemap-relock"));
        l.add(core("M08", "core-ignore-retry-nowait", "the core ignores FAULT_FLAG_RETRY_NOWAIT and drops mmap_sem anyway",
                "mm/filemap.c lock_page_maybe_drop_mmap(), __lock_page_or_retry(); mm/internal.h maybe_unlock_mmap_for_io()",
                "- if (vmf->flags & FAULT_FLAG_RETRY_NOWAIT) return 0;",
                new retrycheck.kernel.arch.S390Gmap(), KernelOps.DEFAULT.with(Filemap.class, CoreMutants.M08LockPageIgnoresRetryNowait::new).with(MmInternal.class, CoreMutants.M08UnlockIgnoresRetryNowait::new),
                "a RETRY_NOWAIT caller (s390 KVM pfault) is promised VM_FAULT_RETRY with mmap_sem held; the core drops it, "
                        + "and the caller's out_up: up_read() then releases a lock it no longer holds",
                List.of(DROP, LOCK), "filemap-io-kernel"));
        l.add(core("M09", "core-unkillable-tried-wait", "a TRIED attempt waits for the page lock uninterruptibly",
                "mm/filemap.c lock_page_maybe_drop_mmap(), __lock_page_or_retry()",
                "- if (__lock_page_killable(page)) { ...; return 0; }  + __lock_page(page);",
                new X86(), ops(Filemap.class, CoreMutants.M09UnkillableTriedWait::new),
                "the TRIED attempt sleeps on the page lock with mmap_sem held and no signal can end the sleep: when the "
                        + "lock holder stalls, SIGKILL cannot free the task and every thread is blocked",
                List.of(DEADLOCK), "filemap-relock"));
        l.add(core("M10", "core-retry-without-drop", "VM_FAULT_RETRY after a fatal signal without releasing mmap_sem",
                "mm/filemap.c lock_page_maybe_drop_mmap()",
                "- if (*fpin == NULL) up_read(&vmf->vma->vm_mm->mmap_sem);",
                new X86(), ops(Filemap.class, CoreMutants.M10RetryWithoutDrop::new),
                "when SIGKILL interrupts the TRIED attempt's killable page lock the core returns VM_FAULT_RETRY with "
                        + "mmap_sem still held, and the arch's signal exit never releases it",
                List.of(LOCK), "filemap-relock"));
        l.add(core("M11", "core-unlock-for-io-keeps-mmap-sem", "maybe_unlock_mmap_for_io() pins the file but keeps mmap_sem",
                "mm/internal.h maybe_unlock_mmap_for_io()",
                "- up_read(&vmf->vma->vm_mm->mmap_sem);   /* after fpin = get_file(vmf->vma->vm_file) */",
                new X86(), ops(MmInternal.class, CoreMutants.M11UnlockForIoKeepsMmapSem::new),
                "the first attempt sleeps on the page lock holding mmap_sem, and filemap_fault() returns VM_FAULT_RETRY "
                        + "with mmap_sem held; the arch's retry takes it a second time, which deadlocks behind a queued writer",
                List.of(LOCK, DEADLOCK, SLEEP), "filemap-io", "filemap-writer"));
        l.add(core("M12", "uffd-wait-holding-mmap-sem", "handle_userfault() sleeps before it releases mmap_sem",
                "fs/userfaultfd.c handle_userfault()",
                "- up_read(&mm->mmap_sem); ... schedule();   + schedule(); ... up_read(&mm->mmap_sem);",
                new X86(), ops(Userfaultfd.class, CoreMutants.M12UffdWaitHoldingMmapSem::new),
                "the fault waits for the userfaultfd monitor while holding mmap_sem; the monitor's UFFDIO_COPY needs "
                        + "mmap_sem and queues behind a writer that waits for the fault: every thread is blocked",
                List.of(DEADLOCK, SLEEP), "uffd-writer"));
        l.add(core("M13", "core-fault-signal-pending-no-fatal", "fault_signal_pending() checks only signal_pending() in user mode",
                "include/linux/sched/signal.h fault_signal_pending()",
                "- (fatal_signal_pending(current) || (user_mode(regs) && signal_pending(current)))  + (user_mode(regs) && signal_pending(current))",
                new X86(), ops(Signal.class, CoreMutants.M13FaultSignalPendingNoFatal::new),
                "a kernel-mode fault never sees SIGKILL: with the read stalled each TRIED attempt fails its killable wait "
                        + "and returns VM_FAULT_RETRY, and the loop retries forever with SIGKILL pending",
                List.of(SIGNAL, TERMINATION), "filemap-stall-kernel"));
        l.add(core("M14", "swap-retry-lost", "do_swap_page() returns 0 when lock_page_or_retry() failed",
                "mm/memory.c do_swap_page()",
                "- ret |= VM_FAULT_RETRY;   /* if (!locked) { ...; goto out_release; } */",
                new X86(), ops(Memory.class, CoreMutants.M14SwapRetryLost::new),
                "__lock_page_or_retry() released mmap_sem, but without VM_FAULT_RETRY the arch believes it still holds "
                        + "it and releases it again",
                List.of(LOCK), "swap-io"));
        l.add(core("M15", "ttm-retry-keeps-resv", "ttm_bo_vm_fault_idle() returns VM_FAULT_RETRY with the reservation held",
                "drivers/gpu/drm/ttm/ttm_bo_vm.c ttm_bo_vm_fault_idle()",
                "- dma_resv_unlock(bo->base.resv);   /* after the fence wait without mmap_sem */",
                new X86(), ops(TtmBoVm.class, CoreMutants.M15TtmRetryKeepsResv::new),
                "ttm_bo_vm_fault() returns early on VM_FAULT_RETRY without unlocking, trusting fault_idle to have done "
                        + "it: the fault ends holding bo->base.resv",
                List.of(LOCK), "ttm-fence-kernel"));

        // ---- GUP and fixup_user_fault (mm/gup.c) ----
        l.add(core("M16", "gup-keeps-locked", "faultin_page() does not report that mmap_sem was dropped",
                "mm/gup.c faultin_page()",
                "- if (locked && !(fault_flags & FAULT_FLAG_RETRY_NOWAIT)) *locked = 0;",
                new GupHandler(), ops(Gup.class, CoreMutants.M16GupKeepsLocked::new),
                "the caller of get_user_pages_unlocked() still sees locked == 1 and releases mmap_sem, which the core "
                        + "already released",
                List.of(LOCK), "filemap-io"));
        l.add(core("M17", "gup-retry-without-foll-tried", "__get_user_pages_locked() retries without FOLL_TRIED",
                "mm/gup.c __get_user_pages_locked()",
                "- ret = __get_user_pages(tsk, mm, start, 1, flags | FOLL_TRIED, pages, NULL, locked);  + ... flags, ...",
                new GupHandler(), ops(Gup.class, CoreMutants.M17GupRetryWithoutFollTried::new),
                "faultin_page() never sets FAULT_FLAG_TRIED, so each retry is a first attempt that drops mmap_sem again "
                        + "when the page is locked again: a third attempt, and no bound",
                List.of(TERMINATION), "filemap-relock"));
        l.add(core("M18", "fixup-no-signal-check", "fixup_user_fault() retries without checking for a fatal signal",
                "mm/gup.c fixup_user_fault()",
                "- if ((fault_flags & FAULT_FLAG_KILLABLE) && fatal_signal_pending(current)) return -EINTR;",
                new FixupHandler(), ops(Gup.class, CoreMutants.M18FixupNoSignalCheck::new),
                "the v5.6 loop with v5.7's unbounded retries: with SIGKILL pending every TRIED attempt returns "
                        + "VM_FAULT_RETRY and fixup_user_fault() re-takes mmap_sem and tries again, forever",
                List.of(SIGNAL, TERMINATION), "filemap-stall-kernel"));
        l.add(core("M19", "fixup-clears-allow-retry", "fixup_user_fault() still clears FAULT_FLAG_ALLOW_RETRY on retry",
                "mm/gup.c fixup_user_fault()",
                "+ fault_flags &= ~FAULT_FLAG_ALLOW_RETRY;   /* before fault_flags |= FAULT_FLAG_TRIED */",
                new FixupHandler(), ops(Gup.class, CoreMutants.M19FixupClearsAllowRetry::new),
                "the retry passes TRIED without ALLOW_RETRY, the combination v5.7 forbids",
                List.of(FLAGS), "filemap-io"));

        // ---- added with the SLEEP invariant ----
        l.add(core("M20", "core-wait-holding-mmap-sem",
                "__lock_page_or_retry() waits for the page with mmap_sem held on a first attempt",
                "mm/filemap.c __lock_page_or_retry()",
                "- up_read(&mm->mmap_sem);   + up_read(&mm->mmap_sem);   /* moved below wait_on_page_locked[_killable](page) */",
                new X86(), ops(Filemap.class, CoreMutants.M20WaitHoldingMmapSem::new),
                "the first attempt of a swap fault sleeps until the read completes while still holding mmap_sem, then "
                        + "releases it and returns VM_FAULT_RETRY: the wait VM_FAULT_RETRY exists to take out from under "
                        + "mmap_sem is back under it (only latency here: nothing that unlocks the page needs mmap_sem)",
                List.of(SLEEP), "swap-io"));
        l.addAll(ClaimMutants.build());   // the patch's claims' mutants (spec/mutants.md "Mutants of the claims")
        // not Stream.toList(): JpfTarget builds the catalog inside JPF (mutant:ID), whose java-17 class library lacks
        // the SharedSecrets access Stream.toList() goes through
        return List.copyOf(l.stream().map(m -> m.withAlloy(alloy(m.id()))).collect(Collectors.toList()));
    }

    private static final String NO_DEADLOCK = "DEADLOCK is not in the Alloy models: retry.als has one fault thread and "
            + "no other user of mmap_sem";
    private static final String NO_GUP = "the Alloy models have the arch retry loops, not GUP or fixup_user_fault() (mm/gup.c)";

    /**
     * Each mutant's counterpart in the Alloy models (spec/mutants.md, "The Alloy column"): a change of x86's declaration
     * (arch/x86.als is generated from it), an edit of retry.als, or why the models cannot express it. The checks run
     * x86 v5.7 (the pred x86_v57) against the named invariants that retry.als has.
     */
    static AlloyMutation alloy(String id) {
        return switch (id) {
            case "M01" -> AlloyMutation.declaration("x86 v5.7 declared with setsTried=false: Arch.adds = none",
                    c -> c.withSetsTried(false)).steps(14);      // attempt 3 needs 13 states
            case "M02" -> AlloyMutation.declaration("x86 v5.7 declared with clearsAllowRetry=true: Arch.clears = ALLOW_RETRY",
                    c -> c.withClearsAllowRetry(true));
            case "M03" -> AlloyMutation.declaration("x86 v5.7 declared with signalCheck=NONE: Arch.sigcheck = NO_CHECK",
                    c -> c.withSignalCheck(RetryChoices.SignalCheck.NONE));
            case "M04" -> AlloyMutation.declaration("x86 v5.7 declared with kernelExit=RETURN: Arch.kexit = RETURN",
                    c -> c.withKernelExit(RetryChoices.KernelExit.RETURN));
            case "M05" -> AlloyMutation.notApplicable("retry.als's loop has no up_read() on the way to goto retry, and "
                    + "its LOCK checks the arch's up_read() only at the exit");
            case "M06" -> AlloyMutation.retryEdits("retry.als retryFlagsAndGo: goto retry enters handle_mm_fault() "
                            + "without down_read() (pc' = Core, mmap_sem unchanged)",
                    AlloyMutation.edit("Fault.pc' = Lock and keepSem and keepAttempt",
                            "Fault.pc' = Core and keepSem and Fault.attempt' = inc[Fault.attempt]"));
            case "M07" -> AlloyMutation.retryEdits("retry.als firstBranch: the core tests ALLOW_RETRY alone in v5.7 too",
                    AlloyMutation.edit("pred firstBranch[f: set Flag] { core57 implies allowRetryFirst[f] else ALLOW_RETRY in f }",
                            "pred firstBranch[f: set Flag] { ALLOW_RETRY in f }")).steps(14);
            case "M08" -> AlloyMutation.notApplicable("no arch in the Alloy models passes RETRY_NOWAIT (the s390 KVM gmap "
                    + "caller is in the Java model only)");
            case "M09" -> AlloyMutation.notApplicable(NO_DEADLOCK);
            case "M10" -> AlloyMutation.retryEdits("retry.als waitLockKilled: VM_FAULT_RETRY with mmap_sem kept (keepSem "
                            + "for no Fault.mmap_sem')",
                    AlloyMutation.edit("no Fault.mmap_sem' and coreReturns[RETRY] and keepEnv",
                            "keepSem and coreReturns[RETRY] and keepEnv")).steps(14);
            case "M11" -> AlloyMutation.retryEdits("retry.als coreDropWait: wait for the I/O keeping mmap_sem",
                    AlloyMutation.edit("no Fault.mmap_sem' and Fault.pc' = WaitIO", "keepSem and Fault.pc' = WaitIO"));
            case "M12" -> AlloyMutation.retryEdits("retry.als uffdDrop/uffdWake: handle_userfault() sleeps keeping "
                            + "mmap_sem and releases it when woken (DEADLOCK is not in the Alloy models; SLEEP is)",
                    AlloyMutation.edit("no Fault.mmap_sem' and Fault.pc' = WaitUffd", "keepSem and Fault.pc' = WaitUffd"),
                    AlloyMutation.edit("not uffdNopageCase\n  coreReturns[RETRY] and keepSem and keepEnv",
                            "not uffdNopageCase\n  coreReturns[RETRY] and no Fault.mmap_sem' and keepEnv"));
            case "M13" -> AlloyMutation.retryEdits("retry.als faultSignalPending: fatal signals no longer count",
                    AlloyMutation.edit("(fatal or (Fault.mode = UserMode and some Fault.signals))",
                            "(Fault.mode = UserMode and some Fault.signals)"));
            case "M14" -> AlloyMutation.retryEdits("retry.als waitIODone (its Filemap path stands for filemap and swap): "
                            + "the core returns without VM_FAULT_RETRY after dropping mmap_sem",
                    AlloyMutation.edit("Fault.pc = WaitIO and Fault.page_lock != IO\n  coreReturns[RETRY]",
                            "Fault.pc = WaitIO and Fault.page_lock != IO\n  coreReturns[NORETRY]"));
            case "M15" -> AlloyMutation.notApplicable("the Alloy models have no TTM path");
            case "M16", "M17", "M18", "M19" -> AlloyMutation.notApplicable(NO_GUP);
            case "M20" -> AlloyMutation.retryEdits("retry.als coreDropWait/waitIODone/waitIOKilled (its Filemap path "
                            + "stands for filemap and swap): wait for the I/O keeping mmap_sem, release it on the way out",
                    AlloyMutation.edit("no Fault.mmap_sem' and Fault.pc' = WaitIO", "keepSem and Fault.pc' = WaitIO"),
                    AlloyMutation.edit("Fault.pc = WaitIO and Fault.page_lock != IO\n  coreReturns[RETRY] and keepSem and keepEnv",
                            "Fault.pc = WaitIO and Fault.page_lock != IO\n  coreReturns[RETRY] and no Fault.mmap_sem' and keepEnv"),
                    AlloyMutation.edit("KILLABLE in Fault.flags and fatal\n  coreReturns[RETRY] and keepSem and keepEnv",
                            "KILLABLE in Fault.flags and fatal\n  coreReturns[RETRY] and no Fault.mmap_sem' and keepEnv"));
            default -> AlloyMutation.notApplicable("no Alloy counterpart declared");
        };
    }

    private static Mutant arch(String id, String name, String title, String where, String diff, FaultHandler mutated,
                               String why, List<Property> expected, String... scenarios) {
        return new Mutant(id, name, title, where, diff, expected, new X86(), mutated, KernelOps.DEFAULT,
                scenarios(scenarios), why);
    }

    private static Mutant core(String id, String name, String title, String where, String diff, FaultHandler base,
                               KernelOps ops, String why, List<Property> expected, String... scenarios) {
        return new Mutant(id, name, title, where, diff, expected, base, base, ops, scenarios(scenarios), why);
    }

    /** The kernel's own functions but {@code file}'s, which {@code factory} builds: the one function the mutant changes. */
    private static <T> KernelOps ops(Class<T> file, java.util.function.Function<Kernel, ? extends T> factory) {
        return KernelOps.DEFAULT.with(file, factory);
    }

    private static List<Scenario> scenarios(String... ids) {
        return Arrays.stream(ids).map(Scenarios::byId).collect(Collectors.toList());
    }
}
