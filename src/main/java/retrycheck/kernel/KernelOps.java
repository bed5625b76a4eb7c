package retrycheck.kernel;

import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The kernel functions a {@link Kernel} is built with: for each C file of the core (a class named after it:
 * {@link Filemap}, {@link Memory}, {@link Gup}, ...) the object whose methods are that file's functions. The default
 * builds each release's own classes ({@link KernelReleases}: the v5.7.14 classes for v5.7, the v5.6.4 subclasses
 * ({@link Filemap56}, {@link Gup56}, ...) for v5.6, the later releases' subclasses for those).
 * A variant replaces one class by a subclass that overrides the one function it changes:
 * {@code KernelOps.DEFAULT.with(Gup.class, MyGup::new)}; {@link #replacing(String)} does the same for a class named
 * on the command line ({@code --core my.MyGup}). A replacement is used for every variant.
 */
public final class KernelOps {
    /** The kernel's own core. */
    public static final KernelOps DEFAULT = new KernelOps(Map.of());

    /** The replaceable classes (the C files of the core), in the order {@link Kernel} builds them. */
    public static final List<Class<?>> FILES = List.of(Mm.class, Signal.class, Mmap.class, MmInternal.class,
            Pagemap.class, Filemap.class, Memory.class, TtmBoVm.class, Userfaultfd.class, Gup.class);

    private final Map<Class<?>, Function<Kernel, ?>> replaced;

    private KernelOps(Map<Class<?>, Function<Kernel, ?>> replaced) { this.replaced = replaced; }

    /** These ops with {@code file}'s functions built by {@code factory} (a subclass of {@code file}). */
    public <T> KernelOps with(Class<T> file, Function<Kernel, ? extends T> factory) {
        if (!FILES.contains(file))
            throw new IllegalArgumentException(file.getName() + " is not a replaceable kernel file; valid: " + names());
        Map<Class<?>, Function<Kernel, ?>> m = new LinkedHashMap<>(replaced);
        m.put(file, factory);
        return new KernelOps(m);
    }

    /**
     * The kernel's core with {@code className} in place of the kernel file class it extends (directly or through a
     * v5.6 subclass): a public class with a public constructor taking the {@link Kernel}.
     */
    public static KernelOps replacing(String className) { return DEFAULT.alsoReplacing(className); }

    /** These ops with {@code className} in place of the kernel file class it extends, as {@link #replacing(String)}. */
    public KernelOps alsoReplacing(String className) { return alsoReplacing(className, KernelOps.class.getClassLoader()); }

    /** The same, loading {@code className} through {@code loader} (e.g. one over {@code --classpath}). */
    public KernelOps alsoReplacing(String className, ClassLoader loader) {
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("--core " + className + ": no such class on the class path (add its directory or jar with --classpath)");
        }
        Class<?> file = null;
        for (Class<?> s = c; s != null && file == null; s = s.getSuperclass()) if (FILES.contains(s) && s != c) file = s;
        if (file == null)
            throw new IllegalArgumentException("--core " + className + ": not a subclass of a kernel file class; valid: " + names());
        Constructor<?> ctor;
        try {
            ctor = c.getConstructor(Kernel.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("--core " + className + ": needs a public constructor " + c.getSimpleName() + "(Kernel k)");
        }
        return withUnchecked(file, k -> {
            try {
                return ctor.newInstance(k);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("--core " + className + ": " + e.getCause(), e);
            }
        });
    }

    private KernelOps withUnchecked(Class<?> file, Function<Kernel, ?> factory) {
        Map<Class<?>, Function<Kernel, ?>> m = new LinkedHashMap<>(replaced);
        m.put(file, factory);
        return new KernelOps(m);
    }

    /** {@code file}'s object for {@code k}: the replacement if there is one, else the variant's own class. */
    <T> T build(Class<T> file, Kernel k, Function<Kernel, ? extends T> own) {
        Function<Kernel, ?> f = replaced.get(file);
        if (f != null) return file.cast(f.apply(k));
        return own.apply(k);
    }

    /** True for the kernel's own core. */
    public boolean isDefault() { return replaced.isEmpty(); }

    /** The replaced files, e.g. "Gup", or "" for the kernel's own core. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Class<?> c : replaced.keySet()) b.append(b.length() == 0 ? "" : ",").append(c.getSimpleName());
        return b.toString();
    }

    private static String names() {
        StringBuilder b = new StringBuilder();
        for (Class<?> c : FILES) b.append(b.length() == 0 ? "" : ", ").append(c.getName());
        return b.toString();
    }

    @Override public String toString() { return isDefault() ? "kernel" : "kernel+" + describe(); }
}
