package retrycheck.kernel.arch;

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
import static retrycheck.kernel.arch.RetryChoices.Relock.RETRY_LABEL;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_ONLY;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/sh/mm/fault.c do_page_fault(). */
public final class Sh extends Arch {
    private static final Src __BAD_AREA_56 = Src.v56("arch/sh/mm/fault.c", "__bad_area");
    private static final Src __BAD_AREA_57 = Src.v57("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_PAGE_FAULT_56 = Src.v56("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src DO_PAGE_FAULT_57 = Src.v57("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src DO_SIGBUS_56 = Src.v56("arch/sh/mm/fault.c", "do_sigbus");
    private static final Src DO_SIGBUS_57 = Src.v57("arch/sh/mm/fault.c", "do_sigbus");
    private static final Src MM_FAULT_ERROR_56 = Src.v56("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src MM_FAULT_ERROR_57 = Src.v57("arch/sh/mm/fault.c", "mm_fault_error");

    /** sh: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.AT_GOOD_AREA, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.ARCH,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA)),
            Exit.BUG, false, false, Perf.BEFORE_LOCK);

    @Override public String name() { return "sh"; }
    @Override public String file() { return "arch/sh/mm/fault.c"; }
    @Override public String function() { return "do_page_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & (VM_FAULT_RETRY | VM_FAULT_ERROR))) if (mm_fault_error(...)) return;} where
     * mm_fault_error() does {@code if (fatal_signal_pending(current)) { if (!(fault & VM_FAULT_RETRY)) up_read(); if (!user_mode(regs))
     * no_context(); return 1; }}; then {@code if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; }}.
     * For a RETRY that is FATAL_ONLY; the check also fires on an ERROR without RETRY (see {@link #quirks}).
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/sh/mm/fault.c:298-314,426-496", PATH);
    }

    /**
     * v5.7.14: mm_fault_error() does {@code if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) no_context(); return 1; }
     * if (!(fault & VM_FAULT_RETRY)) up_read();}; then {@code flags |= FAULT_FLAG_TRIED; goto retry;}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/sh/mm/fault.c:298-316,426-495", PATH);
    }

    @Override public String quirks() {
        return "the signal check sits in mm_fault_error() (line 305), called when fault & (RETRY|ERROR); v5.6 also tested fatal_signal_pending() for an ERROR without RETRY (up_read, then no SIGBUS for user mode)"
                + "; USER and WRITE are added after the access check; a RETRY or error result goes to mm_fault_error(), which holds the signal check (v5.6: fatal_signal_pending() even without RETRY) and the up_read; in v5.7 that up_read (line 313) is followed by do_sigbus()/bad_area() for VM_FAULT_SIGBUS/SIGSEGV, which up_read again";
    }

    private static final Src MM_FAULT_ERROR_OOM_UP_READ_56 = Src.v56("arch/sh/mm/fault.c", "mm_fault_error");

    /**
     * do_page_fault(): the shared steps of {@link Arch}, but a RETRY or an error goes to sh's mm_fault_error(), which
     * holds the signal check, the up_read and the error exits: {@code if (unlikely(fault & (VM_FAULT_RETRY |
     * VM_FAULT_ERROR))) if (mm_fault_error(regs, error_code, address, fault)) return;}.
     */
    @Override
    public FaultOutcome doPageFault(Kernel k) {
        RetryChoices c = choices(k.variant);
        Cites l = cites(k.variant);
        int flags = initialFlags(k);                                  // unsigned int flags = FAULT_FLAG_DEFAULT;
        k.perfSwEvent(l.perf, "PAGE_FAULTS");                         // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);
        boolean retrying = false;
        for (;;) {
            Area area = lockAndFindVma(k, c, l, flags, retrying);    // retry: down_read(&mm->mmap_sem); vma = find_vma(mm, address);
            Vma vma = area.vma();                                     //   (v6.4: vma = lock_mm_and_find_vma(mm, address, regs);)
            int bad = area.bad();                                     // bad_area() / bad_area_access_error()
            if (bad == NOT_LOCKED) return lockMmAndFindVmaFailed(k, c, l); // if (unlikely(!vma)) { bad_area_nosemaphore(...); return; }
            if (bad != 0) return badArea(k, c, l, bad);               //   __bad_area(): up_read(&mm->mmap_sem); return;
            flags = goodAreaFlags(k, c, flags);                       // if (user_mode(regs)) flags |= USER; if (write) flags |= WRITE;
            int fault = handleMmFault(k, vma, flags);       // fault = handle_mm_fault(vma, address, flags);
            if ((fault & (VmFault.RETRY | VmFault.ERROR)) != 0) {     // if (unlikely(fault & (VM_FAULT_RETRY | VM_FAULT_ERROR)))
                FaultOutcome out = k.v57() ? mmFaultError(k, c, l, fault) : mmFaultError56(k, c, l, fault);
                if (out != null) return out;                          //   if (mm_fault_error(regs, error_code, address, fault)) return;
            }
            if (c.completed() == RetryChoices.Completed.AFTER_ERROR_DISPATCH && (fault & VmFault.COMPLETED) != 0) // if (fault & VM_FAULT_COMPLETED)
                return completed(k, c, l, fault);                     //   return;  (v6.0: the core released mmap_lock)
            if (c.gate() == RetryChoices.Gate.RETRY_ONLY              // (v6.0: no ALLOW_RETRY test)
                    || (flags & FaultFlags.ALLOW_RETRY) != 0) {       // if (flags & FAULT_FLAG_ALLOW_RETRY) {
                if (c.accounting() != RetryChoices.Accounting.CORE)
                    account(k, l, fault);                             //   maj_flt++ / min_flt++ and perf MAJ/MIN
                if ((fault & VmFault.RETRY) != 0) {                   //   if (fault & VM_FAULT_RETRY) {
                    flags = retryFlags(k, c, l, flags);               //     flags |= FAULT_FLAG_TRIED;  (v5.6: also &= ~ALLOW_RETRY)
                    retrying = true;
                    continue;                                         //     goto retry;
                }
            }
            k.mm.mmapSem.upRead(l.upRead);                            // up_read(&mm->mmap_sem);
            return FaultOutcome.ret(fault);
        }
    }

    /**
     * v5.7.14 mm_fault_error() (fault.c:298-341): null for its {@code return 0}. The up_read moved to the top for every
     * non-RETRY result, but do_sigbus() and bad_area() still up_read themselves.
     */
    protected FaultOutcome mmFaultError(Kernel k, RetryChoices c, Cites l, int fault) {
        if (k.signal().faultSignalPending(fault, l.signalCheck)) {   // if (fault_signal_pending(fault, regs)) {
            if (!k.access.userMode()) return noContext(k, fault);     //   if (!user_mode(regs)) no_context(regs, error_code, address);
            return FaultOutcome.ret(fault);                           //   return 1; }
        }
        if ((fault & VmFault.RETRY) == 0)                             // if (!(fault & VM_FAULT_RETRY))
            k.mm.mmapSem.upRead(l.errorUpRead);                       //   up_read(&current->mm->mmap_sem);
        if ((fault & VmFault.ERROR) == 0) return null;                // if (!(fault & VM_FAULT_ERROR)) return 0;
        if ((fault & VmFault.OOM) != 0) {                             // if (fault & VM_FAULT_OOM) {
            if (!k.access.userMode()) return noContext(k, fault);     //   if (!user_mode(regs)) { no_context(); return 1; }
            return FaultOutcome.done("oom", fault);                   //   pagefault_out_of_memory();
        }
        return sigbusOrBadArea(k, c, l, fault);
    }

    /** v5.6.4 mm_fault_error() (fault.c:298-341): each exit up_reads once. */
    protected FaultOutcome mmFaultError56(Kernel k, RetryChoices c, Cites l, int fault) {
        if (k.signal().fatalSignalPending(l.signalCheck)) {          // if (fatal_signal_pending(current)) {
            if ((fault & VmFault.RETRY) == 0)                         //   if (!(fault & VM_FAULT_RETRY))
                k.mm.mmapSem.upRead(l.errorUpRead);                   //     up_read(&current->mm->mmap_sem);
            if (!k.access.userMode()) return noContext(k, fault);     //   if (!user_mode(regs)) no_context(regs, error_code, address);
            return FaultOutcome.ret(fault);                           //   return 1; }
        }
        if ((fault & VmFault.ERROR) == 0) return null;                // if (!(fault & VM_FAULT_ERROR)) return 0;
        if ((fault & VmFault.OOM) != 0) {                             // if (fault & VM_FAULT_OOM) {
            if (!k.access.userMode()) {                               //   if (!user_mode(regs)) {
                k.mm.mmapSem.upRead(l.oomUpRead);                     //     up_read(&current->mm->mmap_sem);
                return noContext(k, fault);                           //     no_context(regs, error_code, address); return 1; }
            }
            k.mm.mmapSem.upRead(MM_FAULT_ERROR_OOM_UP_READ_56.at(323, "up_read(&current->mm->mmap_sem);"));
            return FaultOutcome.done("oom", fault);                   //   pagefault_out_of_memory();
        }
        return sigbusOrBadArea(k, c, l, fault);
    }

    /** {@code if (fault & VM_FAULT_SIGBUS) do_sigbus(); else if (fault & VM_FAULT_SIGSEGV) bad_area(); else BUG();} */
    protected FaultOutcome sigbusOrBadArea(Kernel k, RetryChoices c, Cites l, int fault) {
        if ((fault & VmFault.SIGBUS) != 0) return doSigbus(k, c, l, fault, true); // if (fault & VM_FAULT_SIGBUS) do_sigbus(regs, error_code, address);
        if ((fault & VmFault.SIGSEGV) != 0) return badArea(k, c, l, SEGV_MAPERR); // else if (fault & VM_FAULT_SIGSEGV) bad_area(regs, error_code, address);
        k.warn(l.bug, "BUG(): mm_fault_error() with " + VmFault.names(fault));
        return FaultOutcome.done("BUG", fault);                       // else BUG();
    }


    @Override protected Cites cites56() {
        return new Cites()
                .lock(DO_PAGE_FAULT_56.at(427, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_56.at(434, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_PAGE_FAULT_56.at(436, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_PAGE_FAULT_56.at(450, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_56.at(450, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_56.at(450, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_56.at(305, "if (fatal_signal_pending(current)) {"))
                .retryFlags(DO_PAGE_FAULT_56.at(484, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(DO_PAGE_FAULT_56.at(496, "up_read(&mm->mmap_sem);"))
                .errorUpRead(MM_FAULT_ERROR_56.at(307, "up_read(&current->mm->mmap_sem);"))
                .badAreaUpRead(__BAD_AREA_56.at(264, "up_read(&mm->mmap_sem);"))
                .oomUpRead(MM_FAULT_ERROR_56.at(319, "up_read(&current->mm->mmap_sem);"))
                .sigbusUpRead(DO_SIGBUS_56.at(288, "up_read(&mm->mmap_sem);"))
                .bug(MM_FAULT_ERROR_56.at(337, "BUG();"))
                .majFlt(DO_PAGE_FAULT_56.at(475, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_56.at(479, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_56.at(415, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_56.at(476, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_56.at(480, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(DO_PAGE_FAULT_57.at(427, "down_read(&mm->mmap_sem);"))
                .vmStart(DO_PAGE_FAULT_57.at(434, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_PAGE_FAULT_57.at(436, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_PAGE_FAULT_57.at(450, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_57.at(450, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_57.at(450, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_57.at(305, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_57.at(484, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_57.at(495, "up_read(&mm->mmap_sem);"))
                .errorUpRead(MM_FAULT_ERROR_57.at(313, "up_read(&current->mm->mmap_sem);"))
                .badAreaUpRead(__BAD_AREA_57.at(264, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(DO_SIGBUS_57.at(288, "up_read(&mm->mmap_sem);"))
                .bug(MM_FAULT_ERROR_57.at(337, "BUG();"))
                .majFlt(DO_PAGE_FAULT_57.at(475, "tsk->maj_flt++;"))
                .minFlt(DO_PAGE_FAULT_57.at(479, "tsk->min_flt++;"))
                .perf(DO_PAGE_FAULT_57.at(415, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(DO_PAGE_FAULT_57.at(476, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1,"))
                .perfMin(DO_PAGE_FAULT_57.at(480, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1,"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src DO_PAGE_FAULT_64 = Src.v64("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src MM_FAULT_ERROR_64 = Src.v64("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src __BAD_AREA_64 = Src.v64("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_SIGBUS_64 = Src.v64("arch/sh/mm/fault.c", "do_sigbus");
    private static final Src DO_PAGE_FAULT_65 = Src.v65("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src MM_FAULT_ERROR_65 = Src.v65("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src __BAD_AREA_65 = Src.v65("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_SIGBUS_65 = Src.v65("arch/sh/mm/fault.c", "do_sigbus");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/sh/mm/fault.c:441-490");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_64.at(442, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_64.at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_64.at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_64.at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_64.at(320, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_64.at(480, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_64.at(490, "mmap_read_unlock(mm);"))
                .errorUpRead(MM_FAULT_ERROR_64.at(328, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_64.at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SIGBUS_64.at(303, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_64.at(352, "BUG();"))
                .perf(DO_PAGE_FAULT_64.at(430, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_64.at(476, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/sh/mm/fault.c:441-490");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(DO_PAGE_FAULT_65.at(442, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(DO_PAGE_FAULT_65.at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_65.at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_65.at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_65.at(320, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_65.at(480, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_65.at(490, "mmap_read_unlock(mm);"))
                .errorUpRead(MM_FAULT_ERROR_65.at(328, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_65.at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SIGBUS_65.at(303, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_65.at(352, "BUG();"))
                .perf(DO_PAGE_FAULT_65.at(430, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(DO_PAGE_FAULT_65.at(476, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src DO_PAGE_FAULT_59 = Src.v59("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src MM_FAULT_ERROR_59 = Src.v59("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src __BAD_AREA_59 = Src.v59("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_SIGBUS_59 = Src.v59("arch/sh/mm/fault.c", "do_sigbus");
    private static final Src DO_PAGE_FAULT_512 = Src.v512("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src MM_FAULT_ERROR_512 = Src.v512("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src __BAD_AREA_512 = Src.v512("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_SIGBUS_512 = Src.v512("arch/sh/mm/fault.c", "do_sigbus");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/sh/mm/fault.c:432-503");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(DO_PAGE_FAULT_59.at(444, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_59.at(451, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_PAGE_FAULT_59.at(453, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_PAGE_FAULT_59.at(467, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_59.at(467, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_59.at(467, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_59.at(322, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_59.at(492, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_59.at(503, "mmap_read_unlock(mm);"))
                .errorUpRead(MM_FAULT_ERROR_59.at(330, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_59.at(281, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SIGBUS_59.at(305, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_59.at(354, "BUG();"))
                .perf(DO_PAGE_FAULT_59.at(432, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/sh/mm/fault.c:432-503");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(DO_PAGE_FAULT_512.at(444, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_512.at(451, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_PAGE_FAULT_512.at(453, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_PAGE_FAULT_512.at(467, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_512.at(467, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_512.at(467, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_512.at(322, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(DO_PAGE_FAULT_512.at(492, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_512.at(503, "mmap_read_unlock(mm);"))
                .errorUpRead(MM_FAULT_ERROR_512.at(330, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_512.at(281, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SIGBUS_512.at(305, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_512.at(354, "BUG();"))
                .perf(DO_PAGE_FAULT_512.at(432, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src DO_PAGE_FAULT_60 = Src.v60("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src MM_FAULT_ERROR_60 = Src.v60("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src __BAD_AREA_60 = Src.v60("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_SIGBUS_60 = Src.v60("arch/sh/mm/fault.c", "do_sigbus");
    private static final Src DO_PAGE_FAULT_63 = Src.v63("arch/sh/mm/fault.c", "do_page_fault");
    private static final Src MM_FAULT_ERROR_63 = Src.v63("arch/sh/mm/fault.c", "mm_fault_error");
    private static final Src __BAD_AREA_63 = Src.v63("arch/sh/mm/fault.c", "__bad_area");
    private static final Src DO_SIGBUS_63 = Src.v63("arch/sh/mm/fault.c", "do_sigbus");

    /**
     * v6.0.1 (arch/sh/mm/fault.c:489-490, 492): VM_FAULT_COMPLETED after the RETRY|ERROR dispatch to mm_fault_error(), {@code if (fault & VM_FAULT_COMPLETED) return;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.AFTER_ERROR_DISPATCH).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/sh/mm/fault.c:430-503");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(DO_PAGE_FAULT_60.at(442, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_60.at(449, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_PAGE_FAULT_60.at(451, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_PAGE_FAULT_60.at(465, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_60.at(465, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_60.at(465, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_60.at(320, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_60.at(489, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_60.at(493, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_60.at(503, "mmap_read_unlock(mm);"))
                .errorUpRead(MM_FAULT_ERROR_60.at(328, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_60.at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SIGBUS_60.at(303, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_60.at(352, "BUG();"))
                .perf(DO_PAGE_FAULT_60.at(430, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/sh/mm/fault.c:430-503");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(DO_PAGE_FAULT_63.at(442, "mmap_read_lock(mm);"))
                .vmStart(DO_PAGE_FAULT_63.at(449, "if (likely(vma->vm_start <= address))"))
                .growsDown(DO_PAGE_FAULT_63.at(451, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {"))
                .accessRead(DO_PAGE_FAULT_63.at(465, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(DO_PAGE_FAULT_63.at(465, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(DO_PAGE_FAULT_63.at(465, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(MM_FAULT_ERROR_63.at(320, "if (fault_signal_pending(fault, regs)) {"))
                .completed(DO_PAGE_FAULT_63.at(489, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(DO_PAGE_FAULT_63.at(493, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(DO_PAGE_FAULT_63.at(503, "mmap_read_unlock(mm);"))
                .errorUpRead(MM_FAULT_ERROR_63.at(328, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_63.at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(DO_SIGBUS_63.at(303, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_63.at(352, "BUG();"))
                .perf(DO_PAGE_FAULT_63.at(430, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/sh/mm/fault.c:430-490"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(442, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .accessWrite(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .accessExec(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(452, "if (unlikely(access_error(error_code, vma))) {"))
                .signalCheck(Src.v68("arch/sh/mm/fault.c", "mm_fault_error").at(320, "if (fault_signal_pending(fault, regs)) {"))
                .retryFlags(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(480, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(490, "mmap_read_unlock(mm);"))
                .errorUpRead(Src.v68("arch/sh/mm/fault.c", "mm_fault_error").at(328, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(Src.v68("arch/sh/mm/fault.c", "__bad_area").at(279, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/sh/mm/fault.c", "do_sigbus").at(303, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/sh/mm/fault.c", "mm_fault_error").at(352, "BUG();"))
                .perf(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(430, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/sh/mm/fault.c", "do_page_fault").at(476, "if (fault & VM_FAULT_COMPLETED)"));
    }}
