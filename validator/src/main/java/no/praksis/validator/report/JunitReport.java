package no.praksis.validator.report;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.load.Printable;

/**
 * JUnit XML as Jenkins and GitLab read it: a test suite per agreement file and a test case per rule
 * of the catalogue, which fails when the rule has a finding at or above the threshold. Findings below
 * the threshold are shown in the test case's output; waived ones mark it skipped. A file that could
 * not be read is a suite with one failing case, {@code parse}.
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static String format(ValidationReport report, Severity threshold, String language) {
        List<RuleDefinition> rules = RuleCatalogue.standard().rules();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "praksis");
            int tests = 0;
            int failures = 0;
            for (FileReport file : report.files()) {
                tests += cases(file, rules).size();
                failures += (int) cases(file, rules).stream().filter(r -> failing(file, r, threshold)).count();
            }
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            for (FileReport file : report.files()) {
                suite(xml, file, cases(file, rules), threshold, language);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    /** The rules a file is tested against: all of them, or only {@code parse} when it could not be read. */
    private static List<RuleDefinition> cases(FileReport file, List<RuleDefinition> rules) {
        return file.parsed() ? rules : rules.stream().filter(r -> r.id().equals("parse")).toList();
    }

    private static boolean failing(FileReport file, RuleDefinition rule, Severity threshold) {
        return file.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id()) && !f.waived()
                && f.severity().atLeast(threshold));
    }

    private static void suite(XMLStreamWriter xml, FileReport file, List<RuleDefinition> rules, Severity threshold,
                              String language) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", Printable.of(file.path()));
        xml.writeAttribute("tests", String.valueOf(rules.size()));
        xml.writeAttribute("failures", String.valueOf(rules.stream().filter(r -> failing(file, r, threshold)).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(rules.stream().filter(r -> waivedOnly(file, r)).count()));
        for (RuleDefinition rule : rules) {
            List<Finding> findings = file.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", Printable.of(file.path()));
            xml.writeAttribute("name", rule.id());
            xml.writeAttribute("file", Printable.of(file.path()));
            List<Finding> failed = findings.stream().filter(f -> !f.waived() && f.severity().atLeast(threshold)).toList();
            if (!failed.isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", failed.get(0).severity().label());
                xml.writeAttribute("message", failed.get(0).message());
                xml.writeCharacters(lines(file, failed, language));
                xml.writeEndElement();
            } else if (waivedOnly(file, rule)) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "en".equals(language) ? "waived" : "unntak gitt");
            }
            List<Finding> other = findings.stream().filter(f -> !failed.contains(f)).toList();
            if (!other.isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(lines(file, other, language));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static boolean waivedOnly(FileReport file, RuleDefinition rule) {
        List<Finding> findings = file.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        return !findings.isEmpty() && findings.stream().allMatch(Finding::waived);
    }

    private static String lines(FileReport file, List<Finding> findings, String language) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(TextReport.headline(file, finding, language)).append('\n');
        }
        return text.toString();
    }
}
