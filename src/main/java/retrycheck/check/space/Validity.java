package retrycheck.check.space;

import java.util.List;
import java.util.Map;

/**
 * Which combinations of dimension values are scenarios: each rule names why a combination is left out, derived
 * from what the model does (spec/space.md lists them). {@link #reason} gives the first rule a point breaks, or null.
 */
public final class Validity {
    private Validity() {}

    /**
     * The page states of each core path the space builds. EXTENSION POINT: a new {@link retrycheck.kernel.CorePath}
     * (another helper's, e.g. uffd-wp-swap) is invalid ("not built by the space yet") until its pages are listed here
     * and {@link Point#scenario} builds its environment.
     */
    static final Map<String, List<String>> PAGES = Map.of(
            "filemap", List.of("hit", "under-read", "read-fails", "beyond-eof"),
            "swap", List.of("hit", "under-read"),
            "ttm", List.of("in-move"),
            "uffd", List.of("missing"));

    /** A rule: its id (as printed in front of the reason) and the reason when it applies, else null. */
    public record Rule(String id, String summary) {}

    public static final List<Rule> RULES = List.of(
            new Rule("not-modelled", "a value the model does not have (the value's own reason)"),
            new Rule("not-built", "a core path of the model that the space does not build yet"),
            new Rule("page-of-core", "the page state does not exist on that core path, or the model does not have it there"),
            new Rule("provider", "a pending page needs a provider (completes or never); a page that is not pending has none"),
            new Rule("same-as", "equivalent to another point of the space (the model cannot tell them apart)"),
            new Rule("exec-kernel", "a kernel uaccess never fetches instructions"),
            new Rule("swap-write", "do_swap_page()'s write path is not modelled"),
            new Rule("stuck", "nothing can ever end the fault's wait: every execution blocks by construction"),
            new Rule("locker", "a page locker needs a page the fault locks, a page that is unlocked some time, and SIGKILL (it stalls holding the lock)"));

    /** How a same-as reason names the point it duplicates. */
    public static final String SAME_AS = "; the same as ";

    /** A reason without the point it names (same-as), for grouping reasons. */
    public static String kind(String reason) {
        int i = reason.indexOf(SAME_AS);
        return i < 0 ? reason : reason.substring(0, i);
    }

    /** Why {@code p} is not a scenario ("rule-id: explanation"), or null when it is one. */
    public static String reason(Point p) {
        for (Dimension d : Dimension.values()) {
            Dimension.Value v = d.value(p.get(d));
            if (v == null) return "not-modelled: " + d.id + "=" + p.get(d) + " is not a value of " + d.id;
            if (!v.modelled()) return "not-modelled: " + d.id + "=" + v.id() + ": " + v.notModelled();
        }
        List<String> pages = PAGES.get(p.core());
        if (pages == null)
            return "not-built: core=" + p.core() + " is a CorePath of the model, but the scenario space does not build it yet "
                    + "(its page states: Validity.PAGES; its environment: Point.scenario)";
        if (!pages.contains(p.page())) return pageReason(p, pages);
        boolean pending = !p.page().equals("hit") && !p.page().equals("beyond-eof");
        if (pending && p.provider().equals("none"))
            return "provider: page=" + p.page() + " is pending: say whether it becomes available (provider=completes) or not (provider=never)";
        if (!pending && !p.provider().equals("none"))
            return "provider: page=" + p.page() + " is not pending: there is no read, fence or userfault to end (provider=none)";
        if (p.page().equals("read-fails") && p.provider().equals("never"))
            return "same-as: the read never ends, so its failure is never seen" + SAME_AS + p.with(Dimension.PAGE, "under-read").id();
        if (p.mapping().equals("shared") && !p.core().equals("filemap"))
            return "page-of-core: mapping=shared needs a file: swap and userfaultfd-missing pages are anonymous private memory (a "
                    + "MAP_SHARED anonymous mapping is shmem, not modelled) and the TTM path does not read VM_SHARED";
        if (p.mapping().equals("shared") && !p.access().equals("write"))
            return "same-as: only a write fault reads VM_SHARED (do_fault(), mm/memory.c:3977 `else if (!(vma->vm_flags & "
                    + "VM_SHARED))`; no arch handler of the model reads it)" + SAME_AS + p.with(Dimension.MAPPING, "private").id();
        if (p.access().equals("exec") && p.mode().equals("kernel"))
            return "exec-kernel: a kernel uaccess (copy_from_user/copy_to_user) reads or writes user memory, it never fetches "
                    + "instructions from it";
        if (p.access().equals("write") && p.core().equals("swap"))
            return "swap-write: not modelled: Memory.doSwapPage() has no write path (mm/memory.c:3231 `if ((vmf->flags & "
                    + "FAULT_FLAG_WRITE) && reuse_swap_page(page, NULL))` and :3277-3278 `ret |= do_wp_page(vmf);`; do_wp_page() "
                    + "is not transliterated)";
        if (p.provider().equals("never") && p.signals().equals("none"))
            return "stuck: provider=never and no signal: nothing can end the fault's wait, every execution blocks forever (DEADLOCK "
                    + "by construction, not a finding)";
        if (p.provider().equals("never") && p.signals().equals("nonfatal") && p.mode().equals("user"))
            return "stuck: provider=never with only SIGUSR1 in user mode: the signal is delivered on the return to user mode (or "
                    + "never interrupts a killable wait), the access runs again and waits again, forever (DEADLOCK by construction)";
        if (p.provider().equals("never") && p.signals().equals("nonfatal") && (p.core().equals("filemap") || p.core().equals("swap")))
            return "stuck: provider=never with only SIGUSR1 on the " + p.core() + " path: its page waits are killable "
                    + "(wait_on_page_locked_killable, __lock_page_killable, mm/filemap.c), a non-fatal signal does not end them: the "
                    + "fault waits forever (DEADLOCK by construction)";
        if (p.thread().equals("page-locker")) {
            if (!p.signals().equals("fatal") && !p.signals().equals("both"))
                return "locker: the page locker ends holding the page lock (it stalls, Env.PAGE_LOCKER): without SIGKILL a fault "
                        + "that meets its second lock waits for it forever (DEADLOCK by construction, not a finding)";
            if (!p.core().equals("filemap") && !p.core().equals("swap"))
                return "locker: the " + p.core() + " path takes no page lock in the model (ttm_bo_vm_fault() reserves the buffer "
                        + "object, handle_userfault() waits on the userfault): the locker would lock a page the fault never uses";
            if (p.page().equals("beyond-eof"))
                return "locker: filemap_fault() answers VM_FAULT_SIGBUS before it looks the page up (mm/filemap.c:2475-2477 "
                        + "`if (unlikely(offset >= max_off)) return VM_FAULT_SIGBUS;`): the locker never meets the fault";
            if (p.provider().equals("never"))
                return "locker: the read never completes, so the locker's lock_page() waits forever: every execution ends with "
                        + "the locker blocked (a DEADLOCK of the environment, not of the fault)";
        }
        return null;
    }

    private static String pageReason(Point p, List<String> pages) {
        String why = switch (p.core() + "/" + p.page()) {
            case "swap/read-fails" -> "not modelled: Memory.doSwapPage() has no !PageUptodate check (mm/memory.c:3213-3215 "
                    + "`if (unlikely(!PageUptodate(page))) { ret = VM_FAULT_SIGBUS;`)";
            case "swap/beyond-eof" -> "a swap entry is anonymous memory: there is no file size";
            case "ttm/hit", "uffd/hit" -> "not modelled: the " + p.core() + " path's page is never available at the start (Kernel: "
                    + "bo_moving_signaled and the pte start clear)";
            default -> "the " + p.core() + " path has no page state " + p.page();
        };
        return "page-of-core: page=" + p.page() + " on core=" + p.core() + ": " + why + " (its pages: " + String.join(", ", pages) + ")";
    }
}
