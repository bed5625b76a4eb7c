package reviewer;

import retrycheck.check.CheckContext;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.runtime.Event;

import java.util.HashMap;
import java.util.Map;

/**
 * The reviewer's own rule: in these scenarios one fault calls handle_mm_fault() at most three times. The monitor
 * sees every event of an execution: FAULT_BEGIN when a fault starts (again, when a kernel instruction re-executes),
 * ATTEMPT_BEGIN when handle_mm_fault() is entered with its flags.
 */
public class AtMostThreeAttempts implements Property {
    @Override public String id() { return "THREE_ATTEMPTS"; }

    @Override public String description() { return "one fault calls handle_mm_fault() at most three times"; }

    @Override public Monitor newMonitor(CheckContext ctx) {
        return new Monitor(id()) {
            private final Map<String, Integer> attempts = new HashMap<>();

            @Override protected void check(Event e) {
                if (e.isNote(Event.Note.FAULT_BEGIN)) attempts.put(e.thread(), 0);
                if (e.isNote(Event.Note.ATTEMPT_BEGIN) && attempts.merge(e.thread(), 1, (a, b) -> a + b) > 3)
                    violation(e, "a fourth handle_mm_fault() for one fault");
            }
        };
    }
}
