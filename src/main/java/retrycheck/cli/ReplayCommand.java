package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import retrycheck.trace.Replayer;
import retrycheck.trace.Trace;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `replay FILE`: re-executes a trace's schedule and confirms the same violation at the same step. */
@Command(name = "replay", description = {"Re-execute a saved trace's schedule on the model and confirm its violation.",
        "Exit 0: the same invariant is violated at the same step; 1: it diverged (the message says where);",
        "2: the file is not a valid trace, or was recorded by another model version."})
final class ReplayCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override public Integer call() {
        Trace t = TraceCommand.read(file);
        System.out.println("replaying " + file + ": " + t.invariant() + " at step " + t.violationStep() + ", " + t.handler()
                + " " + t.variant() + " " + t.scenario() + ", " + t.schedule().size() + " thread choices");
        Replayer.Result r = Replayer.replay(t);
        System.out.println(r.message());
        return r.reproduced() ? Main.OK : Main.FAILED;
    }
}
