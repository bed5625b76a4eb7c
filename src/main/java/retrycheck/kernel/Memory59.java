package retrycheck.kernel;

import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

/**
 * v5.9.1 mm/memory.c: the functions whose C changed since the class it extends (Memory): handle_mm_fault() takes regs and ends with mm_account_fault() (the arches' own accounting goes); spec/releases.md §3.1.
 * A function not overridden here has the same C as in the release of Memory (as far as the protocol goes) and keeps
 * citing that release's tree (spec/releases.md "v5.9 core: inherited functions checked"). v5.12.9 has the same C for
 * both functions (mm/memory.c:4471 mm_account_fault, :4523 handle_mm_fault) and inherits them.
 */
public class Memory59 extends Memory {
    protected static final Src HANDLE_MM_FAULT_59 = Src.v59("mm/memory.c", "handle_mm_fault");
    protected static final Src MM_ACCOUNT_FAULT_59 = Src.v59("mm/memory.c", "mm_account_fault");

    public Memory59(Kernel k) { super(k); }

    /**
     * A caller without regs: {@code handle_mm_fault(vma, address, flags, NULL)} (GUP's faultin_page() and
     * fixup_user_fault(), um).
     */
    @Override public int handleMmFault(Vma vma, long address, int flags) {
        return handleMmFault(vma, address, flags, null);
    }

    /**
     * mm/memory.c:4572 handle_mm_fault(vma, address, flags, regs): the v5.7 body, then mm_account_fault(). {@code regs}
     * is the arch's pt_regs (the faulting access), null for GUP and um.
     */
    @Override public int handleMmFault(Vma vma, long address, int flags, FaultAccess regs) {
        k.rt.note(Event.Note.ATTEMPT_BEGIN, HANDLE_MM_FAULT_59.at(4572, "vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,"), k.path.id, flags, 0);
        // __set_current_state(TASK_RUNNING); count_vm_event(PGFAULT); arch_vma_access_permitted(): true
        int ret = __handleMmFault(vma, address, flags);               // ret = __handle_mm_fault(vma, address, flags);
        mmAccountFault(regs, address, flags, ret);                    // mm_account_fault(regs, address, flags, ret);
        k.rt.note(Event.Note.ATTEMPT_END, HANDLE_MM_FAULT_59.at(4616, "return ret;"), VmFault.names(ret), flags, ret);
        k.ret(HANDLE_MM_FAULT_59.at(4616, "return ret;"), ValueKind.VM_FAULT, ret);
        return ret;                                                   // return ret;
    }

    /**
     * mm/memory.c:4520 mm_account_fault(): nothing for an error or a RETRY (counted once completed); a completed
     * TRIED attempt is a major fault; no perf event without regs (GUP).
     */
    public void mmAccountFault(FaultAccess regs, long address, int flags, int ret) {
        boolean major;                                                // bool major;
        if ((ret & (VmFault.ERROR | VmFault.RETRY)) != 0)             // if (ret & (VM_FAULT_ERROR | VM_FAULT_RETRY))
            return;                                                   //   return;
        major = (ret & VmFault.MAJOR) != 0 || (flags & FaultFlags.TRIED) != 0; // major = (ret & VM_FAULT_MAJOR) || (flags & FAULT_FLAG_TRIED);
        if (major)                                                    // if (major)
            k.task.accountMajFlt(MM_ACCOUNT_FAULT_59.at(4548, "current->maj_flt++;")); //   current->maj_flt++;
        else                                                          // else
            k.task.accountMinFlt(MM_ACCOUNT_FAULT_59.at(4550, "current->min_flt++;")); //   current->min_flt++;
        if (regs == null)                                             // if (!regs)
            return;                                                   //   return;
        if (major)                                                    // if (major)
            k.perfSwEvent(MM_ACCOUNT_FAULT_59.at(4561, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MAJ, 1, regs, address);"), "PAGE_FAULTS_MAJ");
        else                                                          // else
            k.perfSwEvent(MM_ACCOUNT_FAULT_59.at(4563, "perf_sw_event(PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);"), "PAGE_FAULTS_MIN");
    }
}
