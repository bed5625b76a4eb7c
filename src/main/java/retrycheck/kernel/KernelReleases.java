package retrycheck.kernel;

import java.util.function.Function;

/**
 * Which class stands for each C file of the core in each release: a release's class extends the previous release's
 * and overrides only the functions whose C changed (spec/releases.md §10.2). {@link Kernel} builds its files from
 * here unless {@link KernelOps} replaces one.
 */
public final class KernelReleases {
    private KernelReleases() {}

    /**
     * The releases whose core the model holds: every function of the modelled paths whose C changed in the release
     * is overridden in that release's classes (spec/releases.md §10.2). A release not listed has no checks at all
     * (its classes may still be incomplete).
     */
    private static final java.util.Set<Variant> DECLARED = java.util.EnumSet.of(Variant.V5_6, Variant.V5_7, Variant.V5_9, Variant.V5_12,
            Variant.V6_0, Variant.V6_3, Variant.V6_4, Variant.V6_5, Variant.V6_8);

    /** Whether the model holds the core of release {@code v} (see {@link #DECLARED}). */
    public static boolean declared(Variant v) { return DECLARED.contains(v); }

    public static Function<Kernel, Mm> mm(Variant v) {
        return v.atLeast(Variant.V6_8) ? Mm68::new : v.atLeast(Variant.V6_4) ? Mm64::new : Mm::new;
    }

    public static Function<Kernel, Signal> signal(Variant v) { return Signal::new; }

    public static Function<Kernel, Mmap> mmap(Variant v) {
        return v.atLeast(Variant.V6_4) ? Mmap64::new : Mmap::new;
    }

    public static Function<Kernel, MmInternal> mmInternal(Variant v) {
        return v.atLeast(Variant.V6_8) ? MmInternal68::new : v.atLeast(Variant.V5_7) ? MmInternal::new : MmInternal56::new;
    }

    public static Function<Kernel, Pagemap> pagemap(Variant v) {
        return v.atLeast(Variant.V6_8) ? Pagemap68::new : Pagemap::new;
    }

    public static Function<Kernel, Filemap> filemap(Variant v) {
        return v.atLeast(Variant.V6_8) ? Filemap68::new : v.atLeast(Variant.V6_0) ? Filemap60::new
                : v.atLeast(Variant.V5_7) ? Filemap::new : Filemap56::new;
    }

    public static Function<Kernel, Memory> memory(Variant v) {
        return v.atLeast(Variant.V6_8) ? Memory68::new : v.atLeast(Variant.V6_5) ? Memory65::new
                : v.atLeast(Variant.V6_4) ? Memory64::new : v.atLeast(Variant.V6_0) ? Memory60::new
                : v.atLeast(Variant.V5_9) ? Memory59::new : Memory::new;
    }

    public static Function<Kernel, TtmBoVm> ttmBoVm(Variant v) {
        return v.atLeast(Variant.V5_7) ? TtmBoVm::new : TtmBoVm56::new;
    }

    public static Function<Kernel, Userfaultfd> userfaultfd(Variant v) {
        return v.atLeast(Variant.V6_8) ? Userfaultfd68::new : v.atLeast(Variant.V5_9) ? Userfaultfd59::new
                : v.atLeast(Variant.V5_7) ? Userfaultfd::new : Userfaultfd56::new;
    }

    public static Function<Kernel, Gup> gup(Variant v) {
        return v.atLeast(Variant.V6_8) ? Gup68::new : v.atLeast(Variant.V6_5) ? Gup65::new : v.atLeast(Variant.V6_4) ? Gup64::new
                : v.atLeast(Variant.V6_3) ? Gup63::new : v.atLeast(Variant.V6_0) ? Gup60::new : v.atLeast(Variant.V5_9) ? Gup59::new
                : v.atLeast(Variant.V5_7) ? Gup::new : Gup56::new;
    }
}
