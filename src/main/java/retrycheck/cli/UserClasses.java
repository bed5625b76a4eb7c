package retrycheck.cli;

import retrycheck.check.Property;
import retrycheck.kernel.FaultHandler;

/** Loads a user's handler or property class by name, with a clear error when it cannot. */
final class UserClasses {
    private UserClasses() {}

    static FaultHandler handler(String name) { return load(name, FaultHandler.class, "--handler"); }

    static Property property(String name) { return load(name, Property.class, "--property"); }

    private static <T> T load(String name, Class<T> api, String option) {
        Class<?> c;
        try {
            c = Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new UsageException(option + " " + name + ": no such class on the class path (add it with java -cp)");
        }
        if (!api.isAssignableFrom(c))
            throw new UsageException(option + " " + name + ": does not implement " + api.getName());
        try {
            return api.cast(c.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new UsageException(option + " " + name + ": needs a public no-argument constructor (" + e + ")");
        }
    }
}
