package retrycheck.alloy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counterexample (or instance) from Alloy, state by state: for a temporal model one state per trace
 * step with the variable fields of the model's state signature (for retry.als: pc, attempt, flags,
 * mmap_sem, page_lock, signals, uffd, result, exit and ev, the event taken to the next state); for a
 * static model a single state holding the Skolem witnesses. The main author maps this into the shared
 * retrycheck.trace format.
 *
 * @param model     the .als file
 * @param command   the command's label
 * @param config    the static part: fields of the other one-signatures (e.g. Arch's declared choices), and static fields
 * @param states    the states in order; each an ordered map field name -> value
 * @param loopState the state the lasso loops back to after the last one (-1 for a static model)
 */
public record AlloyTrace(String model, String command, Map<String, String> config, List<AlloyState> states,
                         int loopState) {

    /** One state: index and field name -> value (atoms by name joined with '|', "-" for empty). */
    public record AlloyState(int index, Map<String, String> fields) {
        public String get(String field) { return fields.get(field); }
    }

    public AlloyTrace {
        config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
        states = List.copyOf(states);
    }

    /** The columns: every field that occurs in some state, in first-seen order. */
    public List<String> columns() {
        LinkedHashMap<String, Boolean> cols = new LinkedHashMap<>();
        for (AlloyState s : states) for (String k : s.fields().keySet()) cols.put(k, true);
        return new ArrayList<>(cols.keySet());
    }

    /** Whether a flags value names the combination FLAGS forbids: TRIED without ALLOW_RETRY. */
    public static boolean isForbiddenFlags(String flags) {
        if (flags == null) return false;
        List<String> names = List.of(flags.split("\\|"));
        return names.contains("TRIED") && !names.contains("ALLOW_RETRY");
    }

    /** Text rendering: a header, the static configuration, then one numbered row per state. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(model).append(" ").append(command);
        if (loopState >= 0) sb.append(" — ").append(states.size()).append(" states, loops back to state ").append(loopState);
        sb.append('\n');
        if (!config.isEmpty()) {
            sb.append("  ");
            List<String> parts = new ArrayList<>();
            config.forEach((k, v) -> parts.add(k + "=" + v));
            sb.append(String.join("  ", parts)).append('\n');
        }
        List<String> cols = columns();
        int[] w = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            w[i] = cols.get(i).length();
            for (AlloyState s : states) w[i] = Math.max(w[i], s.fields().getOrDefault(cols.get(i), "").length());
        }
        StringBuilder head = new StringBuilder(String.format("  %4s", "#"));
        for (int i = 0; i < cols.size(); i++) head.append("  ").append(pad(cols.get(i), w[i]));
        sb.append(head.toString().stripTrailing()).append('\n');
        for (AlloyState s : states) {
            StringBuilder row = new StringBuilder(String.format("  %4d", s.index()));
            for (int i = 0; i < cols.size(); i++) row.append("  ").append(pad(s.fields().getOrDefault(cols.get(i), ""), w[i]));
            String flags = s.fields().get("flags");
            if (isForbiddenFlags(flags)) row.append("  <- FLAGS: TRIED without ALLOW_RETRY");
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        if (loopState >= 0) sb.append("  (after state ").append(states.size() - 1).append(" the trace continues at state ").append(loopState).append(")\n");
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
