package retrycheck.specgen;

import retrycheck.check.CheckResult;
import retrycheck.check.CheckSpec;
import retrycheck.check.Invariants;
import retrycheck.check.MatrixRunner;
import retrycheck.check.Scenarios;
import retrycheck.explore.Explorer;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;
import retrycheck.kernel.KernelReleases;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.review.History;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes spec/history.md from the checker's output: the whole matrix over every release whose core the model holds,
 * and for each verdict flip of a check between consecutive releases of its handler (handler, invariant, old → new,
 * the scenarios), the model's delta for that handler between the two releases (its {@link RetryChoices} components and
 * the core classes of {@link KernelReleases}) and the kernel changes of the release that delta stands for
 * ({@link ReleaseChanges}). Regenerate with {@link #REGENERATE} (about as long as {@code check --variant all}).
 */
public final class HistoryDoc {
    private HistoryDoc() {}

    public static final Path FILE = Path.of("spec/history.md");
    public static final String REGENERATE = "mvn -o -q test -Dtest=HistoryDocTest -Dretrycheck.regenerate=true";
    /** The line of the generated file that lists the releases it was made from (checked for currency). */
    public static final String RELEASES_LINE = "Releases checked: ";

    /** The core C files and the class that stands for each in a release. */
    static final Map<String, Function<Variant, Function<retrycheck.kernel.Kernel, ?>>> CORE = new LinkedHashMap<>();
    static {
        CORE.put("include/linux/mm.h", KernelReleases::mm);
        CORE.put("include/linux/sched/signal.h", KernelReleases::signal);
        CORE.put("mm/mmap.c", KernelReleases::mmap);
        CORE.put("mm/internal.h", KernelReleases::mmInternal);
        CORE.put("include/linux/pagemap.h", KernelReleases::pagemap);
        CORE.put("mm/filemap.c", KernelReleases::filemap);
        CORE.put("mm/memory.c", KernelReleases::memory);
        CORE.put("drivers/gpu/drm/ttm/ttm_bo_vm.c", KernelReleases::ttmBoVm);
        CORE.put("fs/userfaultfd.c", KernelReleases::userfaultfd);
        CORE.put("mm/gup.c", KernelReleases::gup);
    }

    /** The class standing for {@code file} in {@code v} (simple name), e.g. "Memory59". */
    static String coreClass(String file, Variant v) {
        try {
            return CORE.get(file).apply(v).apply(null).getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** "mm/memory.c: Memory → Memory59" for every core file whose class differs between {@code a} and {@code b}. */
    public static Map<String, String> coreDelta(Variant a, Variant b) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : CORE.keySet()) {
            String x = coreClass(f, a), y = coreClass(f, b);
            if (!x.equals(y)) out.put(f, x + " → " + y);
        }
        return out;
    }

    /**
     * The components of the handler's declaration that differ between {@code a} and {@code b} (name → "old → new"; the
     * lines it was read from are not compared; "path": the handler around the loop). Empty for a handler that is not an
     * {@link Arch} (GUP, fixup_user_fault: the core's).
     */
    public static Map<String, String> choiceDelta(FaultHandler h, Variant a, Variant b) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(h instanceof Arch arch)) return out;
        RetryChoices x = arch.choices(a), y = arch.choices(b);
        for (RecordComponent c : RetryChoices.class.getRecordComponents()) {
            if (c.getName().equals("lines")) continue;
            Object u = value(c, x), w = value(c, y);
            if (Objects.equals(u, w)) continue;
            out.put(c.getName(), c.getName().equals("path") ? pathDelta((RetryChoices.Path) u, (RetryChoices.Path) w) : u + " → " + w);
        }
        return out;
    }

    private static String pathDelta(RetryChoices.Path u, RetryChoices.Path w) {
        List<String> d = new ArrayList<>();
        for (RecordComponent c : RetryChoices.Path.class.getRecordComponents()) {
            Object p = u == null ? null : value(c, u), q = w == null ? null : value(c, w);
            if (!Objects.equals(p, q)) d.add(c.getName() + " " + p + " → " + q);
        }
        return String.join(", ", d);
    }

    private static Object value(RecordComponent c, Object rec) {
        try {
            return c.getAccessor().invoke(rec);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The releases in (a, b]: a handler's consecutive releases may skip some the model does not hold it for. */
    static List<Variant> between(Variant a, Variant b) {
        List<Variant> out = new ArrayList<>();
        for (Variant v : Variant.values()) if (v.compareTo(a) > 0 && v.compareTo(b) <= 0) out.add(v);
        return out;
    }

    /**
     * The kernel changes a flip of {@code h} from {@code a} to {@code b} is due to: if the handler's declaration changed,
     * the changes of the releases in (a, b] that move one of the changed components; otherwise those that change one
     * of the core files whose class changed.
     */
    static List<ReleaseChanges.Change> causes(FaultHandler h, Variant a, Variant b) {
        Set<String> keys = new LinkedHashSet<>();
        for (String c : choiceDelta(h, a, b).keySet()) keys.add("choice:" + c);
        if (keys.isEmpty()) for (String f : coreDelta(a, b).keySet()) keys.add("core:" + f);
        List<ReleaseChanges.Change> out = new ArrayList<>();
        for (Variant v : between(a, b))
            for (ReleaseChanges.Change c : ReleaseChanges.of(v))
                if (c.keys().stream().anyMatch(keys::contains)) out.add(c);
        return out;
    }

    /** One row: the flips of one handler and invariant between two releases, with the same verdicts, over scenarios. */
    record Row(String handler, String invariant, Variant from, Variant to, String before, String after, List<String> scenarios) {}

    /** spec/history.md for {@code results} (every check of the matrix over the releases in them). */
    public static String markdown(List<FaultHandler> handlers, List<CheckResult> results) {
        List<Variant> releases = History.releases(results);
        Map<String, FaultHandler> byName = new LinkedHashMap<>();
        for (FaultHandler h : handlers) byName.put(h.name(), h);
        StringBuilder b = new StringBuilder();
        b.append("# Verdict history across releases\n\n");
        b.append("GENERATED by `retrycheck.specgen.HistoryDoc` from the checker's output: the whole matrix (every handler, scenario and\n")
                .append("invariant) in every release whose core the model holds. Do not edit; regenerate with\n`")
                .append(REGENERATE).append("`\n(run it after declaring a release: a test fails while the releases below are not the declared ones).\n\n");
        b.append(RELEASES_LINE).append(String.join(", ", releases.stream().map(v -> v.label() + " (" + v.release() + ")").toList()))
                .append(".\n");
        List<String> missing = new ArrayList<>();
        for (Variant v : Variant.values()) if (!releases.contains(v)) missing.add(v.label());
        if (!missing.isEmpty())
            b.append("Not yet held by the model (no checks, so no flips into or out of them): ").append(String.join(", ", missing)).append(".\n");
        b.append(results.size()).append(" checks.\n\n");
        b.append("For each pair of consecutive releases of a handler: every check (handler, scenario, invariant) whose verdict\n")
                .append("differs, grouped by handler, invariant and verdicts; the handler's declaration delta (its RetryChoices\n")
                .append("components between the two releases; none for GUP and fixup_user_fault, which are the core's); and the kernel\n")
                .append("changes of the release that this delta stands for (spec/releases.md; the numbers refer to the list above each table).\n")
                .append("A flip with no declaration delta is the core's: the changes listed are those of the core files whose class changed.\n")
                .append("The attribution goes by the model's delta, it is not a proof: the delta names the declared components only, not\n")
                .append("an arch's own step methods that differ per release (e.g. sh's mm_fault_error() in v5.7.14, spec/arch-findings.md);\n")
                .append("the flip's traces (`review --variant all`) show what happened.\n");

        List<History.Flip> flips = History.flips(results);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (History.Flip f : flips) {
            String key = f.from() + " " + f.to() + " " + f.handler() + " " + f.invariant() + " " + f.before() + " " + f.after();
            rows.computeIfAbsent(key, k -> new Row(f.handler(), f.invariant(), f.from(), f.to(), f.before().name(), f.after().name(),
                    new ArrayList<>())).scenarios().add(f.scenario());
        }
        List<History.Presence> presence = History.presence(handlers, releases);
        for (int i = 1; i < releases.size(); i++) {
            Variant to = releases.get(i), from = releases.get(i - 1);
            b.append("\n## ").append(from.label()).append(" → ").append(to.label()).append("\n\n");
            List<ReleaseChanges.Change> changes = new ArrayList<>();
            for (Variant v : between(from, to)) changes.addAll(ReleaseChanges.of(v));
            b.append("Kernel changes (spec/releases.md):\n\n");
            for (int k = 0; k < changes.size(); k++) {
                ReleaseChanges.Change c = changes.get(k);
                b.append(k + 1).append(". ").append(c.subject()).append(" — ").append(c.files()).append(" — ").append(c.source()).append('\n');
            }
            Map<String, String> core = coreDelta(from, to);
            b.append("\nCore classes: ").append(core.isEmpty() ? "unchanged" : String.join("; ",
                    core.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append(".\n");
            for (History.Presence p : presence)
                if (p.to() == to)
                    b.append("- ").append(p.handler()).append(": ").append(p.before() == null ? "checked → – (" + p.after().text + ")"
                            : "– (" + p.before().text + ") → checked").append('\n');
            List<Row> here = new ArrayList<>();
            for (Row r : rows.values()) if (r.to() == to) here.add(r);
            // a handler's flips into `to` come from its previous release, which may be earlier than `from`
            if (here.isEmpty()) {
                b.append("\nNo verdict flips.\n");
                continue;
            }
            b.append("\n| handler | invariant | verdict | scenarios | declaration delta | kernel change |\n|---|---|---|---|---|---|\n");
            for (Row r : here) {
                FaultHandler h = byName.get(r.handler());
                Map<String, String> delta = h == null ? Map.of() : choiceDelta(h, r.from(), to);
                List<ReleaseChanges.Change> cs = h == null ? List.of() : causes(h, r.from(), to);
                List<String> refs = new ArrayList<>();
                for (ReleaseChanges.Change c : cs) if (changes.contains(c)) refs.add(Integer.toString(changes.indexOf(c) + 1));
                b.append("| ").append(r.handler()).append(r.from() != from ? " (from " + r.from().label() + ")" : "").append(" | ")
                        .append(r.invariant()).append(" | ").append(r.before()).append(" → ").append(r.after()).append(" | ")
                        .append(String.join(", ", r.scenarios())).append(" | ")
                        .append(delta.isEmpty() ? "none" : String.join("; ", delta.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
                        .append(" | ").append(refs.isEmpty() ? (delta.isEmpty() ? "none listed for the core files that changed"
                                : "the declaration changed, but no listed change of the release names it: check the declaration") : String.join(", ", refs))
                        .append(" |\n");
            }
        }
        return b.toString();
    }

    /** The whole matrix over every declared release, on {@code workers} workers. */
    public static List<CheckResult> runMatrix(int workers) throws InterruptedException {
        List<CheckSpec> specs = CheckSpec.matrix(Handlers.all(), History.declaredReleases(), Scenarios.ALL, Invariants.ALL);
        return MatrixRunner.run(specs, Explorer.Options.defaults(), workers, x -> { });
    }

    /** Writes spec/history.md (or the file given) from a fresh run of the matrix. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = args.length > 0 ? Path.of(args[0]) : FILE;
        List<CheckResult> results = runMatrix(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Files.writeString(out, markdown(Handlers.all(), results));
        System.out.println("wrote " + out + " from " + results.size() + " checks");
    }
}
