package retrycheck.cli;

import retrycheck.check.CheckContext;
import retrycheck.check.Invariants;
import retrycheck.check.Monitor;
import retrycheck.check.Property;
import retrycheck.kernel.FaultHandler;

import retrycheck.check.Scenario;
import retrycheck.check.ScenarioProvider;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads a user's handler or property class by name, with a clear error (exit 2, no stack trace) when it cannot:
 * no such class, wrong API, no public no-argument constructor, a constructor or static initializer that throws,
 * a property whose id is blank or a built-in invariant's, or whose {@code newMonitor()} throws or returns null.
 */
final class UserClasses {
    private UserClasses() {}

    /**
     * The class loader for user classes: the {@code --classpath} entries (directories of classes, or jars) in front
     * of retrycheck's own classes, or retrycheck's own loader when there are none. Each entry must exist.
     */
    static ClassLoader loader(List<Path> classpath) {
        if (classpath == null || classpath.isEmpty()) return UserClasses.class.getClassLoader();
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            boolean jar = Files.isRegularFile(p) && (p.toString().endsWith(".jar") || p.toString().endsWith(".zip"));
            if (!Files.isDirectory(p) && !jar)
                throw new UsageException("--classpath " + p + ": " + (Files.exists(p) ? "neither a directory of classes nor a .jar"
                        : "no such directory or jar"));
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("--classpath " + p + ": " + e.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), UserClasses.class.getClassLoader());
    }

    static FaultHandler handler(String name) { return handler(name, UserClasses.class.getClassLoader()); }

    static FaultHandler handler(String name, ClassLoader loader) {
        FaultHandler h = load(name, FaultHandler.class, "--handler", loader);
        String id = call("--handler", name, "name()", h::name);
        if (id == null || id.isBlank()) throw new UsageException("--handler " + name + ": name() returned " + (id == null ? "null" : "a blank name"));
        return h;
    }

    static Property property(String name) { return property(name, UserClasses.class.getClassLoader()); }

    static Property property(String name, ClassLoader loader) {
        Property p = load(name, Property.class, "--property", loader);
        String id = call("--property", name, "id()", p::id);
        if (id == null || id.isBlank()) throw new UsageException("--property " + name + ": id() returned " + (id == null ? "null" : "a blank id"));
        for (String builtIn : retrycheck.check.Properties.ids())
            if (builtIn.equalsIgnoreCase(id))
                throw new UsageException("--property " + name + ": its id '" + id + "' is the built-in invariant " + builtIn
                        + "; give it an id of its own (built-in: " + String.join(", ", retrycheck.check.Properties.ids()) + ")");
        return p;
    }

    /** A user scenario class ({@link ScenarioProvider}): its scenario, which must have an id of its own. */
    static Scenario scenario(String name, ClassLoader loader, List<String> builtInIds) {
        ScenarioProvider sp = load(name, ScenarioProvider.class, "--scenario", loader);
        Scenario s = call("--scenario", name, "scenario()", sp::scenario);
        if (s == null) throw new UsageException("--scenario " + name + ": scenario() returned null");
        if (s.id() == null || s.id().isBlank()) throw new UsageException("--scenario " + name + ": its scenario has a blank id");
        for (String b : builtInIds)
            if (b.equalsIgnoreCase(s.id()))
                throw new UsageException("--scenario " + name + ": its id '" + s.id() + "' is the built-in scenario " + b
                        + "; give it an id of its own");
        return s;
    }

    /** What a classpath adds: its public, concrete classes implementing one of the user APIs, by API. */
    record Found(List<String> handlers, List<String> properties, List<String> scenarios, List<String> unusable) {}

    static Found scan(List<Path> classpath) {
        ClassLoader loader = loader(classpath);
        TreeSet<String> names = new TreeSet<>();
        for (Path p : classpath) names.addAll(classNames(p));
        List<String> hs = new ArrayList<>(), ps = new ArrayList<>(), ss = new ArrayList<>(), bad = new ArrayList<>();
        for (String n : names) {
            Class<?> c;
            try {
                c = Class.forName(n, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;                                       // not loadable on its own: not a class a user names
            }
            if (c.isInterface() || Modifier.isAbstract(c.getModifiers()) || !Modifier.isPublic(c.getModifiers())) continue;
            boolean h = FaultHandler.class.isAssignableFrom(c), pr = Property.class.isAssignableFrom(c),
                    sc = ScenarioProvider.class.isAssignableFrom(c);
            if (!h && !pr && !sc) continue;
            try {
                if (h) { FaultHandler x = handler(n, loader); hs.add(n + "  (name " + x.name() + ", " + x.file() + ")"); }
                if (pr) { Property x = property(n, loader); ps.add(n + "  (id " + x.id() + ": " + x.description() + ")"); }
                if (sc) { Scenario x = scenario(n, loader, List.of()); ss.add(n + "  (id " + x.id() + ": " + x.description() + ")"); }
            } catch (UsageException e) {
                bad.add(e.getMessage());
            }
        }
        return new Found(hs, ps, ss, bad);
    }

    /** The binary names of the classes in a classpath entry (a directory tree of .class files, or a jar). */
    private static List<String> classNames(Path entry) {
        List<String> out = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> s = Files.walk(entry)) {
                    s.filter(f -> f.toString().endsWith(".class")).forEach(f -> out.add(binaryName(entry.relativize(f).toString())));
                }
            } else {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries()))
                        if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) out.add(binaryName(e.getName()));
                }
            }
        } catch (IOException e) {
            throw new UsageException("--classpath " + entry + ": cannot read it: " + e.getMessage());
        }
        out.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
        return out;
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.');
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

    private static <T> T load(String name, Class<T> api, String option, ClassLoader loader) {
        Class<?> c;
        try {
            c = Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new UsageException(option + " " + name + ": no such class on the class path (add its directory or jar with --classpath)");
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
