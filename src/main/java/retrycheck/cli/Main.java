package retrycheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The retrycheck command line: one entry point with subcommands. */
@Command(name = "retrycheck", mixinStandardHelpOptions = true, version = "retrycheck 0.1.0",
        description = "Model checker for the Linux page-fault retry protocol (v5.6 and v5.7).",
        subcommands = {CheckCommand.class, ListCommand.class, TraceCommand.class, ReplayCommand.class,
                BenchCommand.class, MutantsCommand.class, retrycheck.alloy.AlloyCommand.class, ReviewCommand.class, CiteCheckCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes: everything PASSed / something FAILed / bad usage / nothing failed but something INCOMPLETE. */
    public static final int OK = 0, FAILED = 1, USAGE = 2, INCOMPLETE = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("retrycheck: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'retrycheck " + ex.getCommandLine().getCommandName() + " --help'.");
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
        System.exit(commandLine().execute(args));
    }
}
