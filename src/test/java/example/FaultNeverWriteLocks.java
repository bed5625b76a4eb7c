package example;

import retrycheck.check.CheckContext;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.runtime.Event;

/**
 * The README walk-through for a property of your own: "the fault thread never holds mmap_sem for write".
 * A Monitor sees every event of an execution and the tracked state (holds, attempt flags, signals).
 */
public class FaultNeverWriteLocks implements Property {
    @Override public String id() { return "NO_WRITE_IN_FAULT"; }

    @Override public String description() { return "the fault thread never holds mmap_sem for write"; }

    @Override public Monitor newMonitor(CheckContext ctx) {
        return new Monitor(id()) {
            @Override protected void check(Event e) {
                if (writeHolders.contains("fault"))
                    violation(e, "the fault thread holds mmap_sem for write at " + e.src());
            }
        };
    }
}
