package retrycheck.alloy;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.Variant;
import retrycheck.kernel.arch.Arch;
import retrycheck.kernel.arch.Arches;
import retrycheck.kernel.arch.RetryChoices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates one Alloy module per architecture, {@code models/arch/<name>.als}, from the Java declarations
 * ({@link Arches#all()}, {@link Arch#choices(Variant)}): each opens {@code retry.als} (the shared loop and
 * core rules) and declares preds {@code <name>_v56}, {@code <name>_v57} pinning its {@code Arch} signature to
 * the arch's {@link RetryChoices} — retry gate, TRIED, the flags it clears, the signal check's form,
 * kernel-mode handling and who re-takes mmap_sem. The commands for all arches are generated into
 * {@code models/arches.als} (grouped, so that the whole matrix solves in seconds; see {@link #checks}). So the Java model and the Alloy models cannot drift apart; {@code GeneratedModelsAreCurrentTest}
 * fails when a committed file differs from what this class generates.
 *
 * <p>Expected outcomes are written next to each command ({@code expect 0/1}). Every v5.7 model must satisfy
 * FLAGS, DROP and SIGNAL whatever its declaration says (so a mutated declaration FAILs). The rest follows from
 * the declaration: v5.6 violates FLAGS exactly when its retry turns the start flags into TRIED without
 * ALLOW_RETRY; a user-mode non-fatal signal stops the loop only with fault_signal_pending() (SIGNAL_user); a
 * kernel-mode fault whose signal exit is a plain return re-executes the access and faults again, so
 * TERMINATION fails there (the "ret-only" arches of kernel-facts.md §4).
 *
 * <p>Regenerate (one command, from the project root, e.g. after adding or changing an arch class):
 * <pre>
 *   mvn -q -B compile exec:java -Dexec.mainClass=retrycheck.alloy.GenerateModels
 * </pre>
 * or without the exec plugin:
 * <pre>
 *   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) retrycheck.alloy.GenerateModels
 * </pre>
 * or {@code alloy --generate} from the CLI. The optional argument is the models directory (default
 * {@code models}). Files of arches that no longer exist are deleted.
 */
public final class GenerateModels {
    private GenerateModels() {}

    /** Directory (under the models directory) of the generated files. */
    public static final String ARCH_DIR = "arch";

    public static final String REGENERATE =
            "mvn -q -B compile exec:java -Dexec.mainClass=retrycheck.alloy.GenerateModels   (or: retrycheck alloy --generate)";

    /**
     * Scope of the generated commands: lassos of exactly 10 states, which stand for every lasso of at most 10
     * (a lasso can always be unrolled to a longer one); one translation instead of ten, so about five times
     * faster than {@code 1..10 steps}.
     */
    static final String SCOPE = "for 4 Int, 10..10 steps";
    /** Scope of a check expected to fail: {@code 1..10} finds the shortest counterexample, the one worth reading. */
    static final String CEX_SCOPE = "for 4 Int, 1..10 steps";

    /** Relative path (e.g. "arch/x86.als", "arches.als") -> content, for every arch of {@link Arches#all()}. */
    public static Map<String, String> generate() {
        List<ArchDecl> decls = new ArrayList<>();
        for (Arch a : Arches.all())
            decls.add(new ArchDecl(ident(a.name()), a.getClass().getName(), a.file(), a.function(), a.quirks(),
                    a.choices(Variant.V5_6), a.choices(Variant.V5_7)));
        return generate(decls);
    }

    /** One arch's declaration, as the generator needs it (tests build modified ones). */
    public record ArchDecl(String name, String javaClass, String file, String function, String quirks,
                           RetryChoices v56, RetryChoices v57) {
        public RetryChoices choices(Variant v) { return v.isV57() ? v57 : v56; }
    }

    /** The generated file holding every per-arch command. */
    public static final String CHECKS_FILE = "arches.als";

    /** The arch modules and the checks over them ({@link #CHECKS_FILE}). */
    public static Map<String, String> generate(List<ArchDecl> decls) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ArchDecl d : decls) out.put(ARCH_DIR + "/" + d.name() + ".als", archModule(d));
        out.put(CHECKS_FILE, checks(decls));
        return out;
    }

    /** Writes the generated files under {@code modelsDir}, deleting stale arch models; returns the files written. */
    public static List<Path> write(Path modelsDir) throws IOException {
        Map<String, String> files = generate();
        Path archDir = modelsDir.resolve(ARCH_DIR);
        Files.createDirectories(archDir);
        try (var s = Files.list(archDir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().endsWith(".als") && !files.containsKey(ARCH_DIR + "/" + p.getFileName())) Files.delete(p);
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = modelsDir.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                written.add(p);
            }
        }
        return written;
    }

    private static String header(String what) {
        return "-- GENERATED by retrycheck.alloy.GenerateModels " + what + ".\n"
                + "-- Do not edit: change the Java declaration and regenerate with\n--   " + REGENERATE + "\n";
    }

    /** The body of the pred pinning Arch to one declaration (without the pred's name). */
    static String specBody(Variant v, RetryChoices c) {
        String vv = v.isV57() ? "V57" : "V56";
        return "  Arch.archv = " + vv + " and Arch.corev = " + vv + " and Arch.gate = " + c.gate() + "\n"
                + "  Arch.adds = " + (c.setsTried() ? "TRIED" : "none") + " and Arch.clears = " + clears(c) + "\n"
                + "  Arch.sigcheck = " + (c.signalCheck() == RetryChoices.SignalCheck.NONE ? "NO_CHECK" : c.signalCheck().name())
                + " and Arch.kexit = " + c.kernelExit() + " and Arch.relock = " + c.relock() + "\n"
                + "  Arch.userflag = " + (c.path() != null && c.path().userFlag() == RetryChoices.FlagsAt.NEVER ? "none" : "USER") + "\n";
    }

    static String sfx(Variant v) { return v.isV57() ? "v57" : "v56"; }

    /** arch/NAME.als: the declaration of one arch for v5.6 and v5.7 as preds NAME_v56 and NAME_v57 over retry.als. */
    public static String archModule(ArchDecl d) {
        StringBuilder sb = new StringBuilder();
        sb.append("module ").append(ARCH_DIR).append('/').append(d.name()).append('\n');
        sb.append(header("from " + d.javaClass() + " (" + d.file() + " " + d.function() + "())"));
        sb.append("-- Checked by ").append(CHECKS_FILE).append(" (the commands of all arches together).\n");
        if (!d.quirks().isBlank()) sb.append("-- quirks (not modelled here): ").append(d.quirks().replace('\n', ' ')).append('\n');
        sb.append("open retry\n");
        for (Variant v : Variant.values()) {
            RetryChoices c = d.choices(v);
            sb.append('\n');
            sb.append("-- ").append(v.label()).append(": ").append(c.lines()).append('\n');
            sb.append("--   gate ").append(c.gate()).append(", setsTried=").append(c.setsTried())
                    .append(", clearsAllowRetry=").append(c.clearsAllowRetry()).append(", clearsRetryNowait=").append(c.clearsRetryNowait())
                    .append(", ").append(c.signalCheck()).append(", kernel ").append(c.kernelExit()).append(", ")
                    .append(c.relock()).append(", accounting ").append(c.accounting()).append('\n');
            if (c.path() != null)
                sb.append("--   around the loop: flags USER ").append(c.path().userFlag()).append(", WRITE ").append(c.path().writeFlag())
                        .append(", bad area ").append(c.path().badArea()).append(", errors ").append(c.path().errors())
                        .append(" (Java model only: here an ERROR result ends the fault with mmap_sem released)\n");
            sb.append("pred ").append(d.name()).append('_').append(sfx(v)).append(" {\n").append(specBody(v, c)).append("}\n");
        }
        return sb.toString();
    }

    /**
     * arches.als: for each variant and invariant, one check over all arches expected to satisfy it (the
     * disjunction of their declarations: a counterexample names the arch in Arch's fields), and one check per
     * distinct declaration among the arches expected to violate it (arches with identical declarations are
     * indistinguishable to the model, so one check stands for them all; the comment lists them). Every check
     * has its companion run.
     */
    public static String checks(List<ArchDecl> decls) {
        StringBuilder sb = new StringBuilder();
        sb.append("module arches\n");
        sb.append(header("from retrycheck.kernel.arch.Arches.all() (" + decls.size() + " arches)"));
        sb.append("-- Each check pins retry.als's Arch to the declarations of a group of arches (arch/*.als).\n");
        for (ArchDecl d : decls) sb.append("open ").append(ARCH_DIR).append('/').append(d.name()).append('\n');
        for (Variant v : Variant.values()) {
            sb.append("\n-- ===== ").append(v.label()).append(" =====\n");
            for (Prop p : Prop.values()) {
                if (!p.variants.contains(v)) continue;
                List<ArchDecl> holds = new ArrayList<>();
                Map<String, List<ArchDecl>> fails = new LinkedHashMap<>();
                for (ArchDecl d : decls) {
                    if (p.expectCounterexample(v, d.choices(v))) fails.computeIfAbsent(specBody(v, d.choices(v)), k -> new ArrayList<>()).add(d);
                    else holds.add(d);
                }
                String base = p.name() + "_" + sfx(v);
                if (!holds.isEmpty()) {
                    String any = anyOf(holds, v);
                    sb.append("-- ").append(p.doc).append(": ").append(names(holds)).append('\n');
                    sb.append("check ").append(base).append(" { ").append(any).append(" implies ").append(p.property).append(" } ")
                            .append(SCOPE).append(" expect 0\n");
                    sb.append("run ").append(base).append("_inst { ").append(any).append(" and ").append(p.witness).append(" } ")
                            .append(SCOPE).append(" expect ").append(p.witnessExists(holds.get(0).choices(v)) ? 1 : 0).append('\n');
                }
                for (List<ArchDecl> group : fails.values()) {
                    ArchDecl first = group.get(0);
                    String spec = first.name() + "_" + sfx(v);
                    String label = base + "_" + first.name();
                    sb.append("-- expected counterexample: ").append(p.why).append("\n--   same declaration: ").append(names(group)).append('\n');
                    sb.append("check ").append(label).append(" { ").append(spec).append(" implies ").append(p.property).append(" } ")
                            .append(CEX_SCOPE).append(" expect 1\n");
                    sb.append("run ").append(label).append("_inst { ").append(spec).append(" and ").append(p.witness).append(" } ")
                            .append(SCOPE).append(" expect ").append(p.witnessExists(first.choices(v)) ? 1 : 0).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String anyOf(List<ArchDecl> ds, Variant v) {
        List<String> l = new ArrayList<>();
        for (ArchDecl d : ds) l.add(d.name() + "_" + sfx(v));
        return l.size() == 1 ? l.get(0) : "(" + String.join(" or ", l) + ")";
    }

    private static String names(List<ArchDecl> ds) {
        List<String> l = new ArrayList<>();
        for (ArchDecl d : ds) l.add(d.name());
        return String.join(", ", l);
    }

    /** The invariants checked per arch, with their expected outcome as a function of the declaration. */
    enum Prop {
        FLAGS("FLAGS", "retried", "FLAGS holds", "the retry turns the start flags into TRIED without ALLOW_RETRY",
                List.of(Variant.V5_6, Variant.V5_7)),
        DROP("DROP", "eventually coreDrops", "DROP holds", "", List.of(Variant.V5_7)),
        SIGNAL("SIGNAL", "eventually (fatal and Fault.ev in SignalExit + SignalRefault + RetryBranchExit)",
                "SIGNAL (fatal) holds", "no signal check: a fatal signal does not stop the retry loop",
                List.of(Variant.V5_6, Variant.V5_7)),
        SIGNAL_user("SIGNAL_user", "Fault.mode = UserMode and retried", "SIGNAL_user holds",
                "the check is fatal-only: a user-mode fault retries with a non-fatal signal pending", List.of(Variant.V5_7)),
        TERMINATION("TERMINATION", "quietAfterFatal and eventually (fatal and Fault.pc in WaitIO + WaitUffd)", "TERMINATION holds",
                "kernel mode: the signal exit is a plain return, the access faults again and again (no no_context())",
                List.of(Variant.V5_6, Variant.V5_7));

        final String property, witness, doc, why;
        final List<Variant> variants;

        Prop(String property, String witness, String doc, String why, List<Variant> variants) {
            this.property = property; this.witness = witness; this.doc = doc; this.why = why; this.variants = variants;
        }

        boolean expectCounterexample(Variant v, RetryChoices c) {
            Expect e = expectations(v, c);
            return switch (this) {
                case FLAGS -> e.flags();
                case DROP -> false;
                case SIGNAL -> e.signal();
                case SIGNAL_user -> e.signalUser();
                case TERMINATION -> e.termination();
            };
        }

        /** Whether the companion run has an instance: only SIGNAL's fails for an arch with no check at all. */
        boolean witnessExists(RetryChoices c) {
            return !(this == SIGNAL && c.signalCheck() == RetryChoices.SignalCheck.NONE);
        }
    }

    /** Which checks the declaration makes fail (true = counterexample expected). */
    record Expect(boolean flags, boolean signal, boolean signalUser, boolean termination) {}

    static Expect expectations(Variant v, RetryChoices c) {
        boolean flags = false;
        for (boolean user : new boolean[]{false, true}) {
            int f = (v.isV57() ? FaultFlags.DEFAULT : FaultFlags.ALLOW_RETRY | FaultFlags.KILLABLE) | (user ? FaultFlags.USER : 0);
            for (int k = 0; k < 3 && (f & FaultFlags.ALLOW_RETRY) != 0; k++) {
                f = c.retryFlags(f);
                if (FaultFlags.isForbidden(f)) flags = true;
            }
        }
        boolean noCheck = c.signalCheck() == RetryChoices.SignalCheck.NONE;
        boolean signalUser = c.signalCheck() != RetryChoices.SignalCheck.FAULT_SIGNAL_PENDING;
        boolean termination = noCheck || c.kernelExit() == RetryChoices.KernelExit.RETURN;
        // what the patch claims for every v5.7 arch, whatever its declaration says: a declaration that breaks
        // it (a mutant, or a wrong transliteration) gets a counterexample where "holds" is expected, a FAIL
        if (v.isV57()) return new Expect(false, false, signalUser, termination);
        return new Expect(flags, noCheck, signalUser, termination);
    }

    private static String clears(RetryChoices c) {
        List<String> l = new ArrayList<>();
        if (c.clearsAllowRetry()) l.add("ALLOW_RETRY");
        if (c.clearsRetryNowait()) l.add("RETRY_NOWAIT");
        return l.isEmpty() ? "none" : String.join(" + ", l);
    }

    /** An arch name as an Alloy identifier and file name: lower case, [a-z0-9_]. */
    public static String ident(String name) {
        String s = name.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        return Character.isLetter(s.charAt(0)) ? s : "a" + s;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "models");
        List<Path> written = write(dir);
        for (Path p : written) System.out.println("generated " + p);
        System.out.println(Arches.all().size() + " arch models under " + dir.resolve(ARCH_DIR) + " and " + dir.resolve(CHECKS_FILE) + ", " + written.size() + " files changed");
    }
}
