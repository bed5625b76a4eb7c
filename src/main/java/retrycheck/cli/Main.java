package retrycheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The retrycheck command line: one entry point with subcommands. */
@Command(name = "retrycheck", mixinStandardHelpOptions = true, version = "retrycheck 0.1.0",
        scope = CommandLine.ScopeType.INHERIT,       // --help, --version and the exit codes on every subcommand too
        exitCodeListHeading = "Exit codes (README, \"Exit codes\"):%n",
        exitCodeList = {"0:all PASS (replay: reproduced; mutants: all killed)", "1:a FAIL or ERROR (replay: diverged; mutants: a survivor...)",
                "2:bad usage or input, or an output that cannot be written; nothing written",
                "3:nothing FAILed, something INCOMPLETE", "130:interrupted (Ctrl-C; 143: SIGTERM)"},
        description = "Model checker for the Linux page-fault retry protocol (v5.6, v5.7 and the releases after v5.7 that changed it).",
        subcommands = {CheckCommand.class, ListCommand.class, TraceCommand.class, ReplayCommand.class,
                BenchCommand.class, MutantsCommand.class, retrycheck.alloy.AlloyCommand.class, ReviewCommand.class, CiteCheckCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /**
     * Exit codes (README, "Exit codes"): everything PASSed / something FAILed or was ERROR / bad usage or input, or an
     * output that cannot be written / nothing failed but something INCOMPLETE / interrupted by Ctrl-C (SIGINT; the
     * JVM exits 128 + the signal number, so SIGTERM gives 143).
     */
    public static final int OK = 0, FAILED = 1, USAGE = 2, INCOMPLETE = 3, INTERRUPTED = 130;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("retrycheck: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                CommandLine.UnmatchedArgumentException.printSuggestions(u, c.getErr());    // "Did you mean: check?"
                if (c.getParent() == null) c.getErr().println("commands: " + String.join(", ", c.getSubcommands().keySet()));
            }
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
                c.getErr().println("retrycheck: " + ex.getMessage());
                return USAGE;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("retrycheck: out of memory (nothing written); narrow the selection or give Java more memory, "
                    + "e.g. java -Xmx4g -jar target/retrycheck.jar ...");
            code = USAGE;
        }
        System.exit(code);
    }
}
