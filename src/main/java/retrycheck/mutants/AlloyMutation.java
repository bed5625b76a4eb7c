package retrycheck.mutants;

import retrycheck.kernel.arch.RetryChoices;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A mutant's counterpart in the Alloy models, so that the Alloy engine can try to kill it too. Either
 * <ul>
 * <li>a change of x86's v5.7 declaration ({@link RetryChoices}), from which the arch model arch/x86.als is generated
 *     exactly as the unmutated one is (the same Java declaration drives both engines), or</li>
 * <li>textual edits of models/retry.als (the core paths and the shared arch loop): each {@link Edit} replaces one
 *     fragment that must occur exactly once, so a change of retry.als that a mutation no longer matches is reported,
 *     never silently skipped; or</li>
 * <li>not applicable, with the reason (e.g. the Alloy models have no GUP path, no second mmap_sem user).</li>
 * </ul>
 *
 * @param notApplicable why the Alloy models cannot express this mutant ("" when they can)
 * @param choices       the change of x86's v5.7 declaration (identity for a retry.als edit)
 * @param edits         the edits of retry.als (empty for a declaration change)
 * @param steps         the trace bound of the checks ({@code for 4 Int, 1..steps steps})
 * @param change        the change in Alloy terms, for the report
 */
public record AlloyMutation(String notApplicable, UnaryOperator<RetryChoices> choices, List<Edit> edits, int steps,
                            String change) {

    /** Alloy's default trace bound for these models (the generated arches.als uses it too). */
    public static final int STEPS = 10;

    /** Replace {@code find} (which must occur once in retry.als) by {@code replace}. */
    public record Edit(String find, String replace) {}

    public AlloyMutation {
        edits = List.copyOf(edits);
    }

    public static AlloyMutation notApplicable(String why) {
        return new AlloyMutation(why, UnaryOperator.identity(), List.of(), STEPS, "");
    }

    /** Generate arch/x86.als from x86's v5.7 declaration changed by {@code f}. */
    public static AlloyMutation declaration(String change, UnaryOperator<RetryChoices> f) {
        return new AlloyMutation("", f, List.of(), STEPS, change);
    }

    /** Edit retry.als. */
    public static AlloyMutation retryEdits(String change, Edit... edits) {
        return new AlloyMutation("", UnaryOperator.identity(), List.of(edits), STEPS, change);
    }

    public static Edit edit(String find, String replace) { return new Edit(find, replace); }

    /** The same with a longer trace bound (a violation that needs a third attempt needs 13 states). */
    public AlloyMutation steps(int n) { return new AlloyMutation(notApplicable, choices, edits, n, change); }

    public boolean applicable() { return notApplicable.isEmpty(); }
}
