package retrycheck.cli;

import retrycheck.check.CheckContext;
import retrycheck.check.Invariants;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.kernel.FaultHandler;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Loads a user's handler or property class by name, with a clear error (exit 2, no stack trace) when it cannot:
 * no such class, wrong API, no public no-argument constructor, a constructor or static initializer that throws,
 * a property whose id is blank or a built-in invariant's, or whose {@code newMonitor()} throws or returns null.
 */
final class UserClasses {
    private UserClasses() {}

    static FaultHandler handler(String name) {
        FaultHandler h = load(name, FaultHandler.class, "--handler");
        String id = call("--handler", name, "name()", h::name);
        if (id == null || id.isBlank()) throw new UsageException("--handler " + name + ": name() returned " + (id == null ? "null" : "a blank name"));
        return h;
    }

    static Property property(String name) {
        Property p = load(name, Property.class, "--property");
        String id = call("--property", name, "id()", p::id);
        if (id == null || id.isBlank()) throw new UsageException("--property " + name + ": id() returned " + (id == null ? "null" : "a blank id"));
        for (String builtIn : retrycheck.check.Properties.ids())
            if (builtIn.equalsIgnoreCase(id))
                throw new UsageException("--property " + name + ": its id '" + id + "' is the built-in invariant " + builtIn
                        + "; give it an id of its own (built-in: " + String.join(", ", retrycheck.check.Properties.ids()) + ")");
        return p;
    }

    /** Asks a user property for a monitor of one check, as the checker will: it must neither throw nor return null. */
    static void probeMonitor(String name, Property p, CheckContext ctx) {
        Monitor m = call("--property", name, "newMonitor(" + ctx.handler() + " " + ctx.variant().label() + " "
                + ctx.scenario().id() + ")", () -> p.newMonitor(ctx));
        if (m == null)
            throw new UsageException("--property " + name + ": newMonitor(" + ctx.handler() + " " + ctx.variant().label() + " "
                    + ctx.scenario().id() + ") returned null; it must return a fresh Monitor");
    }

    private static <T> T call(String option, String name, String what, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (RuntimeException | LinkageError e) {
            throw new UsageException(option + " " + name + ": " + what + " threw " + describe(e));
        }
    }

    private static <T> T load(String name, Class<T> api, String option) {
        Class<?> c;
        try {
            c = Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new UsageException(option + " " + name + ": no such class on the class path (add it with java -cp)");
        } catch (ExceptionInInitializerError e) {
            throw new UsageException(option + " " + name + ": its static initializer threw " + describe(e.getCause()));
        } catch (LinkageError e) {
            throw new UsageException(option + " " + name + ": cannot load the class: " + describe(e));
        }
        if (!api.isAssignableFrom(c))
            throw new UsageException(option + " " + name + ": does not implement " + api.getName());
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers()))
            throw new UsageException(option + " " + name + ": is abstract; name a concrete class");
        java.lang.reflect.Constructor<?> ctor;
        try {
            ctor = c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new UsageException(option + " " + name + ": needs a public no-argument constructor (it has none)");
        }
        try {
            return api.cast(ctor.newInstance());
        } catch (InvocationTargetException e) {
            throw new UsageException(option + " " + name + ": constructor threw " + describe(e.getCause()));
        } catch (ExceptionInInitializerError e) {
            throw new UsageException(option + " " + name + ": its static initializer threw " + describe(e.getCause()));
        } catch (IllegalAccessException e) {
            throw new UsageException(option + " " + name + ": needs a public no-argument constructor (its constructor is not public)");
        } catch (InstantiationException | LinkageError e) {
            throw new UsageException(option + " " + name + ": cannot be instantiated: " + describe(e));
        }
    }

    private static String describe(Throwable t) {
        if (t == null) return "an error";
        return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
