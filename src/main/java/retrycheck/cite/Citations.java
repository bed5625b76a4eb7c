package retrycheck.cite;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import javax.lang.model.type.TypeKind;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds every citation of the kernel C in the model's Java source, with the JDK's own parser (parse only, no
 * compilation): each {@code Src.v57/v56/in/fn("file", "fn")} (a function), each {@code X.at(N, "C text")} or
 * {@code X.at(N)} on such a Src, whether X is a {@code static final Src} field of this class, of an outer class,
 * of a superclass or {@code Other.FIELD} of another class, or the factory call itself, and each
 * {@code new Src(...)}. A citation whose parts are not literals (a computed file name or line, a Src passed in
 * as a parameter, a line method such as {@code int upReadLine(Kernel k)}) cannot be checked: it is listed with
 * the reason (spec/citations.md).
 *
 * <p>The list is written to the generated resource {@link #RESOURCE} (checked for currency by a test), so that
 * the jar carries the citations without its sources.
 */
public final class Citations {
    private Citations() {}

    /** The generated resource, relative to the project root, and its name on the class path. */
    public static final String RESOURCE_FILE = "src/main/resources/retrycheck/citations.tsv";
    public static final String RESOURCE = "/retrycheck/citations.tsv";

    /** The factories of {@link retrycheck.runtime.Src} that name a function, and the release each one's tree is. */
    private static final Map<String, String> FACTORY_RELEASES = Map.of("v56", "5.6.4", "v57", "5.7.14", "fn", "5.7.14",
            "v59", "5.9.1", "v512", "5.12.9", "v60", "6.0.1", "v63", "6.3.8", "v64", "6.4.6", "v65", "6.5.0", "v68", "6.8.0");
    private static final Set<String> FACTORIES = factories();

    private static Set<String> factories() {
        Set<String> f = new HashSet<>(FACTORY_RELEASES.keySet());
        f.add("in");
        return Set.copyOf(f);
    }
    private static final Set<String> SRC_TYPES = Set.of("Src", "retrycheck.runtime.Src");
    private static final Map<String, String> RELEASE_CONSTANTS = Map.of("V5_7_14", "5.7.14", "V5_6_4", "5.6.4",
            "V5_9_1", "5.9.1", "V5_12_9", "5.12.9", "V6_0_1", "6.0.1", "V6_3_8", "6.3.8", "V6_4_6", "6.4.6",
            "V6_5_0", "6.5.0", "V6_8_0", "6.8.0");

    /** Scans every .java file under {@code root}, naming them {@code prefix + path relative to root}. */
    public static List<Citation> scan(Path root, String prefix) {
        if (!Files.isDirectory(root)) throw new IllegalArgumentException(root + ": no such directory (expected a Java source root such as src/main/java)");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).toString().replace('\\', '/').equals("retrycheck/runtime/Src.java"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot list the Java sources: " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException(root + ": no .java files (expected a source root such as src/main/java)");
        Map<Path, String> names = new HashMap<>();
        for (Path f : files) names.put(f.toAbsolutePath().normalize(), prefix + root.relativize(f).toString().replace('\\', '/'));
        return new Scanner().scan(files, names);
    }

    /** The citations of {@code src/main/java} under the project root {@code project}. */
    public static List<Citation> scanProject(Path project) {
        return scan(project.resolve("src/main/java"), "src/main/java/");
    }

    // ---------------------------------------------------------------- the generated resource (TSV)

    private static final String HEADER = "# retrycheck citations, generated from src/main/java by retrycheck.cite.Citations "
            + "(mvn -q test -Dtest=GeneratedFilesTest -Dretrycheck.regenerate=true)\n"
            + "# release\tfile\tfunction\tline\ttext\tjava\tproblem\n";

    public static String tsv(List<Citation> cs) {
        StringBuilder b = new StringBuilder(HEADER);
        for (Citation c : cs)
            b.append(esc(c.release())).append('\t').append(esc(c.file())).append('\t').append(esc(c.function())).append('\t')
                    .append(c.line()).append('\t').append(esc(c.text())).append('\t').append(esc(c.java())).append('\t')
                    .append(esc(c.problem())).append('\n');
        return b.toString();
    }

    public static List<Citation> parseTsv(String tsv, String source) {
        List<Citation> out = new ArrayList<>();
        int n = 0;
        for (String l : tsv.split("\n", -1)) {
            n++;
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length != 7) throw new IllegalArgumentException(source + ":" + n + ": expected 7 tab-separated fields, found " + f.length);
            int line;
            try {
                line = Integer.parseInt(f[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": line '" + f[3] + "' is not a number");
            }
            out.add(new Citation(unesc(f[0]), unesc(f[1]), unesc(f[2]), line, unesc(f[4]), unesc(f[5]), unesc(f[6])));
        }
        return out;
    }

    /** The citations the jar carries (the generated resource). */
    public static List<Citation> fromResource() {
        try (InputStream in = Citations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the class path has no " + RESOURCE + " (a build without resources?)");
            return parseTsv(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unesc(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(switch (d) { case 't' -> '\t'; case 'n' -> '\n'; case 'r' -> '\r'; default -> d; });
            } else b.append(c);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- the scanner

    /** A Src value known from the source: every part a literal. */
    private record Value(String release, String file, String function, int line, String text) {}

    /** A Src expression that is not made of literals. */
    private static final class Unresolvable extends Exception {
        final Value known;   // what is known of the citation (release, file, function), or null

        Unresolvable(String why) { this(why, null); }

        Unresolvable(String why, Value known) {
            super(why, null, false, false);
            this.known = known;
        }
    }

    /** A class declaration: its Src fields, its outer class and the simple name of its superclass. */
    private static final class ClassInfo {
        final String name;
        final ClassInfo outer;
        final List<String> superNames;   // the superclass, then the interfaces, by simple name
        final CompilationUnitTree unit;
        final Map<String, VariableTree> srcFields = new LinkedHashMap<>();

        ClassInfo(String name, ClassInfo outer, List<String> superNames, CompilationUnitTree unit) {
            this.name = name;
            this.outer = outer;
            this.superNames = superNames;
            this.unit = unit;
        }
    }

    private static final class Scanner {
        private final Map<String, List<ClassInfo>> classes = new HashMap<>();
        private final Map<ClassTree, ClassInfo> byTree = new HashMap<>();
        private final Map<VariableTree, ClassInfo> fieldOwner = new HashMap<>();
        private final Set<VariableTree> resolving = new HashSet<>();
        private final List<Citation> out = new ArrayList<>();

        List<Citation> scan(List<Path> files, Map<Path, String> names) {
            JavaCompiler jc = ToolProvider.getSystemJavaCompiler();
            if (jc == null)
                throw new IllegalStateException("this Java runtime has no compiler (module jdk.compiler): scanning the "
                        + "model source for citations needs a JDK");
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            List<CompilationUnitTree> units = new ArrayList<>();
            Trees trees;
            try (StandardJavaFileManager fm = jc.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
                JavacTask task = (JavacTask) jc.getTask(null, fm, diags, List.of("-proc:none"), null,
                        fm.getJavaFileObjectsFromPaths(files));
                for (CompilationUnitTree u : task.parse()) units.add(u);
                trees = Trees.instance(task);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics())
                if (d.getKind() == Diagnostic.Kind.ERROR)
                    throw new IllegalArgumentException((d.getSource() == null ? "" : d.getSource().getName() + ":")
                            + d.getLineNumber() + ":" + d.getColumnNumber() + ": cannot parse: " + d.getMessage(Locale.ROOT));
            units.sort((a, b) -> a.getSourceFile().getName().compareTo(b.getSourceFile().getName()));
            for (CompilationUnitTree u : units) new Declarations().scan(u, null);
            SourcePositions pos = trees.getSourcePositions();
            for (CompilationUnitTree u : units) {
                String name = names.getOrDefault(Path.of(u.getSourceFile().toUri()).toAbsolutePath().normalize(),
                        u.getSourceFile().getName());
                new Uses(u, pos, name).scan(u, null);
            }
            return out;
        }

        /** Pass 1: the classes and their Src fields, in every file (a citation may name another class's field). */
        private final class Declarations extends TreePathScanner<Void, ClassInfo> {
            @Override public Void visitClass(ClassTree c, ClassInfo outer) {
                List<String> sup = new ArrayList<>();
                if (c.getExtendsClause() != null) sup.add(simpleName(c.getExtendsClause()));
                for (Tree i : c.getImplementsClause()) sup.add(simpleName(i));
                ClassInfo ci = new ClassInfo(c.getSimpleName().toString(), outer, sup,
                        getCurrentPath().getCompilationUnit());
                classes.computeIfAbsent(ci.name, k -> new ArrayList<>()).add(ci);
                byTree.put(c, ci);
                for (Tree m : c.getMembers())
                    if (m instanceof VariableTree v && isSrcType(v.getType())) {
                        ci.srcFields.put(v.getName().toString(), v);
                        fieldOwner.put(v, ci);
                    }
                return super.visitClass(c, ci);
            }
        }

        /** Pass 2: every citation, with the Java line it is written on. */
        private final class Uses extends TreePathScanner<Void, Void> {
            private final CompilationUnitTree unit;
            private final SourcePositions pos;
            private final String javaFile;
            private final boolean mentionsSrc;
            private final Deque<ClassInfo> enclosing = new ArrayDeque<>();
            private final Deque<Map<String, VariableTree>> locals = new ArrayDeque<>();

            Uses(CompilationUnitTree unit, SourcePositions pos, String javaFile) {
                this.unit = unit;
                this.pos = pos;
                this.javaFile = javaFile;
                String text;
                try {
                    text = unit.getSourceFile().getCharContent(true).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                this.mentionsSrc = text.contains("Src");
            }

            private String at(Tree t) {
                return javaFile + ":" + unit.getLineMap().getLineNumber(pos.getStartPosition(unit, t));
            }

            @Override public Void visitClass(ClassTree c, Void v) {
                enclosing.push(byTree.get(c));
                try {
                    return super.visitClass(c, v);
                } finally {
                    enclosing.pop();
                }
            }

            @Override public Void visitMethod(MethodTree m, Void v) {
                if (m.getBody() != null && m.getReturnType() instanceof PrimitiveTypeTree p && p.getPrimitiveTypeKind() == TypeKind.INT
                        && m.getName().toString().endsWith("Line") && m.getName().length() > 4)
                    out.add(unresolved("", at(m), "the line is computed by the method " + m.getName() + "(): write "
                            + "the line as a literal at each use, X.at(N, \"C text\")"));
                locals.push(new HashMap<>());
                try {
                    return super.visitMethod(m, v);
                } finally {
                    locals.pop();
                }
            }

            @Override public Void visitVariable(VariableTree vt, Void v) {
                if (!locals.isEmpty() && isSrcType(vt.getType()) && !(getCurrentPath().getParentPath().getLeaf() instanceof ClassTree))
                    locals.peek().put(vt.getName().toString(), vt);
                return super.visitVariable(vt, v);
            }

            @Override public Void visitMethodInvocation(MethodInvocationTree mi, Void v) {
                if (isFactory(mi)) {
                    if (!isReceiverOfAt(getCurrentPath())) cite(mi, mi);
                } else if (mi.getMethodSelect() instanceof MemberSelectTree ms && ms.getIdentifier().contentEquals("at")) {
                    ExpressionTree recv = ms.getExpression();
                    if (isSrcExpression(recv)) cite(mi, mi.getArguments().isEmpty() ? mi : mi.getArguments().get(0));
                    else if (mentionsSrc)
                        out.add(unresolved("", at(mi), "cannot tell what " + recv + " is: cite through a static final "
                                + "Src field or Src.v57/v56(\"file\", \"fn\")"));
                }
                return super.visitMethodInvocation(mi, v);
            }

            @Override public Void visitNewClass(NewClassTree nc, Void v) {
                if (isSrcType(nc.getIdentifier()) && !isReceiverOfAt(getCurrentPath())) cite(nc, nc);
                return super.visitNewClass(nc, v);
            }

            /** Records the citation {@code e}, on the Java line of {@code lineTree} (where its line number is written). */
            private void cite(ExpressionTree e, Tree lineTree) {
                String java = at(lineTree);
                try {
                    Value val = resolve(e, enclosing.peek(), locals);
                    out.add(new Citation(val.release(), val.file(), val.function(), val.line(), val.text(), java, ""));
                } catch (Unresolvable u) {
                    Value k = u.known;
                    out.add(k == null ? unresolved(releaseHint(e), java, u.getMessage())
                            : new Citation(k.release(), k.file(), k.function(), 0, "", java, u.getMessage()));
                }
            }

            /** Whether {@code e} is a Src: a factory call, new Src, X.at(...) on one, or a Src field or variable. */
            private boolean isSrcExpression(ExpressionTree e) {
                e = strip(e);
                if (e instanceof MethodInvocationTree mi) {
                    if (isFactory(mi)) return true;
                    return mi.getMethodSelect() instanceof MemberSelectTree ms && ms.getIdentifier().contentEquals("at")
                            && isSrcExpression(ms.getExpression());
                }
                if (e instanceof NewClassTree nc) return isSrcType(nc.getIdentifier());
                if (e instanceof IdentifierTree id) {
                    String n = id.getName().toString();
                    for (Map<String, VariableTree> scope : locals) if (scope.containsKey(n)) return true;
                    return field(n, enclosing.peek()) != null;
                }
                if (e instanceof MemberSelectTree ms) return memberField(ms) != null;
                return false;
            }
        }

        private static boolean isReceiverOfAt(TreePath path) {
            TreePath p = path.getParentPath();
            while (p != null && p.getLeaf() instanceof ParenthesizedTree) p = p.getParentPath();
            return p != null && p.getLeaf() instanceof MemberSelectTree ms && ms.getIdentifier().contentEquals("at")
                    && p.getParentPath() != null && p.getParentPath().getLeaf() instanceof MethodInvocationTree;
        }

        private Citation unresolved(String release, String java, String why) {
            return new Citation(release, "", "", 0, "", java, why);
        }

        private String releaseHint(ExpressionTree e) {
            e = strip(e);
            if (e instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree ms) {
                String m = ms.getIdentifier().toString();
                if (isFactory(mi)) return FACTORY_RELEASES.getOrDefault(m, "");
                if (m.equals("at")) return releaseHint(ms.getExpression());
            }
            return "";
        }

        // ------------------------------------------------------------ resolving a Src expression to literals

        private Value resolve(ExpressionTree e, ClassInfo ctx, Deque<Map<String, VariableTree>> locals) throws Unresolvable {
            e = strip(e);
            if (e instanceof MethodInvocationTree mi && isFactory(mi)) {
                String m = ((MemberSelectTree) mi.getMethodSelect()).getIdentifier().toString();
                List<? extends ExpressionTree> a = mi.getArguments();
                if (m.equals("in")) {
                    if (a.size() != 3) throw new Unresolvable("Src.in takes release, file and function: " + mi);
                    return new Value(release(a.get(0)), string(a.get(1), "file name"), string(a.get(2), "function name"), 0, "");
                }
                if (a.size() != 2) throw new Unresolvable("Src." + m + " takes file and function: " + mi);
                return new Value(FACTORY_RELEASES.get(m), string(a.get(0), "file name"),
                        string(a.get(1), "function name"), 0, "");
            }
            if (e instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree ms
                    && ms.getIdentifier().contentEquals("at")) {
                Value base = resolve(ms.getExpression(), ctx, locals);
                List<? extends ExpressionTree> a = mi.getArguments();
                if (a.isEmpty() || a.size() > 2) throw new Unresolvable("at takes a line and the C text: " + mi);
                int line;
                String text;
                try {
                    line = intLiteral(a.get(0));
                    text = a.size() == 2 ? string(a.get(1), "C text") : "";
                } catch (Unresolvable u) {
                    throw new Unresolvable(u.getMessage(), base);
                }
                return new Value(base.release(), base.file(), base.function(), line, text);
            }
            if (e instanceof NewClassTree nc && isSrcType(nc.getIdentifier())) {
                List<? extends ExpressionTree> a = nc.getArguments();
                if (a.size() == 3)
                    throw new Unresolvable("new Src(file, function, line) names no release: write Src.v57/v56(\"file\", "
                            + "\"fn\").at(N, \"C text\")");
                if (a.size() == 5)
                    return new Value(release(a.get(0)), string(a.get(1), "file name"), string(a.get(2), "function name"),
                            intLiteral(a.get(3)), string(a.get(4), "C text"));
                throw new Unresolvable("not a citation the scanner knows: " + nc);
            }
            if (e instanceof IdentifierTree id) {
                String n = id.getName().toString();
                if (locals != null)
                    for (Map<String, VariableTree> scope : locals) {
                        VariableTree v = scope.get(n);
                        if (v != null) {
                            if (v.getInitializer() == null)
                                throw new Unresolvable(n + " is a parameter or variable whose value the source does not "
                                        + "show: cite through a static final Src field or Src.v57/v56(\"file\", \"fn\")");
                            return resolve(v.getInitializer(), ctx, locals);
                        }
                    }
                VariableTree f = field(n, ctx);
                if (f == null) throw new Unresolvable(n + " is not a Src field the scanner can see");
                return resolveField(f);
            }
            if (e instanceof MemberSelectTree ms) {
                VariableTree f = memberField(ms);
                if (f == null) throw new Unresolvable(ms + " is not a Src field the scanner can see");
                return resolveField(f);
            }
            throw new Unresolvable("not a literal citation: " + e);
        }

        private Value resolveField(VariableTree f) throws Unresolvable {
            if (f.getInitializer() == null) throw new Unresolvable("the Src field " + f.getName() + " has no initializer");
            if (!resolving.add(f)) throw new Unresolvable("the Src field " + f.getName() + " is defined through itself");
            try {
                return resolve(f.getInitializer(), fieldOwner.get(f), null);
            } finally {
                resolving.remove(f);
            }
        }

        /** The Src field {@code name} seen from class {@code ctx}: its own, an outer class's, or a superclass's. */
        private VariableTree field(String name, ClassInfo ctx) {
            for (ClassInfo c = ctx; c != null; c = c.outer) {
                VariableTree f = inherited(name, c, new HashSet<>());
                if (f != null) return f;
            }
            if (ctx == null) return null;
            for (var imp : ctx.unit.getImports()) {            // import static a.b.Cls.NAME; or a.b.Cls.*;
                if (!imp.isStatic() || !(imp.getQualifiedIdentifier() instanceof MemberSelectTree q)) continue;
                String last = q.getIdentifier().toString();
                if (!last.equals(name) && !last.equals("*")) continue;
                ClassInfo c = find(simpleName(q.getExpression()), null);
                VariableTree f = c == null ? null : inherited(name, c, new HashSet<>());
                if (f != null) return f;
            }
            return null;
        }

        private VariableTree inherited(String name, ClassInfo c, Set<ClassInfo> seen) {
            if (c == null || !seen.add(c)) return null;
            VariableTree f = c.srcFields.get(name);
            if (f != null) return f;
            for (String sup : c.superNames) {
                f = sup == null ? null : inherited(name, find(sup, null), seen);
                if (f != null) return f;
            }
            return null;
        }

        /** {@code Cls.NAME} or {@code a.b.Cls.NAME}: the Src field NAME of the class named Cls. */
        private VariableTree memberField(MemberSelectTree ms) {
            String cls = simpleName(ms.getExpression());
            if (cls == null || cls.isEmpty() || !Character.isUpperCase(cls.charAt(0))) return null;
            ClassInfo c = find(cls, null);
            return c == null ? null : inherited(ms.getIdentifier().toString(), c, new HashSet<>());
        }

        /** The class of that simple name, preferring one nested in {@code outer}; null if none or ambiguous. */
        private ClassInfo find(String name, ClassInfo outer) {
            List<ClassInfo> cs = classes.getOrDefault(name, List.of());
            for (ClassInfo c : cs) if (c.outer == outer) return c;
            return cs.size() == 1 ? cs.get(0) : null;
        }

        private static String release(ExpressionTree e) throws Unresolvable {
            e = strip(e);
            String n = e instanceof IdentifierTree id ? id.getName().toString()
                    : e instanceof MemberSelectTree ms && SRC_TYPES.contains(ms.getExpression().toString()) ? ms.getIdentifier().toString() : null;
            if (n != null && RELEASE_CONSTANTS.containsKey(n)) return RELEASE_CONSTANTS.get(n);
            return string(e, "release");
        }

        private static String string(ExpressionTree e, String what) throws Unresolvable {
            e = strip(e);
            if (e instanceof LiteralTree l && l.getValue() instanceof String s) return s;
            if (e instanceof LiteralTree l && l.getValue() == null && what.equals("C text")) return "";
            if (e instanceof BinaryTree b && b.getKind() == Tree.Kind.PLUS)
                return string(b.getLeftOperand(), what) + string(b.getRightOperand(), what);
            throw new Unresolvable("the " + what + " is computed (" + e + "), not a string literal");
        }

        private static int intLiteral(ExpressionTree e) throws Unresolvable {
            e = strip(e);
            if (e instanceof LiteralTree l && l.getValue() instanceof Integer i && i > 0) return i;
            throw new Unresolvable("the line is computed (" + e + "), not a positive int literal");
        }

        private static ExpressionTree strip(ExpressionTree e) {
            while (e instanceof ParenthesizedTree p) e = p.getExpression();
            return e;
        }

        private static boolean isFactory(MethodInvocationTree mi) {
            return mi.getMethodSelect() instanceof MemberSelectTree ms && FACTORIES.contains(ms.getIdentifier().toString())
                    && SRC_TYPES.contains(ms.getExpression().toString());
        }

        private static boolean isSrcType(Tree t) {
            return t != null && SRC_TYPES.contains(t.toString());
        }

        private static String simpleName(Tree t) {
            if (t instanceof IdentifierTree id) return id.getName().toString();
            if (t instanceof MemberSelectTree ms) return ms.getIdentifier().toString();
            if (t instanceof com.sun.source.tree.ParameterizedTypeTree p) return simpleName(p.getType());
            return null;
        }
    }
}
