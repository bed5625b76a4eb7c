package retrycheck.jpf;

import java.util.Map;

/**
 * Runs one Java PathFinder search. The implementation, {@code retrycheck.jpf.JpfCoreBackend}, calls jpf-core's API and
 * is compiled only by the Maven profile {@code -Pjpf} (source root src/jpf/java), so the default build does not need
 * jpf-core.
 */
public interface JpfBackend {
    /**
     * @param settings JPF configuration entries applied after JPF's own (site, jpf-core's jpf.properties); a key ending
     *                 in '+' appends to the existing value (JPF's own convention)
     */
    JpfRun run(Map<String, String> settings);

    /**
     * Why JPF cannot start here (it finds no jpf-core configuration), or null; lets a command that searches only after
     * long other work (the kill matrix) fail at once.
     */
    default String configurationProblem() { return null; }
}
