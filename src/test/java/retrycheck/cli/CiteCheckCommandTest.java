package retrycheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.cli.CliTest.cli;

/** cite-check on a tiny synthetic kernel tree and model source: exit 0, 1 and 2, the fix hint, --suggest, --list. */
class CiteCheckCommandTest {

    static final String MAKEFILE = "# SPDX-License-Identifier: GPL-2.0\nVERSION = 5\nPATCHLEVEL = 7\nSUBLEVEL = 14\nEXTRAVERSION =\n";

    static final String FILEMAP_C = """
            // SPDX-License-Identifier: GPL-2.0
            #include <linux/mm.h>

            int __lock_page_or_retry(struct page *page, struct mm_struct *mm,
            \t\t\t unsigned int flags)
            {
            \tif (flags & FAULT_FLAG_ALLOW_RETRY) {
            \t\tup_read(&mm->mmap_sem);
            \t\treturn 0;
            \t}
            \treturn 1;
            }

            void other(struct mm_struct *mm)
            {
            \tup_read(&mm->mmap_sem);
            }
            """;

    static Path tree(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mm"));
        Files.writeString(dir.resolve("Makefile"), MAKEFILE);
        Files.writeString(dir.resolve("mm/filemap.c"), FILEMAP_C);
        return dir;
    }

    static Path model(Path dir, String body) throws IOException {
        Path f = dir.resolve("m/Filemap.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, """
                package m;
                import retrycheck.runtime.Src;
                class Filemap {
                    static final Src LOCK = Src.v57("mm/filemap.c", "__lock_page_or_retry");
                    void f() {
                """ + body + """
                    }
                    void use(Src s) {}
                }
                """);
        return dir;
    }

    @Test
    void rightCitationsPass(@TempDir Path tmp) throws IOException {
        Path k = tree(tmp.resolve("linux")), src = model(tmp.resolve("src"),
                "use(LOCK.at(8, \"up_read(&mm->mmap_sem);\")); use(LOCK.at(7, \"if (flags &  FAULT_FLAG_ALLOW_RETRY)\"));\n");
        CliTest.Result r = cli("cite-check", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().contains("3 citations checked against v5.7.14, 0 wrong, 0 without text, 0 cannot be checked"), r.out());
    }

    @Test
    void aWrongLineIsListedWithTheLineThatHoldsTheText(@TempDir Path tmp) throws IOException {
        Path k = tree(tmp.resolve("linux")), src = model(tmp.resolve("src"),
                "use(LOCK.at(6, \"up_read(&mm->mmap_sem);\"));\n"        // line 6 is '{': the text is on 8
                        + "use(LOCK.at(16, \"up_read(&mm->mmap_sem);\"));\n"   // holds it, but in other()
                        + "use(LOCK.at(9));\n"                                    // no text
                        + "use(LOCK.at(flags(), \"x\"));\n");                     // computed
        CliTest.Result r = cli("cite-check", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.FAILED, r.exit(), r.all());
        String out = r.out();
        assertTrue(out.contains("m/Filemap.java:6: mm/filemap.c:6 __lock_page_or_retry(): line 6 does not hold the text"), out);
        assertTrue(out.contains("    expected: up_read(&mm->mmap_sem);"), out);
        assertTrue(out.contains("    line 6:  {"), out);
        assertTrue(out.contains("    the text is on line 8 (+2)\n"), out);
        assertTrue(out.contains("m/Filemap.java:7: mm/filemap.c:16 __lock_page_or_retry(): line 16 holds the text but is "
                + "not inside __lock_page_or_retry() (lines 4-12); it is inside other()"), out);
        assertTrue(out.contains("m/Filemap.java:8: mm/filemap.c:9 __lock_page_or_retry(): no C text given\n    line 9: return 0;"), out);
        assertTrue(out.contains("m/Filemap.java:9: cannot be checked: the line is computed (flags())"), out);
        assertTrue(out.contains("3 citations checked against v5.7.14, 2 wrong, 1 without text, 1 cannot be checked"), out);

        CiteCheckCommandTest.class.getName();
        CliTest.Result s = cli("cite-check", "--suggest", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.FAILED, s.exit(), s.all());
        assertTrue(s.out().contains("m/Filemap.java:6: mm/filemap.c:6 -> 8  \"up_read(&mm->mmap_sem);\"\n"), s.out());
        assertTrue(s.out().contains("m/Filemap.java:7: mm/filemap.c:16 -> 8  \"up_read(&mm->mmap_sem);\"\n"), s.out());
        assertFalse(s.out().contains("m/Filemap.java:8:"), s.out());
        Path k2 = tmp.resolve("linux2");
        tree(k2);
        Files.writeString(k2.resolve("mm/filemap.c"), FILEMAP_C.replace("\t\treturn 0;", "\t\tup_read(&mm->mmap_sem);"));
        CliTest.Result two = cli("cite-check", "--suggest", "--source", src.toString(), "--kernel", k2.toString());
        assertTrue(two.out().contains("m/Filemap.java:6: mm/filemap.c:6 -> ?  \"up_read(&mm->mmap_sem);\"  (line 6 does not hold the text)\n"),
                "two lines hold the text: no suggestion\n" + two.out());
    }

    @Test
    void aGitRepositoryWithoutWorkTreeIsReadAtHead(@TempDir Path tmp) throws Exception {
        Path k = tree(tmp.resolve("linux")), src = model(tmp.resolve("src"), "use(LOCK.at(8, \"up_read(&mm->mmap_sem);\"));\n");
        git(k, "init", "-q");
        git(k, "add", "-A");
        git(k, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "tree");
        Files.delete(k.resolve("Makefile"));
        Files.delete(k.resolve("mm/filemap.c"));
        CliTest.Result r = cli("cite-check", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().contains("(git HEAD)") && r.out().contains("2 citations checked against v5.7.14, 0 wrong"), r.out());
    }

    @Test
    void aGitRepositoryIsReadAtTheCommitDirAtCommitNames(@TempDir Path tmp) throws Exception {
        Path k = tree(tmp.resolve("linux")), src = model(tmp.resolve("src"), "use(LOCK.at(8, \"up_read(&mm->mmap_sem);\"));\n");
        git(k, "init", "-q");
        git(k, "add", "-A");
        git(k, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "tree");
        Process p = new ProcessBuilder("git", "-C", k.toString(), "rev-parse", "HEAD").start();
        String first = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor());
        // a later commit breaks the cited line (as a snapshot's later commits shift lines): HEAD is wrong, the first commit right
        Files.writeString(k.resolve("mm/filemap.c"), "\n" + Files.readString(k.resolve("mm/filemap.c")));
        git(k, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-a", "-m", "shift");
        Files.delete(k.resolve("Makefile"));
        Files.delete(k.resolve("mm/filemap.c"));
        CliTest.Result head = cli("cite-check", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.FAILED, head.exit(), head.all());
        CliTest.Result at = cli("cite-check", "--source", src.toString(), "--kernel", k + "@" + first);
        assertEquals(Main.OK, at.exit(), at.all());
        assertTrue(at.out().contains("(git " + first + ")") && at.out().contains("2 citations checked against v5.7.14, 0 wrong"), at.out());
        CliTest.Result bad = cli("cite-check", "--source", src.toString(), "--kernel", k + "@0123456789abcdef0123456789abcdef01234567");
        assertEquals(Main.USAGE, bad.exit(), bad.all());
        assertTrue(bad.err().contains("0123456789abcdef0123456789abcdef01234567 has no Makefile"), bad.err());
    }

    static void git(Path dir, String... args) throws Exception {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + out);
    }

    @Test
    void badUsageIsExit2WithoutAReport(@TempDir Path tmp) throws IOException {
        Path k = tree(tmp.resolve("linux")), src = model(tmp.resolve("src"), "use(LOCK.at(8, \"up_read(&mm->mmap_sem);\"));\n");
        CliTest.Result none = cli("cite-check", "--source", src.toString());
        assertEquals(Main.USAGE, none.exit(), none.all());
        assertTrue(none.err().contains("give --kernel DIR"), none.err());

        CliTest.Result missing = cli("cite-check", "--source", src.toString(), "--kernel", k.toString(), "--kernel", tmp.resolve("nope").toString());
        assertEquals(Main.USAGE, missing.exit(), missing.all());
        assertTrue(missing.err().contains("nope: no such directory"), missing.err());
        assertEquals("", missing.out(), "no partial report before the error");

        Path notKernel = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Result nk = cli("cite-check", "--source", src.toString(), "--kernel", notKernel.toString());
        assertEquals(Main.USAGE, nk.exit(), nk.all());
        assertTrue(nk.err().contains("not a Linux source tree"), nk.err());

        Files.writeString(k.resolve("Makefile"), MAKEFILE.replace("PATCHLEVEL = 7", "PATCHLEVEL = 8"));
        CliTest.Result other = cli("cite-check", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.USAGE, other.exit(), other.all());
        assertTrue(other.err().contains("is a v5.8.14 tree, and the model cites no line of v5.8.14 (it cites v5.6.4, v5.7.14, v5.9.1, v5.12.9, v6.0.1, v6.3.8, v6.4.6, v6.5.0, v6.8.0)"), other.err());

        Files.writeString(k.resolve("Makefile"), "all:\n");
        CliTest.Result noVersion = cli("cite-check", "--source", src.toString(), "--kernel", k.toString());
        assertEquals(Main.USAGE, noVersion.exit(), noVersion.all());
        assertTrue(noVersion.err().contains("does not set VERSION, PATCHLEVEL and SUBLEVEL"), noVersion.err());

        CliTest.Result badSource = cli("cite-check", "--source", tmp.resolve("nosrc").toString(), "--list");
        assertEquals(Main.USAGE, badSource.exit(), badSource.all());
        CliTest.Result listWithKernel = cli("cite-check", "--list", "--kernel", k.toString());
        assertEquals(Main.USAGE, listWithKernel.exit(), listWithKernel.all());
    }

    @Test
    void listPrintsEveryCitation(@TempDir Path tmp) throws IOException {
        Path src = model(tmp.resolve("src"), "use(LOCK.at(8, \"up_read(&mm->mmap_sem);\")); use(LOCK.at(flags()));\n");
        CliTest.Result r = cli("cite-check", "--list", "--source", src.toString());
        assertEquals(Main.OK, r.exit(), r.all());
        assertTrue(r.out().contains("v5.7.14  mm/filemap.c:8  __lock_page_or_retry()  \"up_read(&mm->mmap_sem);\"  "), r.out());
        assertTrue(r.out().contains("v5.7.14  cannot be checked: the line is computed (flags())"), r.out());
        assertTrue(r.out().endsWith("3 citations, 1 of them cannot be checked\n"), r.out());
        CliTest.Result jar = cli("cite-check", "--list");
        assertEquals(Main.OK, jar.exit(), jar.all());
        assertTrue(jar.out().contains("mm/filemap.c"), jar.out());
    }
}
