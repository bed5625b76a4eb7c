package retrycheck.trace;

/** The HTML view (placeholder until the full lane view lands): a self-contained page with the text view. */
public final class HtmlTrace {
    private HtmlTrace() {}

    public static String render(Trace t) {
        String text = TextTrace.render(t, false).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + t.invariant() + " " + t.handler()
                + "</title></head><body><pre>" + text + "</pre></body></html>\n";
    }
}
