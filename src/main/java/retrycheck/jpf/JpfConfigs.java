package retrycheck.jpf;

import retrycheck.check.Scenario;
import retrycheck.check.Scenarios;
import retrycheck.kernel.Variant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates jpf/&lt;scenario&gt;.jpf, one JPF application configuration per scenario of {@link Scenarios#ALL}, runnable as
 * is with jpf-core's own launcher. A JUnit test checks that the checked-in files are current; regenerate with
 * {@code java -cp target/classes retrycheck.jpf.JpfConfigs jpf}.
 */
public final class JpfConfigs {
    private JpfConfigs() {}

    public static final String DEFAULT_ARCH = "x86";

    /** File name → content, for every scenario. */
    public static Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Scenario s : Scenarios.ALL) files.put(s.id() + ".jpf", config(s));
        return files;
    }

    static String config(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("# JPF application configuration for the retrycheck scenario family '").append(s.id()).append("'.\n");
        b.append("# GENERATED from retrycheck.check.Scenarios.ALL by retrycheck.jpf.JpfConfigs: do not edit; regenerate with\n");
        b.append("#   java -cp target/classes retrycheck.jpf.JpfConfigs jpf\n");
        b.append("#\n# ").append(s.description()).append('\n');
        b.append("#\n# Build first with the JPF profile (mvn -Pjpf package: LambdaNamesClassLoaderInfo below), then, from any directory:\n");
        b.append("#   java -jar <jpf-core>/build/RunJPF.jar jpf/").append(s.id()).append(".jpf\n");
        b.append("# Another member of the family (ARCH,VARIANT,SCENARIO,INVARIANTS; INVARIANTS = ALL or ids joined with '+'):\n");
        b.append("#   java -jar <jpf-core>/build/RunJPF.jar +target.args=arm64,v5.6,").append(s.id()).append(",FLAGS+LOCK jpf/")
                .append(s.id()).append(".jpf\n");
        b.append("# JPF's exit status is 0 whatever it finds: read 'results'. A monitor's violation shows as\n");
        b.append("# java.lang.AssertionError \"<INVARIANT>: ...\" (NoUncaughtExceptionsProperty), a deadlock as NotDeadlockedProperty.\n");
        b.append("# A search that reports 'depth limit reached' is INCOMPLETE, not a pass.\n\n");
        b.append("target = ").append(JpfTarget.class.getName()).append('\n');
        b.append("target.args = ").append(DEFAULT_ARCH).append(',').append(Variant.V5_7.label()).append(',').append(s.id()).append(",ALL\n\n");
        b.append("classpath+ = ,${config_path}/../target/classes\n");
        b.append("native_classpath+ = ,${config_path}/../target/classes\n");
        b.append("sourcepath = ${config_path}/../src/main/java\n\n");
        for (Map.Entry<String, String> e : JpfEngine.commonSettings(JpfEngine.Options.DEFAULT_DEPTH).entrySet())
            b.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
        b.append("search.properties = gov.nasa.jpf.vm.NotDeadlockedProperty,gov.nasa.jpf.vm.NoUncaughtExceptionsProperty\n");
        b.append("report.console.property_violation = error,trace\n");
        b.append("report.console.finished = result,statistics\n");
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "jpf");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : generate().entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        System.out.println("wrote " + generate().size() + " JPF configurations to " + dir);
    }
}
