package retrycheck.kernel;

import retrycheck.kernel.arch.Arches;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every built-in fault handler: the arches of the patch, s390-gmap ({@link Arches#extra()}), GUP and fixup_user_fault,
 * then the arches that join in a later release (csky), so that the patch's matrix keeps its order.
 */
public final class Handlers {
    private Handlers() {}

    public static List<FaultHandler> all() {
        List<FaultHandler> all = new ArrayList<>(Arches.patch());
        all.addAll(Arches.extra());
        all.add(new GupHandler());
        all.add(new FixupHandler());
        for (FaultHandler a : Arches.all()) if (!all.contains(a)) all.add(a);
        return all;
    }

    public static List<String> names() { return all().stream().map(FaultHandler::name).collect(Collectors.toList()); }

    public static FaultHandler byName(String name) {
        for (FaultHandler h : all()) if (h.name().equals(name)) return h;
        throw new IllegalArgumentException("unknown arch/handler '" + name + "'; valid: " + retrycheck.runtime.Strs.join(", ", names()));
    }
}
