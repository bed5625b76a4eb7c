package retrycheck.trace;

import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.VmFault;
import retrycheck.runtime.Event;
import retrycheck.runtime.Runtime;
import retrycheck.runtime.Shared;

import java.util.ArrayList;
import java.util.List;

/** Turns replayed events into trace steps, with a snapshot of the shared state after each one. */
public final class TraceRecorder {
    private final List<TraceStep> steps = new ArrayList<>();
    private int flags;

    public void onEvent(Event e, Runtime rt) {
        int before = flags;
        if (e.isNote(Event.Note.ATTEMPT_BEGIN) || e.isNote(Event.Note.RETRY_FLAGS)) flags = e.flags();
        String fault = e.isNote(Event.Note.ATTEMPT_END) || e.isNote(Event.Note.FAULT_END) ? VmFault.names(e.fault()) : "";
        boolean marked = e.note() != null && e.note() != Event.Note.THREAD_END
                || e.object().equals("mmap_sem") || e.object().equals("signals") || e.object().equals("page_lock");
        steps.add(new TraceStep(steps.size() + 1, e.thread(), e.note() == null ? "op" : "note", e.op(), e.object(),
                e.src().release(), e.src().file(), e.src().function(), e.src().line(), e.result(),
                FaultFlags.names(before), FaultFlags.names(flags),
                state(rt, "mmap_sem"), state(rt, "page_lock"), state(rt, "signals"), fault, marked));
    }

    private static String state(Runtime rt, String name) {
        for (Shared s : rt.objects()) if (s.name.equals(name)) return s.state();
        return "";
    }

    public List<TraceStep> steps() { return steps; }
}
