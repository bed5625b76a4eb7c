package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `list arches|scenarios|invariants`. */
@Command(name = "list", description = "List the choices: arches (and handlers), scenarios, invariants.")
final class ListCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "arches, scenarios or invariants")
    String what;

    @Option(names = "--classpath", split = ":", paramLabel = "DIR|JAR[:...]",
            description = "also list what these directories of classes or jars add: handlers, properties, scenarios of your own")
    List<Path> classpath;

    @Override public Integer call() {
        switch (Choices.canonical("list", "list", what, java.util.List.of("arches", "scenarios", "invariants", "handlers"))) {
            case "arches", "handlers" -> {
                for (FaultHandler h : Handlers.all()) {
                    java.util.List<String> in = new java.util.ArrayList<>();   // the releases the model holds it for
                    for (retrycheck.kernel.Variant v : retrycheck.kernel.Variant.values()) if (h.declares(v)) in.add(v.label());
                    System.out.printf("%-18s %-28s %s%n", h.name(), h.file(), String.join(" ", in));
                }
            }
            case "scenarios" -> { for (Scenario s : Scenarios.ALL) System.out.printf("%-22s %s%n", s.id(), s.description()); }
            case "invariants" -> {
                for (Property p : Invariants.ALL) System.out.printf("%-12s %s%n", p.id(), p.description());
                for (Property p : retrycheck.check.Claims.ALL)  // the patch's claims: by --invariant ID only
                    System.out.printf("%-12s (claim, not in the default set) %s%n", p.id(), p.description());
            }
            default -> throw new IllegalStateException(what);
        }
        if (classpath != null && !classpath.isEmpty()) {
            UserClasses.Found f = UserClasses.scan(classpath);
            String kind = Choices.canonical("list", "list", what, List.of("arches", "scenarios", "invariants", "handlers"));
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
}
