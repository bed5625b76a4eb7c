package retrycheck.kernel.arch;

import retrycheck.kernel.Variant;
import retrycheck.kernel.FaultFlags;
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

import static retrycheck.kernel.arch.RetryChoices.Accounting.AFTER_LOOP;
import static retrycheck.kernel.arch.RetryChoices.Gate.NESTED;
import static retrycheck.kernel.arch.RetryChoices.KernelExit.NO_CONTEXT;
import static retrycheck.kernel.arch.RetryChoices.Relock.TRYLOCK_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FATAL_IN_RETRY_BRANCH;
import static retrycheck.kernel.arch.RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;

/** arch/powerpc/mm/fault.c __do_page_fault(). */
public class Powerpc extends Arch {
    private static final Src __BAD_AREA_56 = Src.v56("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src __BAD_AREA_57 = Src.v57("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src __DO_PAGE_FAULT_56 = Src.v56("arch/powerpc/mm/fault.c", "__do_page_fault");
    private static final Src __DO_PAGE_FAULT_57 = Src.v57("arch/powerpc/mm/fault.c", "__do_page_fault");
    private static final Src MM_FAULT_ERROR_56 = Src.v56("arch/powerpc/mm/fault.c", "mm_fault_error");
    private static final Src MM_FAULT_ERROR_57 = Src.v57("arch/powerpc/mm/fault.c", "mm_fault_error");

    /** powerpc: flags, vma checks, error exits and perf around the loop (the same in both trees). */
    public static final Path PATH = new Path(FlagsAt.BEFORE_RETRY, FlagsAt.BEFORE_RETRY, true,
            VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_EXEC, VmFlags.VM_WRITE, VmFlags.VM_EXEC,
            Stack.BAD_STACK_EXPANSION, BadArea.LABEL, Errors.AFTER_UP_READ,
            List.of(new ErrorCase(VmFault.OOM, Exit.OUT_OF_MEMORY), new ErrorCase(VmFault.SIGBUS | VmFault.HWPOISON | VmFault.HWPOISON_LARGE, Exit.DO_SIGBUS), new ErrorCase(VmFault.SIGSEGV, Exit.BAD_AREA)),
            Exit.BUG, false, true, Perf.BEFORE_LOCK);

    @Override public String name() { return "powerpc"; }
    @Override public String file() { return "arch/powerpc/mm/fault.c"; }
    @Override public String function() { return "__do_page_fault"; }

    /**
     * v5.6.4: {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (flags & ALLOW_RETRY) { flags &= ~ALLOW_RETRY; flags |= TRIED;
     * if (!fatal_signal_pending(current)) goto retry; } return is_user ? 0 : SIGBUS; }}.
     */
    @Override protected RetryChoices v56() {
        return new RetryChoices(NESTED, true, true, false, FATAL_IN_RETRY_BRANCH, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.6.4 arch/powerpc/mm/fault.c:517-609", PATH);
    }

    /**
     * v5.7.14: {@code if (fault_signal_pending(fault, regs)) return user_mode(regs) ? 0 : SIGBUS;} then
     * {@code if (unlikely(fault & VM_FAULT_RETRY)) { if (flags & FAULT_FLAG_ALLOW_RETRY) { flags |= TRIED; goto retry; } }}.
     */
    @Override protected RetryChoices v57() {
        return new RetryChoices(NESTED, true, false, false, FAULT_SIGNAL_PENDING, NO_CONTEXT, TRYLOCK_BRANCH,
                AFTER_LOOP, "v5.7.14 arch/powerpc/mm/fault.c:517-599", PATH);
    }

    @Override public String quirks() {
        return "second goto retry on the stack-expansion must_retry path (up_read, fault_in_pages_readable(nip), goto retry with the flags unchanged) in checkStack(), reached when bad_stack_expansion() says so (its registers are hooks: see Powerpc); kernel-mode signal exit returns SIGBUS to bad_page_fault() (fixup)"
                + "; mm_fault_error() starts with fatal_signal_pending() && !user -> SIGKILL (bad_page_fault)";
    }

    private static final Src BAD_STACK_EXPANSION_56 = Src.v56("arch/powerpc/mm/fault.c", "bad_stack_expansion");
    private static final Src BAD_STACK_EXPANSION_57 = Src.v57("arch/powerpc/mm/fault.c", "bad_stack_expansion");

    /**
     * The stack path of __do_page_fault() (v5.7.14 lines 537-555, the same in v5.6.4): bad_stack_expansion() may ask
     * for the second retry path, {@code up_read(&mm->mmap_sem); if (fault_in_pages_readable(nip, 4)) return
     * bad_area_nosemaphore(regs, address); goto retry;} with the flags unchanged.
     */
    @Override protected int checkStack(Kernel k, RetryChoices c, Cites l, Vma vma, int flags) {
        if (c.path().stack() != Stack.BAD_STACK_EXPANSION)            // v5.9: if (!GROWSDOWN) bad_area; if (expand_stack()) bad_area;
            return super.checkStack(k, c, l, vma, flags);
        if ((vma.vmFlags(l.growsDown) & VmFlags.VM_GROWSDOWN) == 0)  // if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))
            return SEGV_MAPERR;                                       //   return bad_area(regs, address);
        int bad = badStackExpansion(k, vma, flags);                   // if (unlikely(bad_stack_expansion(regs, address, vma, flags, &must_retry))) {
        if (bad == 1) return SEGV_MAPERR;                             //   if (!must_retry) return bad_area(regs, address);
        if (bad == 2) {
            k.mm.mmapSem.upRead(l.stackRetryUpRead);                  //   up_read(&mm->mmap_sem);
            if (faultInPagesReadable(k) != 0)                         //   if (fault_in_pages_readable((const char __user *)regs->nip, sizeof(unsigned int)))
                return BAD_AREA_NOSEMAPHORE;                          //     return bad_area_nosemaphore(regs, address);
            return STACK_RETRY;                                       //   goto retry; }
        }
        if (k.mmap().expandStack(vma, k.access.address()) != 0)      // if (unlikely(expand_stack(vma, address)))
            return SEGV_MAPERR;                                       //   return bad_area(regs, address);
        return 0;
    }

    /**
     * bad_stack_expansion(): 0 (false), 1 (true), 2 (true with {@code *must_retry = true}). The registers it reads
     * ({@code uregs->gpr[1]}, the instruction at {@code regs->nip}) are not in the model: {@link #userStackPointer},
     * {@link #probeUserReadNip} and {@link #storeUpdatesSp} stand for them, with defaults that take the ordinary path.
     */
    protected int badStackExpansion(Kernel k, Vma vma, int flags) {
        long address = k.access.address();
        if (address + 0x100000 < vma.vmEnd(cites(k.variant).stackVmEnd)) {                    // if (address + 0x100000 < vma->vm_end) {
            if (address + 2048 >= userStackPointer(k))                //   if (address + 2048 >= uregs->gpr[1])
                return 0;                                             //     return false;
            if ((flags & FaultFlags.WRITE) != 0 && (flags & FaultFlags.USER) != 0) { // if ((flags & WRITE) && (flags & USER) && access_ok(nip, 4)) {
                if (probeUserReadNip(k))                              //     if (!probe_user_read(&inst, nip, sizeof(inst)))
                    return storeUpdatesSp(k) ? 0 : 1;                 //       return !store_updates_sp(inst);
                return 2;                                             //     *must_retry = true; }
            }
            return 1;                                                 //   return true; }
        }
        return 0;                                                     // return false;
    }

    /** {@code uregs->gpr[1]}, the user stack pointer: by default just above the address (an ordinary stack access). */
    protected long userStackPointer(Kernel k) { return k.access.address(); }

    /** {@code !probe_user_read(&inst, nip, sizeof(inst))}: the faulting instruction can be read without a fault. */
    protected boolean probeUserReadNip(Kernel k) { return true; }

    /** {@code store_updates_sp(inst)}: the instruction is a store that updates r1 (stwu, stdu, ...). */
    protected boolean storeUpdatesSp(Kernel k) { return true; }

    /** {@code fault_in_pages_readable(nip, 4)}: 0 when the instruction page could be faulted in. */
    protected int faultInPagesReadable(Kernel k) { return 0; }

    @Override protected Cites cites56() {
        return new Cites()
                .stackRetryUpRead(__DO_PAGE_FAULT_56.at(546, "up_read(&mm->mmap_sem);"))
                .stackVmEnd(BAD_STACK_EXPANSION_56.at(257, "if (address + 0x100000 < vma->vm_end) {"))
                .trylock(__DO_PAGE_FAULT_56.at(517, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(__DO_PAGE_FAULT_56.at(522, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PAGE_FAULT_56.at(535, "if (likely(vma->vm_start <= address))"))
                .growsDown(__DO_PAGE_FAULT_56.at(537, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(__DO_PAGE_FAULT_56.at(558, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(__DO_PAGE_FAULT_56.at(558, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(__DO_PAGE_FAULT_56.at(558, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(__DO_PAGE_FAULT_56.at(598, "if (!fatal_signal_pending(current))"))
                .retryFlags(__DO_PAGE_FAULT_56.at(596, "flags &= ~FAULT_FLAG_ALLOW_RETRY;"))
                .upRead(__DO_PAGE_FAULT_56.at(609, "up_read(&current->mm->mmap_sem);"))
                .errorUpRead(__DO_PAGE_FAULT_56.at(609, "up_read(&current->mm->mmap_sem);"))
                .badAreaUpRead(__BAD_AREA_56.at(111, "up_read(&mm->mmap_sem);"))
                .bug(MM_FAULT_ERROR_56.at(196, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_56.at(177, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .majFlt(__DO_PAGE_FAULT_56.at(618, "current->maj_flt++;"))
                .minFlt(__DO_PAGE_FAULT_56.at(622, "current->min_flt++;"))
                .perf(__DO_PAGE_FAULT_56.at(484, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(__DO_PAGE_FAULT_56.at(619, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"))
                .perfMin(__DO_PAGE_FAULT_56.at(623, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"));
    }

    @Override protected Cites cites57() {
        return new Cites()
                .stackRetryUpRead(__DO_PAGE_FAULT_57.at(546, "up_read(&mm->mmap_sem);"))
                .stackVmEnd(BAD_STACK_EXPANSION_57.at(257, "if (address + 0x100000 < vma->vm_end) {"))
                .trylock(__DO_PAGE_FAULT_57.at(517, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {"))
                .lock(__DO_PAGE_FAULT_57.at(522, "down_read(&mm->mmap_sem);"))
                .vmStart(__DO_PAGE_FAULT_57.at(535, "if (likely(vma->vm_start <= address))"))
                .growsDown(__DO_PAGE_FAULT_57.at(537, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(__DO_PAGE_FAULT_57.at(558, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(__DO_PAGE_FAULT_57.at(558, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(__DO_PAGE_FAULT_57.at(558, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(__DO_PAGE_FAULT_57.at(585, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(__DO_PAGE_FAULT_57.at(594, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(__DO_PAGE_FAULT_57.at(599, "up_read(&current->mm->mmap_sem);"))
                .errorUpRead(__DO_PAGE_FAULT_57.at(599, "up_read(&current->mm->mmap_sem);"))
                .badAreaUpRead(__BAD_AREA_57.at(111, "up_read(&mm->mmap_sem);"))
                .bug(MM_FAULT_ERROR_57.at(196, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_57.at(177, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .majFlt(__DO_PAGE_FAULT_57.at(608, "current->maj_flt++;"))
                .minFlt(__DO_PAGE_FAULT_57.at(612, "current->min_flt++;"))
                .perf(__DO_PAGE_FAULT_57.at(484, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .perfMaj(__DO_PAGE_FAULT_57.at(609, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"))
                .perfMin(__DO_PAGE_FAULT_57.at(613, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"));
    }

    // ---- v6.4.6 and v6.5.0 (spec/releases.md §7; helper 17c) ----
    private static final Src ___DO_PAGE_FAULT_64 = Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault");
    private static final Src __BAD_AREA_64 = Src.v64("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_64 = Src.v64("arch/powerpc/mm/fault.c", "mm_fault_error");
    private static final Src ___DO_PAGE_FAULT_65 = Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault");
    private static final Src __BAD_AREA_65 = Src.v65("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_65 = Src.v65("arch/powerpc/mm/fault.c", "mm_fault_error");

    /** v6.4.6: {@code retry: vma = lock_mm_and_find_vma(mm, address, regs); if (unlikely(!vma)) …} */
    // .withAccounting(CORE) restates v5.9's move of the accounting into handle_mm_fault() (the 6.4.6 lines have no
    // maj_flt/min_flt in the arch): a no-op on top of the v5.9 declaration, needed while this branch lacks it.
    @Override protected RetryChoices v64() {
        return v63().withAccounting(RetryChoices.Accounting.CORE).withRelock(RetryChoices.Relock.LOCK_MM_AND_FIND_VMA).withLines("v6.4.6 arch/powerpc/mm/fault.c:515-552");
    }

    @Override protected Cites cites64() {
        return new Cites()
                .lockMmAndFindVma(___DO_PAGE_FAULT_64.at(516, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(___DO_PAGE_FAULT_64.at(524, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(___DO_PAGE_FAULT_64.at(524, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(___DO_PAGE_FAULT_64.at(524, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(___DO_PAGE_FAULT_64.at(536, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(___DO_PAGE_FAULT_64.at(548, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(___DO_PAGE_FAULT_64.at(552, "mmap_read_unlock(current->mm);"))
                .errorUpRead(___DO_PAGE_FAULT_64.at(552, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_64.at(82, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_64.at(186, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_64.at(167, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(___DO_PAGE_FAULT_64.at(458, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(___DO_PAGE_FAULT_64.at(540, "if (fault & VM_FAULT_COMPLETED)"));
    }

    /** v6.5.0: as v6.4.6, re-cited */
    @Override protected RetryChoices v65() {
        return v64().withLines("v6.5.0 arch/powerpc/mm/fault.c:515-552");
    }

    @Override protected Cites cites65() {
        return new Cites()
                .lockMmAndFindVma(___DO_PAGE_FAULT_65.at(516, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(___DO_PAGE_FAULT_65.at(524, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(___DO_PAGE_FAULT_65.at(524, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(___DO_PAGE_FAULT_65.at(524, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(___DO_PAGE_FAULT_65.at(536, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(___DO_PAGE_FAULT_65.at(548, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(___DO_PAGE_FAULT_65.at(552, "mmap_read_unlock(current->mm);"))
                .errorUpRead(___DO_PAGE_FAULT_65.at(552, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_65.at(82, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_65.at(186, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_65.at(167, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(___DO_PAGE_FAULT_65.at(458, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(___DO_PAGE_FAULT_65.at(540, "if (fault & VM_FAULT_COMPLETED)"));
    }
    private static final Src __DO_PAGE_FAULT_59 = Src.v59("arch/powerpc/mm/fault.c", "__do_page_fault");
    private static final Src __BAD_AREA_59 = Src.v59("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_59 = Src.v59("arch/powerpc/mm/fault.c", "mm_fault_error");
    private static final Src ___DO_PAGE_FAULT_512 = Src.v512("arch/powerpc/mm/fault.c", "___do_page_fault");
    private static final Src __BAD_AREA_512 = Src.v512("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_512 = Src.v512("arch/powerpc/mm/fault.c", "mm_fault_error");

    /** v5.9.1: the v5.7 loop with the mmap_lock API and {@code handle_mm_fault(..., regs)}; the arch's maj_flt/min_flt and PAGE_FAULTS_MAJ/MIN accounting is gone (mm_account_fault() in the core); bad_stack_expansion() and its must_retry path are gone: {@code if (unlikely(vma->vm_start > address)) { if (!GROWSDOWN) return bad_area(); if (expand_stack()) return bad_area(); }}; {@code major |= fault & VM_FAULT_MAJOR} now only feeds cmo_account_page_fault() (a hypervisor counter, not modelled). */
    @Override protected RetryChoices v59() {
        return v57().withAccounting(RetryChoices.Accounting.CORE).withPath(PATH.withStack(Stack.GROWSDOWN)).withLines("v5.9.1 arch/powerpc/mm/fault.c:444-532");
    }

    @Override protected Cites cites59() {
        return new Cites()
                .trylock(__DO_PAGE_FAULT_59.at(473, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(__DO_PAGE_FAULT_59.at(478, "mmap_read_lock(mm);"))
                .vmStart(__DO_PAGE_FAULT_59.at(492, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(__DO_PAGE_FAULT_59.at(493, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(__DO_PAGE_FAULT_59.at(506, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(__DO_PAGE_FAULT_59.at(506, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(__DO_PAGE_FAULT_59.at(506, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(__DO_PAGE_FAULT_59.at(518, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(__DO_PAGE_FAULT_59.at(527, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(__DO_PAGE_FAULT_59.at(532, "mmap_read_unlock(current->mm);"))
                .errorUpRead(__DO_PAGE_FAULT_59.at(532, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_59.at(79, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_59.at(190, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_59.at(171, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(__DO_PAGE_FAULT_59.at(444, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v5.12.9: the handler is renamed ___do_page_fault() (called by __do_page_fault(regs), which does the exception fixup itself for a kernel-mode SIGBUS/SIGSEGV); the loop is v5.9's. */
    @Override protected RetryChoices v512() {
        return v59().withLines("v5.12.9 arch/powerpc/mm/fault.c:439-527");
    }

    @Override protected Cites cites512() {
        return new Cites()
                .trylock(___DO_PAGE_FAULT_512.at(468, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(___DO_PAGE_FAULT_512.at(473, "mmap_read_lock(mm);"))
                .vmStart(___DO_PAGE_FAULT_512.at(487, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(___DO_PAGE_FAULT_512.at(488, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(___DO_PAGE_FAULT_512.at(501, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(___DO_PAGE_FAULT_512.at(501, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(___DO_PAGE_FAULT_512.at(501, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(___DO_PAGE_FAULT_512.at(513, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(___DO_PAGE_FAULT_512.at(522, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(___DO_PAGE_FAULT_512.at(527, "mmap_read_unlock(current->mm);"))
                .errorUpRead(___DO_PAGE_FAULT_512.at(527, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_512.at(80, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_512.at(191, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_512.at(172, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(___DO_PAGE_FAULT_512.at(439, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }
    private static final Src ___DO_PAGE_FAULT_60 = Src.v60("arch/powerpc/mm/fault.c", "___do_page_fault");
    private static final Src __BAD_AREA_60 = Src.v60("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_60 = Src.v60("arch/powerpc/mm/fault.c", "mm_fault_error");
    private static final Src ___DO_PAGE_FAULT_63 = Src.v63("arch/powerpc/mm/fault.c", "___do_page_fault");
    private static final Src __BAD_AREA_63 = Src.v63("arch/powerpc/mm/fault.c", "__bad_area");
    private static final Src MM_FAULT_ERROR_63 = Src.v63("arch/powerpc/mm/fault.c", "mm_fault_error");

    /**
     * v6.0.1 (arch/powerpc/mm/fault.c:515-516, 522): VM_FAULT_COMPLETED after the signal check, {@code if (fault & VM_FAULT_COMPLETED) goto out;}, and the retry test without
     * FAULT_FLAG_ALLOW_RETRY: {@code if (unlikely(fault & VM_FAULT_RETRY)) { ... }}.
     */
    @Override protected RetryChoices v60() {
        // Accounting.CORE: no arch counts maj_flt/min_flt since v5.9 (mm_account_fault()); v59() says so after the
        // merge with h-17a, repeated here so that the 6.0.1 declaration holds on its own.
        return v512().withAccounting(RetryChoices.Accounting.CORE).withCompleted(RetryChoices.Completed.GOTO_OUT).withGate(RetryChoices.Gate.RETRY_ONLY)
                .withLines("v6.0.1 arch/powerpc/mm/fault.c:439-527");
    }

    @Override protected Cites cites60() {
        return new Cites()
                .trylock(___DO_PAGE_FAULT_60.at(468, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(___DO_PAGE_FAULT_60.at(473, "mmap_read_lock(mm);"))
                .vmStart(___DO_PAGE_FAULT_60.at(487, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(___DO_PAGE_FAULT_60.at(488, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(___DO_PAGE_FAULT_60.at(499, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(___DO_PAGE_FAULT_60.at(499, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(___DO_PAGE_FAULT_60.at(499, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(___DO_PAGE_FAULT_60.at(511, "if (fault_signal_pending(fault, regs))"))
                .completed(___DO_PAGE_FAULT_60.at(515, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(___DO_PAGE_FAULT_60.at(523, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(___DO_PAGE_FAULT_60.at(527, "mmap_read_unlock(current->mm);"))
                .errorUpRead(___DO_PAGE_FAULT_60.at(527, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_60.at(82, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_60.at(191, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_60.at(172, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(___DO_PAGE_FAULT_60.at(439, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    /** v6.3.8: the v6.0 declaration; its lines in the 6.3.8 tree (the retry loop did not change). */
    @Override protected RetryChoices v63() {
        return v60().withLines("v6.3.8 arch/powerpc/mm/fault.c:463-551");
    }

    @Override protected Cites cites63() {
        return new Cites()
                .trylock(___DO_PAGE_FAULT_63.at(492, "if (unlikely(!mmap_read_trylock(mm))) {"))
                .lock(___DO_PAGE_FAULT_63.at(497, "mmap_read_lock(mm);"))
                .vmStart(___DO_PAGE_FAULT_63.at(511, "if (unlikely(vma->vm_start > address)) {"))
                .growsDown(___DO_PAGE_FAULT_63.at(512, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN)))"))
                .accessRead(___DO_PAGE_FAULT_63.at(523, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(___DO_PAGE_FAULT_63.at(523, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(___DO_PAGE_FAULT_63.at(523, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(___DO_PAGE_FAULT_63.at(535, "if (fault_signal_pending(fault, regs))"))
                .completed(___DO_PAGE_FAULT_63.at(539, "if (fault & VM_FAULT_COMPLETED)"))
                .retryFlags(___DO_PAGE_FAULT_63.at(547, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(___DO_PAGE_FAULT_63.at(551, "mmap_read_unlock(current->mm);"))
                .errorUpRead(___DO_PAGE_FAULT_63.at(551, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(__BAD_AREA_63.at(82, "mmap_read_unlock(mm);"))
                .bug(MM_FAULT_ERROR_63.at(191, "BUG();"))
                .errorSignal(MM_FAULT_ERROR_63.at(172, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(___DO_PAGE_FAULT_63.at(463, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"));
    }

    // ---- The per-VMA lock attempt (helper 17d; Arch.lockVmaStep, RELEASES-CONTRACT.md) ----

    /** The per-VMA lock attempt (spec/releases.md §8.1): from v6.4 on. */
    @Override protected RetryChoices.VmaLock vmaLock(Variant v) {
        return v.atLeast(Variant.V6_8) ? RetryChoices.VmaLock.V68 : v.atLeast(Variant.V6_4) ? RetryChoices.VmaLock.V64 : RetryChoices.VmaLock.NONE;
    }

    /** The per-VMA lock attempt in the 6.4.6 tree (arch/powerpc/mm/fault.c ___do_page_fault). */
    @Override protected VmaLockCites vmaLockCites64() {
        return new VmaLockCites()
                .user(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(473, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(476, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(486, "if (unlikely(access_error(is_write, is_exec, vma))) {"))
                .accessEndRead(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(487, "vma_end_read(vma);"))
                .hmf(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(491, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(492, "vma_end_read(vma);"))
                .retryTest(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(494, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v64("arch/powerpc/mm/fault.c", "___do_page_fault").at(500, "if (fault_signal_pending(fault, regs))"));
    }

    /** The per-VMA lock attempt in the 6.5.0 tree (arch/powerpc/mm/fault.c ___do_page_fault). */
    @Override protected VmaLockCites vmaLockCites65() {
        return new VmaLockCites()
                .user(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(473, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(476, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(486, "if (unlikely(access_error(is_write, is_exec, vma))) {"))
                .accessEndRead(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(487, "vma_end_read(vma);"))
                .hmf(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(491, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endRead(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(492, "vma_end_read(vma);"))
                .retryTest(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(494, "if (!(fault & VM_FAULT_RETRY)) {"))
                .signal(Src.v65("arch/powerpc/mm/fault.c", "___do_page_fault").at(500, "if (fault_signal_pending(fault, regs))"));
    }

    /** The per-VMA lock attempt in the 6.8.0 tree (arch/powerpc/mm/fault.c ___do_page_fault). */
    @Override protected VmaLockCites vmaLockCites68() {
        return new VmaLockCites()
                .user(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(473, "if (!(flags & FAULT_FLAG_USER))"))
                .rcu(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(476, "vma = lock_vma_under_rcu(mm, address);"))
                .access(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(486, "if (unlikely(access_error(is_write, is_exec, vma))) {"))
                .accessEndRead(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(487, "vma_end_read(vma);"))
                .hmf(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(491, "fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);"))
                .endReadTest(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(492, "if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))"))
                .endRead(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(493, "vma_end_read(vma);"))
                .retryTest(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(495, "if (!(fault & VM_FAULT_RETRY)) {"))
                .major(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(500, "if (fault & VM_FAULT_MAJOR)"))
                .tried(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(501, "flags |= FAULT_FLAG_TRIED;"))
                .signal(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(503, "if (fault_signal_pending(fault, regs))"));
    }

    // ---- v6.8.0 (helper 17d): the 6.5.0 declaration (no retry-loop change in 6.8.0 but the per-VMA lock, vmaLock()) re-cited ----
    @Override protected RetryChoices v68() { return v65().withLines("v6.8.0 arch/powerpc/mm/fault.c:459-554"); }

    @Override protected Cites cites68() {
        return new Cites()
                .lockMmAndFindVma(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(518, "vma = lock_mm_and_find_vma(mm, address, regs);"))
                .accessRead(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(526, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessWrite(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(526, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .accessExec(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(526, "if (unlikely(access_error(is_write, is_exec, vma)))"))
                .signalCheck(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(538, "if (fault_signal_pending(fault, regs))"))
                .retryFlags(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(550, "flags |= FAULT_FLAG_TRIED;"))
                .upRead(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(554, "mmap_read_unlock(current->mm);"))
                .errorUpRead(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(554, "mmap_read_unlock(current->mm);"))
                .badAreaUpRead(Src.v68("arch/powerpc/mm/fault.c", "__bad_area").at(82, "mmap_read_unlock(mm);"))
                .bug(Src.v68("arch/powerpc/mm/fault.c", "mm_fault_error").at(186, "BUG();"))
                .errorSignal(Src.v68("arch/powerpc/mm/fault.c", "mm_fault_error").at(167, "if (fatal_signal_pending(current) && !user_mode(regs))"))
                .perf(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(459, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS, 1, regs, address);"))
                .completed(Src.v68("arch/powerpc/mm/fault.c", "___do_page_fault").at(542, "if (fault & VM_FAULT_COMPLETED)"));
    }}
