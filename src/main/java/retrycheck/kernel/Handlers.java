package retrycheck.kernel;

import retrycheck.kernel.arch.Arches;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every built-in fault handler: the arches of the patch, s390-gmap ({@link Arches#extra()}), then GUP and fixup_user_fault. */
public final class Handlers {
    private Handlers() {}

    public static List<FaultHandler> all() {
        List<FaultHandler> all = new ArrayList<>(Arches.all());
        all.addAll(Arches.extra());
        all.add(new GupHandler());
        all.add(new FixupHandler());
        return all;
    }

    public static List<String> names() { return all().stream().map(FaultHandler::name).collect(Collectors.toList()); }

    public static FaultHandler byName(String name) {
        for (FaultHandler h : all()) if (h.name().equals(name)) return h;
        throw new IllegalArgumentException("unknown arch/handler '" + name + "'; valid: " + retrycheck.runtime.Strs.join(", ", names()));
    }
}
