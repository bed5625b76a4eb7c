package retrycheck.kernel.arch;

import retrycheck.kernel.Variant;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.VmFault;
import retrycheck.kernel.VmFlags;
import retrycheck.kernel.Vma;
import retrycheck.kernel.arch.RetryChoices.BadArea;
import retrycheck.kernel.arch.RetryChoices.ErrorCase;
import retrycheck.kernel.arch.RetryChoices.Errors;
import retrycheck.kernel.arch.RetryChoices.Exit;
import retrycheck.kernel.arch.RetryChoices.FlagsAt;
import retrycheck.kernel.arch.RetryChoices.Path;
import retrycheck.kernel.arch.RetryChoices.Perf;
import retrycheck.kernel.arch.RetryChoices.Stack;
import retrycheck.runtime.Src;

import java.util.List;

import static retrycheck.kernel.arch.RetryChoices.Accounting.PER_ATTEMPT;
import static retrycheck.kernel.arch.RetryChoices.Gate.OUTER;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.ARCH_RELOCKS;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/**
 * arch/s390/mm/fault.c do_exception() (called by do_dat_exception()/do_protection_exception(), which pass a
 * non-zero result to do_fault_error()). {@code retry:} sits after the first {@code down_read()}, so the arch
 * re-takes mmap_sem itself before {@code goto retry} ({@link RetryChoices.Relock#ARCH_RELOCKS}).
 */
public class S390 extends Arch {
    private static final Src DO_EXCEPTION_56 = Src.v56("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_EXCEPTION_57 = Src.v57("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_56 = Src.v56("arch/s390/mm/fault.c", "do_fault_error");
    private static final Src DO_FAULT_ERROR_57 = Src.v57("arch/s390/mm/fault.c", "do_fault_error");

    /** s390: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.EXIT_LABEL, Errors.ARCH,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    @Override public String name() { return "s390"; }
    @Override public String file() { return "arch/s390/mm/fault.c"; }
    @Override public String function() { return "do_exception"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) { fault = VM_FAULT_SIGNAL;
     * if (flags & RETRY_NOWAIT) goto out_up; goto out; }} ... {@code if (fault & VM_FAULT_RETRY) {
     * flags &= ~(FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT); flags |= TRIED; down_read(&mm->mmap_sem); goto retry; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, true, FATAL_ONLY, NO_CONTEXT, ARCH_RELOCKS,
                PER_ATTEMPT, "v5.6.4 arch/s390/mm/fault.c:437-540", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) { fault = VM_FAULT_SIGNAL; if (flags & RETRY_NOWAIT) goto out_up;
     * goto out; }} ... {@code flags &= ~FAULT_FLAG_RETRY_NOWAIT; flags |= FAULT_FLAG_TRIED; down_read(&mm->mmap_sem); goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, true, FAULT_SIGNAL_PENDING, NO_CONTEXT, ARCH_RELOCKS,
                PER_ATTEMPT, "v5.7.14 arch/s390/mm/fault.c:437-536", PATH);
    }

    @Override public String quirks() {
        return "retry: is after the first down_read and the arch does down_read(); goto retry; itself; a fired signal check "
                + "returns VM_FAULT_SIGNAL (do_fault_error: kernel mode -> do_no_context, user mode -> nothing); the gmap/pfault "
                + "path (RETRY_NOWAIT: goto out_up with mmap_sem still held, VM_FAULT_PFAULT) is the handler s390-gmap; "
                + "a bad area is VM_FAULT_BADMAP/BADACCESS through out_up to do_fault_error()";
    }

    /** arch/s390/mm/fault.c:48-52: the arch's own fault codes (VM_FAULT_SIGNAL and VM_FAULT_PFAULT are in {@link VmFault}). */
    static final int VM_FAULT_BADMAP = 0x020000, VM_FAULT_BADACCESS = 0x040000;

    /** A guest (KVM) fault: {@code type == GMAP_FAULT} with the gmap's {@code pfault_enabled} set. False here; {@link S390Gmap}. */
    protected boolean gmapFault() { return false; }

    /**
     * do_dat_exception(): {@code fault = do_exception(regs, access); if (unlikely(fault)) do_fault_error(regs, access, fault);}
     */
    @Override
    public FaultOutcome doPageFault(Kernel k) {
        if (k.variant.atLeast(Variant.V6_8))                          // v6.8: do_dat_exception(regs): do_exception(regs, VM_ACCESS_FLAGS);
            return doException68(k);
        int fault = doException(k);                                   // fault = do_exception(regs, access);
        if (fault != 0) return doFaultError(k, fault);                // if (unlikely(fault)) do_fault_error(regs, access, fault);
        return FaultOutcome.ret(0);
    }

    /**
     * do_exception(): {@code retry:} sits after the first down_read(), so a retry re-takes mmap_sem itself; every exit
     * goes through {@code out_up: up_read(&mm->mmap_sem);} or (mmap_sem already released by the core) {@code out:}.
     */
    protected int doException(Kernel k) {
        RetryChoices c = choices(k.variant);
        Cites l = cites(k.variant);
        k.perfSwEvent(l.perf, "PAGE_FAULTS");                         // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);
        int flags = initialFlags(k);                                  // flags = FAULT_FLAG_DEFAULT; USER; WRITE
        if (c.vmaLock() != RetryChoices.VmaLock.NONE) {              // #ifdef CONFIG_PER_VMA_LOCK (v6.4 on)
            VmaLockStep s = lockVmaStep(k, c, flags);
            if (s.kind() == VmaLockStep.Kind.DONE) return vmaLockOut(k, s.fault()); // goto out;
            if (s.kind() == VmaLockStep.Kind.SIGNAL) return VmFault.S390_SIGNAL; // fault = VM_FAULT_SIGNAL; goto out;
            flags = s.flags();                                        // lock_mmap:
        }
        k.mm.mmapSem.downRead(l.lock);                                // down_read(&mm->mmap_sem);
        boolean gmap = gmapFault();                                   // gmap = NULL; if (IS_ENABLED(CONFIG_PGSTE) && type == GMAP_FAULT) {
        if (gmap)                                                     //   address = __gmap_translate(gmap, address);  (found)
            flags |= FaultFlags.RETRY_NOWAIT;                         //   if (gmap->pfault_enabled) flags |= FAULT_FLAG_RETRY_NOWAIT; }
        int fault;
        for (;;) {                                                    // retry:
            Vma vma = k.mmap().findVma(k.mm, k.access.address());      // fault = VM_FAULT_BADMAP; vma = find_vma(mm, address);
            if (vma == null) return outUp(k, l, VM_FAULT_BADMAP);      // if (!vma) goto out_up;
            int bad = goodArea(k, c, l, vma, flags);                  // vm_start > address: GROWSDOWN, expand_stack; fault = VM_FAULT_BADACCESS; access
            if (bad == BAD_AREA_NOSEMAPHORE) return VM_FAULT_BADMAP;   // (v6.4) vma = expand_stack(mm, address); if (!vma) goto out;
            if (bad != 0) return outUp(k, l, bad == SEGV_MAPERR ? VM_FAULT_BADMAP : VM_FAULT_BADACCESS); // goto out_up;
            fault = handleMmFault(k, vma, flags);       // fault = handle_mm_fault(vma, address, flags);
            boolean fired = c.signalCheck() == RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING
                    ? k.signal().faultSignalPending(fault, l.signalCheck)              // if (fault_signal_pending(fault, regs)) {
                    : k.signal().retryAndFatalSignalPending(fault, l.signalCheck);     // v5.6: if ((fault & RETRY) && fatal_signal_pending(current)) {
            if (fired) {
                fault = VmFault.S390_SIGNAL;                          //   fault = VM_FAULT_SIGNAL;
                if ((flags & FaultFlags.RETRY_NOWAIT) != 0)           //   if (flags & FAULT_FLAG_RETRY_NOWAIT)
                    return outUp(k, l, fault);                        //     goto out_up;
                return fault;                                         //   goto out; }
            }
            if (c.completed() == RetryChoices.Completed.S390_GMAP_RELOCK && (fault & VmFault.COMPLETED) != 0)
                return completedS390(k, l, gmap);                     // if (fault & VM_FAULT_COMPLETED) { ... }
            if ((fault & VmFault.ERROR) != 0) return outUp(k, l, fault); // if (unlikely(fault & VM_FAULT_ERROR)) goto out_up;
            if (c.gate() == RetryChoices.Gate.RETRY_ONLY              // (v6.0: no ALLOW_RETRY test)
                    || (flags & FaultFlags.ALLOW_RETRY) != 0) {       // if (flags & FAULT_FLAG_ALLOW_RETRY) {
                if (c.accounting() != RetryChoices.Accounting.CORE)
                    account(k, l, fault);                             //   maj_flt++ / min_flt++ and perf MAJ/MIN
                if ((fault & VmFault.RETRY) != 0) {                   //   if (fault & VM_FAULT_RETRY) {
                    if (gmap && (flags & FaultFlags.RETRY_NOWAIT) != 0) { // if (IS_ENABLED(CONFIG_PGSTE) && gmap && (flags & FAULT_FLAG_RETRY_NOWAIT)) {
                        return outUp(k, l, VmFault.S390_PFAULT);      //       current->thread.gmap_pfault = 1; fault = VM_FAULT_PFAULT; goto out_up; }
                    }
                    flags = retryFlags(k, c, l, flags);               //     flags &= ~FAULT_FLAG_RETRY_NOWAIT; flags |= FAULT_FLAG_TRIED;
                    beforeRetry(k, c);                                //     down_read(&mm->mmap_sem);
                    continue;                                         //     goto retry;
                }
            }
            //                                                           if (IS_ENABLED(CONFIG_PGSTE) && gmap) { address = __gmap_link(...); } (linked)
            return outUp(k, l, 0);                                    // fault = 0;
        }
    }

    /** {@code out_up: up_read(&mm->mmap_sem); out: return fault;} */
    protected int outUp(Kernel k, Cites l, int fault) {
        k.mm.mmapSem.upRead(l.upRead);                                // out_up: up_read(&mm->mmap_sem);
        return fault;                                                 // out: return fault;
    }

    /** do_fault_error(): {@code switch (fault)} on the arch's codes, else the VM_FAULT_ERROR bits. */
    protected FaultOutcome doFaultError(Kernel k, int fault) {
        boolean user = k.access.userMode();
        switch (fault) {
            case VM_FAULT_BADACCESS:                                  // case VM_FAULT_BADACCESS: (exec + signal_return: not modelled)
            case VM_FAULT_BADMAP:                                     // case VM_FAULT_BADMAP:
                if (user) return FaultOutcome.done("sigsegv", fault); //   if (user_mode(regs)) { do_sigsegv(regs, si_code); break; }
                return noContext(k, fault);                           //   fallthrough: do_no_context(regs);
            case VmFault.S390_PFAULT:                                 // case VM_FAULT_BADCONTEXT: case VM_FAULT_PFAULT:
                return noContext(k, fault);                           //   do_no_context(regs); break;
            case VmFault.S390_SIGNAL:                                 // case VM_FAULT_SIGNAL:
                if (!user) return noContext(k, fault);                //   if (!user_mode(regs)) do_no_context(regs);
                return FaultOutcome.ret(fault);                       //   break;
            default:                                                  // default: /* fault & VM_FAULT_ERROR */
                if ((fault & VmFault.OOM) != 0)                       //   if (fault & VM_FAULT_OOM) {
                    return user ? FaultOutcome.done("oom", fault) : noContext(k, fault); // no_context / pagefault_out_of_memory();
                if ((fault & VmFault.SIGSEGV) != 0)                   //   } else if (fault & VM_FAULT_SIGSEGV) {
                    return user ? FaultOutcome.done("sigsegv", fault) : noContext(k, fault);
                if ((fault & VmFault.SIGBUS) != 0)                    //   } else if (fault & VM_FAULT_SIGBUS) {
                    return user ? FaultOutcome.done("sigbus", fault) : noContext(k, fault);
                k.warn(cites(k.variant).bug, "BUG(): do_fault_error() with " + VmFault.names(fault));
                return FaultOutcome.done("BUG", fault);               //   } else BUG();
        }
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_EXCEPTION_56.at(437, "down_read(&mm->mmap_sem);"))
                .relock(DO_EXCEPTION_56.at(522, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_EXCEPTION_56.at(460, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_56.at(461, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_56.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_56.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_56.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_56.at(484, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) {"))
                .retryFlags(DO_EXCEPTION_56.at(519, "flags &= ~(FAULT_FLAG_ALLOW_RETRY |"))
                .upRead(DO_EXCEPTION_56.at(540, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_EXCEPTION_56.at(540, "up_read(&mm->mmap_sem);"))
                .bug(DO_FAULT_ERROR_56.at(369, "BUG();"))
                .majFlt(DO_EXCEPTION_56.at(500, "tsk->maj_flt++;"))
                .minFlt(DO_EXCEPTION_56.at(504, "tsk->min_flt++;"))
                .perf(DO_EXCEPTION_56.at(431, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_EXCEPTION_56.at(501, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_EXCEPTION_56.at(505, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_EXCEPTION_57.at(437, "down_read(&mm->mmap_sem);"))
                .relock(DO_EXCEPTION_57.at(518, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_EXCEPTION_57.at(460, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_57.at(461, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_57.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_57.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_57.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_57.at(483, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_EXCEPTION_57.at(517, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_57.at(536, "up_read(&mm->mmap_sem);"))
                .errorUpRead(DO_EXCEPTION_57.at(536, "up_read(&mm->mmap_sem);"))
                .bug(DO_FAULT_ERROR_57.at(369, "BUG();"))
                .majFlt(DO_EXCEPTION_57.at(499, "tsk->maj_flt++;"))
                .minFlt(DO_EXCEPTION_57.at(503, "tsk->min_flt++;"))
                .perf(DO_EXCEPTION_57.at(431, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_EXCEPTION_57.at(500, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_EXCEPTION_57.at(504, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_EXCEPTION_64 = Src.v64("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_64 = Src.v64("arch/s390/mm/fault.c", "do_fault_error");
    private static final Src DO_EXCEPTION_65 = Src.v65("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_65 = Src.v65("arch/s390/mm/fault.c", "do_fault_error");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS)).withLines("v6.4.6 arch/s390/mm/fault.c:434-530");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lock(DO_EXCEPTION_64.at(434, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_64.at(512, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_64.at(457, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_64.at(458, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_64.at(470, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_64.at(470, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_64.at(470, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_64.at(479, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_EXCEPTION_64.at(511, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_64.at(530, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_64.at(530, "mmap_read_unlock(mm);"))
                .bug(DO_FAULT_ERROR_64.at(343, "BUG();"))
                .perf(DO_EXCEPTION_64.at(402, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .expandStack(DO_EXCEPTION_64.at(460, "vma = expand_stack(mm, address);"))
                .completed(DO_EXCEPTION_64.at(487, "if (fault & VM_FAULT_COMPLETED) {"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/s390/mm/fault.c:436-532");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lock(DO_EXCEPTION_65.at(436, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_65.at(514, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_65.at(459, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_65.at(460, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_65.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_65.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_65.at(472, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_65.at(481, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_EXCEPTION_65.at(513, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_65.at(532, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_65.at(532, "mmap_read_unlock(mm);"))
                .bug(DO_FAULT_ERROR_65.at(343, "BUG();"))
                .perf(DO_EXCEPTION_65.at(402, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .expandStack(DO_EXCEPTION_65.at(462, "vma = expand_stack(mm, address);"))
                .completed(DO_EXCEPTION_65.at(489, "if (fault & VM_FAULT_COMPLETED) {"));
    }
    private static final Src DO_EXCEPTION_59 = Src.v59("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_59 = Src.v59("arch/s390/mm/fault.c", "do_fault_error");
    private static final Src DO_EXCEPTION_512 = Src.v512("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_512 = Src.v512("arch/s390/mm/fault.c", "do_fault_error");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/s390/mm/fault.c:428-519");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_EXCEPTION_59.at(434, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_59.at(501, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_59.at(457, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_59.at(458, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_59.at(469, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_59.at(469, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_59.at(469, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_59.at(480, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_EXCEPTION_59.at(500, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_59.at(519, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_59.at(519, "mmap_read_unlock(mm);"))
                .bug(DO_FAULT_ERROR_59.at(366, "BUG();"))
                .perf(DO_EXCEPTION_59.at(428, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: do_exception() loses the VDSO_FAULT case (not modelled); the loop is v5.9's. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/s390/mm/fault.c:414-505");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_EXCEPTION_512.at(420, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_512.at(487, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_512.at(443, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_512.at(444, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_512.at(455, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_512.at(455, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_512.at(455, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_512.at(466, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_EXCEPTION_512.at(486, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_512.at(505, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_512.at(505, "mmap_read_unlock(mm);"))
                .bug(DO_FAULT_ERROR_512.at(355, "BUG();"))
                .perf(DO_EXCEPTION_512.at(414, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_EXCEPTION_60 = Src.v60("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_60 = Src.v60("arch/s390/mm/fault.c", "do_fault_error");
    private static final Src DO_EXCEPTION_63 = Src.v63("arch/s390/mm/fault.c", "do_exception");
    private static final Src DO_FAULT_ERROR_63 = Src.v63("arch/s390/mm/fault.c", "do_fault_error");

    /**
     * v6.0 on: {@code if (fault & VM_FAULT_COMPLETED) { if (gmap) { mmap_read_lock(mm); goto out_gmap; } fault = 0; goto
     * out; }}: the core released mmap_lock; a guest fault takes it again for __gmap_link() and unlocks at out_up.
     */
    protected int completedS390(Kernel k, Cites l, boolean gmap) {
        if (gmap) {                                                   // if (gmap) {
            k.mm.mmapSem.downRead(l.completedRelock);                 //   mmap_read_lock(mm);
            // goto out_gmap;  out_gmap: address = __gmap_link(gmap, current->thread.gmap_addr, address);  (linked)
            return outUp(k, l, 0);                                    //   fault = 0; out_up: mmap_read_unlock(mm);
        }
        return 0;                                                     // fault = 0; goto out;  out: return fault;
    }

    /**
     * v6.0.1 (arch/s390/mm/fault.c:438-439, 450): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) { if (gmap) { ... } ... }}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.S390_GMAP_RELOCK).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/s390/mm/fault.c:378-481");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_EXCEPTION_60.at(386, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_60.at(463, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_60.at(409, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_60.at(410, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_60.at(421, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_60.at(421, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_60.at(421, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_60.at(430, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_EXCEPTION_60.at(438, "if (fault & VM_FAULT_COMPLETED) {"))
                .retryFlags(DO_EXCEPTION_60.at(462, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_60.at(481, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_60.at(481, "mmap_read_unlock(mm);"))
                .bug(DO_FAULT_ERROR_60.at(315, "BUG();"))
                .perf(DO_EXCEPTION_60.at(378, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completedRelock(DO_EXCEPTION_60.at(440, "mmap_read_lock(mm);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/s390/mm/fault.c:402-505");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_EXCEPTION_63.at(410, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_63.at(487, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_63.at(433, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_63.at(434, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(DO_EXCEPTION_63.at(445, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_63.at(445, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_63.at(445, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_63.at(454, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_EXCEPTION_63.at(462, "if (fault & VM_FAULT_COMPLETED) {"))
                .retryFlags(DO_EXCEPTION_63.at(486, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_63.at(505, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_63.at(505, "mmap_read_unlock(mm);"))
                .bug(DO_FAULT_ERROR_63.at(343, "BUG();"))
                .perf(DO_EXCEPTION_63.at(402, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completedRelock(DO_EXCEPTION_63.at(464, "mmap_read_lock(mm);"));
    }

    /**
     * The per-VMA lock attempt's {@code goto out;} without RETRY: 6.4.6 returns the fault as it is (a non-error result
     * such as VM_FAULT_MAJOR then reaches do_fault_error(), whose final else is BUG()); 6.5.0 first
     * {@code if (likely(!(fault & VM_FAULT_ERROR))) fault = 0;} (the line {@link VmaLockCites#errorTest}).
     */
    protected int vmaLockOut(Kernel k, int fault) {
        if (vmaLockCites(k.variant).errorTest != null && (fault & VmFault.ERROR) == 0) // 6.5: if (likely(!(fault & VM_FAULT_ERROR)))
            fault = 0;                                                //   fault = 0;
        return fault;                                                 // goto out;  out: return fault;
    }

    // ---- The per-VMA lock attempt (helper 17d; Arch.lockVmaStep, RELEASES-CONTRACT.md) ----

    /** The per-VMA lock attempt (spec/releases.md §8.1): from v6.4 on. */
    @Override protected RetryChoices.VmaLock vmaLock(Variant v) {
        return v.atLeast(Variant.V6_8) ? RetryChoices.VmaLock.V68 : v.atLeast(Variant.V6_4) ? RetryChoices.VmaLock.V64 : RetryChoices.VmaLock.NONE;
    }

    /** The per-VMA lock attempt in the 6.4.6 tree (arch/s390/mm/fault.c do_exception). */
    @Override protected VmaLockCites vmaLockCites64() {
        return new VmaLockCites()
                .user(Src.v64("arch/s390/mm/fault.c", "do_exception").at(411, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v64("arch/s390/mm/fault.c", "do_exception").at(413, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v64("arch/s390/mm/fault.c", "do_exception").at(416, "if (!(vma->vm_flags & access)) {"))
                .accessEndRead(Src.v64("arch/s390/mm/fault.c", "do_exception").at(417, "vma_end_read(vma);"))
                .hmf(Src.v64("arch/s390/mm/fault.c", "do_exception").at(420, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v64("arch/s390/mm/fault.c", "do_exception").at(421, "vma_end_read(vma);"))
                .retryTest(Src.v64("arch/s390/mm/fault.c", "do_exception").at(422, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v64("arch/s390/mm/fault.c", "do_exception").at(428, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.5.0 tree (arch/s390/mm/fault.c do_exception). */
    @Override protected VmaLockCites vmaLockCites65() {
        return new VmaLockCites()
                .user(Src.v65("arch/s390/mm/fault.c", "do_exception").at(411, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v65("arch/s390/mm/fault.c", "do_exception").at(413, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v65("arch/s390/mm/fault.c", "do_exception").at(416, "if (!(vma->vm_flags & access)) {"))
                .accessEndRead(Src.v65("arch/s390/mm/fault.c", "do_exception").at(417, "vma_end_read(vma);"))
                .hmf(Src.v65("arch/s390/mm/fault.c", "do_exception").at(420, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v65("arch/s390/mm/fault.c", "do_exception").at(421, "vma_end_read(vma);"))
                .retryTest(Src.v65("arch/s390/mm/fault.c", "do_exception").at(422, "if (!(fault & VM_FAULT_RETRY)) {"))
                .errorTest(Src.v65("arch/s390/mm/fault.c", "do_exception").at(424, "if (likely(!(fault & VM_FAULT_ERROR)))"))
                .signal(Src.v65("arch/s390/mm/fault.c", "do_exception").at(430, "if (fault_signal_pending(fault, regs)) {"));
    }

    /** The per-VMA lock attempt in the 6.8.0 tree (arch/s390/mm/fault.c do_exception). */
    @Override protected VmaLockCites vmaLockCites68() {
        return new VmaLockCites()
                .user(Src.v68("arch/s390/mm/fault.c", "do_exception").at(319, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v68("arch/s390/mm/fault.c", "do_exception").at(321, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v68("arch/s390/mm/fault.c", "do_exception").at(324, "if (!(vma->vm_flags & access)) {"))
                .accessEndRead(Src.v68("arch/s390/mm/fault.c", "do_exception").at(325, "vma_end_read(vma);"))
                .hmf(Src.v68("arch/s390/mm/fault.c", "do_exception").at(328, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endReadTest(Src.v68("arch/s390/mm/fault.c", "do_exception").at(329, "if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))"))
                .endRead(Src.v68("arch/s390/mm/fault.c", "do_exception").at(330, "vma_end_read(vma);"))
                .retryTest(Src.v68("arch/s390/mm/fault.c", "do_exception").at(331, "if (!(fault & VM_FAULT_RETRY)) {"))
                .major(Src.v68("arch/s390/mm/fault.c", "do_exception").at(338, "if (fault & VM_FAULT_MAJOR)"))
                .tried(Src.v68("arch/s390/mm/fault.c", "do_exception").at(339, "flags |= FAULT_FLAG_TRIED;"))
                .signal(Src.v68("arch/s390/mm/fault.c", "do_exception").at(342, "if (fault_signal_pending(fault, regs)) {"));
    }

    // ---- v6.8.0: do_exception() rewritten (arch/s390/mm/fault.c:280-441) ----
    private static final Src DO_EXCEPTION_68 = Src.v68("arch/s390/mm/fault.c", "do_exception");
    private static final Src HANDLE_FAULT_ERROR_68 = Src.v68("arch/s390/mm/fault.c", "handle_fault_error");
    private static final Src HANDLE_FAULT_ERROR_NOLOCK_68 = Src.v68("arch/s390/mm/fault.c", "handle_fault_error_nolock");

    /**
     * v6.8.0: the v6.5 loop, but {@code do_exception()} returns nothing and handles every exit where it happens:
     * do_fault_error() and the arch codes (VM_FAULT_BADMAP, BADACCESS, SIGNAL, PFAULT) are gone; a bad area is
     * {@code return handle_fault_error(regs, si_code);} (unlock, then handle_fault_error_nolock()), a VM_FAULT_ERROR is
     * {@code mmap_read_unlock(mm); goto error;}. The declaration (flags, gate, signal check, relock, completed) is v6.5's.
     */
    @Override protected RetryChoices v68() {
        return v65().withLines("v6.8.0 arch/s390/mm/fault.c:280-441");
    }

    @Override protected Cites cites68() {
        return new Cites()
                .lock(DO_EXCEPTION_68.at(348, "mmap_read_lock(mm);"))
                .relock(DO_EXCEPTION_68.at(405, "mmap_read_lock(mm);"))
                .vmStart(DO_EXCEPTION_68.at(365, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(DO_EXCEPTION_68.at(366, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .expandStack(DO_EXCEPTION_68.at(368, "vma = expand_stack(mm, address);"))
                .accessRead(DO_EXCEPTION_68.at(372, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessWrite(DO_EXCEPTION_68.at(372, "if (unlikely(!(vma->vm_flags & access)))"))
                .accessExec(DO_EXCEPTION_68.at(372, "if (unlikely(!(vma->vm_flags & access)))"))
                .signalCheck(DO_EXCEPTION_68.at(375, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_EXCEPTION_68.at(383, "if (fault & VM_FAULT_COMPLETED) {"))
                .completedRelock(DO_EXCEPTION_68.at(385, "mmap_read_lock(mm);"))
                .retryFlags(DO_EXCEPTION_68.at(404, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_EXCEPTION_68.at(420, "mmap_read_unlock(mm);"))
                .errorUpRead(DO_EXCEPTION_68.at(391, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_FAULT_ERROR_68.at(260, "mmap_read_unlock(mm);"))
                .bug(DO_EXCEPTION_68.at(439, "BUG();"))
                .perf(DO_EXCEPTION_68.at(311, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /**
     * v6.8.0 do_exception(regs, access) (arch/s390/mm/fault.c:280-441). The fault type switch before it (KERNEL_FAULT,
     * faulthandler_disabled(), no mm: handle_fault_error_nolock(regs, 0)) is not reached by the model's faults. The C
     * returns void; the model returns how the fault ended.
     */
    protected FaultOutcome doException68(Kernel k) {
        RetryChoices c = choices(k.variant);
        Cites l = cites(k.variant);
        int fault;
        k.perfSwEvent(l.perf, "PAGE_FAULTS");                         // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);
        int flags = initialFlags(k);                                  // flags = FAULT_FLAG_DEFAULT; USER; if (access == VM_WRITE) WRITE
        VmaLockStep s = lockVmaStep(k, c, flags);                     // if (!(flags & FAULT_FLAG_USER)) goto lock_mmap; vma = lock_vma_under_rcu(...); ...
        if (s.kind() == VmaLockStep.Kind.DONE) {                      // if (!(fault & VM_FAULT_RETRY)) { count_vm_vma_lock_event(VMA_LOCK_SUCCESS);
            fault = s.fault();
            if ((fault & VmFault.ERROR) != 0) return error68(k, l, fault); // if (unlikely(fault & VM_FAULT_ERROR)) goto error;
            return FaultOutcome.ret(fault);              //   return; }
        }
        if (s.kind() == VmaLockStep.Kind.SIGNAL) {                    // if (fault_signal_pending(fault, regs)) {
            if (!k.access.userMode()) return handleFaultErrorNolock(k, l, 0, s.fault()); // if (!user_mode(regs)) handle_fault_error_nolock(regs, 0);
            return FaultOutcome.ret(s.fault());          //   return; }
        }
        flags = s.flags();                                            // (if (fault & VM_FAULT_MAJOR) flags |= FAULT_FLAG_TRIED;)
        k.mm.mmapSem.downRead(l.lock);                                // lock_mmap: mmap_read_lock(mm);
        boolean gmap = gmapFault();                                   // gmap = NULL; if (IS_ENABLED(CONFIG_PGSTE) && type == GMAP_FAULT) {
        if (gmap)                                                     //   address = __gmap_translate(gmap, address);  (found)
            flags |= FaultFlags.RETRY_NOWAIT;                         //   if (gmap->pfault_enabled) flags |= FAULT_FLAG_RETRY_NOWAIT; }
        for (;;) {                                                    // retry:
            Vma vma = k.mmap().findVma(k.mm, k.access.address());      // vma = find_vma(mm, address);
            if (vma == null) return handleFaultError(k, l, SEGV_MAPERR, 0); // if (!vma) return handle_fault_error(regs, SEGV_MAPERR);
            int bad = goodArea(k, c, l, vma, flags);                  // vm_start > address: VM_GROWSDOWN, expand_stack(); vm_flags & access
            if (bad == BAD_AREA_NOSEMAPHORE) return handleFaultErrorNolock(k, l, SEGV_MAPERR, 0); // if (!vma) return handle_fault_error_nolock(regs, SEGV_MAPERR);
            if (bad != 0) return handleFaultError(k, l, bad, 0); // return handle_fault_error(regs, SEGV_MAPERR / SEGV_ACCERR);
            fault = handleMmFault(k, vma, flags);                     // fault = handle_mm_fault(vma, address, flags, regs);
            if (k.signal().faultSignalPending(fault, l.signalCheck)) { // if (fault_signal_pending(fault, regs)) {
                if ((flags & FaultFlags.RETRY_NOWAIT) != 0)           //   if (flags & FAULT_FLAG_RETRY_NOWAIT)
                    k.mm.mmapSem.upRead(DO_EXCEPTION_68.at(377, "mmap_read_unlock(mm);")); // mmap_read_unlock(mm);
                if (!k.access.userMode()) return handleFaultErrorNolock(k, l, 0, fault); // if (!user_mode(regs)) handle_fault_error_nolock(regs, 0);
                return FaultOutcome.ret(fault);          //   return; }
            }
            if ((fault & VmFault.COMPLETED) != 0) {                   // if (fault & VM_FAULT_COMPLETED) {
                if (gmap) {                                           //   if (gmap) {
                    k.mm.mmapSem.downRead(l.completedRelock);         //     mmap_read_lock(mm);
                    break;                                            //     goto gmap; }
                }
                return FaultOutcome.ret(fault);          //   return; }
            }
            if ((fault & VmFault.ERROR) != 0) {                       // if (unlikely(fault & VM_FAULT_ERROR)) {
                k.mm.mmapSem.upRead(l.errorUpRead);                   //   mmap_read_unlock(mm);
                return error68(k, l, fault);                          //   goto error; }
            }
            if ((fault & VmFault.RETRY) != 0) {                       // if (fault & VM_FAULT_RETRY) {
                if (gmap && (flags & FaultFlags.RETRY_NOWAIT) != 0) { //   if (IS_ENABLED(CONFIG_PGSTE) && gmap && (flags & FAULT_FLAG_RETRY_NOWAIT)) {
                    return handleFaultError(k, l, 0, fault);          //     current->thread.gmap_pfault = 1; return handle_fault_error(regs, 0); }
                }
                flags = retryFlags(k, c, l, flags);                   //   flags &= ~FAULT_FLAG_RETRY_NOWAIT; flags |= FAULT_FLAG_TRIED;
                beforeRetry(k, c);                                    //   mmap_read_lock(mm);
                continue;                                             //   goto retry; }
            }
            break;
        }
        // gmap: if (IS_ENABLED(CONFIG_PGSTE) && gmap) { address = __gmap_link(gmap, current->thread.gmap_addr, address); } (linked)
        k.mm.mmapSem.upRead(l.upRead);                                // mmap_read_unlock(mm);
        return FaultOutcome.ret(0);                                   // return;
    }

    /** handle_fault_error(regs, si_code): {@code mmap_read_unlock(mm); handle_fault_error_nolock(regs, si_code);} */
    protected FaultOutcome handleFaultError(Kernel k, Cites l, int siCode, int fault) {
        k.mm.mmapSem.upRead(l.badAreaUpRead);                         // mmap_read_unlock(mm);
        return handleFaultErrorNolock(k, l, siCode, fault);           // handle_fault_error_nolock(regs, si_code);
    }

    /**
     * handle_fault_error_nolock(regs, si_code): user mode {@code if (WARN_ON_ONCE(!si_code)) si_code = SEGV_MAPERR;
     * return do_sigsegv(regs, si_code);}; kernel mode {@code if (fixup_exception(regs)) return;} ... {@code die(regs, "Oops");}.
     */
    protected FaultOutcome handleFaultErrorNolock(Kernel k, Cites l, int siCode, int fault) {
        if (k.access.userMode()) {                                    // if (user_mode(regs)) {
            if (siCode == 0)                                          //   if (WARN_ON_ONCE(!si_code))
                k.warn(HANDLE_FAULT_ERROR_NOLOCK_68.at(235, "if (WARN_ON_ONCE(!si_code))"), "WARN_ON_ONCE(!si_code): a user-mode fault ended without a si_code");
            return FaultOutcome.done("sigsegv", fault);               //   return do_sigsegv(regs, si_code); }
        }
        return noContext(k, fault);                                   // if (fixup_exception(regs)) return; ... die(regs, "Oops");
    }

    /** {@code error:} the VM_FAULT_ERROR dispatch, mmap_lock not held. */
    protected FaultOutcome error68(Kernel k, Cites l, int fault) {
        boolean user = k.access.userMode();
        if ((fault & VmFault.OOM) != 0) {                             // if (fault & VM_FAULT_OOM) {
            if (!user) return handleFaultErrorNolock(k, l, 0, fault); //   if (!user_mode(regs)) handle_fault_error_nolock(regs, 0);
            return FaultOutcome.done("oom", fault);                   //   else pagefault_out_of_memory();
        } else if ((fault & VmFault.SIGSEGV) != 0) {                  // } else if (fault & VM_FAULT_SIGSEGV) {
            if (!user) return handleFaultErrorNolock(k, l, 0, fault); //   if (!user_mode(regs)) handle_fault_error_nolock(regs, 0);
            return FaultOutcome.done("sigsegv", fault);               //   else do_sigsegv(regs, SEGV_MAPERR);
        } else if ((fault & VmFault.SIGBUS) != 0) {                   // } else if (fault & VM_FAULT_SIGBUS) {
            if (!user) return handleFaultErrorNolock(k, l, 0, fault); //   if (!user_mode(regs)) handle_fault_error_nolock(regs, 0);
            return FaultOutcome.done("sigbus", fault);                //   else do_sigbus(regs);
        }                                                             // } else {
        k.warn(l.bug, "BUG(): do_exception() error: with " + VmFault.names(fault));
        return FaultOutcome.done("BUG", fault);                       //   BUG(); }
    }
}
