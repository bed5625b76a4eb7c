package retrycheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Output safety for every command: an output is complete or absent, and nothing the user owns is ever deleted.
 * <ul>
 *   <li>{@link FileTarget}: a regular file (or a missing one) is replaced atomically (a temporary file in the same
 *       directory, then an atomic move); a FIFO, a device, anything under /dev or /proc ({@code /dev/full},
 *       {@code /dev/stdout} even when it is redirected to a file) or a symlink's target that is one is written
 *       through, never replaced. A symlink to a regular file: its target is replaced.</li>
 *   <li>{@link TraceDir}: a missing directory is built beside it and renamed into place complete; into an existing
 *       directory each file is written atomically.</li>
 *   <li>{@link ReportDir}: a report directory ({@code review --out}, {@code mutants --out}) is built in a fresh
 *       temporary sibling and swapped in with renames; it replaces only an empty directory or a previous report of
 *       the same command (a {@value #MARKER} file listing what it wrote), and deletes only what that list names.</li>
 *   <li>Every temporary file or directory is removed by a shutdown hook if the JVM ends (SIGINT, SIGTERM) before it
 *       was moved into place; tasks registered with {@link #onInterrupt} run first (e.g. a partial report).</li>
 * </ul>
 * Problems are {@link UsageException}s naming the option and the path (exit code 2).
 */
final class Outputs {
    private Outputs() {}

    /** The file a report directory holds to say it is one: "retrycheck COMMAND report", then the files it wrote. */
    static final String MARKER = ".retrycheck-report";

    // ---------------------------------------------------------------------------------------------------------
    // cleanup on interruption

    private static final Set<Path> TEMPS = ConcurrentHashMap.newKeySet();
    private static final List<Runnable> ON_INTERRUPT = new CopyOnWriteArrayList<>();
    private static volatile boolean hooked;

    private static synchronized void hook() {
        if (hooked) return;
        hooked = true;
        Runtime.getRuntime().addShutdownHook(new Thread(Outputs::shutdown, "retrycheck-cleanup"));
    }

    /** Held while a report directory is swapped into place: the shutdown hook waits for the renames to end. */
    private static final Object SWAP = new Object();

    /**
     * The shutdown hook: waits for a report swap under way, runs the interrupt tasks (they may still write a
     * complete partial output), then removes the temporaries; the command's thread may still be writing into one,
     * so they are removed again until they stay gone (for up to 2 s).
     */
    static void shutdown() {
        synchronized (SWAP) {
            for (Runnable r : ON_INTERRUPT) {
                try { r.run(); } catch (Throwable t) { System.err.println("retrycheck: while stopping: " + t); }
            }
            Set<Path> all = new java.util.HashSet<>(TEMPS);
            for (int attempt = 0; attempt < 40 && !all.isEmpty(); attempt++) {
                all.addAll(TEMPS);
                boolean clean = true;
                for (Path p : all) {
                    try {
                        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                            clean = false;
                            deleteCreatedTree(p);
                        }
                    } catch (IOException e) {
                        // being written into: again below
                    }
                }
                if (clean) break;
                try { Thread.sleep(50); } catch (InterruptedException e) { return; }
            }
            TEMPS.clear();
        }
    }

    /** Runs {@code task} if the JVM shuts down before {@link Registration#close()} is called. */
    static Registration onInterrupt(Runnable task) {
        hook();
        ON_INTERRUPT.add(task);
        return () -> ON_INTERRUPT.remove(task);
    }

    interface Registration extends AutoCloseable {
        @Override void close();
    }

    private static void temp(Path p) { hook(); TEMPS.add(p); }

    private static void untemp(Path p) { TEMPS.remove(p); }

    /** Deletes a file or a directory tree that this process created itself (a temporary), never anything else. */
    private static void deleteCreatedTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
            }
        } else Files.deleteIfExists(p);
    }

    private static Path fresh(Path dir, String prefix, String suffix) {
        return dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
    }

    /** Writes {@code text} to {@code file} atomically: a fresh temporary beside it, then an atomic move over it. */
    private static void atomicWrite(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp;
        while (true) {
            tmp = fresh(dir, ".retrycheck-", ".tmp");
            temp(tmp);
            try {
                Files.createFile(tmp);    // default permissions (the umask), unlike createTempFile's 0600
                break;
            } catch (FileAlreadyExistsException e) {
                untemp(tmp);
            }
        }
        try {
            try {
                if (Files.isRegularFile(file)) Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException | IOException e) {
                // keep the default permissions
            }
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            untemp(tmp);
        }
    }

    /** A fresh path under the system temporary directory (not created), removed on interruption or by {@link #discard}. */
    static Path scratch(String prefix) {
        Path p = fresh(Path.of(System.getProperty("java.io.tmpdir")), prefix + "-", "");
        temp(p);
        return p;
    }

    /** Removes a {@link #scratch} path and all that was created in it. */
    static void discard(Path p) {
        try {
            deleteCreatedTree(p);
            untemp(p);
        } catch (IOException e) {
            System.err.println("retrycheck: could not remove " + p + ": " + reason(e));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // one output file

    /** A file to write at the end of a command, checked up front; nothing exists on disk until {@link #write}. */
    static final class FileTarget {
        final String option;
        final Path given, file;
        final boolean through;

        private FileTarget(String option, Path given, Path file, boolean through) {
            this.option = option;
            this.given = given;
            this.file = file;
            this.through = through;
        }

        /** Writes the content computed by {@code content}; out of memory or an I/O error leaves no file behind. */
        void write(Supplier<String> content) {
            byte[] bytes;
            try {
                bytes = content.get().getBytes(StandardCharsets.UTF_8);
            } catch (OutOfMemoryError e) {
                throw outOfMemory(option + " " + given);
            }
            write(bytes);
        }

        void write(byte[] bytes) {
            try {
                if (through) {
                    System.out.flush();   // /dev/stdout: after what the command printed
                    // a device or FIFO is never truncated; /dev/stdout redirected to a file is appended to, not clobbered
                    StandardOpenOption how = Files.isRegularFile(file) ? StandardOpenOption.APPEND : StandardOpenOption.WRITE;
                    try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.WRITE, how)) {
                        o.write(bytes);
                    }
                } else atomicWrite(file, bytes);
            } catch (OutOfMemoryError e) {
                throw outOfMemory(option + " " + given);
            } catch (IOException e) {
                throw new UsageException(option + " " + given + ": cannot write: " + reason(e) + " (nothing written)");
            }
        }
    }

    static UsageException outOfMemory(String what) {
        return new UsageException(what + ": out of memory while writing it (nothing written); give Java more memory, "
                + "e.g. java -Xmx4g -jar target/retrycheck.jar ...");
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory: " + e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied: " + e.getMessage();
        String m = e.getMessage();
        return m == null ? e.toString() : m;
    }

    /**
     * Checks that {@code file} can be written, without creating anything: its directory exists and is writable, it
     * is not a directory. A symlink is followed: its target is what gets written. A FIFO or a device is written
     * through (opened and written, never replaced); a regular file is replaced atomically at the end.
     */
    static FileTarget fileTarget(String option, Path file) {
        if (Files.isDirectory(file)) throw new UsageException(option + " " + file + ": is a directory; give a file name");
        Path real = file;
        Path abs = file.toAbsolutePath().normalize();
        boolean alias = abs.startsWith("/dev") || abs.startsWith("/proc");   // /dev/stdout: whatever fd 1 is, even a file
        if (Files.exists(file)) {                      // follows symlinks (also /dev/stdout -> /proc/self/fd/1 -> pipe)
            if (alias || !Files.isRegularFile(file)) {
                if (!Files.isWritable(file)) throw new UsageException(option + " " + file + ": not writable");
                return new FileTarget(option, file, file, true);
            }
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                throw new UsageException(option + " " + file + ": cannot resolve it: " + reason(e));
            }
            if (!Files.isWritable(real)) throw new UsageException(option + " " + file + ": not writable");
        } else {
            try {                                      // a dangling symlink: its target is created
                for (int i = 0; i < 40 && Files.isSymbolicLink(real); i++)
                    real = real.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(real));
            } catch (IOException e) {
                throw new UsageException(option + " " + file + ": cannot read the symlink: " + reason(e));
            }
            if (Files.isSymbolicLink(real)) throw new UsageException(option + " " + file + ": too many levels of symlinks");
        }
        Path dir = real.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir))
            throw new UsageException(option + " " + file + ": directory " + dir + " does not exist");
        if (!Files.isWritable(dir)) throw new UsageException(option + " " + file + ": cannot write in " + dir + " (permission denied)");
        return new FileTarget(option, file, real, false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // a directory of traces

    /** {@code --traces DIR}: checked up front, written at the end (complete or absent when it did not exist). */
    static final class TraceDir {
        final String option;
        final Path given, dir;

        private TraceDir(String option, Path dir) {
            this.option = option;
            this.given = dir;
            this.dir = dir.toAbsolutePath().normalize();
        }

        /** Writes every file (name → content); a new directory appears complete, an existing one gets each file atomically. */
        void write(Map<String, String> files) {
            try {
                if (Files.isDirectory(dir)) {
                    for (Map.Entry<String, String> e : files.entrySet())
                        atomicWrite(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
                    return;
                }
                Path parent = dir.toAbsolutePath().getParent();
                Path tmp = fresh(parent, "." + dir.getFileName() + ".retrycheck-", ".tmp");
                temp(tmp);
                try {
                    Files.createDirectory(tmp);
                    for (Map.Entry<String, String> e : files.entrySet())
                        Files.writeString(tmp.resolve(e.getKey()), e.getValue());
                    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    deleteCreatedTree(tmp);
                    untemp(tmp);
                }
            } catch (OutOfMemoryError e) {
                throw outOfMemory(option + " " + given);
            } catch (IOException e) {
                throw new UsageException(option + " " + given + ": cannot write: " + reason(e) + " (no partial trace left)");
            }
        }
    }

    static TraceDir traceDir(String option, Path dir) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new UsageException(option + " " + dir + ": is not a directory");
            if (!Files.isWritable(dir)) throw new UsageException(option + " " + dir + ": not writable");
        } else {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent))
                throw new UsageException(option + " " + dir + ": directory " + parent + " does not exist");
            if (!Files.isWritable(parent)) throw new UsageException(option + " " + dir + ": cannot create it in " + parent + " (permission denied)");
        }
        return new TraceDir(option, dir);
    }

    // ---------------------------------------------------------------------------------------------------------
    // a report directory

    /**
     * {@code review --out DIR}, {@code mutants --out DIR}: {@link #begin} gives a fresh temporary sibling to build
     * the report in, {@link #commit} swaps it into place; the old content is replaced only if it was empty or a
     * previous report of this command, and only the files that report listed are deleted.
     */
    static final class ReportDir {
        final String option, command;
        final Path dir;
        private final Path tmp;

        private ReportDir(String option, String command, Path dir) {
            this.option = option;
            this.command = command;
            this.dir = dir.toAbsolutePath().normalize();
            this.tmp = fresh(this.dir.getParent(), "." + this.dir.getFileName() + ".retrycheck-new-", "");
        }

        /** Where {@link #begin} builds the report (not created yet). */
        Path tmp() { return tmp; }

        /** Creates the temporary directory the report is built in (removed on interruption or {@link #abort}). */
        Path begin() {
            Path parent = dir.toAbsolutePath().getParent();
            temp(tmp);
            try {
                Files.createDirectory(tmp);
            } catch (IOException e) {
                untemp(tmp);
                throw new UsageException(option + " " + dir + ": cannot create a directory in " + parent + ": " + reason(e));
            }
            return tmp;
        }

        /** Removes the temporary directory (everything in it was written by this command). */
        void abort() {
            try {
                deleteCreatedTree(tmp);
                untemp(tmp);
            } catch (IOException e) {
                System.err.println("retrycheck: could not remove " + tmp + ": " + reason(e));
            }
        }

        /** Writes the marker, then puts the new report in place of the old one (not interrupted half-way). */
        void commit() throws IOException {
            synchronized (SWAP) {
                swap();
                committed = true;
            }
        }

        private volatile boolean committed;

        /** What an interruption leaves, for the command's note. */
        String interruptedNote() {
            return committed ? "the new report was already in place in " + dir
                    : dir + " left as it was (no partial report, its temporary directory removed)";
        }

        private void swap() throws IOException {
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) files.add(tmp.relativize(p).toString());
            }
            Files.writeString(tmp.resolve(MARKER), "retrycheck " + command + " report\n" + String.join("\n", files) + "\n");
            check(option, command, dir);          // still empty or our own (it may have changed while we ran)
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                untemp(tmp);
                return;
            }
            List<String> old = ownFiles(dir);
            Path parent = dir.toAbsolutePath().getParent();
            Path aside = fresh(parent, "." + dir.getFileName() + ".retrycheck-old-", "");
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                untemp(tmp);
            } catch (IOException e) {
                Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);    // put the old report back
                throw e;
            }
            deleteListed(aside, old);
        }
    }

    /**
     * Checks up front that DIR can take a report of {@code command}: missing (its parent exists), empty, or a
     * previous report of the same command holding only the files it listed; never the current directory.
     */
    static ReportDir reportDir(String option, String command, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(abs))
            throw new UsageException(option + " " + dir + ": is the current directory" + (cwd.equals(abs) ? "" : " or contains it")
                    + "; a report needs a directory of its own (e.g. " + option + " " + command + "/)");
        if (abs.getParent() == null) throw new UsageException(option + " " + dir + ": cannot write a report at the root");
        Path parent = abs.getParent();
        if (!Files.isDirectory(parent)) throw new UsageException(option + " " + dir + ": directory " + parent + " does not exist");
        if (!Files.isWritable(parent)) throw new UsageException(option + " " + dir + ": cannot write in " + parent + " (permission denied)");
        check(option, command, dir);
        return new ReportDir(option, command, dir);
    }

    private static void check(String option, String command, Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir))
            throw new UsageException(option + " " + dir + ": exists and is not a directory; give a new or empty directory");
        try {
            if (isEmpty(dir)) return;
            Path marker = dir.resolve(MARKER);
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS))
                throw new UsageException(option + " " + dir + ": not empty and not a previous " + command + " report (no "
                        + MARKER + " in it); refusing to replace it: give a new or empty directory");
            List<String> lines = Files.readAllLines(marker);
            String want = "retrycheck " + command + " report";
            if (lines.isEmpty() || !lines.get(0).equals(want))
                throw new UsageException(option + " " + dir + ": holds " + (lines.isEmpty() ? "an empty " + MARKER
                        : "'" + lines.get(0) + "'") + ", not a " + command + " report; give a new or empty directory");
            Set<String> listed = Set.copyOf(ownFiles(dir));
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.toList()) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                    String rel = dir.relativize(p).toString();
                    if (!listed.contains(rel))
                        throw new UsageException(option + " " + dir + ": holds " + p + ", which the previous " + command
                                + " report did not write; move it away or give another directory (nothing is deleted)");
                }
            }
        } catch (IOException e) {
            throw new UsageException(option + " " + dir + ": cannot read it: " + reason(e));
        }
    }

    /** The files a report directory's marker lists, the marker included. */
    private static List<String> ownFiles(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<String> lines = Files.readAllLines(marker);
        List<String> files = new ArrayList<>();
        for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (l.isBlank()) continue;
            Path p = Path.of(l).normalize();
            if (p.isAbsolute() || p.startsWith("..")) continue;     // never outside the report
            files.add(p.toString());
        }
        files.add(MARKER);
        return files;
    }

    /** Deletes the listed files under {@code dir}, then the directories left empty; whatever else is there stays. */
    private static void deleteListed(Path dir, List<String> files) throws IOException {
        for (String f : files) Files.deleteIfExists(dir.resolve(f));
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(dir)) {
            dirs = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path d : dirs) if (isEmpty(d)) Files.delete(d);
        if (Files.exists(dir)) System.err.println("retrycheck: kept " + dir + ": it holds files the previous report did not write");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Keeps insertion order; for callers that collect file name → content. */
    static Map<String, String> files() { return new LinkedHashMap<>(); }
}
