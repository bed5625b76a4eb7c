package retrycheck.alloy;

import retrycheck.trace.Trace;
import retrycheck.trace.TraceStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an Alloy temporal counterexample into the shared trace format (spec/trace-format.md), state by state:
 * each state's event becomes one step of the fault thread or of its environment, with the flags before and
 * after, mmap_sem and page lock holders, pending signals and the handler result. The schedule is the thread of
 * each step; it describes the Alloy trace and is not replayable on the Java model (replay says so: the
 * trace's modelVersion names the Alloy model).
 */
public final class AlloyTraces {
    private AlloyTraces() {}

    /** The environment's events in retry.als (everything else is the fault thread's). */
    private static final Set<String> ENV = Set.of("IoUnlock", "IoLock", "SendFatal", "SendSignal", "Resolve", "Stutter");

    public static Trace toTrace(AlloyResult r) {
        AlloyTrace a = r.trace();
        String label = r.command();
        String invariant = label.contains("_") ? label.substring(0, label.indexOf('_')) : label;
        Map<String, String> cfg = a.config();
        String variant = "V56".equals(cfg.get("Arch.archv")) ? "v5.6" : "V57".equals(cfg.get("Arch.archv")) ? "v5.7" : "";
        List<TraceStep> steps = new ArrayList<>();
        List<Integer> schedule = new ArrayList<>();
        int violation = a.states().size();
        for (int i = 0; i < a.states().size(); i++) {
            AlloyTrace.AlloyState s = a.states().get(i);
            AlloyTrace.AlloyState next = a.states().get(i + 1 < a.states().size() ? i + 1 : Math.max(0, a.loopState()));
            String ev = s.fields().getOrDefault("ev", "");
            boolean env = ENV.contains(ev);
            schedule.add(env ? 1 : 0);
            String flagsBefore = s.fields().getOrDefault("flags", "-");
            String flagsAfter = next.fields().getOrDefault("flags", "-");
            if (invariant.equals("FLAGS") && violation == a.states().size() && AlloyTrace.isForbiddenFlags(flagsBefore)
                    && "Core".equals(s.fields().get("pc")))
                violation = i + 1;
            steps.add(new TraceStep(i + 1, env ? "env" : "fault", "op", ev, "state " + s.index(), r.file().toString(),
                    label, r.line(), "pc " + s.fields().getOrDefault("pc", "") + " -> " + next.fields().getOrDefault("pc", "")
                    + ", attempt " + s.fields().getOrDefault("attempt", ""),
                    flagsBefore.replace("-", "0"), flagsAfter.replace("-", "0"),
                    holder(next.fields().get("mmap_sem")), holder(next.fields().get("page_lock")),
                    next.fields().getOrDefault("signals", "-"), next.fields().getOrDefault("result", "-"), true));
        }
        String explanation = "Alloy " + (r.check() ? "counterexample to " : "instance of ") + label + " in " + r.file()
                + (a.loopState() >= 0 ? "; after the last step the trace loops back to step " + (a.loopState() + 1) : "")
                + "; configuration: " + cfg;
        return new Trace(Trace.FORMAT, "alloy:" + r.file().getFileName(), "alloy", handler(label, r),
                variant, label, invariant, explanation, Math.max(1, violation), List.of("fault", "env"), schedule, steps);
    }

    /** FLAGS_v56_arc -> arc; retry.als checks its x86 reference loop. */
    private static String handler(String label, AlloyResult r) {
        String[] parts = label.split("_v5[67]_?", 2);
        if (parts.length == 2 && !parts[1].isEmpty() && !parts[1].equals("inst")) return parts[1];
        return r.file().getFileName().toString().equals("retry.als") ? "x86" : "model";
    }

    private static String holder(String h) {
        if (h == null || h.equals("-")) return "free";
        return h.equals("FaultThread") ? "R:fault" : h.equals("IO") ? "locked:io" : h;
    }
}
