package retrycheck.check;

import retrycheck.runtime.Event;
import retrycheck.runtime.Src;

import java.util.function.Predicate;

/** For tests: an observer written as a property, which "fails" in every execution with an event whose citation matches, so FAIL = reached. */
public final class CitesObserver {
    private CitesObserver() {}

    public static Property cites(String id, Predicate<Src> which) {
        return new Property() {
            @Override public String id() { return id; }
            @Override public String description() { return id; }
            @Override public Monitor newMonitor(CheckContext ctx) {
                return new Monitor(id) {
                    @Override protected void check(Event e) {
                        if (e.src() != null && which.test(e.src())) violation(e, "cites " + e.src());
                    }
                };
            }
        };
    }
}
