package retrycheck.cli;

import picocli.CommandLine.Option;

/** {@code --workers N}, shared by the commands that run checks in parallel (a picocli mixin). */
final class WorkersOption {
    @Option(names = "--workers", paramLabel = "N", description = "checks run in parallel (default: the number of cores)")
    Integer workers;

    /** The number of workers asked for, or the number of cores; a usage error below 1. */
    int count() {
        int n = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UsageException("--workers must be at least 1, got " + n);
        return n;
    }
}
