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
 * core rules) and declares preds {@code <name>_v56}, {@code <name>_v57} — and one per later release the model holds
 * the arch for ({@link Arch#declares}: {@code <name>_v59}, {@code <name>_v512}, {@code <name>_v60}, ...) — pinning its
 * {@code Arch} signature to the arch's {@link RetryChoices} — retry gate, TRIED, the flags it clears, the signal check's
 * form, kernel-mode handling, who re-takes mmap_sem and, from v6.0, the VM_FAULT_COMPLETED test. The commands for all arches are generated into
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
    public static Map<String, String> generate() { return generate(decls()); }

    /** Every arch of {@link Arches#all()} with its declaration in each release the model holds it for. */
    static List<ArchDecl> decls() {
        List<ArchDecl> decls = new ArrayList<>();
        for (Arch a : Arches.all()) {
            Map<Variant, RetryChoices> releases = new LinkedHashMap<>();
            for (Variant v : Variant.values()) if (a.declares(v)) releases.put(v, a.choices(v));   // the releases the model holds
            if (!releases.isEmpty())
                decls.add(new ArchDecl(ident(a.name()), a.getClass().getName(), a.file(), a.function(), a.quirks(), releases));
        }
        return decls;
    }

    /**
     * One arch's declaration, as the generator needs it (tests build modified ones): its choices in each release the
     * model holds it for ({@link Arch#declares}), in release order.
     */
    public record ArchDecl(String name, String javaClass, String file, String function, String quirks,
                           Map<Variant, RetryChoices> releases) {
        public ArchDecl {
            releases = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(releases));
        }

        /** The declaration of the patch's two trees only (v5.6.4, v5.7.14). */
        public ArchDecl(String name, String javaClass, String file, String function, String quirks,
                        RetryChoices v56, RetryChoices v57) {
            this(name, javaClass, file, function, quirks, Map.of(Variant.V5_6, v56, Variant.V5_7, v57));
        }

        public RetryChoices choices(Variant v) { return releases.get(v); }
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
        return "  Arch.archv = " + vv + " and Arch.corev = " + coreVersion(v) + " and Arch.gate = " + c.gate() + "\n"
                + "  Arch.adds = " + (c.setsTried() ? "TRIED" : "none") + " and Arch.clears = " + clears(c) + "\n"
                + "  Arch.sigcheck = " + (c.signalCheck() == RetryChoices.SignalCheck.NONE ? "NO_CHECK" : c.signalCheck().name())
                + " and Arch.kexit = " + c.kernelExit() + " and Arch.relock = " + c.relock() + "\n"
                + "  Arch.userflag = " + (c.path() != null && c.path().userFlag() == RetryChoices.FlagsAt.NEVER ? "none" : "USER") + "\n"
                + releaseBody(v, c);
    }

    /** A command or pred name's release suffix: v5.6 -> "v56", v5.12 -> "v512", v6.0 -> "v60". */
    static String sfx(Variant v) { return v.label().replace(".", ""); }

    /** arch/NAME.als: the declaration of one arch in each release it is held for, as preds NAME_v56, NAME_v57, NAME_v59, ... over retry.als. */
    public static String archModule(ArchDecl d) {
        StringBuilder sb = new StringBuilder();
        sb.append("module ").append(ARCH_DIR).append('/').append(d.name()).append('\n');
        sb.append(header("from " + d.javaClass() + " (" + d.file() + " " + d.function() + "())"));
        sb.append("-- Checked by ").append(CHECKS_FILE).append(" (the commands of all arches together).\n");
        if (!d.quirks().isBlank()) sb.append("-- quirks (not modelled here): ").append(d.quirks().replace('\n', ' ')).append('\n');
        sb.append("open retry\n");
        for (Map.Entry<Variant, RetryChoices> e : d.releases().entrySet()) {
            Variant v = e.getKey();
            RetryChoices c = e.getValue();
            sb.append('\n');
            sb.append("-- ").append(v.label()).append(": ").append(c.lines()).append('\n');
            sb.append("--   gate ").append(c.gate()).append(", setsTried=").append(c.setsTried())
                    .append(", clearsAllowRetry=").append(c.clearsAllowRetry()).append(", clearsRetryNowait=").append(c.clearsRetryNowait())
                    .append(", ").append(c.signalCheck()).append(", kernel ").append(c.kernelExit()).append(", ")
                    .append(c.relock()).append(", accounting ").append(c.accounting()).append('\n');
            sb.append(releaseComment(v, c));
            if (c.path() != null)
                sb.append("--   around the loop: flags USER ").append(c.path().userFlag()).append(", WRITE ").append(c.path().writeFlag())
                        .append(", bad area ").append(c.path().badArea()).append(", errors ").append(c.path().errors())
                        .append(" (Java model only: here an ERROR result ends the fault with mmap_sem released)\n");
            sb.append("pred ").append(d.name()).append('_').append(sfx(v)).append(" {\n").append(specBody(v, c)).append("}\n");
        }
        return sb.toString();
    }

    /**
     * arches.als: for each release and invariant, one check over all arches expected to satisfy it (the disjunction
     * of their declarations: a counterexample names the arch in Arch's fields), and one check per distinct declaration
     * among the arches expected to violate it (arches with identical declarations are indistinguishable to the model,
     * so one check stands for them all; the comment lists them). Every check has its companion run. A declaration
     * already checked for the same invariant with the same expectation in an earlier release (its pred body is the
     * same Alloy problem) is not checked again: the comment names the command that covers it ({@link #coverage}).
     */
    public static String checks(List<ArchDecl> decls) {
        StringBuilder sb = new StringBuilder();
        sb.append("module arches\n");
        sb.append(header("from retrycheck.kernel.arch.Arches.patch() (" + decls.size() + " arches)"));
        sb.append("-- Each check pins retry.als's Arch to the declarations of a group of arches (arch/*.als).\n");
        for (ArchDecl d : decls) sb.append("open ").append(ARCH_DIR).append('/').append(d.name()).append('\n');
        Plan plan = plan(decls);
        for (Variant v : releases(decls)) {
            sb.append("\n-- ===== ").append(v.label()).append(" =====\n");
            for (Group g : plan.groups()) {
                if (g.release() != v) continue;
                if (g.covered() != null) {
                    sb.append("-- ").append(g.prop().name()).append(": same declaration").append(g.arches().size() > 1 ? "s" : "")
                            .append(" as checked by ").append(g.covered()).append(": ").append(names(g.arches())).append('\n');
                    continue;
                }
                Prop p = g.prop();
                if (!g.fails()) {
                    String any = anyOf(g.arches(), v);
                    sb.append("-- ").append(p.doc).append(": ").append(names(g.arches())).append('\n');
                    sb.append("check ").append(g.label()).append(" { ").append(any).append(" implies ").append(p.property(v)).append(" } ")
                            .append(SCOPE).append(" expect 0\n");
                    sb.append("run ").append(g.label()).append("_inst { ").append(any).append(" and ").append(p.witness).append(" } ")
                            .append(SCOPE).append(" expect ").append(p.witnessExists(g.arches().get(0).choices(v)) ? 1 : 0).append('\n');
                } else {
                    ArchDecl first = g.arches().get(0);
                    String spec = first.name() + "_" + sfx(v);
                    sb.append("-- expected counterexample: ").append(p.why).append("\n--   same declaration: ").append(names(g.arches())).append('\n');
                    sb.append("check ").append(g.label()).append(" { ").append(spec).append(" implies ").append(p.property(v)).append(" } ")
                            .append(CEX_SCOPE).append(" expect 1\n");
                    sb.append("run ").append(g.label()).append("_inst { ").append(spec).append(" and ").append(p.witness).append(" } ")
                            .append(SCOPE).append(" expect ").append(p.witnessExists(first.choices(v)) ? 1 : 0).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The releases any of {@code decls} is held for, in order. */
    static List<Variant> releases(List<ArchDecl> decls) {
        java.util.TreeSet<Variant> s = new java.util.TreeSet<>();
        for (ArchDecl d : decls) s.addAll(d.releases().keySet());
        return List.copyOf(s);
    }

    /**
     * One command of arches.als (or, {@code covered} non-null, the arches of a release whose declaration an earlier
     * release's command {@code covered} already checks): an invariant, a release, the arches, whether a counterexample
     * is expected, and its label (FLAGS_v57, FLAGS_v56_alpha, TERMINATION_v60_alpha, ...).
     */
    record Group(Prop prop, Variant release, List<ArchDecl> arches, boolean fails, String label, String covered) {}

    record Plan(List<Group> groups) {}

    /** The commands of arches.als, release by release, without the declarations an earlier release already checked. */
    static Plan plan(List<ArchDecl> decls) {
        List<Group> groups = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();     // prop + expectation + pred body -> the command that checks it
        for (Variant v : releases(decls)) {
            for (Prop p : Prop.values()) {
                if (!p.appliesTo(v)) continue;
                String base = p.name() + "_" + sfx(v);
                List<ArchDecl> holds = new ArrayList<>();
                Map<String, List<ArchDecl>> fails = new LinkedHashMap<>();
                Map<String, List<ArchDecl>> coveredBy = new LinkedHashMap<>();
                for (ArchDecl d : decls) {
                    RetryChoices c = d.choices(v);
                    if (c == null) continue;
                    boolean f = p.expectCounterexample(v, c);
                    String earlier = checked.get(p.name() + f + specBody(v, c));
                    if (earlier != null) coveredBy.computeIfAbsent(earlier, k -> new ArrayList<>()).add(d);
                    else if (f) fails.computeIfAbsent(specBody(v, c), k -> new ArrayList<>()).add(d);
                    else holds.add(d);
                }
                if (!holds.isEmpty()) groups.add(new Group(p, v, holds, false, base, null));
                for (List<ArchDecl> g : fails.values()) groups.add(new Group(p, v, g, true, base + "_" + g.get(0).name(), null));
                coveredBy.forEach((label, ds) -> groups.add(new Group(p, v, ds, false, label, label)));
                for (ArchDecl d : holds) checked.put(p.name() + false + specBody(v, d.choices(v)), base);
                for (List<ArchDecl> g : fails.values())
                    for (ArchDecl d : g) checked.put(p.name() + true + specBody(v, d.choices(v)), base + "_" + g.get(0).name());
            }
        }
        return new Plan(groups);
    }

    /**
     * For review's agreement of the engines per release: "INVARIANT release arch" (FLAGS v6.0 x86) -> the label of the
     * arches.als check that covers it (its own release's, or the earlier release's that checks the same declaration),
     * with a trailing " expect 1" when that check expects a counterexample. Invariants: the ids of {@link Prop}.
     */
    public static Map<String, String> coverage() { return coverage(decls()); }

    static Map<String, String> coverage(List<ArchDecl> decls) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Group g : plan(decls).groups()) {
            boolean fails = g.covered() == null ? g.fails() : g.prop().expectCounterexample(g.release(), g.arches().get(0).choices(g.release()));
            for (ArchDecl d : g.arches())
                out.put(g.prop().name() + " " + g.release().label() + " " + d.name(), g.label() + (fails ? " expect 1" : ""));
        }
        return out;
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
        FLAGS("FLAGS", "retried", "FLAGS holds", "the retry turns the start flags into TRIED without ALLOW_RETRY", null),
        DROP("DROP", "eventually coreDrops", "DROP holds", "", Variant.V5_7),
        SIGNAL("SIGNAL", "eventually (fatal and Fault.ev in SignalExit + SignalRefault + RetryBranchExit)",
                "SIGNAL (fatal) holds", "no signal check: a fatal signal does not stop the retry loop", null),
        SIGNAL_user("SIGNAL_user", "Fault.mode = UserMode and retried", "SIGNAL_user holds",
                "the check is fatal-only: a user-mode fault retries with a non-fatal signal pending", Variant.V5_7),
        TERMINATION("TERMINATION", "quietAfterFatal and eventually (fatal and Fault.pc in WaitIO + WaitUffd)", "TERMINATION holds",
                "kernel mode: the signal exit is a plain return, the access faults again and again (no no_context())", null),
        /**
         * From v6.0 (VM_FAULT_COMPLETED): the shared-write path returns COMPLETED, without RETRY, with mmap_sem released
         * by the core, which breaks LOCK's "a return without RETRY holds it" in every arch, by design (reported, not
         * redefined: spec/requirements.md "What the later releases change", as the embedded engine reports it); an
         * arch that does not test COMPLETED also unlocks the released lock (retry.als LOCK_v60_no_completed_test).
         */
        LOCK("LOCK", "eventually (Fault.pc = Check and Fault.result = COMPLETED)", "LOCK holds",
                "v6.0 on, by design: VM_FAULT_COMPLETED returns without RETRY with mmap_sem released by the core", Variant.V6_0);

        final String property, witness, doc, why;
        /** The first release the property is checked per arch in (null: every release). */
        final Variant from;

        Prop(String property, String witness, String doc, String why, Variant from) {
            this.property = property; this.witness = witness; this.doc = doc; this.why = why; this.from = from;
        }

        boolean appliesTo(Variant v) { return from == null || v.atLeast(from); }

        /**
         * The property checked in release {@code v}. From v6.0 DROP is checked on the paths whose rule did not change:
         * the shared-write path's COMPLETED after the drop breaks its literal rule by design, which retry.als reports
         * once (DROP_v60_completed) rather than per arch.
         */
        String property(Variant v) {
            return this == DROP && v.atLeast(Variant.V6_0) ? "(Fault.path != Shared implies DROP)" : property;
        }

        boolean expectCounterexample(Variant v, RetryChoices c) {
            Expect e = expectations(v, c);
            return switch (this) {
                case FLAGS -> e.flags();
                case DROP -> false;
                case SIGNAL -> e.signal();
                case SIGNAL_user -> e.signalUser();
                case TERMINATION -> e.termination();
                case LOCK -> v.atLeast(Variant.V6_0);
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

    // ---- the releases after v5.7 (issue 17, helper 17e): what the generated preds say beyond the v5.7 choices ----

    /**
     * retry.als's core version: V56, V57, and V60 from v6.0 on (VM_FAULT_COMPLETED: the shared-write path returns it).
     * v5.9's core (accounting in handle_mm_fault, handle_userfault's single schedule()) is V57 at this abstraction:
     * no invariant reads the accounting, and the uffd wait already ends at the first wake-up or signal.
     */
    static String coreVersion(Variant v) { return v.atLeast(Variant.V6_0) ? "V60" : v.isV57() ? "V57" : "V56"; }

    /**
     * The lines a release from v6.0 adds to the pred: the arch's handling of VM_FAULT_COMPLETED. Every form the arches
     * have ({@code return;}, powerpc's {@code goto out;}, sparc64's {@code goto lock_released;}, s390's gmap re-lock
     * then unlock, sh's test after the error dispatch) ends the fault without unlocking mmap_sem at retry.als's level:
     * COMPLETED_RETURN; NONE is NO_COMPLETED. The per-VMA lock attempt is not in retry.als (models/README.md).
     */
    static String releaseBody(Variant v, RetryChoices c) {
        if (!v.atLeast(Variant.V6_0)) return "";
        return "  Arch.completed = " + (c.completed() == RetryChoices.Completed.NONE ? "NO_COMPLETED" : "COMPLETED_RETURN") + "\n";
    }

    static String releaseComment(Variant v, RetryChoices c) {
        if (!v.atLeast(Variant.V6_0)) return "";
        return "--   completed " + c.completed() + ", vma lock " + c.vmaLock()
                + (c.vmaLock().name().equals("NONE") ? "" : " (the per-VMA lock attempt is not in retry.als: models/README.md)") + "\n";
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
        System.out.println(Arches.patch().size() + " arch models under " + dir.resolve(ARCH_DIR) + " and " + dir.resolve(CHECKS_FILE) + ", " + written.size() + " files changed");
    }
}
