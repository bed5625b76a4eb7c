package retrycheck.specgen;

/** What each property's failures over the space are, with the C that explains them (spec/space-verdicts.md). */
final class Explanations {
    private Explanations() {}

    static String of(String property) {
        return switch (property) {
            case "FLAGS" -> "v5.6 only: every arch that cleared ALLOW_RETRY and set TRIED on its one retry, and v5.6 GUP and "
                    + "fixup_user_fault, pass `!ALLOW_RETRY && TRIED` to handle_mm_fault() on any scenario whose first attempt "
                    + "answers VM_FAULT_RETRY (a page under read, a stalled read, a swap-in, a userfault, a TTM move, "
                    + "fault_dirty_shared_page()); alpha, parisc and unicore32 did not set TRIED ([requirements.md, FLAGS]"
                    + "(requirements.md#flags--the-forbidden-combination)). Never on a page hit or beyond EOF (no retry).";
            case "SIGNAL" -> "v5.6 fixup_user_fault() re-took mmap_sem and retried without checking signals (mm/gup.c, v5.6.4; "
                    + "[requirements.md, SIGNAL](requirements.md#signal--a-pending-signal-can-always-stop-the-loop)).";
            case "LOCK" -> "sh v5.7 releases mmap_sem twice on VM_FAULT_SIGBUS: mm_fault_error() up_reads (arch/sh/mm/fault.c:311-313) "
                    + "and do_sigbus() up_reads again (:288): every scenario whose fault ends in SIGBUS (read-fails, beyond-eof) "
                    + "([arch-findings.md](arch-findings.md)).";
            case "DEADLOCK" -> "(1) v5.6 GUP and fixup_user_fault wait for a page lock without FAULT_FLAG_KILLABLE (added in v5.7 by "
                    + "\"mm/gup: allow to react to fatal signals\"), so SIGKILL cannot end a wait on a page that stays locked "
                    + "(provider=never, the page locker) ([requirements.md, DEADLOCK](requirements.md#deadlock)). (2) nios2 (both "
                    + "versions) assigns `flags = FAULT_FLAG_WRITE` on a write fault, dropping ALLOW_RETRY and KILLABLE, so a stalled "
                    + "write sleeps unkillably ([arch-findings.md](arch-findings.md)). (3) **New with the space, every handler, both "
                    + "versions: `page=read-fails` with the page locker.** filemap_fault()'s page_not_uptodate re-reads the page and "
                    + "waits for that read with `wait_on_page_locked(page);` (mm/filemap.c:2558 v5.7.14, :2551 v5.6.4), an "
                    + "uninterruptible wait: when another task takes the page lock after the re-read completes and keeps it (the "
                    + "locker stalls holding it), the fault sleeps in TASK_UNINTERRUPTIBLE and SIGKILL cannot end it. (4) "
                    + "`uffd_missing_never_kernel_nonfatal*` (a monitor that never answers, only SIGUSR1, kernel mode): the v5.6 "
                    + "userfault wait of a kernel-mode fault is TASK_KILLABLE (`return_to_userland = (vmf->flags & (FAULT_FLAG_USER|"
                    + "FAULT_FLAG_KILLABLE)) == ...; blocking_state = return_to_userland ? TASK_INTERRUPTIBLE : TASK_KILLABLE;`, "
                    + "fs/userfaultfd.c:465-469, v5.6.4), and GUP's and fixup_user_fault's faults carry no FAULT_FLAG_INTERRUPTIBLE "
                    + "in either version (mm/gup.c:877, :1226, v5.7.14): SIGUSR1 does not end the wait and the monitor never answers, "
                    + "so the fault waits forever, as the kernel does for an unanswered userfault: a DEADLOCK by construction of the "
                    + "scenario in those variants. In v5.7 the arches' kernel-mode faults carry FAULT_FLAG_INTERRUPTIBLE, the wait "
                    + "ends at once, and the fault spins instead (RETRY_WAIT's finding, `check --invariant RETRY_WAIT`). The rule "
                    + "`stuck` cannot exclude it: validity does not depend on the version.";
            case "TERMINATION" -> "the ret-only arches (alpha, hexagon, ia64, m68k, microblaze, mips, nios2, openrisc, parisc, riscv, "
                    + "sparc32, sparc64, unicore32, xtensa) in kernel mode with SIGKILL pending while the page stays locked or the "
                    + "userfault unresolved: fault_signal_pending() returns without the exception fixup, the uaccess faults again, "
                    + "forever (e.g. arch/alpha/mm/fault.c:153; [requirements.md, TERMINATION]"
                    + "(requirements.md#termination--no-unkillable-retry-loop)); with the page locker the page stays locked too. "
                    + "**New with the space: um on `ttm_in-move_never_both`**, both versions: um's handler loops inside the kernel "
                    + "`do { ... } while (!pte_present(*pte));` (arch/um/kernel/trap.c:75-111) and checks signals only as "
                    + "`if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current))` (:80); with SIGKILL pending and a fence that "
                    + "never signals, the TRIED attempt's interruptible `dma_fence_wait(bo->moving, true)` fails at once and answers "
                    + "VM_FAULT_NOPAGE, not RETRY (drivers/gpu/drm/ttm/ttm_bo_vm.c:81-84), so um never looks at the signal and "
                    + "retries forever.";
            case "DROP" -> "mmap_sem given up on an attempt that may not drop it ([requirements.md, DROP]"
                    + "(requirements.md#drop--when-the-core-may-give-up-mmap_sem)).";
            case "SLEEP" -> "a sleep under mmap_sem on an attempt that may drop it ([requirements.md, SLEEP]"
                    + "(requirements.md#sleep--no-sleep-under-mmap_sem-where-the-core-may-drop-it)).";
            case "RETRY_WAIT" -> "the patch's claim that every VM_FAULT_RETRY follows a wait: fault_dirty_shared_page() answers RETRY "
                    + "after dropping mmap_sem without waiting (mm/memory.c:2586-2590), and kernel-mode loops spin where a signal "
                    + "cuts every wait short and nothing ends the loop ([requirements.md, RETRY_WAIT](requirements.md#retry_wait--a-retry-only-after-a-wait)).";
            case "COMPLETE" -> "the claim that a fault whose page comes completes ([requirements.md, COMPLETE]"
                    + "(requirements.md#complete--a-fault-whose-page-comes-completes)).";
            default -> "see spec/requirements.md.";
        };
    }
}
