package retrycheck.check;

import retrycheck.kernel.CoreOverrides;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Variant;

import java.util.List;

/** One check: a handler in one kernel variant under one scenario, against some properties. */
public record CheckSpec(FaultHandler handler, Variant variant, Scenario scenario, List<Property> properties,
                        CoreOverrides overrides) {
    public String label() { return handler.name() + " " + variant.label() + " " + scenario.id(); }
}
