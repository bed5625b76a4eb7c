package retrycheck.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML view: one self-contained page (inline CSS, no script, nothing fetched). Time runs downwards, one lane
 * per thread (plus one for the engine when it speaks, e.g. a deadlock), then state columns for fault flags,
 * mmap_sem, page lock, pending signals and the handler result; a state cell that changed at that step is
 * highlighted, the violating step is red and followed by the explanation, unmarked steps are dimmed and can be
 * hidden with a checkbox (pure CSS), and each step's source location links to the public source viewer.
 */
public final class HtmlTrace {
    private HtmlTrace() {}

    private static final String CSS = """
            body{font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:20px;color:#1d2330;background:#fff}
            h1{font-size:20px;margin:0 0 6px}h1 .inv{color:#b3261e}
            .expl{font-size:15px;margin:4px 0 12px;padding:8px 10px;border-left:4px solid #b3261e;background:#fdf0ef}
            table.meta{border-collapse:collapse;margin-bottom:10px}table.meta td{padding:1px 12px 1px 0;vertical-align:top}
            table.meta td:first-child{color:#5b6475}
            code,.mono,td.st,td.src,.op{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
            .chip{display:inline-block;padding:0 5px;margin:1px;border-radius:3px;color:#fff;font-family:ui-monospace,monospace;font-size:12px}
            .legend span{margin-right:14px}
            #only{margin:10px 6px 10px 0}
            #only:checked~table.steps tr.u{display:none}
            table.steps{border-collapse:collapse;margin-top:6px}
            table.steps th{position:sticky;top:0;background:#eef1f6;border-bottom:2px solid #c5ccd8;padding:5px 8px;text-align:left;font-weight:600}
            table.steps td{padding:3px 8px;border-bottom:1px solid #e6e9ef;vertical-align:top}
            td.n{text-align:right;color:#5b6475;white-space:nowrap}td.n a{color:inherit;text-decoration:none}
            td.lane{width:170px;min-width:150px;max-width:185px;border-left:1px dashed #c5ccd8;border-right:1px dashed #c5ccd8}
            td.lane .op{display:block;overflow-wrap:break-word;padding:2px 6px;border-radius:4px;border:1px solid;background:#fff}
            td.lane .res{color:#5b6475}
            td.lane .note{font-style:italic}
            td.st{color:#3b4352}td.st.fl{min-width:150px;max-width:200px}
            td.st.chg{background:#fff3c4;color:#000;font-weight:600}
            td.src{white-space:nowrap}td.src a{color:#1a55c4}td.src .fn{color:#5b6475;display:block}
            tr.u td{opacity:.55}
            tr.m td.n::before{content:"* ";color:#1a55c4}
            tr.viol td{background:#fde2df;opacity:1}tr.viol td.n::before{content:"\\25B6  ";color:#b3261e}
            tr.viol td.lane .op{border-width:2px;border-color:#b3261e!important;box-shadow:0 0 0 2px #f5b7b1}
            tr.why td{background:#fde2df;color:#b3261e;font-weight:600;border-bottom:2px solid #b3261e}
            footer{margin-top:14px;color:#5b6475;font-size:12px}
            """;

    private static final String[] COLOURS = {"#1a55c4", "#1b7f3b", "#a3460c", "#7b2fa8", "#0b7285", "#8a6d00", "#c2255c"};

    public static String render(Trace t) {
        List<String> lanes = new ArrayList<>(t.threads());
        for (TraceStep s : t.steps()) if (!lanes.contains(s.thread())) lanes.add(s.thread());
        StringBuilder b = new StringBuilder(16_384);
        String title = t.invariant() + " violated: " + t.handler() + " " + t.variant() + " " + t.scenario();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style></head>\n<body>\n");
        b.append("<h1><span class=\"inv\">").append(esc(t.invariant())).append("</span> violated at step <a href=\"#s")
                .append(t.violationStep()).append("\">").append(t.violationStep()).append("</a> &mdash; ")
                .append(esc(t.handler())).append(' ').append(esc(t.variant())).append(", scenario ").append(esc(t.scenario()))
                .append("</h1>\n");
        b.append("<div class=\"expl\">").append(esc(t.explanation())).append("</div>\n");
        b.append("<table class=\"meta\">\n");
        meta(b, "threads", lanesHtml(t.threads()));
        StringBuilder sched = new StringBuilder();
        for (int x : t.schedule())
            sched.append("<span class=\"chip\" style=\"background:").append(colour(x)).append("\" title=\"")
                    .append(esc(t.threads().get(x))).append("\">").append(x).append("</span>");
        meta(b, "schedule", sched + " <span class=\"mono\">(" + t.schedule().size()
                + " thread choices; " + ("alloy".equals(t.engine()) ? esc(TextTrace.replayHint(t))
                        : "<code>retrycheck replay FILE</code> re-executes it") + ")</span>");
        meta(b, "recorded by", "engine <code>" + esc(t.engine()) + "</code>, model <code>" + esc(t.modelVersion())
                + "</code>, format <code>" + esc(t.format()) + "</code>");
        meta(b, "source links", "<code>" + SourceLinks.BASE + SourceLinks.tag(t.variant()) + "/</code> (opens the public source viewer)");
        b.append("</table>\n");
        b.append("<div class=\"legend\"><span><b>*</b> step that matters</span><span style=\"color:#b3261e\">&#9654; the violation</span>"
                + "<span style=\"background:#fff3c4\">&nbsp;changed at this step&nbsp;</span><span style=\"opacity:.55\">other step</span></div>\n");
        b.append("<input type=\"checkbox\" id=\"only\"><label for=\"only\">show only the steps that matter</label>\n");
        b.append("<table class=\"steps\">\n<thead><tr><th>step</th>");
        for (int i = 0; i < lanes.size(); i++)
            b.append("<th style=\"color:").append(colour(i)).append("\">").append(esc(lanes.get(i)))
                    .append(i < t.threads().size() ? " <span class=\"res\">#" + i + "</span>" : " <span class=\"res\">(engine)</span>")
                    .append("</th>");
        b.append("<th>kernel source (").append(SourceLinks.tag(t.variant())).append(" where no release is shown)</th><th>fault flags</th><th>mmap_sem</th>"
                + "<th>page lock</th><th>signals</th><th>handler result</th></tr></thead>\n<tbody>\n");
        TraceStep prev = null;
        for (TraceStep s : t.steps()) {
            boolean viol = s.n() == t.violationStep();
            b.append("<tr id=\"s").append(s.n()).append("\" class=\"").append(viol ? "viol" : s.marked() ? "m" : "u").append("\">");
            b.append("<td class=\"n\"><a href=\"#s").append(s.n()).append("\">").append(s.n()).append("</a></td>");
            int lane = lanes.indexOf(s.thread());
            for (int i = 0; i < lanes.size(); i++) {
                b.append("<td class=\"lane\">");
                if (i == lane) {
                    boolean note = !s.kind().equals("op");
                    b.append("<span class=\"op").append(note ? " note" : "").append("\" style=\"border-color:")
                            .append(colour(i)).append("\" title=\"").append(note ? "model note" : "operation (scheduling point)")
                            .append("\">").append(esc(TextTrace.operation(s)).replace("(", "<wbr>("));
                    if (!s.result().isEmpty() && !s.result().equals("null"))
                        b.append(" <span class=\"res\">&rarr; ").append(esc(s.result())).append("</span>");
                    b.append("</span>");
                }
                b.append("</td>");
            }
            b.append("<td class=\"src\">");
            String url = SourceLinks.url(t.variant(), s);
            String loc = s.where();
            if (url != null) b.append("<a href=\"").append(esc(url)).append("\">").append(esc(loc)).append("</a>");
            else b.append(esc(loc));
            if (!s.function().isEmpty()) b.append(" <span class=\"fn\">").append(esc(s.function())).append("()</span>");
            b.append("</td>");
            String flags = s.flagsBefore().equals(s.flagsAfter()) ? s.flagsAfter() : s.flagsBefore() + " \u2192 " + s.flagsAfter();
            state(b, flags, !s.flagsBefore().equals(s.flagsAfter()), " fl");
            state(b, s.mmapSem(), prev != null && !prev.mmapSem().equals(s.mmapSem()));
            state(b, s.pageLock(), prev != null && !prev.pageLock().equals(s.pageLock()));
            state(b, s.signals(), prev != null && !prev.signals().equals(s.signals()));
            state(b, s.fault(), !s.fault().isEmpty());
            b.append("</tr>\n");
            if (viol)
                b.append("<tr class=\"why\"><td></td><td colspan=\"").append(lanes.size() + 6).append("\">&#9650; ")
                        .append(esc(t.invariant())).append(": ").append(esc(t.explanation())).append("</td></tr>\n");
            prev = s;
        }
        b.append("</tbody></table>\n<footer>retrycheck trace (").append(esc(t.format()))
                .append("); a self-contained page: nothing is loaded from the network, links open the public kernel source viewer."
                        + " Fault flags are the fault thread's.</footer>\n</body></html>\n");
        return b.toString();
    }

    private static void meta(StringBuilder b, String k, String html) {
        b.append("<tr><td>").append(esc(k)).append("</td><td>").append(html).append("</td></tr>\n");
    }

    private static String lanesHtml(List<String> threads) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < threads.size(); i++)
            b.append("<span class=\"chip\" style=\"background:").append(colour(i)).append("\">#").append(i).append(' ')
                    .append(esc(threads.get(i))).append("</span> ");
        return b.toString();
    }

    private static void state(StringBuilder b, String v, boolean changed) { state(b, v, changed, ""); }

    private static void state(StringBuilder b, String v, boolean changed, String cls) {
        // let long flag sets wrap after '|' (and holder lists after ',')
        b.append("<td class=\"st").append(cls).append(changed ? " chg" : "").append("\">")
                .append(esc(v).replace("|", "|<wbr>").replace(",", ",<wbr>")).append("</td>");
    }

    private static String colour(int i) { return COLOURS[i % COLOURS.length]; }

    /** HTML-escapes text for element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
