package retrycheck.check;

/**
 * A scenario of the user's own, named on the command line by its class ({@code check --scenario my.Scenario
 * --classpath DIR}). The class needs a public no-argument constructor; {@link #scenario()} builds the
 * {@link Scenario} (which threads run beside the fault thread), and its {@link Scenario#id()} is what reports
 * and trace files call it. From Java, pass the {@code Scenario} itself (e.g. {@code RetryCheck...scenarios(s)}).
 */
public interface ScenarioProvider {
    Scenario scenario();
}
