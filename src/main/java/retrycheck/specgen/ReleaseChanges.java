package retrycheck.specgen;

import retrycheck.kernel.Variant;

import java.util.List;
import java.util.Map;

/**
 * The kernel changes of each modelled release that touch the retry protocol, as spec/releases.md (and, for v5.7, the
 * patch's -mm series in shared/seed-patch.txt) names them: commit subject, files, where the fact comes from, and what
 * the change moves in the model — the {@link retrycheck.kernel.arch.RetryChoices} components an arch declares anew for
 * it, or the core C files whose release class changes. spec/history.md ({@link HistoryDoc}) names, for each verdict
 * flip, the changes of the release whose model keys match the flip's model delta.
 */
public final class ReleaseChanges {
    private ReleaseChanges() {}

    /**
     * One change. {@code keys}: "choice:NAME" (a RetryChoices component or "path"), "core:FILE" (a core C file, e.g.
     * "core:mm/memory.c"), "arch:NAME" (the arch joins or leaves the tree). {@code source}: where the subject was read
     * ("[unverified]" where spec/releases.md marks it so).
     */
    public record Change(String subject, String files, String source, List<String> keys) {}

    static Change c(String subject, String files, String source, String... keys) {
        return new Change(subject, files, source, List.of(keys));
    }

    private static final String CHOICES = "choice:gate choice:setsTried choice:clearsAllowRetry choice:clearsRetryNowait "
            + "choice:signalCheck choice:kernelExit choice:relock choice:accounting choice:path";

    /** Per release, the changes since the previous modelled release (spec/releases.md §3-§8). */
    public static final Map<Variant, List<Change>> BY_RELEASE = Map.of(
            Variant.V5_7, List.of(
                    c("mm: allow VM_FAULT_RETRY for multiple times (Peter Xu; 4064b9827063)",
                            "arch/*/mm/fault.c, include/linux/mm.h (fault_flag_allow_retry_first), mm/filemap.c, mm/internal.h, drivers/gpu/drm/ttm/ttm_bo_vm.c",
                            "[mail: shared/seed-patch.txt]",
                            (CHOICES + " core:mm/filemap.c core:mm/internal.h core:drivers/gpu/drm/ttm/ttm_bo_vm.c").split(" ")),
                    c("mm: introduce fault_signal_pending(); <arch>/mm: use helper fault_signal_pending(); mm: return faster for non-fatal signals in user mode faults",
                            "include/linux/sched/signal.h, arch/*/mm/fault.c", "[mail: the -mm series list of shared/seed-patch.txt]",
                            "choice:signalCheck", "choice:kernelExit"),
                    c("mm: introduce FAULT_FLAG_DEFAULT; mm: introduce FAULT_FLAG_INTERRUPTIBLE", "include/linux/mm.h, arch/*/mm/fault.c",
                            "[mail: the -mm series list]", "choice:path", "core:include/linux/mm.h"),
                    c("mm/gup: allow VM_FAULT_RETRY for multiple times; mm/gup: allow to react to fatal signals", "mm/gup.c",
                            "[mail: the -mm series list]", "core:mm/gup.c"),
                    c("userfaultfd: don't retake mmap_sem to emulate NOPAGE; mm/userfaultfd: honor FAULT_FLAG_KILLABLE in fault path",
                            "fs/userfaultfd.c", "[mail: the -mm series list]", "core:fs/userfaultfd.c")),
            Variant.V5_9, List.of(
                    c("mm: Introduce mm_account_fault() for task/perf accounting; mm/<arch>: Use general page fault accounting (Peter Xu)",
                            "mm/memory.c (handle_mm_fault's regs, mm_account_fault), arch/*/mm/fault.c",
                            "spec/releases.md §3.1 [unverified: subjects]", "choice:accounting", "core:mm/memory.c"),
                    c("userfaultfd: simplify fault handling (Linus Torvalds; f9bf352224d7)", "fs/userfaultfd.c",
                            "spec/releases.md §3.2 [web]", "core:fs/userfaultfd.c"),
                    c("mmap locking API (Michel Lespinasse, v5.8): mmap_read_lock() and friends", "include/linux/mmap_lock.h, every user of mmap_sem",
                            "spec/releases.md §3.1 [unverified: release]"),
                    c("unicore32 removed", "arch/unicore32", "spec/releases.md §1 [code]", "arch:unicore32")),
            Variant.V5_12, List.of(
                    c("<arch>: fix livelock in uaccess (mips, xtensa): a signalled kernel-mode fault goes to the exception fixup",
                            "arch/mips/mm/fault.c, arch/xtensa/mm/fault.c", "spec/releases.md §4.1 [unverified: subjects and release]",
                            "choice:kernelExit"),
                    c("csky: Sync riscv mm/fault.c for easy maintenance (csky gains the retry protocol)", "arch/csky/mm/fault.c",
                            "spec/releases.md §4.2 [unverified: subject and release]", "arch:csky"),
                    c("riscv: fault handling restructured (RETRY tested before ERROR, errors after the unlock, FAULT_FLAG_INSTRUCTION)",
                            "arch/riscv/mm/fault.c", "spec/releases.md §4.3 [unverified: subject]", "choice:path", "choice:gate")),
            Variant.V6_0, List.of(
                    c("mm: Avoid unnecessary page fault retires on shared memory types (Peter Xu): VM_FAULT_COMPLETED",
                            "include/linux/mm_types.h, mm/memory.c (fault_dirty_shared_page), mm/gup.c, arch/*/mm/fault.c",
                            "spec/releases.md §5.1 [web]; that one patch also changed every arch and GUP [unverified]",
                            "choice:completed", "core:mm/memory.c", "core:mm/gup.c"),
                    c("the arches' FAULT_FLAG_ALLOW_RETRY test removed from the retry gate (Peter Xu, 2022)", "arch/*/mm/fault.c",
                            "spec/releases.md §5.2 [unverified: subject and release]", "choice:gate"),
                    c("mm/filemap: the folio conversion of __lock_page_or_retry (__folio_lock_or_retry) and lock_page_maybe_drop_mmap",
                            "mm/filemap.c", "spec/releases.md §10.2 [unverified: subjects]", "core:mm/filemap.c"),
                    c("nds32 removed; loongarch added", "arch/nds32, arch/loongarch", "spec/releases.md §1 [code; releases unverified]",
                            "arch:nds32", "arch:loongarch")),
            Variant.V6_3, List.of(
                    c("<arch>: fix livelock in uaccess (Al Viro; alpha, hexagon, ia64, m68k, microblaze, nios2, openrisc, parisc, riscv, sparc32, sparc64)",
                            "arch/*/mm/fault.c", "spec/releases.md §6.1 [unverified: subjects recalled]", "choice:kernelExit"),
                    c("mm/gup: Add FOLL_INTERRUPTIBLE; the FOLL_UNLOCKABLE rework (Peter Xu, Jason Gunthorpe)", "mm/gup.c",
                            "spec/releases.md §6.3 [unverified]", "core:mm/gup.c")),
            Variant.V6_4, List.of(
                    c("mm: introduce new 'lock_mm_and_find_vma()' page fault helper; <arch>/mm: convert to using lock_mm_and_find_vma() (Linus Torvalds)",
                            "mm/memory.c, mm/mmap.c (expand_stack), arch/*/mm/fault.c",
                            "spec/releases.md §7.1 [unverified: subjects recalled; 6.4.y stable backport]",
                            "choice:relock", "choice:path", "core:mm/memory.c", "core:mm/mmap.c"),
                    c("Per-VMA locks (Suren Baghdasaryan): mm: introduce lock_vma_under_rcu to be used from arch-specific code; <arch>/mm: try VMA lock-based page fault handling first",
                            "mm/memory.c, include/linux/mm.h, arch/{x86,arm64,powerpc,s390}/mm/fault.c",
                            "spec/releases.md §8.1 [web for the first; unverified for the arch subjects]",
                            "choice:vmaLock", "core:mm/memory.c")),
            Variant.V6_5, List.of(
                    c("riscv/mm: try VMA lock-based page fault handling first; lock_vma_under_rcu admits TCP zerocopy VMAs",
                            "arch/riscv/mm/fault.c, mm/memory.c", "spec/releases.md §8.1, §8.4 [unverified: subjects]",
                            "choice:vmaLock", "core:mm/memory.c")),
            Variant.V6_8, List.of(
                    c("mm: drop per-VMA lock when returning VM_FAULT_RETRY or VM_FAULT_COMPLETED (Suren Baghdasaryan)",
                            "arch/*/mm/fault.c, mm/memory.c, mm/filemap.c", "spec/releases.md §8.3 [unverified: release 6.6]",
                            "choice:vmaLock", "core:mm/memory.c", "core:mm/filemap.c", "core:include/linux/mm.h"),
                    c("arch/mm/fault: fix major fault accounting when retrying under per-VMA lock", "arch/*/mm/fault.c",
                            "spec/releases.md §8.3 [unverified]", "choice:vmaLock"),
                    c("mm: allow per-VMA locks on file-backed VMAs (Matthew Wilcox); mm: handle shared faults under the VMA lock",
                            "mm/memory.c", "spec/releases.md §8.4 [web]", "core:mm/memory.c"),
                    c("mm: handle swap page faults under per-VMA lock; mm: handle userfaults under VMA lock; mm: change folio_lock_or_retry to use vm_fault directly (Suren Baghdasaryan)",
                            "mm/memory.c, fs/userfaultfd.c, mm/filemap.c, mm/internal.h", "spec/releases.md §8.4 [unverified: releases 6.6/6.7]",
                            "core:mm/memory.c", "core:fs/userfaultfd.c", "core:mm/filemap.c", "core:mm/internal.h"),
                    c("s390: the fault handler rewritten (do_exception)", "arch/s390/mm/fault.c", "spec/releases.md §10.3 [code S6.8.0]",
                            "choice:path"),
                    c("ia64 removed", "arch/ia64", "spec/releases.md §1 [unverified: v6.7]", "arch:ia64")));

    /** The changes of {@code v} (none for v5.6, the first modelled release). */
    public static List<Change> of(Variant v) { return BY_RELEASE.getOrDefault(v, List.of()); }
}
