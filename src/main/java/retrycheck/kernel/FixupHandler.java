package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * The "fixup_user_fault" handler: a caller such as KVM's hva_to_pfn_remapped() (virt/kvm/kvm_main.c) that
 * holds mmap_sem and asks fixup_user_fault() to resolve a fault, passing &unlocked.
 */
public final class FixupHandler implements FaultHandler {
    private static final Src CALLER = Src.fn("virt/kvm/kvm_main.c", "hva_to_pfn_remapped");

    @Override public String name() { return "fixup_user_fault"; }
    @Override public String file() { return "mm/gup.c"; }

    @Override public FaultOutcome handle(Kernel k) {
        boolean[] unlocked = {false};                                 // bool unlocked = false;
        k.mm.mmapSem.downRead(CALLER.at(1800));                       // (caller holds) down_read(&current->mm->mmap_sem);
        int ret = k.gup.fixupUserFault(FaultFlags.WRITE, unlocked);   // r = fixup_user_fault(current, current->mm, addr, FAULT_FLAG_WRITE, &unlocked);
        k.mm.mmapSem.upRead(CALLER.at(1820));                         // up_read(&current->mm->mmap_sem);
        return FaultOutcome.done("fixup_user_fault=" + ret, 0);
    }
}
