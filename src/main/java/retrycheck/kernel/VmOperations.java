package retrycheck.kernel;

/** include/linux/mm.h struct vm_operations_struct: the ->fault of a file-backed vma (vma->vm_ops->fault(vmf)). */
@FunctionalInterface
public interface VmOperations {
    /** vm_ops->fault(vmf): a vm_fault_t. */
    int fault(Vmf vmf);

    /**
     * {@code vm_ops->map_pages != NULL} (fault-around; v6.8's vmf_can_call_fault() keys the per-VMA lock off it):
     * generic_file_vm_ops has filemap_map_pages, ttm_bo_vm_ops none. The model does not run fault-around itself.
     */
    default boolean hasMapPages() { return false; }
}
