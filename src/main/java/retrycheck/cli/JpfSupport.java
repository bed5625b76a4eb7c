package retrycheck.cli;

import retrycheck.check.CheckSpec;

import java.util.List;

/** `check --engine jpf`: runs through Java PathFinder when jpf-core is on the class path, else explains how to get it. */
final class JpfSupport {
    private JpfSupport() {}

    /** Whether jpf-core is on the class path. */
    static boolean available() {
        try {
            Class.forName("gov.nasa.jpf.JPF");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static int runOrExplain(List<CheckSpec> specs) {
        try {
            Class.forName("gov.nasa.jpf.JPF");
        } catch (ClassNotFoundException e) {
            System.err.println("retrycheck: --engine jpf needs Java PathFinder (jpf-core), which is not on the class path.");
            System.err.println("  jpf-core is not on Maven Central: build its java-17 branch on JDK 17, install its jars into your");
            System.err.println("  local Maven repository and build retrycheck with -Pjpf (see README.md, 'Java PathFinder').");
            return Main.USAGE;
        }
        System.err.println("retrycheck: the JPF engine is not wired into this build yet; use --engine embedded.");
        return Main.USAGE;
    }
}
