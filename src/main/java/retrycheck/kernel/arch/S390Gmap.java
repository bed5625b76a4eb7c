package retrycheck.kernel.arch;

/**
 * arch/s390/mm/fault.c do_exception() for a KVM guest fault ({@code type == GMAP_FAULT}) whose gmap has
 * {@code pfault_enabled}: the one arch path that passes FAULT_FLAG_RETRY_NOWAIT, so the core must return
 * VM_FAULT_RETRY with mmap_sem still held; the first RETRY ends in VM_FAULT_PFAULT ({@code goto out_up}) and
 * do_fault_error() -> do_no_context(). Only {@link #gmapFault} differs from {@link S390}. A guest fault is taken in
 * the host kernel (SIE), so its meaningful scenarios are the kernel-mode ones.
 */
public class S390Gmap extends S390 {
    @Override public String name() { return "s390-gmap"; }

    @Override protected boolean gmapFault() { return true; }

    @Override public String quirks() {
        return "KVM guest fault with pfault enabled: flags |= FAULT_FLAG_RETRY_NOWAIT; the first VM_FAULT_RETRY (mmap_sem still "
                + "held by the core) goes to out_up with VM_FAULT_PFAULT; do_fault_error() -> do_no_context()";
    }
}
