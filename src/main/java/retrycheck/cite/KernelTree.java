package retrycheck.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Linux source tree to check citations against: a work tree (a directory with the top Makefile), or a git
 * repository without a work tree (such as a bare clone), whose files are read from HEAD with {@code git show}.
 * Its release comes from the top Makefile (VERSION, PATCHLEVEL, SUBLEVEL).
 */
public final class KernelTree {
    private final Path dir;
    private final boolean git;
    /** The commit a git directory is read at ("HEAD" unless {@code DIR@COMMIT} named one). */
    private final String rev;
    private final String release;
    private final Map<String, Optional<List<String>>> files = new HashMap<>();

    private KernelTree(Path dir, boolean git, String rev, String makefile) {
        this.dir = dir;
        this.git = git;
        this.rev = rev;
        this.release = release(makefile, describe(dir, git, rev));
    }

    /**
     * Opens {@code spec}: a directory, or {@code DIR@COMMIT} for a git directory read at that commit (a snapshot
     * whose HEAD is not the release, spec/releases.md §1).
     */
    public static KernelTree open(String spec) {
        int at = spec.lastIndexOf('@');
        if (at <= 0) return open(Path.of(spec));
        String commit = spec.substring(at + 1);
        Path dir = Path.of(spec.substring(0, at));
        if (!commit.matches("[0-9A-Za-z_./-]+"))
            throw new IllegalArgumentException(spec + ": '" + commit + "' is not a commit (DIR@COMMIT names a git commit, e.g. a hash)");
        return open(dir, commit);
    }

    /**
     * Opens {@code dir}; an {@link IllegalArgumentException} says why it is not a kernel tree (missing directory,
     * no top Makefile in the work tree nor in a git HEAD, a Makefile without the version).
     */
    public static KernelTree open(Path dir) { return open(dir, null); }

    /** Opens {@code dir}, a git directory read at {@code commit} (null: a work tree, or a git directory at HEAD). */
    public static KernelTree open(Path dir, String commit) {
        if (!Files.exists(dir)) throw new IllegalArgumentException(dir + ": no such directory (expected a Linux source tree)");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a directory (expected a Linux source tree)");
        Path makefile = dir.resolve("Makefile");
        if (commit == null && Files.isRegularFile(makefile)) {
            try {
                return new KernelTree(dir, false, "HEAD", Files.readString(makefile, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new IllegalArgumentException(makefile + ": cannot read: " + e.getMessage());
            }
        }
        boolean repo = Files.exists(dir.resolve(".git"))
                || Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"));
        if (!repo)
            throw new IllegalArgumentException(dir + (commit == null ? ": not a Linux source tree: no Makefile, and not a git repository "
                    : "@" + commit + ": not a git repository ") + "(no .git; a bare repository has HEAD and objects/)");
        String rev = commit == null ? "HEAD" : commit;
        Git m = git(dir, "show", rev + ":Makefile");
        if (m.exit != 0)
            throw new IllegalArgumentException(dir + ": a git repository, but not a Linux source tree: " + rev + " has no Makefile ("
                    + firstLine(m.err) + ")");
        return new KernelTree(dir, true, rev, new String(m.out, StandardCharsets.ISO_8859_1));
    }

    /** "5.7.14", from the Makefile's VERSION, PATCHLEVEL and SUBLEVEL. */
    public String release() { return release; }

    /** The directory as given, and how it is read: "../linux (git HEAD)" or "../linux". */
    public String describe() { return describe(dir, git, rev); }

    private static String describe(Path dir, boolean git, String rev) {
        return dir + (git ? " (git " + ("HEAD".equals(rev) ? "HEAD" : rev) + ")" : "");
    }

    /** The lines of {@code file} (relative to the tree), or empty if the tree has no such file. */
    public Optional<List<String>> lines(String file) {
        return files.computeIfAbsent(file, this::read);
    }

    private Optional<List<String>> read(String file) {
        if (!file.matches("[A-Za-z0-9_.+-]+(/[A-Za-z0-9_.+-]+)*") || file.contains(".."))
            return Optional.empty();
        byte[] bytes;
        if (git) {
            Git r = git(dir, "show", rev + ":" + file);
            if (r.exit != 0) {
                if (r.err.contains("does not exist") || r.err.contains("exists on disk, but not in")
                        || r.err.contains("invalid object name") || r.err.contains("not a valid object name"))
                    return Optional.empty();
                throw new IllegalStateException(describe() + ": git show " + rev + ":" + file + " failed: " + firstLine(r.err));
            }
            bytes = r.out;
        } else {
            Path p = dir.resolve(file);
            if (!Files.isRegularFile(p)) return Optional.empty();
            try {
                bytes = Files.readAllBytes(p);
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
            }
        }
        return Optional.of(List.of(new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1)));
    }

    private static final Pattern VAR = Pattern.compile("(?m)^(VERSION|PATCHLEVEL|SUBLEVEL)\\s*=\\s*(\\d+)\\s*$");

    static String release(String makefile, String where) {
        Map<String, String> v = new HashMap<>();
        Matcher m = VAR.matcher(makefile);
        while (m.find()) v.putIfAbsent(m.group(1), m.group(2));
        if (v.size() != 3)
            throw new IllegalArgumentException(where + ": not a Linux source tree: the top Makefile does not set VERSION, "
                    + "PATCHLEVEL and SUBLEVEL");
        return v.get("VERSION") + "." + v.get("PATCHLEVEL") + "." + v.get("SUBLEVEL");
    }

    private record Git(int exit, byte[] out, String err) {}

    private static Git git(Path dir, String... args) {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Path errFile = null;
        try {
            errFile = Files.createTempFile("retrycheck-git", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            int exit = p.waitFor();
            return new Git(exit, out, Files.readString(errFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run git (needed to read the kernel tree " + dir + " from its repository): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + dir, e);
        } finally {
            if (errFile != null) try {
                Files.deleteIfExists(errFile);
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int i = t.indexOf('\n');
        return i < 0 ? t : t.substring(0, i);
    }
}
