package retrycheck.cite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citation scanner on small synthetic model sources: each form of citation, and what it cannot check. */
class CiteCheckScanTest {

    static final String FILEMAP = """
            package m;
            import retrycheck.runtime.Src;
            public class Filemap {
                static final Src LOCK = Src.v57("mm/filemap.c", "__lock_page_or_retry");
                protected static final Src OLD = Src.v56("mm/filemap.c", "__lock_page_or_retry");
                private static final Src LEGACY = Src.fn("mm/gup.c", "faultin_page");
                static final Src LINE = LOCK.at(10, "up_read(&mm->mmap_sem);");
                void f(Src param, boolean v57) {
                    use(LOCK.at(1397, "up_read(&mm->mmap_sem);"));
                    use(Src.v57("mm/memory.c", "do_swap_page")
                            .at(3263, "set_pte_at(" + "vma->vm_mm,"));
                    use(LEGACY.at(880));
                    use(LOCK.at(v57 ? 1 : 2, "x"));
                    use(param.at(5, "y"));
                    use(new Src(file(), "fn", 3));
                    use(Src.in(Src.V5_6_4, "a.c", "g").at(7, "z"));
                    use(LINE);
                }
                int upReadLine(Object k) { return 5; }
                abstract int trylockLine(Object k);
                void use(Src s) {}
                String file() { return "x"; }
            }
            """;

    static final String KERNEL = """
            package k;
            import retrycheck.runtime.Src;
            import m.Filemap;
            class Kernel {
                void g() { use(Filemap.LOCK.at(20,
                        "t")); }
                static class Filemap56 extends Filemap {
                    void h() { use(OLD.at(30, "w")); }
                }
                void use(Src s) {}
            }
            """;

    static List<Citation> scan(Path root) throws IOException {
        return Citations.scan(root, "");
    }

    static Path write(Path root, String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void findsEveryFormAndSaysWhatCannotBeChecked(@TempDir Path root) throws IOException {
        write(root, "m/Filemap.java", FILEMAP);
        write(root, "k/Kernel.java", KERNEL);
        List<String> got = scan(root).stream().map(c -> c.release() + "|" + c.file() + "|" + c.function() + "|" + c.line()
                + "|" + c.text() + "|" + c.java() + "|" + (c.resolved() ? "" : "X")).toList();
        List<String> want = List.of(
                "5.7.14|mm/filemap.c|__lock_page_or_retry|20|t|k/Kernel.java:5|",
                "5.6.4|mm/filemap.c|__lock_page_or_retry|30|w|k/Kernel.java:8|",
                "5.7.14|mm/filemap.c|__lock_page_or_retry|0||m/Filemap.java:4|",
                "5.6.4|mm/filemap.c|__lock_page_or_retry|0||m/Filemap.java:5|",
                "5.7.14|mm/gup.c|faultin_page|0||m/Filemap.java:6|",
                "5.7.14|mm/filemap.c|__lock_page_or_retry|10|up_read(&mm->mmap_sem);|m/Filemap.java:7|",
                "5.7.14|mm/filemap.c|__lock_page_or_retry|1397|up_read(&mm->mmap_sem);|m/Filemap.java:9|",
                "5.7.14|mm/memory.c|do_swap_page|3263|set_pte_at(vma->vm_mm,|m/Filemap.java:11|",
                "5.7.14|mm/gup.c|faultin_page|880||m/Filemap.java:12|",
                "5.7.14|mm/filemap.c|__lock_page_or_retry|0||m/Filemap.java:13|X",
                "|||0||m/Filemap.java:14|X",
                "|||0||m/Filemap.java:15|X",
                "5.6.4|a.c|g|7|z|m/Filemap.java:16|",
                "|||0||m/Filemap.java:19|X");
        assertEquals(want, got);
        List<Citation> cs = scan(root);
        assertTrue(cs.get(9).problem().contains("the line is computed (v57 ? 1 : 2)"), cs.get(9).problem());
        assertTrue(cs.get(10).problem().contains("param is a parameter"), cs.get(10).problem());
        assertTrue(cs.get(11).problem().contains("names no release"), cs.get(11).problem());
        assertTrue(cs.get(13).problem().contains("upReadLine()"), cs.get(13).problem());
        assertTrue(cs.get(8).lacksText());
        assertTrue(cs.get(2).isFunction());
    }

    @Test
    void staticImportsAndInterfaceConstantsResolve(@TempDir Path root) throws IOException {
        write(root, "m/Filemap.java", FILEMAP);
        write(root, "m/Cites.java", """
                package m;
                import retrycheck.runtime.Src;
                public interface Cites { Src GUP = Src.v56("mm/gup.c", "__get_user_pages"); }
                """);
        write(root, "k/User.java", """
                package k;
                import retrycheck.runtime.Src;
                import static m.Filemap.LOCK;
                class User implements m.Cites {
                    Object a = LOCK.at(40, "a");
                    Object b = GUP.at(41, "b");
                }
                """);
        List<Citation> cs = scan(root).stream().filter(c -> c.java().startsWith("k/User.java")).toList();
        assertEquals(List.of("5.7.14 __lock_page_or_retry:40 a", "5.6.4 __get_user_pages:41 b"),
                cs.stream().map(c -> c.release() + " " + c.function() + ":" + c.line() + " " + c.text()).toList());
    }

    @Test
    void anUnknownReceiverOfAtInAFileThatCitesCannotBeChecked(@TempDir Path root) throws IOException {
        write(root, "m/A.java", """
                package m;
                import retrycheck.runtime.Src;
                class A {
                    Src s() { return null; }
                    void f() { Object o = s().at(3, "x"); Object p = UNKNOWN.at(4, "y"); }
                }
                """);
        List<Citation> cs = scan(root);
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.stream().noneMatch(Citation::resolved), cs.toString());
        assertTrue(cs.get(1).problem().contains("cannot tell what UNKNOWN is"), cs.get(1).problem());
    }

    @Test
    void aFieldDefinedThroughItselfOrMissingCannotBeChecked(@TempDir Path root) throws IOException {
        write(root, "m/B.java", """
                package m;
                import retrycheck.runtime.Src;
                class B {
                    static final Src A = B.A.at(3, "x");
                    static final Src C = Src.v57("f.c", "g").at(4);
                    void f() { Object o = C; }
                }
                """);
        List<Citation> cs = scan(root);
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.get(0).problem().contains("defined through itself"), cs.get(0).problem());
        assertTrue(cs.get(1).lacksText());
    }

    @Test
    void theTsvRoundTripsAndRefusesBadLines(@TempDir Path root) throws IOException {
        write(root, "m/Filemap.java", FILEMAP.replace("\"z\"));", "\"a\\tb\\\\c\"));"));
        List<Citation> cs = scan(root);
        assertEquals(cs, Citations.parseTsv(Citations.tsv(cs), "t"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Citations.parseTsv("5.7.14\tmm/a.c\tf\tNaN\tx\tA.java:1\t\n", "c.tsv"));
        assertEquals("c.tsv:1: line 'NaN' is not a number", e.getMessage());
    }

    @Test
    void aSourceThatDoesNotParseIsRefusedWithItsPlace(@TempDir Path root) throws IOException {
        write(root, "m/C.java", "package m;\nclass C { void f() { int x = ; } }\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scan(root));
        assertTrue(e.getMessage().contains("C.java:2:"), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> scan(root.resolve("m/nothing")));
        assertTrue(none.getMessage().contains("no such directory"), none.getMessage());
    }

    @Test
    void theModelsOwnCitationsAreFound() {
        List<Citation> cs = Citations.scanProject(Path.of("."));
        assertTrue(cs.size() > 50, "only " + cs.size() + " citations in the model");
        assertTrue(cs.stream().anyMatch(c -> c.resolved() && c.file().equals("mm/filemap.c") && c.line() > 0), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.java().startsWith("src/main/java/retrycheck/runtime/Src.java")));
    }
}
