package no.praksis.validator.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
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

    /**
     * Writes each file's suite as it comes. The root element carries the run's counts, known only at
     * the end, so the suites wait in a temporary file (a run over twenty thousand files gives over a
     * million test cases) and follow the root's start tag when the counts are known.
     */
    static final class Writer implements ReportWriter {
        private final java.io.Writer out;
        private final Severity threshold;
        private final String language;
        private final List<RuleDefinition> rules = RuleCatalogue.standard().rules();
        private Path spool;
        private java.io.Writer spooled;
        private XMLStreamWriter suites;
        private long tests;
        private long failures;

        Writer(java.io.Writer out, Severity threshold, String language) {
            this.out = out;
            this.threshold = threshold;
            this.language = language;
        }

        @Override
        public void file(FileReport file) throws IOException {
            List<RuleDefinition> cases = cases(file, rules);
            tests += cases.size();
            failures += cases.stream().filter(r -> failing(file, r, threshold)).count();
            try {
                suite(suites(), file, cases, threshold, language);
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }

        private XMLStreamWriter suites() throws IOException, XMLStreamException {
            if (suites == null) {
                spool = Files.createTempFile("praksis-junit-", ".xml");
                spooled = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                suites = XMLOutputFactory.newFactory().createXMLStreamWriter(spooled);
            }
            return suites;
        }

        @Override
        public void end(Tally tally) throws IOException {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuites");
                xml.writeAttribute("name", "praksis");
                xml.writeAttribute("tests", String.valueOf(tests));
                xml.writeAttribute("failures", String.valueOf(failures));
                // An empty text closes the start tag, so that the suites can follow it as they are.
                xml.writeCharacters("");
                xml.flush();
                if (suites != null) {
                    suites.flush();
                    spooled.close();
                    try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                        in.transferTo(out);
                    }
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
                out.write("\n");
                out.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            } finally {
                if (spool != null) {
                    Files.deleteIfExists(spool);
                }
            }
        }
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
                xml.writeAttribute("message", Texts.of(JunitReport.class, language).get("waived"));
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
