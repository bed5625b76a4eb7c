package retrycheck.check.space;

import retrycheck.check.Env;
import retrycheck.check.Scenario;
import retrycheck.kernel.CorePath;
import retrycheck.kernel.FaultAccess;

import java.util.ArrayList;
import java.util.List;

/**
 * One combination of dimension values (valid or not: see {@link Validity}). Its {@link #id()} is stable: the core
 * and the page, then every other value that is not its dimension's default, in the order of {@link Dimension},
 * joined by {@code _} — e.g. {@code filemap_under-read_completes_kernel_fatal}. A dimension added later with its
 * default first leaves every existing id as it was.
 */
public record Point(String core, String page, String provider, String access, String mode, String mapping,
                    String signals, String thread) {

    /** The value of dimension {@code d}. */
    public String get(Dimension d) {
        return switch (d) {
            case ACCESS -> access;
            case MODE -> mode;
            case CORE -> core;
            case PAGE -> page;
            case MAPPING -> mapping;
            case PROVIDER -> provider;
            case SIGNALS -> signals;
            case THREAD -> thread;
        };
    }

    /** This point with dimension {@code d} set to {@code value}. */
    public Point with(Dimension d, String value) {
        return new Point(d == Dimension.CORE ? value : core, d == Dimension.PAGE ? value : page,
                d == Dimension.PROVIDER ? value : provider, d == Dimension.ACCESS ? value : access,
                d == Dimension.MODE ? value : mode, d == Dimension.MAPPING ? value : mapping,
                d == Dimension.SIGNALS ? value : signals, d == Dimension.THREAD ? value : thread);
    }

    /** Every dimension at its default but core and page. */
    public static Point of(String core, String page) {
        Point p = new Point(core, page, null, null, null, null, null, null);
        for (Dimension d : Dimension.values()) if (p.get(d) == null) p = p.with(d, d.defaultValue());
        return p;
    }

    /**
     * The dimension values of a scenario (the inverse of {@link #scenario()}, for any scenario: a named one, or one a
     * helper added with an environment thread the space does not generate): its path's id, its page state, what its
     * environment threads are.
     */
    public static Point of(Scenario s) {
        String core = s.path().id;
        String page = s.beyondEof() ? "beyond-eof" : s.readFails() ? "read-fails" : s.pageUnderIo() ? "under-read"
                : switch (core) {
                    case "ttm" -> "in-move";
                    case "uffd" -> "missing";
                    default -> "hit";
                };
        boolean provided = false, fatal = false, nonfatal = false;
        String thread = "none";
        for (Env e : s.env()) {
            switch (e.name()) {
                case "FATAL_SIGNAL" -> fatal = true;
                case "NONFATAL_SIGNAL" -> nonfatal = true;
                case "MMAP_WRITER" -> thread = "mmap-writer";
                case "MUNMAP" -> thread = "munmap";
                case "MPROTECT" -> thread = "mprotect";
                case "PAGE_LOCKER" -> thread = "page-locker";
                default -> provided = true;                                 // io, gpu, resolver: what makes the page available
            }
        }
        boolean pending = !page.equals("hit") && !page.equals("beyond-eof");
        String provider = !pending && !provided ? "none" : provided ? "completes" : "never";
        String signals = fatal && nonfatal ? "both" : fatal ? "fatal" : nonfatal ? "nonfatal" : "none";
        String access = switch (s.access()) {
            case READ -> "read";
            case WRITE -> "write";
            case EXEC -> "exec";
        };
        return new Point(core, page, provider, access, s.userMode() ? "user" : "kernel", s.shared() ? "shared" : "private",
                signals, thread);
    }

    public String id() {
        StringBuilder b = new StringBuilder(core).append('_').append(page);
        for (Dimension d : Dimension.values()) {
            if (d == Dimension.CORE || d == Dimension.PAGE) continue;
            String v = get(d);
            if (!v.equals(d.defaultValue())) b.append('_').append(v);
        }
        return b.toString();
    }

    /** "access=read mode=user ..." in the order of {@link Dimension}. */
    public String values() {
        StringBuilder b = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            if (b.length() > 0) b.append(' ');
            b.append(d.id).append('=').append(get(d));
        }
        return b.toString();
    }

    /**
     * The scenario this point stands for (only for a valid point: {@link Validity#reason} is null). Threads, in this
     * order: the fault; what makes the page available (io, gpu or resolver); the concurrent thread; the signal
     * senders (killer, then signal) — the order of the named scenarios, so that their schedules are unchanged.
     */
    public Scenario scenario(String id, String description) {
        CorePath path = CorePath.parse(core);
        boolean pending = page.equals("under-read") || page.equals("read-fails");
        List<Env> env = new ArrayList<>();
        if (provider.equals("completes"))
            env.add(switch (page) {
                case "under-read" -> Env.IO_COMPLETION;                 // page_endio(page, false, 0)
                case "read-fails" -> Env.IO_ERROR;                      // page_endio(page, false, err)
                case "in-move" -> Env.FENCE_SIGNAL;                     // dma_fence_signal(bo->moving)
                case "missing" -> Env.UFFD_RESOLVER;                    // UFFDIO_COPY
                default -> throw new IllegalStateException("provider completes on page " + page + ": " + id());
            });
        switch (thread) {
            case "none" -> { }
            case "mmap-writer" -> env.add(Env.MMAP_WRITER);
            case "munmap" -> env.add(Env.MUNMAP);
            case "mprotect" -> env.add(Env.MPROTECT);
            case "page-locker" -> env.add(Env.PAGE_LOCKER);
            default -> throw new IllegalStateException("thread " + thread + " is not modelled: " + id());
        }
        if (signals.equals("fatal") || signals.equals("both")) env.add(Env.FATAL_SIGNAL);
        if (signals.equals("nonfatal") || signals.equals("both")) env.add(Env.NONFATAL_SIGNAL);
        FaultAccess.Kind kind = switch (access) {
            case "read" -> FaultAccess.Kind.READ;
            case "write" -> FaultAccess.Kind.WRITE;
            default -> FaultAccess.Kind.EXEC;
        };
        return new Scenario(id, path, mode.equals("user"), pending, List.copyOf(env), description, kind,
                page.equals("read-fails"), page.equals("beyond-eof"), mapping.equals("shared"));
    }

    /** The scenario under its generated id, with a description made from the values. */
    public Scenario scenario() { return scenario(id(), describe()); }

    /** One line from the values' descriptions. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(mode).append("-mode ").append(access).append(" fault, ").append(core).append(" path, page ").append(page);
        if (mapping.equals("shared")) b.append(" (MAP_SHARED)");
        if (!provider.equals("none")) b.append("; ").append(switch (provider) {
            case "completes" -> page.equals("missing") ? "the monitor resolves it" : page.equals("in-move") ? "the fence signals"
                    : page.equals("read-fails") ? "the read completes with an error" : "the read completes";
            case "never" -> page.equals("missing") ? "the monitor never answers" : page.equals("in-move") ? "the fence never signals"
                    : "the read never completes";
            default -> provider;
        });
        if (!thread.equals("none")) b.append("; ").append(thread);
        if (!signals.equals("none")) b.append("; ").append(switch (signals) {
            case "fatal" -> "SIGKILL";
            case "nonfatal" -> "SIGUSR1";
            default -> "SIGKILL and SIGUSR1";
        }).append(" at any time");
        return b.toString();
    }
}
