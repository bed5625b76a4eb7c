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
            case "DEADLOCK" -> "v5.6 GUP and fixup_user_fault wait for a page lock without FAULT_FLAG_KILLABLE (added in v5.7 by "
                    + "\"mm/gup: allow to react to fatal signals\"), so SIGKILL cannot end a wait on a page that stays locked "
                    + "(provider=never, the page locker); nios2 (both versions) assigns `flags = FAULT_FLAG_WRITE` on a write "
                    + "fault, dropping ALLOW_RETRY and KILLABLE, so a stalled write sleeps unkillably "
                    + "([requirements.md, DEADLOCK](requirements.md#deadlock), [arch-findings.md](arch-findings.md)).";
            case "TERMINATION" -> "the ret-only arches (alpha, hexagon, ia64, m68k, microblaze, mips, nios2, openrisc, parisc, riscv, "
                    + "sparc32, sparc64, unicore32, xtensa) in kernel mode with SIGKILL pending while the page stays locked or the "
                    + "userfault unresolved: fault_signal_pending() returns without the exception fixup, the uaccess faults again, "
                    + "forever (e.g. arch/alpha/mm/fault.c:153; [requirements.md, TERMINATION]"
                    + "(requirements.md#termination--no-unkillable-retry-loop)).";
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
