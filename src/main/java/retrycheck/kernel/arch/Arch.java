package retrycheck.kernel.arch;

import retrycheck.kernel.FaultAccess;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.Variant;
import retrycheck.kernel.VmFault;
import retrycheck.kernel.VmFlags;
import retrycheck.kernel.Vma;
import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/**
 * One architecture's page-fault handler (arch/ARCH/mm/fault.c do_page_fault() or its name there), from the
 * initial flags to the last exit. The 23 arches of the patch share one shape, transliterated once in
 * {@link #doPageFault}: flags; {@code retry:} down_read; find_vma / expand_stack / the access check and their
 * bad-area exits; handle_mm_fault(); the signal check; the error exits; the retry; up_read; the accounting. Each
 * subclass declares its choices for v5.6.4 and v5.7.14 ({@link RetryChoices}) and the C lines in each tree
 * ({@link Cites}), and overrides a step only where its C really flows differently (s390, um, sh, powerpc, xtensa).
 * The right-hand comments are the C each line stands for, in the spelling most arches use.
 */
public abstract class Arch implements FaultHandler {

    /** The declaration for v5.6.4 (before the patch). */
    protected abstract RetryChoices v56();

    /** The declaration for v5.7.14 (after the patch). */
    protected abstract RetryChoices v57();

    /** The C lines of the v5.6.4 tree. */
    protected abstract Cites cites56();

    /** The C lines of the v5.7.14 tree. */
    protected abstract Cites cites57();

    // The releases after v5.7 (spec/releases.md). Each declaration starts from the previous release's
    // (an arch whose retry loop did not change in a release declares nothing new for it); the lines are each
    // release's own: an arch is in a release's matrix only once it cites that release's tree (citesNN() != null).

    /** v5.9.1: by default the v5.7 declaration. */
    protected RetryChoices v59() { return v57(); }
    /** v5.12.9: by default the v5.9 declaration. */
    protected RetryChoices v512() { return v59(); }
    /** v6.0.1: by default the v5.12 declaration. */
    protected RetryChoices v60() { return v512(); }
    /** v6.3.8: by default the v6.0 declaration. */
    protected RetryChoices v63() { return v60(); }
    /** v6.4.6: by default the v6.3 declaration. */
    protected RetryChoices v64() { return v63(); }
    /** v6.5.0: by default the v6.4 declaration. */
    protected RetryChoices v65() { return v64(); }
    /** v6.8.0: by default the v6.5 declaration. */
    protected RetryChoices v68() { return v65(); }

    /** The C lines of the 5.9.1 tree; null until the arch is declared for it. */
    protected Cites cites59() { return null; }
    /** The C lines of the 5.12.9 tree; null until declared. */
    protected Cites cites512() { return null; }
    /** The C lines of the 6.0.1 tree; null until declared. */
    protected Cites cites60() { return null; }
    /** The C lines of the 6.3.8 tree; null until declared. */
    protected Cites cites63() { return null; }
    /** The C lines of the 6.4.6 tree; null until declared. */
    protected Cites cites64() { return null; }
    /** The C lines of the 6.5.0 tree; null until declared. */
    protected Cites cites65() { return null; }
    /** The C lines of the 6.8.0 tree; null until declared. */
    protected Cites cites68() { return null; }

    /**
     * Whether the arch's tree exists in release {@code v} (arch/ARCH is in the release's tree; spec/releases.md §1):
     * unicore32 leaves after v5.7, nds32 after v5.12, ia64 after v6.5; csky and loongarch join later.
     */
    public boolean existsIn(Variant v) { return true; }

    /**
     * Whether the model holds this arch's handler for {@code v}: it exists in that release, the model holds that
     * release's core ({@link retrycheck.kernel.KernelReleases#declared}) and the arch cites its tree.
     */
    @Override public boolean declares(Variant v) {
        return existsIn(v) && retrycheck.kernel.KernelReleases.declared(v) && cites(v) != null;
    }

    /** The C function holding the retry loop, e.g. "do_user_addr_fault". */
    public abstract String function();

    /** Differences from the common shape that the choices do not express; for spec/arches.md. */
    public String quirks() { return ""; }

    /** The declaration for release {@code v}, with its per-VMA lock attempt ({@link #vmaLock}). */
    public RetryChoices choices(Variant v) {
        RetryChoices c = declaration(v);
        RetryChoices.VmaLock vl = vmaLock(v);
        return vl == RetryChoices.VmaLock.NONE ? c : c.withVmaLock(vl);
    }

    // ---- The per-VMA lock attempt (v6.4 on; helper 17d). Declared apart from vNN()/citesNN(), so that it composes
    // with the other helpers' declarations of the same releases without editing them (RELEASES-CONTRACT.md): an arch
    // with the attempt overrides vmaLock(v) (which kind, per release) and vmaLockCites(v) (its lines in that
    // release's tree, a VmaLockCites); choices(v) applies the first, lockVmaStep() reads the second.

    /** The arch's per-VMA lock attempt in release {@code v} (spec/releases.md §8.1); NONE by default. */
    protected RetryChoices.VmaLock vmaLock(Variant v) { return RetryChoices.VmaLock.NONE; }

    /** The C lines of the per-VMA lock attempt in {@code v}'s tree; null where the arch has none. */
    public VmaLockCites vmaLockCites(Variant v) {
        return switch (v) {
            case V6_4 -> vmaLockCites64();
            case V6_5 -> vmaLockCites65();
            case V6_8 -> vmaLockCites68();
            default -> null;
        };
    }

    /** The per-VMA lock attempt's lines in the 6.4.6 tree; null where the arch has none. */
    protected VmaLockCites vmaLockCites64() { return null; }
    /** The same in the 6.5.0 tree. */
    protected VmaLockCites vmaLockCites65() { return null; }
    /** The same in the 6.8.0 tree. */
    protected VmaLockCites vmaLockCites68() { return null; }

    /** The vNN() declaration of release {@code v}. */
    private RetryChoices declaration(Variant v) {
        return switch (v) {
            case V5_6 -> v56();
            case V5_7 -> v57();
            case V5_9 -> v59();
            case V5_12 -> v512();
            case V6_0 -> v60();
            case V6_3 -> v63();
            case V6_4 -> v64();
            case V6_5 -> v65();
            case V6_8 -> v68();
        };
    }

    private final java.util.concurrent.ConcurrentHashMap<Variant, java.util.Optional<Cites>> cites =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The C lines of {@code v}'s tree (built once per handler), or null when the arch does not cite that tree. */
    public Cites cites(Variant v) {
        return cites.computeIfAbsent(v, r -> java.util.Optional.ofNullable(switch (r) {
            case V5_6 -> cites56();
            case V5_7 -> cites57();
            case V5_9 -> cites59();
            case V5_12 -> cites512();
            case V6_0 -> cites60();
            case V6_3 -> cites63();
            case V6_4 -> cites64();
            case V6_5 -> cites65();
            case V6_8 -> cites68();
        })).orElse(null);
    }

    /** si_code of a bad area: no vma / no stack (SEGV_MAPERR) or an access the vma does not allow (SEGV_ACCERR). */
    protected static final int SEGV_MAPERR = 1, SEGV_ACCERR = 2;

    /**
     * Results of {@link #goodArea} other than a si_code: the arch released mmap_sem itself and goes back to
     * {@code retry:} with the flags unchanged (powerpc's must_retry), or leaves by bad_area_nosemaphore.
     */
    protected static final int STACK_RETRY = -1, BAD_AREA_NOSEMAPHORE = -2;

    @Override
    public FaultOutcome handle(Kernel k) { return doPageFault(k); }

    /**
     * do_page_fault(): the shared shape, with the variation points of {@link RetryChoices} and {@link RetryChoices.Path}.
     */
    public FaultOutcome doPageFault(Kernel k) {
        RetryChoices c = choices(k.variant);
        RetryChoices.Path p = c.path();
        Cites l = cites(k.variant);
        int flags = initialFlags(k);                                  // flags = FAULT_FLAG_DEFAULT; if (user_mode(regs)) flags |= USER; ...
        if (p.perf() == RetryChoices.Perf.BEFORE_LOCK)
            k.perfSwEvent(l.perf, "PAGE_FAULTS");                     // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);
        if (c.vmaLock() != RetryChoices.VmaLock.NONE) {              // #ifdef CONFIG_PER_VMA_LOCK
            VmaLockStep s = lockVmaStep(k, c, flags);
            if (s.kind() == VmaLockStep.Kind.DONE) return vmaLockDone(k, c, l, s.fault()); //   goto done;
            if (s.kind() == VmaLockStep.Kind.SIGNAL) return vmaLockSignalExit(k, c, s.fault()); // kernel: fixup; return;
            flags = s.flags();                                        // lock_mmap:  #endif
        }
        int major = 0;                                                // vm_fault_t major = 0;  (AFTER_LOOP arches)
        boolean retrying = false;
        for (;;) {
            int fault;
            Area area = lockAndFindVma(k, c, l, flags, retrying);    // retry: down_read(&mm->mmap_sem); vma = find_vma(mm, address); ...
            Vma vma = area.vma();                                     //   (v6.4: vma = lock_mm_and_find_vma(mm, address, regs);)
            int bad = area.bad();
            if (bad == NOT_LOCKED) return lockMmAndFindVmaFailed(k, c, l); // if (unlikely(!vma)) { bad_area_nosemaphore(...); return; }
            if (bad == STACK_RETRY) {                                // (powerpc) up_read(); fault_in_pages_readable(nip);
                retrying = true;
                continue;                                             //   goto retry;
            }
            if (bad == BAD_AREA_NOSEMAPHORE) return badAreaNosemaphore(k, 0);
            if (bad == 0) {
                flags = goodAreaFlags(k, c, flags);                   // flags |= FAULT_FLAG_WRITE;  (arches that set it at good_area)
                fault = handleMmFault(k, vma, flags);                  // fault = handle_mm_fault(vma, address, flags[, regs]);
            } else if (p.badArea() == RetryChoices.BadArea.LABEL) {
                return badArea(k, c, l, bad);                         // goto bad_area;
            } else {
                fault = badAreaFault(bad);                            // fault = VM_FAULT_BADMAP / VM_FAULT_BADACCESS;
                if (p.badArea() == RetryChoices.BadArea.EXIT_LABEL)
                    return exit(k, c, l, fault, major, flags);               // goto bad_area / goto out_up;  (the up_read of the exit)
            }
            major |= fault & VmFault.MAJOR;                           // major |= fault & VM_FAULT_MAJOR;

            switch (c.signalCheck()) {
                case FAULT_SIGNAL_PENDING:                            // if (fault_signal_pending(fault, regs))
                    if (k.signal().faultSignalPending(fault, l.signalCheck))
                        return signalExit(k, c, fault);               //   kernel: no_context(); return;
                    break;
                case FATAL_ONLY:                                      // if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))
                    if (k.signal().retryAndFatalSignalPending(fault, l.signalCheck))
                        return signalExit(k, c, fault);               //   return;
                    break;
                default:
                    break;
            }
            if (completedAfterSignalCheck(c) && (fault & VmFault.COMPLETED) != 0) // if (fault & VM_FAULT_COMPLETED)
                return completed(k, c, l, fault);                     //   return;  (the core released mmap_lock)
            if (p.perf() == RetryChoices.Perf.PER_ATTEMPT)
                k.perfSwEvent(l.perf, "PAGE_FAULTS");                 // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);

            if (p.errors() == RetryChoices.Errors.LABELS && (fault & VmFault.ERROR) != 0) // if (unlikely(fault & VM_FAULT_ERROR)) {
                return mmFaultError(k, c, l, fault, true);           //   if (fault & VM_FAULT_OOM) goto out_of_memory; ...
            if (p.perf() == RetryChoices.Perf.PER_ATTEMPT_NO_ERROR)
                k.perfSwEvent(l.perf, "PAGE_FAULTS");                 // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, addr);

            if (c.signalCheck() == RetryChoices.SignalCheck.FATAL_IN_RETRY_BRANCH) {
                // v5.6 x86/powerpc: if (fault & VM_FAULT_RETRY) {
                if ((fault & VmFault.RETRY) != 0) {
                    if ((flags & FaultFlags.ALLOW_RETRY) != 0) {     //   if (flags & FAULT_FLAG_ALLOW_RETRY) {
                        flags = retryFlags(k, c, l, flags);           //     flags &= ~ALLOW_RETRY; flags |= TRIED;
                        if (!k.signal().fatalSignalPending(l.signalCheck)) { // if (!fatal_signal_pending(tsk))
                            retrying = true;
                            continue;                                 //       goto retry;
                        }
                    }
                    return signalExit(k, c, fault);                   //   user: return; kernel: no_context();
                }
            } else if (retryGate(c, fault, flags)) {                 // the ALLOW_RETRY gate and (fault & VM_FAULT_RETRY)
                if (c.accounting() == RetryChoices.Accounting.PER_ATTEMPT) account(k, l, fault);
                flags = retryFlags(k, c, l, flags);                   //   flags |= FAULT_FLAG_TRIED;  (v5.6: also &= ~ALLOW_RETRY)
                beforeRetry(k, c);                                    //   (s390: down_read(&mm->mmap_sem);)
                retrying = true;
                continue;                                             //   goto retry;
            } else if (c.accounting() == RetryChoices.Accounting.PER_ATTEMPT
                    && (fault & VmFault.ERROR) == 0 && (flags & FaultFlags.ALLOW_RETRY) != 0) {
                account(k, l, fault);                                 // accounting inside if (flags & ALLOW_RETRY)
            }
            return exit(k, c, l, fault, major, flags);
        }
    }

    /**
     * Where the per-VMA lock attempt leaves the handler: {@code goto done;} with the fault, the signal quick path, or
     * on at {@code lock_mmap:} with the flags of the mmap_lock path ({@code flags}).
     */
    public record VmaLockStep(Kind kind, int fault, int flags) {
        public enum Kind { DONE, SIGNAL, LOCK_MMAP }
    }

    /** include/linux/mm_types.h VM_FAULT_COMPLETED (v6.0 on; VmFault.COMPLETED once v6.0's core is merged). */
    protected static final int VM_FAULT_COMPLETED = 0x4000;

    /**
     * The per-VMA lock attempt ({@link RetryChoices.VmaLock}; x86's lines as the example, spec/releases.md §8.2/8.3):
     * <pre>
     * if (!(flags &amp; FAULT_FLAG_USER)) goto lock_mmap;
     * vma = lock_vma_under_rcu(mm, address); if (!vma) goto lock_mmap;
     * if (unlikely(access_error(error_code, vma))) { vma_end_read(vma); goto lock_mmap; }
     * fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);
     * vma_end_read(vma);                         (6.8: if (!(fault &amp; (VM_FAULT_RETRY | VM_FAULT_COMPLETED))))
     * if (!(fault &amp; VM_FAULT_RETRY)) { count_vm_vma_lock_event(VMA_LOCK_SUCCESS); goto done; }
     * count_vm_vma_lock_event(VMA_LOCK_RETRY);
     * (6.8: if (fault &amp; VM_FAULT_MAJOR) flags |= FAULT_FLAG_TRIED;)
     * if (fault_signal_pending(fault, regs)) { if (!user_mode(regs)) kernelmode_fixup_or_oops(...); return; }
     * lock_mmap:
     * </pre>
     */
    protected VmaLockStep lockVmaStep(Kernel k, RetryChoices c, int flags) {
        VmaLockCites vl = vmaLockCites(k.variant);
        retrycheck.kernel.Mm64 mmh = (retrycheck.kernel.Mm64) k.mmH();
        if ((flags & FaultFlags.USER) == 0)                           // if (!(flags & FAULT_FLAG_USER))
            return new VmaLockStep(VmaLockStep.Kind.LOCK_MMAP, 0, flags); //   goto lock_mmap;
        Vma vma = ((retrycheck.kernel.Memory64) k.memory()).lockVmaUnderRcu(k.mm, k.access.address()); // vma = lock_vma_under_rcu(mm, address);
        if (vma == null)                                              // if (!vma)
            return new VmaLockStep(VmaLockStep.Kind.LOCK_MMAP, 0, flags); //   goto lock_mmap;
        if (vmaAccessError(k, c, vl, vma)) {                          // if (unlikely(access_error(error_code, vma))) {
            mmh.vmaEndRead(vma);                                      //   vma_end_read(vma);
            return new VmaLockStep(VmaLockStep.Kind.LOCK_MMAP, 0, flags); // goto lock_mmap; }
        }
        int fault = k.memory().handleMmFault(vma, k.access.address(), flags | FaultFlags.VMA_LOCK); // fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);
        if (c.vmaLock() == RetryChoices.VmaLock.V64
                || (fault & (VmFault.RETRY | VM_FAULT_COMPLETED)) == 0) // 6.8: if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))
            mmh.vmaEndRead(vma);                                      // vma_end_read(vma);
        if ((fault & VmFault.RETRY) == 0)                             // if (!(fault & VM_FAULT_RETRY)) {
            return new VmaLockStep(VmaLockStep.Kind.DONE, fault, flags); // count_vm_vma_lock_event(VMA_LOCK_SUCCESS); goto done; }
        // count_vm_vma_lock_event(VMA_LOCK_RETRY);
        if (c.vmaLock() == RetryChoices.VmaLock.V68 && (fault & VmFault.MAJOR) != 0) { // 6.8: if (fault & VM_FAULT_MAJOR)
            flags |= FaultFlags.TRIED;                                //   flags |= FAULT_FLAG_TRIED;
            k.rt.note(Event.Note.RETRY_FLAGS, vl.tried, FaultFlags.names(flags), flags, 0);
        }
        if (k.signal().faultSignalPending(fault, vl.signal))          // if (fault_signal_pending(fault, regs)) {
            return new VmaLockStep(VmaLockStep.Kind.SIGNAL, fault, flags);
        return new VmaLockStep(VmaLockStep.Kind.LOCK_MMAP, fault, flags); // lock_mmap:
    }

    /** The access check of the per-VMA lock attempt: the mask test of {@link #accessError} on the VMA-locked vma. */
    protected boolean vmaAccessError(Kernel k, RetryChoices c, VmaLockCites vl, Vma vma) {
        int mask = c.path().mask(k.access.kind());
        if (mask == 0) return false;
        return (vma.vmFlags(vl.access) & mask) == 0;                  // if (!(vma->vm_flags & vm_flags))
    }

    /**
     * {@code done:} reached from the per-VMA lock attempt, nothing held: the error dispatch of the common exit after
     * its unlock ({@code if (unlikely(fault & VM_FAULT_ERROR)) mm_fault_error(...)}), else return.
     */
    protected FaultOutcome vmaLockDone(Kernel k, RetryChoices c, Cites l, int fault) {
        if ((fault & (VmFault.ERROR | badAreaFault(SEGV_MAPERR) | badAreaFault(SEGV_ACCERR))) != 0) // done: if (unlikely(fault & VM_FAULT_ERROR))
            return mmFaultError(k, c, l, fault, false);               //   mm_fault_error(regs, error_code, address, fault);
        return FaultOutcome.ret(fault);                               // return;
    }

    /** The per-VMA lock attempt's signal quick path: user mode returns; kernel mode (unreachable: user faults only) fixup. */
    protected FaultOutcome vmaLockSignalExit(Kernel k, RetryChoices c, int fault) {
        if (!k.access.userMode()) return noContext(k, fault);          // if (!user_mode(regs)) kernelmode_fixup_or_oops(...);
        return FaultOutcome.ret(fault);                               // return;
    }

    /**
     * The exit after the loop: {@code up_read(&mm->mmap_sem);}, then the error exits of {@link RetryChoices.Errors#AFTER_UP_READ}
     * arches (and of a bad area carried as a fault code), then the accounting after the loop.
     */
    protected FaultOutcome exit(Kernel k, RetryChoices c, Cites l, int fault, int major, int flags) {
        RetryChoices.Path p = c.path();
        boolean error = (fault & (VmFault.ERROR | badAreaFault(SEGV_MAPERR) | badAreaFault(SEGV_ACCERR))) != 0;
        k.mm.mmapSem.upRead(error ? l.errorUpRead : l.upRead);      // up_read(&mm->mmap_sem);
        if (p.perf() == RetryChoices.Perf.AFTER_UNLOCK) perfAfterUnlock(k, l, fault, flags);
        if (error)                                                    // if (unlikely(fault & VM_FAULT_ERROR))
            return mmFaultError(k, c, l, fault, false);              //   mm_fault_error(regs, error_code, address, fault);
        if (c.accounting() == RetryChoices.Accounting.AFTER_LOOP) account(k, l, major); // if (major) maj_flt++ else min_flt++
        if (c.accounting() == RetryChoices.Accounting.AFTER_LOOP_LAST) account(k, l, fault);
        return FaultOutcome.ret(fault);                               // return;
    }

    /** Perf counted after the final up_read (arc, xtensa): PAGE_FAULTS, and MAJ/MIN where the arch counts them there. */
    protected void perfAfterUnlock(Kernel k, Cites l, int fault, int flags) {
        k.perfSwEvent(l.perf, "PAGE_FAULTS");                         // perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);
    }

    /** Initial flags: v5.7 FAULT_FLAG_DEFAULT, v5.6 ALLOW_RETRY|KILLABLE; USER, WRITE, INSTRUCTION where computed before {@code retry:}. */
    protected int initialFlags(Kernel k) {
        RetryChoices.Path p = choices(k.variant).path();
        int flags = k.v57() ? FaultFlags.DEFAULT : FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE; // FAULT_FLAG_DEFAULT
        if (p.userFlag() == RetryChoices.FlagsAt.BEFORE_RETRY && k.access.userMode())
            flags |= FaultFlags.USER;                                 // if (user_mode(regs)) flags |= FAULT_FLAG_USER;
        if (p.writeFlag() == RetryChoices.FlagsAt.BEFORE_RETRY && k.access.isWrite())
            flags |= FaultFlags.WRITE;                                // if (write) flags |= FAULT_FLAG_WRITE;
        if (p.instruction() && k.access.isExec())
            flags |= FaultFlags.INSTRUCTION;                          // if (exec) flags |= FAULT_FLAG_INSTRUCTION;
        return flags;
    }

    /** The flags the arch adds at {@code good_area:} (inside the loop, after the access check). */
    protected int goodAreaFlags(Kernel k, RetryChoices c, int flags) {
        RetryChoices.Path p = c.path();
        int f = flags;
        if (p.userFlag() == RetryChoices.FlagsAt.AT_GOOD_AREA && k.access.userMode())
            f |= FaultFlags.USER;                                     // if (user_mode(regs)) flags |= FAULT_FLAG_USER;
        if (p.writeFlag() == RetryChoices.FlagsAt.AT_GOOD_AREA && k.access.isWrite())
            f |= FaultFlags.WRITE;                                    // flags |= FAULT_FLAG_WRITE;
        if (p.writeFlag() == RetryChoices.FlagsAt.ASSIGNED_AT_GOOD_AREA && k.access.isWrite())
            f = FaultFlags.WRITE;                                     // flags = FAULT_FLAG_WRITE;  (nios2)
        return f;
    }

    /**
     * What {@code retry:} up to the access check found: the vma (null if none) and 0 for a good area, else a si_code
     * (SEGV_MAPERR, SEGV_ACCERR), {@link #STACK_RETRY}, {@link #BAD_AREA_NOSEMAPHORE} or {@link #NOT_LOCKED}.
     */
    protected record Area(Vma vma, int bad) {}

    /** Result of {@link #lockAndFindVma}: lock_mm_and_find_vma() returned NULL, mmap_lock is not held. */
    protected static final int NOT_LOCKED = -3;

    /**
     * From {@code retry:} to the access check of one attempt. Up to v6.3 (and the arches not converted): the lock
     * ({@link #lockMmapSem}), {@code vma = find_vma(mm, address);}, {@code if (!vma) goto bad_area;} and
     * {@link #goodArea}. v6.4 {@link RetryChoices.Relock#LOCK_MM_AND_FIND_VMA}: {@code vma = lock_mm_and_find_vma(mm,
     * address, regs);} (lock, find_vma, stack expansion in mm/memory.c), {@code if (unlikely(!vma))} (not locked:
     * {@link #NOT_LOCKED}), then only the access check.
     */
    protected Area lockAndFindVma(Kernel k, RetryChoices c, Cites l, int flags, boolean retrying) {
        if (c.relock() == RetryChoices.Relock.LOCK_MM_AND_FIND_VMA) {
            Vma vma = lockMmAndFindVma(k, l);                         // retry: vma = lock_mm_and_find_vma(mm, address, regs);
            if (vma == null) return new Area(null, NOT_LOCKED);       // if (unlikely(!vma)) {
            return new Area(vma, accessError(k, c, l, vma) ? SEGV_ACCERR : 0); // if (unlikely(access_error(...))) goto bad_area;
        }
        lockMmapSem(k, c, retrying);                                  // retry: down_read(&mm->mmap_sem);
        Vma vma = k.mmap().findVma(k.mm, k.access.address());          // vma = find_vma(mm, address);
        return new Area(vma, vma == null ? SEGV_MAPERR : goodArea(k, c, l, vma, flags)); // if (!vma) goto bad_area; ... good_area:
    }

    /**
     * v6.4 mm/memory.c lock_mm_and_find_vma(mm, address, regs), called at the arch's {@code retry:} ({@link Cites#lockMmAndFindVma}).
     * The release's mm/memory.c class must be {@link retrycheck.kernel.Memory64} or a subclass.
     */
    protected Vma lockMmAndFindVma(Kernel k, Cites l) {
        if (!(k.memory() instanceof retrycheck.kernel.Memory64 m))
            throw new IllegalStateException(name() + " " + k.variant.label() + ": lock_mm_and_find_vma() needs a v6.4+ mm/memory.c (Memory64), not "
                    + k.memory().getClass().getName());
        return m.lockMmAndFindVma(k.mm, k.access.address(), true);    // vma = lock_mm_and_find_vma(mm, address, regs);
    }

    /**
     * lock_mm_and_find_vma() returned NULL (mmap_lock not held): {@code bad_area_nosemaphore(regs, error_code, address);
     * return;} / {@code goto bad_area_nosemaphore;}; arm and arm64 (BadArea.FAULT_CODE) {@code fault = VM_FAULT_BADMAP;
     * goto bad_area;} / {@code goto done;}: the dispatch after the unlock of the common exit, without that unlock.
     */
    protected FaultOutcome lockMmAndFindVmaFailed(Kernel k, RetryChoices c, Cites l) {
        if (c.path().badArea() == RetryChoices.BadArea.FAULT_CODE)
            return mmFaultError(k, c, l, badAreaFault(SEGV_MAPERR), false); // fault = VM_FAULT_BADMAP; goto bad_area;
        return badAreaNosemaphore(k, 0);                              // bad_area_nosemaphore(regs, error_code, address); return;
    }

    /**
     * From {@code if (vma->vm_start <= address) goto good_area;} to the access check: 0 for a good area, else the
     * si_code of the bad area.
     */
    protected int goodArea(Kernel k, RetryChoices c, Cites l, Vma vma, int flags) {
        long address = k.access.address();
        if (vma.vmStart(l.vmStart) > address) {                       // if (vma->vm_start <= address) goto good_area;
            int bad = checkStack(k, c, l, vma, flags);
            if (bad != 0) return bad;
        }
        return accessError(k, c, l, vma) ? SEGV_ACCERR : 0;           // good_area: if (access_error(...)) goto bad_area;
    }

    /** An address below the vma: the stack may grow down to it. */
    protected int checkStack(Kernel k, RetryChoices c, Cites l, Vma vma, int flags) {
        if (c.path().stack() == RetryChoices.Stack.GROWSUP)
            return SEGV_MAPERR;                                       // check_expansion: vma = prev_vma; (NULL) -> bad_area
        if (c.path().stack() == RetryChoices.Stack.EXPAND_STACK_UNLOCKS_UNTESTED)
            return expandStackUnlocks(k, l);                          // (ia64) vma = expand_stack(mm, address);
        if ((vma.vmFlags(l.growsDown) & VmFlags.VM_GROWSDOWN) == 0)  // if (!(vma->vm_flags & VM_GROWSDOWN))
            return SEGV_MAPERR;                                       //   goto bad_area;
        if (c.path().stack() == RetryChoices.Stack.EXPAND_STACK_UNLOCKS)
            return expandStackUnlocks(k, l);                          // vma = expand_stack(mm, address);
        if (k.mmap().expandStack(vma, k.access.address()) != 0)      // if (expand_stack(vma, address))
            return SEGV_MAPERR;                                       //   goto bad_area;
        return 0;
    }

    /**
     * v6.4 {@code vma = expand_stack(mm, address); if (!vma) goto bad_area_nosemaphore;} ({@link Cites#expandStack}):
     * mm/mmap.c drops the read lock, write-locks killably, expands, downgrades; NULL with the lock dropped. The scenarios'
     * mm has one vma, so the vma it returns is the one the caller holds. The release's mm/mmap.c must be Mmap64.
     */
    protected int expandStackUnlocks(Kernel k, Cites l) {
        if (!(k.mmap() instanceof retrycheck.kernel.Mmap64 m))
            throw new IllegalStateException(name() + " " + k.variant.label() + ": expand_stack(mm, addr) needs a v6.4+ mm/mmap.c (Mmap64), not "
                    + k.mmap().getClass().getName());
        if (m.expandStack(k.mm, k.access.address()) == null)          // vma = expand_stack(mm, address);
            return BAD_AREA_NOSEMAPHORE;                              // if (!vma) goto bad_area_nosemaphore;
        return 0;
    }

    /** access_error() or the arch's open-coded test: the vma must allow the access ({@link RetryChoices.Path#mask}). */
    protected boolean accessError(Kernel k, RetryChoices c, Cites l, Vma vma) {
        FaultAccess.Kind kind = k.access.kind();
        int mask = c.path().mask(kind);
        if (mask == 0) return false;                                  // (no check for this kind of access, e.g. a nios2 TLB miss)
        Src at = switch (kind) { case READ -> l.accessRead; case WRITE -> l.accessWrite; case EXEC -> l.accessExec; };
        return (vma.vmFlags(at) & mask) == 0;                         // if (!(vma->vm_flags & mask)) goto bad_area;
    }

    /** The fault code a bad area becomes on {@link RetryChoices.BadArea#FAULT_CODE}/EXIT_LABEL arches (0 elsewhere). */
    protected int badAreaFault(int siCode) { return 0; }

    /** {@code bad_area:} up_read(&mm->mmap_sem); then bad_area_nosemaphore. */
    protected FaultOutcome badArea(Kernel k, RetryChoices c, Cites l, int siCode) {
        k.mm.mmapSem.upRead(l.badAreaUpRead);                         // bad_area: up_read(&mm->mmap_sem);
        return badAreaNosemaphore(k, VmFault.SIGSEGV);
    }

    /** {@code bad_area_nosemaphore:} user mode: force_sig_fault(SIGSEGV, si_code, address); kernel mode: no_context. */
    protected FaultOutcome badAreaNosemaphore(Kernel k, int fault) {
        if (k.access.userMode()) return FaultOutcome.done("sigsegv", fault); // if (user_mode(regs)) { force_sig_fault(SIGSEGV, ...); return; }
        return noContext(k, fault);                                   // no_context:
    }

    /** {@code no_context:} the exception-table fixup (a uaccess fails with -EFAULT), else oops. */
    protected FaultOutcome noContext(Kernel k, int fault) {
        return FaultOutcome.noContext(fault);                         // if (fixup_exception(regs)) return;
    }

    /**
     * The dispatch on VM_FAULT_ERROR: {@code if (fault & VM_FAULT_OOM) goto out_of_memory; else if (fault &
     * VM_FAULT_SIGSEGV) goto bad_area; else if (fault & VM_FAULT_SIGBUS) goto do_sigbus; BUG();} in the arch's order.
     * {@code locked}: mmap_sem is still held, so each label does its own up_read (LABELS arches).
     */
    protected FaultOutcome mmFaultError(Kernel k, RetryChoices c, Cites l, int fault, boolean locked) {
        RetryChoices.Path p = c.path();
        if (p.fatalSignalFirst() && !k.access.userMode()              // if (fatal_signal_pending(current) && !(error_code & X86_PF_USER)) {
                && k.signal().fatalSignalPending(l.errorSignal))
            return noContext(k, fault);                               //   no_context(regs, error_code, address, 0, 0); return; }
        if (p.kernelFirst() && !k.access.userMode())                  // if (!user_mode(regs))
            return noContext(k, fault);                               //   goto no_context;
        for (RetryChoices.ErrorCase e : p.errorCases())
            if ((fault & e.mask()) != 0) return errorExit(k, c, l, e.exit(), fault, locked);
        return errorExit(k, c, l, p.otherwise(), fault, locked);
    }

    /** One label of the error exits. */
    protected FaultOutcome errorExit(Kernel k, RetryChoices c, Cites l, RetryChoices.Exit exit, int fault, boolean locked) {
        switch (exit) {
            case OUT_OF_MEMORY:
                return outOfMemory(k, c, l, fault, locked);
            case DO_SIGBUS:
                return doSigbus(k, c, l, fault, locked);
            case BAD_AREA:                                            // bad_area:
                if (locked) k.mm.mmapSem.upRead(l.badAreaUpRead);     //   up_read(&mm->mmap_sem);
                return badAreaNosemaphore(k, fault);
            default:
                k.warn(l.bug, "BUG(): VM_FAULT_ERROR " + VmFault.names(fault) + " matches none of the arch's cases");
                return FaultOutcome.done("BUG", fault);               // BUG();
        }
    }

    /** {@code out_of_memory:} up_read; kernel mode no_context; user mode pagefault_out_of_memory(). */
    protected FaultOutcome outOfMemory(Kernel k, RetryChoices c, Cites l, int fault, boolean locked) {
        if (locked) k.mm.mmapSem.upRead(l.oomUpRead);                 // out_of_memory: up_read(&mm->mmap_sem);
        if (!k.access.userMode()) return noContext(k, fault);         // if (!user_mode(regs)) goto no_context;
        return FaultOutcome.done("oom", fault);                       // pagefault_out_of_memory(); return;
    }

    /** {@code do_sigbus:} up_read; kernel mode no_context; user mode SIGBUS (BUS_MCEERR_AR for HWPOISON where handled). */
    protected FaultOutcome doSigbus(Kernel k, RetryChoices c, Cites l, int fault, boolean locked) {
        if (locked) k.mm.mmapSem.upRead(l.sigbusUpRead);              // do_sigbus: up_read(&mm->mmap_sem);
        if (!k.access.userMode()) return noContext(k, fault);         // if (!user_mode(regs)) goto no_context;
        return FaultOutcome.done("sigbus", fault);                    // force_sig_fault(SIGBUS, BUS_ADRERR, address);
    }

    /**
     * {@code fault = handle_mm_fault(vma, address, flags);}, from v5.9 {@code handle_mm_fault(vma, address, flags, regs)}:
     * the arch passes its pt_regs (the faulting access), so that mm_account_fault() can count the perf events (um
     * passes NULL). Up to v5.7 the core ignores regs ({@link retrycheck.kernel.Memory#handleMmFault(Vma, long, int,
     * FaultAccess)}).
     */
    protected int handleMmFault(Kernel k, Vma vma, int flags) {
        return k.memory().handleMmFault(vma, k.access.address(), flags, k.access);
    }

    /** Taking mmap_sem for an attempt, at the arch's retry label. */
    protected void lockMmapSem(Kernel k, RetryChoices c, boolean retrying) {
        Cites l = cites(k.variant);
        switch (c.relock()) {
            case RETRY_LABEL -> k.mm.mmapSem.downRead(l.lock);
            case TRYLOCK_BRANCH -> {
                // if (unlikely(!down_read_trylock(&mm->mmap_sem))) { [exception table check] retry: down_read(); }
                if (retrying || !k.mm.mmapSem.downReadTrylock(l.trylock))
                    k.mm.mmapSem.downRead(l.lock);
            }
            case ARCH_RELOCKS -> {
                // down_read() before the retry: label; a retry re-takes it in beforeRetry()
                if (!retrying) k.mm.mmapSem.downRead(l.lock);
            }
        }
    }

    /**
     * Whether the arch tests VM_FAULT_COMPLETED right after the signal check (v6.0 on, every arch of the shared shape;
     * sh tests it after its error dispatch, in its own class).
     */
    protected boolean completedAfterSignalCheck(RetryChoices c) {
        return switch (c.completed()) {
            case RETURN, GOTO_OUT, LOCK_RELEASED_LABEL, S390_GMAP_RELOCK -> true;
            case NONE, AFTER_ERROR_DISPATCH -> false;
        };
    }

    /**
     * VM_FAULT_COMPLETED (v6.0 on): the core finished the fault and released mmap_lock itself
     * (fault_dirty_shared_page()), so the handler leaves without mmap_read_unlock() and without the error and retry
     * tests. The access re-executes and finds the pte installed.
     */
    protected FaultOutcome completed(Kernel k, RetryChoices c, Cites l, int fault) {
        switch (c.completed()) {
            case GOTO_OUT:                                            // (powerpc) goto out;
                // out: if (major) cmo_account_page_fault();  (pSeries CMO accounting: not modelled)
                return FaultOutcome.ret(fault);                       //   return 0;
            case LOCK_RELEASED_LABEL:                                 // (sparc64) goto lock_released;
                // lock_released: tsb_grow() when the rss outgrows the TSB;  exit_exception: exception_exit(prev_state);
                return FaultOutcome.ret(fault);                       //   return;
            default:                                                  // return;  (arm, arm64, m68k, um: return 0;)
                return FaultOutcome.ret(fault);
        }
    }

    /** Whether this RETRY is retried: the gate of {@link RetryChoices.Gate}. */
    protected boolean retryGate(RetryChoices c, int fault, int flags) {
        boolean retry = (fault & VmFault.RETRY) != 0;
        boolean allow = (flags & FaultFlags.ALLOW_RETRY) != 0;
        return switch (c.gate()) {
            case OUTER, COMBINED, NESTED -> allow && retry;
            case NO_ERROR_AND_ALLOW -> (fault & VmFault.ERROR) == 0 && allow && retry;
            case RETRY_ONLY -> retry;                                 // v6.0: if (fault & VM_FAULT_RETRY) {
            case NO_ERROR_RETRY_ONLY -> (fault & VmFault.ERROR) == 0 && retry; // v6.0: if (!(fault & VM_FAULT_ERROR)) { if (fault & VM_FAULT_RETRY) {
        };
    }

    /** The flags for the next attempt, noted for the monitors and traces. */
    protected int retryFlags(Kernel k, RetryChoices c, Cites l, int flags) {
        int next = c.retryFlags(flags);
        k.rt.note(Event.Note.RETRY_FLAGS, l.retryFlags, FaultFlags.names(next), next, 0);
        return next;
    }

    /** Work between the flags change and {@code goto retry}: s390 re-takes mmap_sem here. */
    protected void beforeRetry(Kernel k, RetryChoices c) {
        if (c.relock() == RetryChoices.Relock.ARCH_RELOCKS) k.mm.mmapSem.downRead(cites(k.variant).relock);
    }

    /** The signal check fired: user mode returns (the signal is delivered); kernel mode per {@link RetryChoices.KernelExit}. */
    protected FaultOutcome signalExit(Kernel k, RetryChoices c, int fault) {
        if (!k.access.userMode() && c.kernelExit() == RetryChoices.KernelExit.NO_CONTEXT)
            return noContext(k, fault);
        return FaultOutcome.ret(fault);
    }

    /** {@code if (fault & VM_FAULT_MAJOR) { maj_flt++; perf MAJ } else { min_flt++; perf MIN }}. */
    protected void account(Kernel k, Cites l, int fault) {
        if (choices(k.variant).accounting() == RetryChoices.Accounting.CORE)
            return;                                                   // v5.9 on: no accounting in the arch (mm_account_fault())
        if ((fault & VmFault.MAJOR) != 0) {                           // if (fault & VM_FAULT_MAJOR) {
            k.task.accountMajFlt(l.majFlt);                           //   current->maj_flt++;
            if (l.perfMaj != null) k.perfSwEvent(l.perfMaj, "PAGE_FAULTS_MAJ");
        } else {
            k.task.accountMinFlt(l.minFlt);                           //   current->min_flt++;
            if (l.perfMin != null) k.perfSwEvent(l.perfMin, "PAGE_FAULTS_MIN");
        }
    }
}
