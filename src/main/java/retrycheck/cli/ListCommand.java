package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import retrycheck.check.Invariants;
import retrycheck.check.Property;
import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Handlers;

import java.util.concurrent.Callable;

/** `list arches|scenarios|invariants`. */
@Command(name = "list", description = "List the choices: arches (and handlers), scenarios, invariants.")
final class ListCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "arches, scenarios or invariants")
    String what;

    @Override public Integer call() {
        switch (Choices.canonical("list", "list", what, java.util.List.of("arches", "scenarios", "invariants", "handlers"))) {
            case "arches", "handlers" -> { for (FaultHandler h : Handlers.all()) System.out.printf("%-18s %s%n", h.name(), h.file()); }
            case "scenarios" -> { for (Scenario s : Scenarios.ALL) System.out.printf("%-22s %s%n", s.id(), s.description()); }
            case "invariants" -> {
                for (Property p : Invariants.ALL) System.out.printf("%-12s %s%n", p.id(), p.description());
                for (Property p : retrycheck.check.Claims.ALL)  // the patch's claims: by --invariant ID only
                    System.out.printf("%-12s (claim, not in the default set) %s%n", p.id(), p.description());
            }
            default -> throw new IllegalStateException(what);
        }
        return Main.OK;
    }
}
