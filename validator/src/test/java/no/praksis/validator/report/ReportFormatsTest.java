package no.praksis.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.FileReport;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.docs.RuleDocs;

/** SARIF, JUnit XML and GitHub annotations, from one report with an error, a warning and a waiver. */
class ReportFormatsTest {

    private static ValidationReport report;

    @BeforeAll
    static void validate() throws IOException {
        String complete = TestAgreements.complete();
        String broken = complete
                .replace("    roundTheClockCare: true", "    roundTheClockCare: true\n    unknownKey: 1")
                .replace("  - code: vernepleier\n    name: Bachelor i vernepleie\n", "  - code: vernepleier\n    name: Bachelor i vernepleie\n");
        String warned = complete.substring(0, complete.indexOf("userInvolvement:")) + complete.substring(complete.indexOf("clauses:"));
        String waived = warned.replace("  - code: vernepleier\n    name: Bachelor i vernepleie\n",
                "  - code: vernepleier\n    name: Bachelor i vernepleie\n") + """
                waivers:
                  - rule: REPORT-2.2-PROFESSIONAL-DEVELOPER
                    reason: Fagutvikler ansettes våren 2027.
                    approvedBy: Anne Larsen, kommunedirektør
                    expires: 2027-12-31
                """;
        waived = waived.replace("  professionalDeveloper:\n    name: Ingrid Berg\n    organisation: Utviklingssenter for sykehjem og hjemmetjenester\n    email: ingrid.berg@baerum.example\n", "");
        Validator validator = Validator.builder().build();
        report = validator.report(List.of(
                validator.validate("agreements/ødelagt avtale.yaml", broken.getBytes(StandardCharsets.UTF_8)),
                validator.validate("agreements/uten-brukere.yaml", warned.getBytes(StandardCharsets.UTF_8)),
                validator.validate("agreements/med-unntak.yaml", waived.getBytes(StandardCharsets.UTF_8)),
                validator.validate("agreements/tom.yaml", new byte[0])));
        assertThat(report.files().get(0).findings()).extracting(f -> f.ruleId())
                .containsExactly("SCHEMA-UNKNOWN-KEY");
        assertThat(report.files().get(1).findings()).extracting(f -> f.ruleId()).containsExactly("REPORT-2.6-USER-INVOLVEMENT");
        assertThat(report.files().get(2).findings()).extracting(f -> f.ruleId() + ":" + f.waived())
                .containsExactlyInAnyOrder("REPORT-2.2-PROFESSIONAL-DEVELOPER:true", "REPORT-2.6-USER-INVOLVEMENT:false");
    }

    @Test
    void sarifIsValidAgainstTheSarif210SchemaAndCarriesEveryRuleAndEachResultsPlace() throws IOException {
        String sarif = ReportFormat.SARIF.format(report, "nb", Severity.ERROR);
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true).build()));
            schema = registry.getSchema(JsonText.MAPPER.readTree(in));
        }
        JsonNode log = JsonText.MAPPER.readTree(sarif);
        List<Error> errors = schema.validate(log);
        assertThat(errors).as(sarif).isEmpty();
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(RuleCatalogue.standard().rules().size());
        RuleDocs docs = new RuleDocs(List.of("nb"));
        Set<String> withResults = Set.of("SCHEMA-UNKNOWN-KEY", "REPORT-2.6-USER-INVOLVEMENT",
                "REPORT-2.2-PROFESSIONAL-DEVELOPER", "parse");
        for (JsonNode rule : rules) {
            String id = rule.get("id").asString();
            assertThat(rule.at("/shortDescription/text").asString()).as(id).isNotBlank();
            assertThat(rule.get("helpUri").asString()).startsWith("https://").endsWith("/rules/" + id + ".md");
            if (withResults.contains(id)) {
                // A rule with a result has its full help: the summary and why, and its page as markdown.
                RuleDefinition definition = RuleCatalogue.standard().rule(id).orElseThrow();
                assertThat(rule.at("/help/text").asString()).as(id).startsWith(definition.summary().in("nb"));
                assertThat(rule.at("/help/markdown").asString()).as(id).isEqualTo(docs.page(definition));
            } else {
                assertThat(rule.has("help")).as(id).isFalse();
                assertThat(rule.has("fullDescription")).as(id).isFalse();
            }
        }
        assertThat(rules.valueStream().filter(r -> r.has("help")).map(r -> r.get("id").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(withResults);
        JsonNode result = log.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asString()).isEqualTo("SCHEMA-UNKNOWN-KEY");
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo("SCHEMA-UNKNOWN-KEY");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("agreements/%C3%B8delagt%20avtale.yaml");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(report.files().get(0).findings().get(0).line());
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
        assertThat(result.at("/properties/pointer").asString()).isEqualTo("/sites/0/unknownKey");
        JsonNode waived = log.at("/runs/0/results").valueStream()
                .filter(r -> r.get("ruleId").asString().equals("REPORT-2.2-PROFESSIONAL-DEVELOPER")).findFirst().orElseThrow();
        assertThat(waived.at("/suppressions/0/kind").asString()).isEqualTo("inSource");
        assertThat(waived.get("level").asString()).isEqualTo("warning");
    }

    @Test
    void theSarifOfAValidAgreementListsEveryRuleYetStaysSmall() {
        Validator validator = Validator.builder().build();
        ValidationReport valid = validator.report(List.of(validator.validate("agreements/avtale.yaml",
                TestAgreements.complete().getBytes(StandardCharsets.UTF_8))));
        assertThat(valid.files().get(0).findings()).isEmpty();
        String sarif = ReportFormat.SARIF.format(valid, "nb", Severity.ERROR);
        JsonNode rules = JsonText.MAPPER.readTree(sarif).at("/runs/0/tool/driver/rules");
        assertThat(rules.valueStream().map(r -> r.get("id").asString()).toList()).containsExactlyElementsOf(
                RuleCatalogue.standard().rules().stream().map(RuleDefinition::id).toList());
        assertThat(rules.valueStream().filter(r -> r.has("help"))).as("no rule has a result").isEmpty();
        assertThat(rules.valueStream()).allMatch(r -> r.get("helpUri").asString().endsWith(
                "/rules/" + r.get("id").asString() + ".md"));
        // Some 560 bytes a rule (46 KB for 82); with every rule's help and page as markdown it was over 200 KB.
        assertThat(sarif.getBytes(StandardCharsets.UTF_8).length).isLessThan(RuleCatalogue.standard().rules().size() * 700);
    }

    @Test
    void junitHasATestCasePerFileAndRuleAndAFailurePerRuleAtOrAboveTheThreshold() throws Exception {
        Document xml = parse(ReportFormat.JUNIT.format(report, "nb", Severity.ERROR));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        int rules = RuleCatalogue.standard().rules().size();
        Element broken = (Element) suites.item(0);
        assertThat(broken.getAttribute("name")).isEqualTo("agreements/ødelagt avtale.yaml");
        assertThat(broken.getAttribute("tests")).isEqualTo(String.valueOf(rules));
        assertThat(broken.getAttribute("failures")).isEqualTo("1");
        Element failing = testcase(broken, "SCHEMA-UNKNOWN-KEY");
        assertThat(failing.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(failing.getElementsByTagName("failure").item(0).getTextContent()).contains("agreements/ødelagt avtale.yaml:");
        Element warned = (Element) suites.item(1);
        assertThat(warned.getAttribute("failures")).as("a warning is below the error threshold").isEqualTo("0");
        assertThat(testcase(warned, "REPORT-2.6-USER-INVOLVEMENT").getElementsByTagName("system-out").item(0)
                .getTextContent()).contains("warning REPORT-2.6-USER-INVOLVEMENT");
        Element waived = (Element) suites.item(2);
        assertThat(testcase(waived, "REPORT-2.2-PROFESSIONAL-DEVELOPER").getElementsByTagName("skipped").getLength()).isEqualTo(1);
        Element unreadable = (Element) suites.item(3);
        assertThat(unreadable.getAttribute("tests")).isEqualTo("1");
        assertThat(testcase(unreadable, "parse").getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");

        Document strict = parse(ReportFormat.JUNIT.format(report, "nb", Severity.WARNING));
        assertThat(((Element) strict.getElementsByTagName("testsuite").item(1)).getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void githubAnnotationsNameFileLineColumnAndRuleAndEscapeTheirValues() {
        String annotations = ReportFormat.GITHUB.format(report, "nb", Severity.ERROR);
        FileReport broken = report.files().get(0);
        assertThat(annotations.lines().toList()).contains(
                "::error file=agreements/ødelagt avtale.yaml,line=" + broken.findings().get(0).line()
                        + ",col=5,title=SCHEMA-UNKNOWN-KEY::" + broken.findings().get(0).message());
        assertThat(annotations).contains("::warning file=agreements/uten-brukere.yaml,line=")
                .contains("::error file=agreements/tom.yaml,line=1,col=1,title=parse::")
                .doesNotContain("title=REPORT-2.2-PROFESSIONAL-DEVELOPER::")
                .containsPattern("::notice file=agreements/med-unntak\\.yaml,line=\\d+,col=\\d+,"
                        + "title=REPORT-2\\.2-PROFESSIONAL-DEVELOPER \\(unntak gitt\\)::");
        assertThat(GithubReport.property("a:b,c%\nd")).isEqualTo("a%3Ab%2Cc%25%0Ad");
        // One line per finding, then the text report's summary as a notice of the run.
        List<String> lines = annotations.lines().toList();
        assertThat(lines).hasSize(report.files().stream().mapToInt(f -> f.findings().size()).sum() + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("::notice title=praksis::"
                + "4 filer kontrollert: 2 gyldige, 2 med feil. 2 feil, 2 advarsler, 0 merknader, 1 med unntak.")
                .isEqualTo("::notice title=praksis::" + TextReport.summary(report, "nb"));
        assertThat(ReportFormat.GITHUB.format(report, "en", Severity.ERROR).lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("::notice title=praksis::" + TextReport.summary(report, "en"))
                .startsWith("::notice title=praksis::4 files checked: ");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Element suite, String rule) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getAttribute("name").equals(rule)) {
                return testcase;
            }
        }
        throw new AssertionError("no test case " + rule);
    }

    @Test
    void noReportCarriesARawInvisibleOrLineBreakingCharacter() {
        // A file name and values that hold the line and paragraph separators, a C1 control (NEL) and
        // bidi overrides and marks: every format shows or escapes them, none passes them on raw.
        String invisible = "\u2028\u2029\u0085\u202E\u2066\u200F\u061C\u007F";
        String agreement = TestAgreements.complete().replaceFirst("title: \"[^\"]*\"",
                "title: \"Avtale \\u2028 \\u2029 \\u0085 \\u202E \\u2066\"")
                .replace("    organisationNumber: \"997058925\"", "    organisationNumber: \"99705\u202E8925\"");
        Validator validator = Validator.builder().build();
        ValidationReport hostile = validator.report(List.of(validator.validate("agreements/" + invisible + ".yaml",
                agreement.getBytes(StandardCharsets.UTF_8))));
        assertThat(hostile.files().get(0).findings()).isNotEmpty();
        List<String> outputs = Arrays.stream(ReportFormat.values())
                .map(format -> format.format(hostile, "nb", Severity.ERROR)).toList();
        for (String output : outputs) {
            invisible.codePoints().forEach(c -> assertThat(output.indexOf(c)).as("U+%04X in %s", c,
                    output.substring(0, Math.min(40, output.length()))).isEqualTo(-1));
        }
        // JSON keeps the data exact, as escapes.
        assertThat(ReportFormat.JSON.format(hostile, "nb", Severity.ERROR))
                .contains("agreements/\\u2028\\u2029\\u0085\\u202E\\u2066\\u200F\\u061C\\u007F.yaml");
    }
}
