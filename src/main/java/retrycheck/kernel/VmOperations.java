package retrycheck.kernel;

/** include/linux/mm.h struct vm_operations_struct: the ->fault of a file-backed vma (vma->vm_ops->fault(vmf)). */
@FunctionalInterface
public interface VmOperations {
    /** vm_ops->fault(vmf): a vm_fault_t. */
    int fault(Vmf vmf);
}
