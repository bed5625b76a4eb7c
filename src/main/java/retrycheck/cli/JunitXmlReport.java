package retrycheck.cli;

import retrycheck.check.CheckResult;
import retrycheck.check.Verdict;
import retrycheck.trace.TextTrace;
import retrycheck.trace.Trace;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * A `check` run as a JUnit XML report (the format surefire writes and CI servers read): one testsuite, one testcase
 * per check × property, named "x86 v5.7 filemap-io FLAGS" with classname "retrycheck.x86.v5_7". A FAIL is a
 * {@code <failure>} whose text is the counterexample's text trace; an INCOMPLETE is a {@code <failure
 * type="INCOMPLETE">} with the reason (a check cut short is not a pass); an ERROR is an {@code <error>}.
 * JUnit XML rather than SARIF: every CI server shows JUnit results as named tests with their messages, whereas SARIF
 * anchors findings at lines of the repository being scanned, and a retrycheck finding's lines are the kernel's.
 */
final class JunitXmlReport {
    private JunitXmlReport() {}

    static String xml(List<CheckResult> results, double seconds, String engine) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            long tests = 0, failures = 0, errors = 0;
            for (CheckResult r : results)
                for (Verdict v : r.verdicts.values()) {
                    tests++;
                    if (v == Verdict.FAIL || v == Verdict.INCOMPLETE) failures++;
                    if (v == Verdict.ERROR) errors++;
                }
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "retrycheck check (" + engine + ")");
            w.writeAttribute("tests", Long.toString(tests));
            w.writeAttribute("failures", Long.toString(failures));
            w.writeAttribute("errors", Long.toString(errors));
            w.writeAttribute("skipped", "0");
            w.writeAttribute("time", String.format("%.3f", seconds));
            w.writeCharacters("\n");
            for (CheckResult r : results) {
                String classname = "retrycheck." + r.spec.handler().name() + "." + r.spec.variant().label().replace('.', '_');
                String explored = r.stats.executions + " executions, " + r.stats.pruned + " pruned, longest "
                        + r.stats.maxDepth + " steps" + (r.stats.complete() ? ", exhaustive" : ", cut short");
                for (Map.Entry<String, Verdict> e : r.verdicts.entrySet()) {
                    w.writeStartElement("testcase");
                    w.writeAttribute("name", r.spec.label() + " " + e.getKey());
                    w.writeAttribute("classname", classname);
                    w.writeAttribute("time", String.format("%.3f", r.stats.wallNanos / 1e9));
                    switch (e.getValue()) {
                        case FAIL -> {
                            Trace t = r.traces.get(e.getKey());
                            w.writeStartElement("failure");
                            w.writeAttribute("type", "FAIL");
                            w.writeAttribute("message", e.getKey() + " violated" + (t == null ? "" : ": " + t.explanation()));
                            w.writeCharacters(t == null ? explored : TextTrace.render(t, true));
                            w.writeEndElement();
                        }
                        case INCOMPLETE -> {
                            w.writeStartElement("failure");
                            w.writeAttribute("type", "INCOMPLETE");
                            w.writeAttribute("message", "cut short: " + r.incompleteReason);
                            w.writeCharacters(explored);
                            w.writeEndElement();
                        }
                        case ERROR -> {
                            w.writeStartElement("error");
                            w.writeAttribute("type", "ERROR");
                            w.writeAttribute("message", r.error);
                            w.writeCharacters(r.error);
                            w.writeEndElement();
                        }
                        case PASS -> {
                            w.writeStartElement("system-out");
                            w.writeCharacters("PASS: " + explored);
                            w.writeEndElement();
                        }
                    }
                    w.writeEndElement();
                    w.writeCharacters("\n");
                }
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
        return out.toString();
    }
}
