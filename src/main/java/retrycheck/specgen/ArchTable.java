package retrycheck.specgen;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;
import retrycheck.kernel.arch.RetryChoices;

/**
 * Generates spec/arches.md from the arch classes' declarations, so the reviewed table and the checked model
 * cannot drift apart. The build fails (GeneratedFilesTest) when the committed file is stale; regenerate with
 * {@code mvn -q test -Dtest=GeneratedFilesTest -Dretrycheck.regenerate=true}.
 */
public final class ArchTable {
    private ArchTable() {}

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Per-architecture fault handlers (generated)\n\n");
        b.append("<!-- Generated from src/main/java/retrycheck/kernel/arch/*.java by retrycheck.specgen.ArchTable. Do not edit:\n");
        b.append("     mvn -q test -Dtest=GeneratedFilesTest -Dretrycheck.regenerate=true -->\n\n");
        b.append("What the model does for each of the 23 architectures of the patch, before (v5.6.4) and after (v5.7.14).\n");
        b.append("Columns are the variation points of `RetryChoices` (kernel-facts.md §4). \"flags after 1/2 retries\" starts\n");
        b.append("from the arch's initial user-mode flags (v5.7 `FAULT_FLAG_DEFAULT|USER`, v5.6 `ALLOW_RETRY|KILLABLE|USER`);\n");
        b.append("**forbidden** marks `!ALLOW_RETRY && TRIED`, the combination the FLAGS invariant rejects. A v5.6 loop never\n");
        b.append("retries a second time (its gate needs ALLOW_RETRY, which the first retry cleared); the column shows the\n");
        b.append("transition applied twice. What these declarations change in the verdicts, and what the C of each handler\n");
        b.append("shows around the loop, is in spec/arch-findings.md.\n\n");
        b.append("| arch | ver | gate | retry sets / clears | signal check | kernel-mode exit | re-lock | accounting | flags after 1 retry | flags after 2 retries | C lines |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Arch a : Arches.patch()) {
            for (Variant v : Variant.PATCH) {
                RetryChoices c = a.choices(v);
                int start = (v.isV57() ? FaultFlags.DEFAULT : FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE) | FaultFlags.USER;
                int one = c.retryFlags(start), two = c.retryFlags(one);
                b.append("| ").append(a.name()).append(" | ").append(v.label()).append(" | ").append(c.gate())
                        .append(" | ").append(change(c)).append(" | ").append(c.signalCheck()).append(" | ")
                        .append(c.kernelExit()).append(" | ").append(c.relock()).append(" | ").append(c.accounting())
                        .append(" | ").append(flags(one)).append(" | ").append(flags(two)).append(" | ").append(c.lines())
                        .append(" |\n");
            }
        }
        b.append("\n## Around the loop (`RetryChoices.Path`)\n\n");
        b.append("The rest of each handler, the same in both trees (sh's mm_fault_error() differs: see Quirks). **flags**: where\n");
        b.append("USER / WRITE are added (`BEFORE_RETRY`, `AT_GOOD_AREA` after the access check, nios2's `ASSIGNED_AT_GOOD_AREA`\n");
        b.append("`flags = FAULT_FLAG_WRITE`, `NEVER`) and whether INSTRUCTION is. **access**: the vm_flags one of which a read /\n");
        b.append("write / instruction fetch needs (`-`: no check). **errors**: where VM_FAULT_ERROR is dispatched (`LABELS` with\n");
        b.append("mmap_sem held, each label up_reads; `AFTER_UP_READ`; `ARCH` in the arch's class), then the dispatch in the C's\n");
        b.append("order (`k!` = kernel mode goes to no_context first, `fatal!` = mm_fault_error()'s fatal-signal test first).\n");
        b.append("**C lines**: the citations of the arch's `Cites` (v5.7.14 / v5.6.4), each checked by cite-check.\n\n");
        b.append("| arch | flags USER / WRITE / INSTR | access R / W / X | stack | bad area | errors | dispatch | perf | accounting (v5.7) | C lines |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Arch a : Arches.patch()) {
            RetryChoices.Path p = a.choices(Variant.V5_7).path();
            b.append("| ").append(a.name()).append(" | ").append(p.userFlag()).append(" / ").append(p.writeFlag()).append(" / ")
                    .append(p.instruction() ? "yes" : "no").append(" | ").append(mask(p.readMask())).append(" / ")
                    .append(mask(p.writeMask())).append(" / ").append(mask(p.execMask())).append(" | ").append(p.stack())
                    .append(" | ").append(p.badArea()).append(" | ").append(p.errors()).append(" | ").append(dispatch(p))
                    .append(" | ").append(p.perf()).append(" | ").append(a.choices(Variant.V5_7).accounting()).append(" | ")
                    .append(count(a.cites(Variant.V5_7))).append(" / ").append(count(a.cites(Variant.V5_6))).append(" |\n");
        }
        b.append("\n## Quirks\n\n");
        for (Arch a : concat(Arches.patch(), Arches.extra()))
            b.append("- **").append(a.name()).append("** (`").append(a.file()).append("` ").append(a.function()).append("()): ")
                    .append(a.quirks().isEmpty() ? "none beyond the columns." : a.quirks()).append('\n');
        return b.toString();
    }

    private static String change(RetryChoices c) {
        StringBuilder s = new StringBuilder();
        if (c.setsTried()) s.append("sets TRIED");
        if (c.clearsAllowRetry()) s.append(s.length() > 0 ? ", " : "").append("clears ALLOW_RETRY");
        if (c.clearsRetryNowait()) s.append(s.length() > 0 ? ", " : "").append("clears RETRY_NOWAIT");
        return s.length() == 0 ? "nothing" : s.toString();
    }

    private static java.util.List<Arch> concat(java.util.List<Arch> a, java.util.List<Arch> b) {
        java.util.List<Arch> l = new java.util.ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static String mask(int m) {
        if (m == 0) return "-";
        return retrycheck.kernel.VmFlags.names(m).replace("|", "\\|");
    }

    private static String dispatch(RetryChoices.Path p) {
        StringBuilder s = new StringBuilder();
        if (p.fatalSignalFirst()) s.append("fatal! ");
        if (p.kernelFirst()) s.append("k! ");
        for (RetryChoices.ErrorCase e : p.errorCases())
            s.append(retrycheck.kernel.VmFault.names(e.mask()).replace("|", "\\|")).append("→").append(e.exit()).append(", ");
        return s.append("else ").append(p.otherwise()).toString();
    }

    /** The number of C lines a Cites holds. */
    private static int count(retrycheck.kernel.arch.Cites c) {
        int n = 0;
        for (java.lang.reflect.Field f : c.getClass().getFields())
            try { if (f.get(c) != null) n++; } catch (IllegalAccessException e) { throw new IllegalStateException(e); }
        return n;
    }

    private static String flags(int f) {
        return FaultFlags.names(f).replace("|", "\\|") + (FaultFlags.isForbidden(f) ? " **forbidden**" : "");
    }
}
