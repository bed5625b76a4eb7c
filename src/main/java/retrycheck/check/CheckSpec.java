package retrycheck.check;

import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.Variant;

import java.util.ArrayList;
import java.util.List;

/** One check: a handler in one kernel variant under one scenario, against some properties. */
public record CheckSpec(FaultHandler handler, Variant variant, Scenario scenario, List<Property> properties,
                        KernelOps ops) {
    public String label() { return handler.name() + " " + variant.label() + " " + scenario.id(); }

    /**
     * The matrix handler × variant × scenario, in that order, on the kernel's own core. A handler is paired only
     * with the variants it declares ({@link FaultHandler#declares}: an arch absent from a release, or not yet
     * transliterated from its tree, has no check there).
     */
    public static List<CheckSpec> matrix(List<FaultHandler> handlers, List<Variant> variants, List<Scenario> scenarios,
                                         List<Property> properties) {
        return matrix(handlers, variants, scenarios, properties, KernelOps.DEFAULT);
    }

    /**
     * The matrix on the kernel functions {@code ops} (a user's replaced core function: {@code check --core}), without
     * the combinations whose core path the variant's kernel does not have ({@link retrycheck.kernel.CorePath#absentFrom}:
     * uffd-wp-swap in v5.6).
     */
    public static List<CheckSpec> matrix(List<FaultHandler> handlers, List<Variant> variants, List<Scenario> scenarios,
                                         List<Property> properties, KernelOps ops) {
        List<CheckSpec> specs = new ArrayList<>();
        for (FaultHandler h : handlers)
            for (Variant v : variants) {
                if (!h.declares(v)) continue;
                for (Scenario s : scenarios)
                    if (s.path().absentFrom(v) == null) specs.add(new CheckSpec(h, v, s, properties, ops));
            }
        return specs;
    }

    /** Every built-in handler, both variants, every scenario, the seven invariants. */
    public static List<CheckSpec> wholeMatrix() {
        return matrix(retrycheck.kernel.Handlers.all(), Variant.PATCH, Scenarios.ALL, Invariants.ALL);
    }
}
