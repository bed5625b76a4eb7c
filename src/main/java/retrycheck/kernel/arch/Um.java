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

/**
 * arch/um/kernel/trap.c handle_page_fault(), called by segv(). Its retry loop wraps handle_mm_fault() in an inner
 * {@code do { ... } while (!pte_present(*pte));}, so {@link #handle} is overridden (see there). A fired signal check
 * returns -EFAULT ({@code goto out_nosemaphore}); segv() then longjmps to the fault catcher or takes the
 * exception-table fixup in kernel mode, hence {@link RetryChoices.KernelExit#NO_CONTEXT}.
 */
public final class Um extends Arch {
    private static final Src HANDLE_PAGE_FAULT_56 = Src.v56("arch/um/kernel/trap.c", "handle_page_fault");
    private static final Src HANDLE_PAGE_FAULT_57 = Src.v57("arch/um/kernel/trap.c", "handle_page_fault");

    /** um: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.AT_GOOD_AREA, false,
            VmFlags.VM_READ | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_READ | VmFlags.VM_EXEC,
            Stack.GROWSDOWN, BadArea.LABEL, Errors.LABELS,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA), new ErrorCase(VmFault.SIGBUS, Exit.DO_SIGBUS)),
            Exit.BUG, false, false, Perf.NONE);

    @Override public String name() { return "um"; }
    @Override public String file() { return "arch/um/kernel/trap.c"; }
    @Override public String function() { return "handle_page_fault"; }

    /**
     * v5.6.4: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) goto out_nosemaphore;} ...
     * {@code if (flags & ALLOW_RETRY) { ...; if (fault & VM_FAULT_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(OUTER, true, true, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.6.4 arch/um/kernel/trap.c:49-128", PATH);
    }

    /**
     * v5.7.14: the signal check was not converted: {@code if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))
     * goto out_nosemaphore;} ... {@code if (fault & VM_FAULT_RETRY) { flags |= FAULT_FLAG_TRIED; goto retry; }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(OUTER, true, false, false, FATAL_ONLY, NO_CONTEXT, RETRY_LABEL,
                PER_ATTEMPT, "v5.7.14 arch/um/kernel/trap.c:49-127", PATH);
    }

    @Override public String quirks() {
        return "inner do { handle_mm_fault } while (!pte_present(*pte)) calls handle_mm_fault() again, still holding "
                + "mmap_sem and with the same flags, after an attempt without RETRY or error that left the pte not present; "
                + "the signal check stays fatal-only in v5.7 (no fault_signal_pending)"
                + "; a bad area, VM_FAULT_SIGSEGV and VM_FAULT_SIGBUS (-EACCES) all leave through out: up_read; user-mode stack growth also needs ARCH_IS_STACKGROW(address) (not modelled); HWPOISON would reach BUG() (unreachable: MEMORY_FAILURE needs ARCH_SUPPORTS_MEMORY_FAILURE, selected only by arm64, parisc, powerpc, x86)";
    }

    /**
     * handle_page_fault(): the shared steps of {@link Arch} with um's inner loop: an attempt that returns neither
     * RETRY nor an error (e.g. VM_FAULT_NOPAGE) but leaves the pte not present is repeated at once, mmap_sem still
     * held. Every exit but a fired signal check goes through {@code out: up_read(&mm->mmap_sem);} (err = -EFAULT for
     * a bad area or VM_FAULT_SIGSEGV, -EACCES for VM_FAULT_SIGBUS, which segv() turns into SIGSEGV/SIGBUS or, in
     * kernel mode, the fault catcher / exception fixup), or {@code out_of_memory:}.
     */
    @Override
    public FaultOutcome doPageFault(Kernel k) {
        RetryChoices c = choices(k.variant);
        Cites l = cites(k.variant);
        int flags = initialFlags(k);                                  // flags = FAULT_FLAG_DEFAULT; if (is_user) flags |= FAULT_FLAG_USER;
        boolean retrying = false;
        int fault;
        retry:
        for (;;) {
            lockMmapSem(k, c, retrying);                              // retry: down_read(&mm->mmap_sem);
            Vma vma = k.mmap().findVma(k.mm, k.access.address());      // vma = find_vma(mm, address);
            int bad = vma == null ? SEGV_MAPERR : goodArea(k, c, l, vma, flags); // if (!vma) goto out; ... good_area:
            if (bad == BAD_AREA_NOSEMAPHORE)                          // (v6.4) vma = expand_stack(mm, address); if (!vma)
                return badAreaNosemaphore(k, VmFault.SIGSEGV);        //   goto out_nosemaphore;  (err = -EFAULT)
            if (bad != 0) return badArea(k, c, l, bad);               //   goto out;  (err = -EFAULT)
            flags = goodAreaFlags(k, c, flags);                       // if (is_write) flags |= FAULT_FLAG_WRITE;
            do {                                                      // do {
                fault = k.memory().handleMmFault(vma, k.access.address(), flags); // fault = handle_mm_fault(vma, address, flags);  (v5.9: , NULL)
                if (signalFired(k, c, l, fault))                      //   if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))
                    return signalExit(k, c, fault);                   //     goto out_nosemaphore;   (err = -EFAULT)
                if (completedAfterSignalCheck(c) && (fault & VmFault.COMPLETED) != 0) // if (fault & VM_FAULT_COMPLETED)
                    return completed(k, c, l, fault);                 //     return 0;  (v6.0: the core released mmap_lock)
                if ((fault & VmFault.ERROR) != 0)                     //   if (unlikely(fault & VM_FAULT_ERROR)) {
                    return mmFaultError(k, c, l, fault, true);        //     OOM: goto out_of_memory; SIGSEGV: goto out; SIGBUS: err = -EACCES; goto out; BUG();
                if (c.gate() == RetryChoices.Gate.RETRY_ONLY          //   (v6.0: no ALLOW_RETRY test)
                        || (flags & FaultFlags.ALLOW_RETRY) != 0) {   //   if (flags & FAULT_FLAG_ALLOW_RETRY) {
                    if (c.accounting() != RetryChoices.Accounting.CORE)
                        account(k, l, fault);                         //     if (fault & VM_FAULT_MAJOR) current->maj_flt++; else current->min_flt++;
                    if (retryGate(c, fault, flags)) {                 //     if (fault & VM_FAULT_RETRY) {
                        flags = retryFlags(k, c, l, flags);           //       flags |= FAULT_FLAG_TRIED;  (v5.6: also &= ~ALLOW_RETRY)
                        retrying = true;
                        continue retry;                               //       goto retry;
                    }
                }                                                     //   pte = pte_offset_kernel(pmd, address);
            } while (!k.pte.get("pte_present", l.ptePresent));        // } while (!pte_present(*pte));
            k.mm.mmapSem.upRead(l.upRead);                            // err = 0; ... out: up_read(&mm->mmap_sem);
            return FaultOutcome.ret(fault);                           // out_nosemaphore: return err;
        }
    }

    /** The signal check of the declared choices (um: fatal-only in both versions). */
    private boolean signalFired(Kernel k, RetryChoices c, Cites l, int fault) {
        return switch (c.signalCheck()) {
            case FAULT_SIGNAL_PENDING -> k.signal().faultSignalPending(fault, l.signalCheck);
            case FATAL_ONLY -> k.signal().retryAndFatalSignalPending(fault, l.signalCheck);
            default -> false;
        };
    }

    @Override protected Cites cites56() {
        return new Cites()
                .lock(HANDLE_PAGE_FAULT_56.at(50, "down_read(&mm->mmap_sem);"))
                .vmStart(HANDLE_PAGE_FAULT_56.at(54, "else if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_56.at(56, "else if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(HANDLE_PAGE_FAULT_56.at(71, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_56.at(66, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_56.at(71, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_56.at(80, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(HANDLE_PAGE_FAULT_56.at(100, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(HANDLE_PAGE_FAULT_56.at(127, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_56.at(127, "up_read(&mm->mmap_sem);"))
                .oomUpRead(HANDLE_PAGE_FAULT_56.at(136, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_56.at(127, "up_read(&mm->mmap_sem);"))
                .bug(HANDLE_PAGE_FAULT_56.at(92, "BUG();"))
                .majFlt(HANDLE_PAGE_FAULT_56.at(96, "current->maj_flt++;"))
                .minFlt(HANDLE_PAGE_FAULT_56.at(98, "current->min_flt++;"))
                .ptePresent(HANDLE_PAGE_FAULT_56.at(112, "} while (!pte_present(*pte));"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .lock(HANDLE_PAGE_FAULT_57.at(50, "down_read(&mm->mmap_sem);"))
                .vmStart(HANDLE_PAGE_FAULT_57.at(54, "else if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_57.at(56, "else if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(HANDLE_PAGE_FAULT_57.at(71, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_57.at(66, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_57.at(71, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_57.at(80, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(HANDLE_PAGE_FAULT_57.at(100, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_57.at(126, "up_read(&mm->mmap_sem);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_57.at(126, "up_read(&mm->mmap_sem);"))
                .oomUpRead(HANDLE_PAGE_FAULT_57.at(135, "up_read(&mm->mmap_sem);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_57.at(126, "up_read(&mm->mmap_sem);"))
                .bug(HANDLE_PAGE_FAULT_57.at(92, "BUG();"))
                .majFlt(HANDLE_PAGE_FAULT_57.at(96, "current->maj_flt++;"))
                .minFlt(HANDLE_PAGE_FAULT_57.at(98, "current->min_flt++;"))
                .ptePresent(HANDLE_PAGE_FAULT_57.at(111, "} while (!pte_present(*pte));"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src HANDLE_PAGE_FAULT_64 = Src.v64("arch/um/kernel/trap.c", "handle_page_fault");
    private static final Src HANDLE_PAGE_FAULT_65 = Src.v65("arch/um/kernel/trap.c", "handle_page_fault");

    /** v6.4.6: not converted to lock_mm_and_find_vma(); vma = expand_stack(mm, address); if (!vma) goto …nosemaphore; */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withPath(v63().path().withStack(RetryChoices.Stack.EXPAND_STACK_UNLOCKS)).withLines("v6.4.6 arch/um/kernel/trap.c:45-118");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .vmStart(HANDLE_PAGE_FAULT_64.at(50, "if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_64.at(52, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .lock(HANDLE_PAGE_FAULT_64.at(46, "mmap_read_lock(mm);"))
                .accessRead(HANDLE_PAGE_FAULT_64.at(68, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_64.at(63, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_64.at(68, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_64.at(77, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(HANDLE_PAGE_FAULT_64.at(96, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_64.at(118, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_64.at(118, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_64.at(127, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_64.at(118, "mmap_read_unlock(mm);"))
                .bug(HANDLE_PAGE_FAULT_64.at(93, "BUG();"))
                .ptePresent(HANDLE_PAGE_FAULT_64.at(103, "} while (!pte_present(*pte));"))
                .expandStack(HANDLE_PAGE_FAULT_64.at(56, "vma = expand_stack(mm, address);"))
                .completed(HANDLE_PAGE_FAULT_64.at(81, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: the loop of the previous release, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/um/kernel/trap.c:45-118");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .vmStart(HANDLE_PAGE_FAULT_65.at(50, "if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_65.at(52, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .lock(HANDLE_PAGE_FAULT_65.at(46, "mmap_read_lock(mm);"))
                .accessRead(HANDLE_PAGE_FAULT_65.at(68, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_65.at(63, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_65.at(68, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_65.at(77, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(HANDLE_PAGE_FAULT_65.at(96, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_65.at(118, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_65.at(118, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_65.at(127, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_65.at(118, "mmap_read_unlock(mm);"))
                .bug(HANDLE_PAGE_FAULT_65.at(93, "BUG();"))
                .ptePresent(HANDLE_PAGE_FAULT_65.at(103, "} while (!pte_present(*pte));"))
                .expandStack(HANDLE_PAGE_FAULT_65.at(56, "vma = expand_stack(mm, address);"))
                .completed(HANDLE_PAGE_FAULT_65.at(81, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src HANDLE_PAGE_FAULT_59 = Src.v59("arch/um/kernel/trap.c", "handle_page_fault");
    private static final Src HANDLE_PAGE_FAULT_512 = Src.v512("arch/um/kernel/trap.c", "handle_page_fault");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(vma, address, flags, NULL)}: the arch's maj_flt/min_flt accounting is gone, and with NULL regs mm_account_fault() counts no perf event. */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withLines("v5.9.1 arch/um/kernel/trap.c:46-124");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .lock(HANDLE_PAGE_FAULT_59.at(46, "mmap_read_lock(mm);"))
                .vmStart(HANDLE_PAGE_FAULT_59.at(50, "else if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_59.at(52, "else if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(HANDLE_PAGE_FAULT_59.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_59.at(62, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_59.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_59.at(76, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(HANDLE_PAGE_FAULT_59.at(92, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_59.at(115, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_59.at(115, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_59.at(124, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_59.at(115, "mmap_read_unlock(mm);"))
                .bug(HANDLE_PAGE_FAULT_59.at(88, "BUG();"))
                .ptePresent(HANDLE_PAGE_FAULT_59.at(100, "} while (!pte_present(*pte));"));
    }

    /** v5.12.9: the loop is v5.9's (mmap_lock API) at new lines. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/um/kernel/trap.c:46-124");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .lock(HANDLE_PAGE_FAULT_512.at(46, "mmap_read_lock(mm);"))
                .vmStart(HANDLE_PAGE_FAULT_512.at(50, "else if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_512.at(52, "else if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(HANDLE_PAGE_FAULT_512.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_512.at(62, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_512.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_512.at(76, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(HANDLE_PAGE_FAULT_512.at(92, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_512.at(115, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_512.at(115, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_512.at(124, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_512.at(115, "mmap_read_unlock(mm);"))
                .bug(HANDLE_PAGE_FAULT_512.at(88, "BUG();"))
                .ptePresent(HANDLE_PAGE_FAULT_512.at(100, "} while (!pte_present(*pte));"));
    }
    private static final Src HANDLE_PAGE_FAULT_60 = Src.v60("arch/um/kernel/trap.c", "handle_page_fault");
    private static final Src HANDLE_PAGE_FAULT_63 = Src.v63("arch/um/kernel/trap.c", "handle_page_fault");

    /**
     * v6.0.1 (arch/um/kernel/trap.c:80-81, 94): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) return 0;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (fault & VM_FAULT_RETRY) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.RETURN).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/um/kernel/trap.c:46-126");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .lock(HANDLE_PAGE_FAULT_60.at(46, "mmap_read_lock(mm);"))
                .vmStart(HANDLE_PAGE_FAULT_60.at(50, "else if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_60.at(52, "else if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(HANDLE_PAGE_FAULT_60.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_60.at(62, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_60.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_60.at(76, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .completed(HANDLE_PAGE_FAULT_60.at(80, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(HANDLE_PAGE_FAULT_60.at(95, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_60.at(117, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_60.at(117, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_60.at(126, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_60.at(117, "mmap_read_unlock(mm);"))
                .bug(HANDLE_PAGE_FAULT_60.at(92, "BUG();"))
                .ptePresent(HANDLE_PAGE_FAULT_60.at(102, "} while (!pte_present(*pte));"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/um/kernel/trap.c:46-126");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .lock(HANDLE_PAGE_FAULT_63.at(46, "mmap_read_lock(mm);"))
                .vmStart(HANDLE_PAGE_FAULT_63.at(50, "else if (vma->vm_start <= address)"))
                .growsDown(HANDLE_PAGE_FAULT_63.at(52, "else if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .accessRead(HANDLE_PAGE_FAULT_63.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(HANDLE_PAGE_FAULT_63.at(62, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(HANDLE_PAGE_FAULT_63.at(67, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(HANDLE_PAGE_FAULT_63.at(76, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .completed(HANDLE_PAGE_FAULT_63.at(80, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(HANDLE_PAGE_FAULT_63.at(95, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(HANDLE_PAGE_FAULT_63.at(117, "mmap_read_unlock(mm);"))
                .badAreaUpRead(HANDLE_PAGE_FAULT_63.at(117, "mmap_read_unlock(mm);"))
                .oomUpRead(HANDLE_PAGE_FAULT_63.at(126, "mmap_read_unlock(mm);"))
                .sigbusUpRead(HANDLE_PAGE_FAULT_63.at(117, "mmap_read_unlock(mm);"))
                .bug(HANDLE_PAGE_FAULT_63.at(92, "BUG();"))
                .ptePresent(HANDLE_PAGE_FAULT_63.at(102, "} while (!pte_present(*pte));"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/um/kernel/trap.c:46-127"); }

    @Override protected Cites cites68() {
        return new Cites()
                .vmStart(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(50, "if (vma->vm_start <= address)"))
                .growsDown(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(52, "if (!(vma->vm_flags & VM_GROWSDOWN))"))
                .lock(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(46, "mmap_read_lock(mm);"))
                .accessRead(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(68, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .accessWrite(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(63, "if (!(vma->vm_flags & VM_WRITE))"))
                .accessExec(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(68, "if (!(vma->vm_flags & (VM_READ | VM_EXEC)))"))
                .signalCheck(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(77, "if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))"))
                .retryFlags(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(96, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(118, "mmap_read_unlock(mm);"))
                .badAreaUpRead(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(118, "mmap_read_unlock(mm);"))
                .oomUpRead(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(127, "mmap_read_unlock(mm);"))
                .sigbusUpRead(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(118, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(93, "BUG();"))
                .ptePresent(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(103, "} while (!pte_present(*pte));"))
                .expandStack(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(56, "vma = expand_stack(mm, address);"))
                .completed(Src.v68("arch/um/kernel/trap.c", "handle_page_fault").at(81, "if (fault & VM_FAULT_COMPLETED)"));
    }}
