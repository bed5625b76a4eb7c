package retrycheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import retrycheck.cite.CiteCheck;
import retrycheck.cite.Citation;
import retrycheck.cite.Citations;
import retrycheck.cite.KernelTree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `cite-check --kernel DIR [--kernel DIR ...] [--suggest] [--source DIR]`, `cite-check --list`. */
@Command(name = "cite-check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check the model's citations of the kernel C against kernel source trees: every cited line must "
                + "hold the C text the model gives for it, inside the cited function (spec/citations.md).",
                "Exit 0 when every citation of the trees' releases is right, 1 when one is wrong, has no C text or "
                        + "cannot be checked, 2 for bad usage."})
final class CiteCheckCommand implements Callable<Integer> {
    @Option(names = "--kernel", paramLabel = "DIR[@COMMIT]",
            description = "a Linux source tree (a work tree, or a git repository read at HEAD, or at COMMIT with DIR@COMMIT) "
                    + "of a release the model cites (each variant's tree: 5.6.4, 5.7.14, 5.9.1, 5.12.9, 6.0.1, 6.3.8, "
                    + "6.4.6, 6.5.0, 6.8.0); repeatable")
    List<String> kernels = new ArrayList<>();

    @Option(names = "--list", description = "print the citations (release, file:line, function, C text, Java file:line) "
            + "instead of checking them")
    boolean list;

    @Option(names = "--suggest", description = "print only, for each wrong citation, the line that holds its text when "
            + "it is the only one within " + CiteCheck.HINT_RANGE + " lines inside the function")
    boolean suggest;

    @Option(names = "--source", paramLabel = "DIR", description = "scan the Java sources under DIR (such as src/main/java) "
            + "instead of the citations this build carries (needs a JDK)")
    Path source;

    @Override public Integer call() {
        try {
            return run();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {   // git missing, unreadable file, no JDK
            throw new UsageException("cite-check cannot read what it needs: " + e.getMessage());
        }
    }

    private Integer run() {
        if (list && (!kernels.isEmpty() || suggest))
            throw new UsageException("--list prints the citations and takes no --kernel or --suggest");
        if (!list && kernels.isEmpty())
            throw new UsageException("give --kernel DIR[@COMMIT] (a Linux source tree of a release the model cites), or --list");
        List<Citation> all = citations();
        if (list) {
            StringBuilder b = new StringBuilder();
            for (Citation c : all) b.append(listLine(c)).append('\n');
            long unresolved = all.stream().filter(c -> !c.resolved()).count();
            b.append(all.size()).append(" citations, ").append(unresolved).append(" of them cannot be checked\n");
            System.out.print(b);
            return Main.OK;
        }
        java.util.LinkedHashSet<String> releases = new java.util.LinkedHashSet<>();   // the variants' trees, in order
        for (retrycheck.kernel.Variant v : retrycheck.kernel.Variant.values()) releases.add("v" + v.release());
        for (Citation c : all) if (!c.release().isEmpty()) releases.add("v" + c.release());
        List<KernelTree> trees = new ArrayList<>();
        for (String k : kernels) {
            KernelTree t = KernelTree.open(k);
            if (!CiteCheck.cites(all, t.release()))
                throw new UsageException(k + " is a v" + t.release() + " tree, and the model cites no line of v" + t.release()
                        + " (it cites " + String.join(", ", releases) + ")");
            trees.add(t);
        }
        List<CiteCheck.Report> reports = new ArrayList<>();
        for (KernelTree t : trees) reports.add(CiteCheck.check(all, t));
        StringBuilder b = new StringBuilder();
        for (CiteCheck.Report r : reports) {
            b.append("cite-check v").append(r.tree().release()).append(": ").append(r.tree().describe()).append('\n');
            for (CiteCheck.Finding f : r.findings()) b.append(suggest ? suggestion(f) : finding(f));
            b.append(r.summary()).append('\n');
        }
        System.out.print(b);
        return reports.stream().allMatch(CiteCheck.Report::ok) ? Main.OK : Main.FAILED;
    }

    private List<Citation> citations() {
        if (source == null) return Citations.fromResource();
        if (!Files.isDirectory(source)) throw new UsageException("--source " + source + ": no such directory (expected a Java source root such as src/main/java)");
        String prefix = source.normalize().toString().replace('\\', '/');
        return Citations.scan(source, prefix.isEmpty() ? "" : prefix + "/");
    }

    static String listLine(Citation c) {
        if (!c.resolved()) return (c.releaseTag().isEmpty() ? "?" : c.releaseTag()) + "  cannot be checked: " + c.problem() + "  " + c.java();
        return c.releaseTag() + "  " + c.location() + "  " + c.function() + "()" + (c.text().isEmpty() ? "" : "  \"" + c.text() + "\"")
                + "  " + c.java();
    }

    private static String finding(CiteCheck.Finding f) {
        Citation c = f.citation();
        StringBuilder b = new StringBuilder(c.java()).append(": ");
        switch (f.kind()) {
            case UNRESOLVED -> b.append("cannot be checked: ").append(c.problem()).append('\n');
            case NO_TEXT -> {
                b.append(c.location()).append(' ').append(c.function()).append("(): ").append(f.why()).append('\n');
                if (!f.actual().isEmpty()) b.append("    line ").append(c.line()).append(": ").append(f.actual().strip()).append('\n');
            }
            case WRONG -> {
                b.append(c.location()).append(' ').append(c.function()).append("(): ").append(f.why()).append('\n');
                if (!c.text().isEmpty()) b.append("    expected: ").append(c.text()).append('\n');
                if (c.line() > 0 && !f.actual().isEmpty() || c.line() > 0 && f.why().startsWith("line "))
                    b.append("    line ").append(c.line()).append(":  ").append(f.actual().strip()).append('\n');
                if (f.nearest() > 0 && f.nearest() != c.line())
                    b.append("    the text is on line ").append(f.nearest()).append(" (")
                            .append(f.nearest() > c.line() ? "+" : "").append(f.nearest() - c.line()).append(')')
                            .append(f.suggestion() == 0 ? ", not the only line within " + CiteCheck.HINT_RANGE + " lines that holds it" : "")
                            .append('\n');
                else if (c.line() > 0 && !c.text().isEmpty() && f.nearest() == 0)
                    b.append("    no line of ").append(c.function()).append("() within ").append(CiteCheck.HINT_RANGE)
                            .append(" lines holds the text\n");
            }
        }
        return b.toString();
    }

    private static String suggestion(CiteCheck.Finding f) {
        Citation c = f.citation();
        if (f.kind() != CiteCheck.Kind.WRONG || c.line() == 0) return "";
        return c.java() + ": " + c.file() + ":" + c.line() + " -> " + (f.suggestion() > 0 ? String.valueOf(f.suggestion()) : "?")
                + "  \"" + c.text() + "\"" + (f.suggestion() > 0 ? "" : "  (" + f.why() + ")") + "\n";
    }
}
