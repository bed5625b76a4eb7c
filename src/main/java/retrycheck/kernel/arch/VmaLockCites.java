package retrycheck.kernel.arch;

import retrycheck.runtime.Src;

/**
 * The C lines of one arch's per-VMA lock attempt (the {@code #ifdef CONFIG_PER_VMA_LOCK} block before
 * {@code lock_mmap:}) in one tree, as {@link Arch#lockVmaStep} uses them: each a literal
 * {@code Src.v64/v65/v68(file, fn).at(line, "C text")} written in the arch's {@code vmaLockCitesNN()}, so that
 * cite-check verifies every one.
 *
 * <p>Kept apart from {@link Cites} on purpose (issue 17, RELEASES-CONTRACT.md): the rest of the handler's 6.4/6.5
 * lines are another helper's {@code cites64()/cites65()}; an arch with the per-VMA lock declares this block in its
 * own methods {@code vmaLock(Variant)} and {@code vmaLockCites(Variant)}, which compose with any {@code vNN()} and
 * {@code citesNN()} without editing them. A line the arch's C does not have stays null (6.4/6.5: no {@code major}
 * and {@code tried}; 6.8: {@code endReadTest}).
 */
public final class VmaLockCites {
    /** {@code if (!(flags & FAULT_FLAG_USER)) goto lock_mmap;}: user faults only. */
    public Src user;
    /** {@code vma = lock_vma_under_rcu(mm, address);}. */
    public Src rcu;
    /** The access check on the locked vma ({@code access_error()} or the vm_flags test). */
    public Src access;
    /** The access check's {@code vma_end_read(vma);} before {@code goto lock_mmap;}. */
    public Src accessEndRead;
    /** {@code fault = handle_mm_fault(vma, address, flags | FAULT_FLAG_VMA_LOCK, regs);}. */
    public Src hmf;
    /** 6.8: {@code if (!(fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))} before the vma_end_read. */
    public Src endReadTest;
    /** {@code vma_end_read(vma);} after handle_mm_fault() (6.4/6.5: always; 6.8: under endReadTest). */
    public Src endRead;
    /** {@code if (!(fault & VM_FAULT_RETRY)) {} ... {@code goto done;}. */
    public Src retryTest;
    /** 6.8: {@code if (fault & VM_FAULT_MAJOR)} and its {@code flags |= FAULT_FLAG_TRIED;}. */
    public Src major, tried;
    /** {@code if (fault_signal_pending(fault, regs)) {}: the quick path to respond to signals. */
    public Src signal;
    /** s390 6.5: {@code if (likely(!(fault & VM_FAULT_ERROR))) fault = 0;} before {@code goto out;} (6.4.6 has none). */
    public Src errorTest;

    public VmaLockCites user(Src s) { user = s; return this; }
    public VmaLockCites rcu(Src s) { rcu = s; return this; }
    public VmaLockCites access(Src s) { access = s; return this; }
    public VmaLockCites accessEndRead(Src s) { accessEndRead = s; return this; }
    public VmaLockCites hmf(Src s) { hmf = s; return this; }
    public VmaLockCites endReadTest(Src s) { endReadTest = s; return this; }
    public VmaLockCites endRead(Src s) { endRead = s; return this; }
    public VmaLockCites retryTest(Src s) { retryTest = s; return this; }
    public VmaLockCites major(Src s) { major = s; return this; }
    public VmaLockCites tried(Src s) { tried = s; return this; }
    public VmaLockCites signal(Src s) { signal = s; return this; }
    public VmaLockCites errorTest(Src s) { errorTest = s; return this; }
}
