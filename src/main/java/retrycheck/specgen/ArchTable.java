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
        b.append("# Per-architecture retry loops (generated)\n\n");
        b.append("<!-- Generated from src/main/java/retrycheck/kernel/arch/*.java by retrycheck.specgen.ArchTable. Do not edit:\n");
        b.append("     mvn -q test -Dtest=GeneratedFilesTest -Dretrycheck.regenerate=true -->\n\n");
        b.append("What the model does for each of the 23 architectures of the patch, before (v5.6.4) and after (v5.7.14).\n");
        b.append("Columns are the variation points of `RetryChoices` (kernel-facts.md §4). \"flags after 1/2 retries\" starts\n");
        b.append("from the arch's initial user-mode flags (v5.7 `FAULT_FLAG_DEFAULT|USER`, v5.6 `ALLOW_RETRY|KILLABLE|USER`);\n");
        b.append("**forbidden** marks `!ALLOW_RETRY && TRIED`, the combination the FLAGS invariant rejects. A v5.6 loop never\n");
        b.append("retries a second time (its gate needs ALLOW_RETRY, which the first retry cleared); the column shows the\n");
        b.append("transition applied twice.\n\n");
        b.append("| arch | ver | gate | retry sets / clears | signal check | kernel-mode exit | re-lock | accounting | flags after 1 retry | flags after 2 retries | C lines |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Arch a : Arches.all()) {
            for (Variant v : Variant.values()) {
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
        b.append("\n## Quirks\n\n");
        for (Arch a : Arches.all())
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

    private static String flags(int f) {
        return FaultFlags.names(f).replace("|", "\\|") + (FaultFlags.isForbidden(f) ? " **forbidden**" : "");
    }
}
