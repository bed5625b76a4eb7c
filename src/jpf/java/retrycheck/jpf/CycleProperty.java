package retrycheck.jpf;

import gov.nasa.jpf.PropertyListenerAdapter;
import gov.nasa.jpf.search.Search;
import gov.nasa.jpf.vm.Path;
import gov.nasa.jpf.vm.Transition;
import gov.nasa.jpf.vm.VM;

import java.util.ArrayList;
import java.util.List;

/**
 * TERMINATION from JPF's own state matching: a transition that leads back to a state on the current search path closes
 * a cycle, an execution that can go on forever. (JPF would just backtrack there; the embedded cycle rule in
 * {@link AtomicRuntime} sees only loop heads, so a cycle whose repeated state JPF matches first would be missed.) The
 * lasso (operations before the state, operations of the cycle) goes to a {@link JpfBackend.CycleJudge}, which replays it
 * on the embedded engine and applies its rule: a VIOLATION is this property's error (with the lasso as the error's
 * operation order), a CUT is backtracked as JPF does anyway, an UNNAMED cycle is counted.
 */
public final class CycleProperty extends PropertyListenerAdapter {
    private final JpfBackend.CycleJudge judge;
    /** JPF state ids along the current path: [0] the initial state, [d] the state after transition d. */
    private final List<Integer> path = new ArrayList<>();
    private JpfBackend.Judgement violation;
    private int unnamed;
    private int judged;

    public CycleProperty(JpfBackend.CycleJudge judge) { this.judge = judge; }

    @Override public void searchStarted(Search search) {
        path.clear();
        path.add(search.getVM().getStateId());
    }

    @Override public void stateAdvanced(Search search) {
        VM vm = search.getVM();
        int id = vm.getStateId();
        // only a transition that ended in a stored state (an ignored one keeps its parent's id) can close a cycle
        if (!search.isNewState() && !search.isIgnoredState()) {
            int at = path.indexOf(id);
            if (at >= 0 && judge(vm.getPath(), at)) search.error(this, vm.getClonedPath(), vm.getThreadList());
        }
        path.add(id);
    }

    @Override public void stateBacktracked(Search search) {
        if (path.size() > 1) path.remove(path.size() - 1);
    }

    /** Whether the cycle from path position {@code at} to the current state is a violation. */
    private boolean judge(Path p, int at) {
        List<String> prefix = new ArrayList<>();
        List<String> cycle = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) ops(p.get(i), i < at ? prefix : cycle);
        judged++;
        JpfBackend.Judgement j = judge.judge(prefix, cycle);
        switch (j.kind()) {
            case VIOLATION -> { violation = j; return true; }
            case UNNAMED -> unnamed++;
            case CUT -> { }
        }
        return false;
    }

    private static void ops(Transition t, List<String> into) {
        String out = t.getOutput();
        if (out == null) return;
        for (String line : out.split("\n"))
            if (line.startsWith(JpfTarget.OP_LINE)) into.add(line.substring(JpfTarget.OP_LINE.length()).trim());
    }

    /** The last violation's lasso (set when {@link #check} returned false). */
    public JpfBackend.Judgement violation() { return violation; }

    public int unnamed() { return unnamed; }

    public int judged() { return judged; }

    @Override public String getErrorMessage() {
        return violation == null ? "" : "TERMINATION" + JpfTarget.SEPARATOR + violation.message() + " (a cycle of JPF's search)";
    }

    @Override public void reset() {}
}
