package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.check.space.Dimension;
import retrycheck.check.space.Space;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `list arches|scenarios|dimensions|invariants`. */
@Command(name = "list", description = "List the choices: arches (and handlers), scenarios, the dimensions of the scenario space, invariants.")
final class ListCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "arches, scenarios, dimensions or invariants")
    String what;

    @Option(names = "--space", paramLabel = "default|full|named", description = "list scenarios: which scenarios of the space "
            + "(default: default, the ones check runs by default)")
    String space;

    @Option(names = "--invalid", description = "list scenarios: the invalid combinations instead, one line per reason with their "
            + "number and an example")
    boolean invalid;

    @Option(names = "--classpath", split = ":", paramLabel = "DIR|JAR[:...]",
            description = "also list what these directories of classes or jars add: handlers, properties, scenarios of your own")
    List<Path> classpath;

    private static final List<String> WHATS = List.of("arches", "scenarios", "dimensions", "invariants", "handlers");

    @Override public Integer call() {
        String kind0 = Choices.canonical("list", "list", what, WHATS);
        if ((space != null || invalid) && !kind0.equals("scenarios"))
            throw new UsageException((invalid ? "--invalid" : "--space") + " is an option of 'list scenarios', not of 'list " + kind0 + "'");
        if (space != null && invalid) throw new UsageException("--space and --invalid: --invalid lists every invalid combination; give one of them");
        Space.Selection selection = Space.Selection.DEFAULT;
        if (space != null) {
            String sel = Choices.canonical("--space", "space", space, Space.Selection.ids());
            for (Space.Selection x : Space.Selection.values()) if (x.id.equals(sel)) selection = x;
        }
        switch (kind0) {
            case "arches", "handlers" -> {
                for (FaultHandler h : Handlers.all()) {
                    java.util.List<String> in = new java.util.ArrayList<>();   // the releases the model holds it for
                    for (retrycheck.kernel.Variant v : retrycheck.kernel.Variant.values()) if (h.declares(v)) in.add(v.label());
                    System.out.printf("%-18s %-28s %s%n", h.name(), h.file(), String.join(" ", in));
                }
            }
            case "scenarios" -> { if (invalid) listInvalid(); else listScenarios(selection); }
            case "dimensions" -> listDimensions();
            case "invariants" -> {
                for (Property p : Invariants.ALL) System.out.printf("%-12s %s%n", p.id(), p.description());
                for (Property p : retrycheck.check.Claims.ALL)  // the patch's claims: by --invariant ID only
                    System.out.printf("%-12s (claim, not in the default set) %s%n", p.id(), p.description());
            }
            default -> throw new IllegalStateException(what);
        }
        if (classpath != null && !classpath.isEmpty()) {
            UserClasses.Found f = UserClasses.scan(classpath);
            String kind = kind0.equals("dimensions") ? "scenarios" : kind0;
            List<String> added = switch (kind) {
                case "arches", "handlers" -> f.handlers();
                case "scenarios" -> f.scenarios();
                default -> f.properties();
            };
            System.out.println();
            System.out.println("from --classpath " + classpath + " (" + (kind.equals("invariants") ? "properties" : kind)
                    + ": name the class with --" + (kind.equals("invariants") ? "property" : kind.equals("scenarios") ? "scenario" : "handler") + "):");
            if (added.isEmpty()) System.out.println("  (none)");
            for (String a : added) System.out.println("  " + a);
            for (String bad : f.unusable()) System.out.println("  unusable: " + bad);
        }
        return Main.OK;
    }

    /** One line per scenario: its id, its dimension values, and (named ones) its generated id and description. */
    private static void listScenarios(Space.Selection selection) {
        java.util.Map<String, Space.Entry> byName = new java.util.HashMap<>();
        for (Space.Entry e : Space.valid()) byName.put(e.id(), e);
        List<Scenario> scs = Space.scenarios(selection);
        int w = 22;
        for (Scenario s : scs) w = Math.max(w, s.id().length());
        for (Scenario s : scs) {
            Space.Entry e = byName.get(s.id());
            String extra = e.name() != null ? "  (named; generated id " + e.point().id() + ": " + s.description() + ")" : "";
            System.out.printf("%-" + w + "s  %s%s%n", s.id(), e.point().values(), extra);
        }
        System.out.printf("%d scenarios (%s; the whole space: %d valid of %d combinations; list scenarios --invalid says why the others are not)%n",
                scs.size(), switch (selection) {
                    case DEFAULT -> "check's default: the named scenarios and a pairwise covering set of the space";
                    case FULL -> "every valid scenario: check --space full";
                    case NAMED -> "the named scenarios: check --space named";
                }, Space.valid().size(), Space.all().size());
    }

    /** The invalid combinations, one line per reason: how many, and the first of them. */
    private static void listInvalid() {
        java.util.Map<String, List<Space.Entry>> byReason = new java.util.LinkedHashMap<>();
        for (Space.Entry e : Space.invalid()) byReason.computeIfAbsent(retrycheck.check.space.Validity.kind(e.reason()), r -> new java.util.ArrayList<>()).add(e);
        for (var r : byReason.entrySet())
            System.out.printf("%6d  %s%n        e.g. %s%n", r.getValue().size(), r.getKey(), r.getValue().get(0).point().values());
        System.out.printf("%d invalid combinations for %d reasons (%d valid scenarios: list scenarios --space full)%n",
                Space.invalid().size(), byReason.size(), Space.valid().size());
    }

    /** Each dimension with its values; a value the model does not have says why. */
    private static void listDimensions() {
        for (Dimension d : Dimension.values()) {
            System.out.printf("%s: %s%n", d.id, d.description);
            for (Dimension.Value v : d.choices())
                System.out.printf("  %-14s %s%s%n", v.id(), v.description(), v.modelled() ? "" : "  [" + v.notModelled() + "]");
        }
        System.out.println("select with check --scenario DIM=VALUE[|VALUE][,DIM=VALUE...] (a comma means and), e.g. core=uffd,mode=kernel");
    }
}
