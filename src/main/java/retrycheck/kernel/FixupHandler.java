package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * The "fixup_user_fault" handler: a caller such as KVM's hva_to_pfn_remapped() (virt/kvm/kvm_main.c) that
 * holds mmap_sem and asks fixup_user_fault() to resolve a write fault, passing &unlocked.
 */
public final class FixupHandler implements FaultHandler {
    private static final Src HVA_TO_PFN = Src.v57("virt/kvm/kvm_main.c", "hva_to_pfn");

    @Override public String name() { return "fixup_user_fault"; }
    @Override public String file() { return "mm/gup.c"; }

    @Override public FaultOutcome handle(Kernel k) {
        boolean[] unlocked = {false};                                 // bool unlocked = false;
        k.mm.mmapSem.downRead(HVA_TO_PFN.at(1906, "down_read(&current->mm->mmap_sem);")); // down_read(&current->mm->mmap_sem);
        int ret = k.gup().fixupUserFault(k.mm, k.access.address(), FaultFlags.WRITE, unlocked); // hva_to_pfn_remapped(): r = fixup_user_fault(current, current->mm, addr, (write_fault ? FAULT_FLAG_WRITE : 0), &unlocked);
        k.mm.mmapSem.upRead(HVA_TO_PFN.at(1930, "up_read(&current->mm->mmap_sem);")); // up_read(&current->mm->mmap_sem);
        return FaultOutcome.done("fixup_user_fault=" + ret, 0);
    }

    /** GUP runs in every release whose core the model holds. */
    @Override public boolean declares(Variant v) { return KernelReleases.declared(v); }
}
