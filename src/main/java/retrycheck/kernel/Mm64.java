package retrycheck.kernel;

import retrycheck.runtime.Src;

/**
 * v6.4.6 include/linux/mm.h: the functions new since the class it extends (Mm): the per-VMA lock of
 * CONFIG_PER_VMA_LOCK (spec/releases.md §8): {@code vma_start_read()} (a trylock that fails against a writer: it
 * never waits), {@code vma_end_read()}, {@code vma_start_write()} (the mmap_lock writer marks the vma: its
 * {@code vm_lock_seq} becomes the mm's {@code mm_lock_seq}, so readers fail until the writer's
 * {@code mmap_write_unlock()} bumps {@code mm_lock_seq} in {@code vma_end_write_all()}, include/linux/mmap_lock.h).
 * The 6.5.0 and 6.8.0 C of these functions differ only in memory ordering (READ_ONCE / smp_load_acquire /
 * smp_store_release), which the model's sequentially consistent runtime has anyway: they keep citing 6.4.6.
 */
public class Mm64 extends Mm {
    protected static final Src VMA_START_READ = Src.v64("include/linux/mm.h", "vma_start_read");
    protected static final Src VMA_END_READ = Src.v64("include/linux/mm.h", "vma_end_read");
    protected static final Src IS_VMA_WRITE_LOCKED = Src.v64("include/linux/mm.h", "__is_vma_write_locked");
    protected static final Src VMA_START_WRITE = Src.v64("include/linux/mm.h", "vma_start_write");
    protected static final Src VMA_END_WRITE_ALL = Src.v64("include/linux/mmap_lock.h", "vma_end_write_all");

    public Mm64(Kernel k) { super(k); }

    /** include/linux/mm.h:642 vma_start_read(): true with {@code vma->vm_lock->lock} read-held, false (not held) otherwise. */
    public boolean vmaStartRead(Vma vma) {
        // Check before locking. A race might cause false locked result.
        if (vma.vmLockSeq.get("vma->vm_lock_seq", VMA_START_READ.at(645, "if (vma->vm_lock_seq == READ_ONCE(vma->vm_mm->mm_lock_seq))"))
                == k.mm.mmLockSeq.get("READ_ONCE(mm->mm_lock_seq)", VMA_START_READ.at(645, "if (vma->vm_lock_seq == READ_ONCE(vma->vm_mm->mm_lock_seq))")))
            return ret(VMA_START_READ.at(646, "return false;"), false);
        if (!vma.vmLock.downReadTrylock(VMA_START_READ.at(648, "if (unlikely(down_read_trylock(&vma->vm_lock->lock) == 0))")))
            return ret(VMA_START_READ.at(649, "return false;"), false);
        if (vma.vmLockSeq.get("vma->vm_lock_seq", VMA_START_READ.at(657, "if (unlikely(vma->vm_lock_seq == READ_ONCE(vma->vm_mm->mm_lock_seq))) {"))
                == k.mm.mmLockSeq.get("READ_ONCE(mm->mm_lock_seq)", VMA_START_READ.at(657, "if (unlikely(vma->vm_lock_seq == READ_ONCE(vma->vm_mm->mm_lock_seq))) {"))) {
            vma.vmLock.upRead(VMA_START_READ.at(658, "up_read(&vma->vm_lock->lock);")); // up_read(&vma->vm_lock->lock);
            return ret(VMA_START_READ.at(659, "return false;"), false);  // return false;
        }
        return ret(VMA_START_READ.at(661, "return true;"), true);       // return true;
    }

    /** include/linux/mm.h:664 vma_end_read(): {@code up_read(&vma->vm_lock->lock);} (inside rcu_read_lock()). */
    public void vmaEndRead(Vma vma) {
        vma.vmLock.upRead(VMA_END_READ.at(667, "up_read(&vma->vm_lock->lock);")); // up_read(&vma->vm_lock->lock);
    }

    /**
     * include/linux/mm.h:683 vma_start_write() (mmap_lock write-held): unless already marked in this write-locked
     * period, waits for the vma's readers ({@code down_write}) and marks it {@code vm_lock_seq = mm_lock_seq}.
     */
    public void vmaStartWrite(Vma vma) {
        // __is_vma_write_locked(): *mm_lock_seq = READ_ONCE(vma->vm_mm->mm_lock_seq); return (vma->vm_lock_seq == *mm_lock_seq);
        int mmLockSeq = k.mm.mmLockSeq.get("READ_ONCE(mm->mm_lock_seq)", IS_VMA_WRITE_LOCKED.at(679, "*mm_lock_seq = READ_ONCE(vma->vm_mm->mm_lock_seq);"));
        if (vma.vmLockSeq.get("vma->vm_lock_seq", IS_VMA_WRITE_LOCKED.at(680, "return (vma->vm_lock_seq == *mm_lock_seq);")) == mmLockSeq)
            return;                                                   // if (__is_vma_write_locked(vma, &mm_lock_seq)) return;
        vma.vmLock.downWrite(VMA_START_WRITE.at(690, "down_write(&vma->vm_lock->lock);")); // down_write(&vma->vm_lock->lock);
        vma.vmLockSeq.set("vma->vm_lock_seq=", mmLockSeq, VMA_START_WRITE.at(691, "vma->vm_lock_seq = mm_lock_seq;")); // vma->vm_lock_seq = mm_lock_seq;
        vma.vmLock.upWrite(VMA_START_WRITE.at(692, "up_write(&vma->vm_lock->lock);")); // up_write(&vma->vm_lock->lock);
    }

    /**
     * include/linux/mmap_lock.h:76 vma_end_write_all(), called by mmap_write_unlock() and mmap_write_downgrade()
     * before the up_write: every vma write-locked in this period is unlocked at once.
     */
    public void vmaEndWriteAll() {
        int seq = k.mm.mmLockSeq.valueNow();                          // (mmap_lock write-held: nobody else writes it)
        k.mm.mmLockSeq.set("WRITE_ONCE(mm->mm_lock_seq)", seq + 1, VMA_END_WRITE_ALL.at(80, "WRITE_ONCE(mm->mm_lock_seq, mm->mm_lock_seq + 1);"));
    }

    /** A bool RETURN event at {@code at}. */
    protected boolean ret(Src at, boolean value) {
        k.ret(at, ValueKind.BOOL, value ? 1 : 0);
        return value;
    }
}
