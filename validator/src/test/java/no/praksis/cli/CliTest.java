package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;

/** End-to-end: the command line on real files, as a user runs it. */
class CliTest {

    private static final String complete = TestAgreements.complete();

    @TempDir
    Path directory;

    record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line in process, as {@code praksis ARGS} with {@code stdin}. */
    static Run run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), stdin);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs the command line in process with empty standard input. */
    static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    /**
     * Runs {@code praksis ARGS} in a JVM of its own with {@code heap} as its largest heap, the serial
     * collector and the default thread stack (the limits of the machine a hostile file may meet),
     * waiting at most two minutes; standard output and error go through files in {@code directory}.
     */
    static Run inOwnJvm(Path directory, String heap, String... args) throws IOException, InterruptedException {
        return ChildCli.run(ChildCli.praksis(List.of("-Xmx" + heap, "-XX:+UseSerialGC"), args), directory);
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aValidAgreementExitsZeroWithAOneLineSummary() throws IOException {
        Run run = run("validate", write("avtale.yaml", complete).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
    }

    @Test
    void aFindingIsShownWithFileLineColumnRuleMessageAndACaretUnderTheColumn() throws IOException {
        String agreement = withCommitmentToUnknownSite();
        Path file = write("avtale.yaml", agreement);
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        int line = lineOf(agreement, "      site: bolig-og-omsorg-nord");
        assertThat(run.out()).startsWith(file + ":" + line + ":13: error CONSISTENCY-SITE-REFERENCE "
                + "Praksisstedet «bolig-og-omsorg-nord» er ikke oppført");
        assertThat(run.out()).contains(String.format("%6d |       site: bolig-og-omsorg-nord%n", line)
                + String.format("%6s |             ^%n", ""));
        assertThat(run.out()).endsWith("1 fil kontrollert: 0 gyldige, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
    }

    @Test
    void englishMessagesOnRequest() throws IOException {
        Path file = write("avtale.yaml", complete.replace("    organisationNumber: \"997058925\"",
                "    organisationNumber: \"997058924\""));
        Run run = run("validate", "--lang", "en", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error CONSISTENCY-ORGANISATION-NUMBER The organisation number 997058924 of "
                + "OsloMet – storbyuniversitetet is not valid");
        assertThat(run.out()).contains("1 file checked: 0 valid, 1 with errors. 1 error, 0 warnings, 0 infos.");
    }

    @Test
    void theJsonReportHasTheShapeOfInterfacesV1() throws IOException {
        String agreement = withCommitmentToUnknownSite();
        Path file = write("avtale.yaml", agreement);
        Run run = run("validate", "--format", "json", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = JsonText.MAPPER.readTree(run.out());
        assertThat(report.at("/tool/name").asString()).isEqualTo("praksis");
        assertThat(report.at("/tool/version").asString()).isNotBlank();
        assertThat(report.at("/tool/ruleBaseVersion").asString()).isNotBlank();
        assertThat(report.at("/files/0/path").asString()).isEqualTo(file.toString());
        assertThat(report.at("/files/0/agreementId").asString()).isEqualTo("oslomet-baerum-helse-2026");
        assertThat(report.at("/files/0/valid").asBoolean()).isFalse();
        JsonNode finding = report.at("/files/0/findings/0");
        assertThat(finding.get("ruleId").asString()).isEqualTo("CONSISTENCY-SITE-REFERENCE");
        assertThat(finding.get("severity").asString()).isEqualTo("error");
        assertThat(finding.get("pointer").asString()).isEqualTo("/capacity/commitments/4/site");
        assertThat(finding.get("line").asInt()).isEqualTo(lineOf(agreement, "      site: bolig-og-omsorg-nord"));
        assertThat(finding.get("column").asInt()).isEqualTo(13);
        assertThat(finding.get("waived").asBoolean()).isFalse();
        assertThat(report.at("/summary/files").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/valid").asInt()).isZero();
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/warnings").asInt()).isZero();
        assertThat(report.at("/summary/infos").asInt()).isZero();
        assertThat(report.at("/summary/waived").asInt()).isZero();
    }

    @Test
    void aFindingWithALegalBasisCitesTheVersionInForceOnTheJudgementDate() throws IOException {
        // Neither capacity commitments nor a procedure: capacity is not regulated (rammeplan § 3 andre ledd).
        String withoutCapacity = complete.replaceAll("(?s)  commitments:\n.*?\n(?=competence:)", "  commitments: []\n\n");
        Path file = write("avtale.yaml", withoutCapacity);
        JsonNode now = JsonText.MAPPER.readTree(run("validate", "--format", "json", file.toString()).out());
        assertThat(now.at("/files/0/findings/0/ruleId").asString()).isEqualTo("RAMMEPLAN-3-CAPACITY");
        assertThat(now.at("/files/0/findings/0/legalBasis/instrument").asString()).isEqualTo("FOR-2025-07-04-1478");
        assertThat(now.at("/files/0/findings/0/legalBasis/url").asString())
                .isEqualTo("https://lovdata.no/forskrift/2025-07-04-1478/§3");
        JsonNode before = JsonText.MAPPER.readTree(run("validate", "--format", "json", "--as-of", "2025-07-31",
                file.toString()).out());
        assertThat(before.at("/files/0/findings/0/legalBasis/instrument").asString()).isEqualTo("FOR-2017-09-06-1353");
        assertThat(before.at("/files/0/findings/0/legalBasis/title").asString())
                .isEqualTo("Forskrift om felles rammeplan for helse- og sosialfagutdanninger");
    }

    @Test
    void aCopyOfAnAgreementVersionInTheSameRunIsAnErrorInBothFilesNamingTheOther() throws IOException {
        Path first = write("avtaler/asker/avtale.yaml", complete);
        Path copy = write("avtaler/kopi/avtale.yaml", complete);
        Path newer = write("avtaler/ny/avtale.yaml", complete.replace("\nversion: 1\n", "\nversion: 2\n"));
        Run run = run("validate", directory.resolve("avtaler").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(first + ":5:10: error PORTFOLIO-DUPLICATE-VERSION Avtalen "
                        + "«oslomet-baerum-helse-2026» versjon 1 finnes også i " + copy + ".")
                .contains(copy + ":5:10: error PORTFOLIO-DUPLICATE-VERSION Avtalen "
                        + "«oslomet-baerum-helse-2026» versjon 1 finnes også i " + first + ".")
                .contains("     5 | version: 1")
                .doesNotContain(newer + ":")
                .endsWith("3 filer kontrollert: 1 gyldig, 2 med feil. 2 feil, 0 advarsler, 0 merknader.\n");
        Run english = run("validate", "--lang", "en", "--format", "json", first.toString(), copy.toString());
        JsonNode report = JsonText.MAPPER.readTree(english.out());
        assertThat(report.at("/files/1/findings/0/message").asString()).startsWith(
                "Agreement “oslomet-baerum-helse-2026” version 1 is also in " + first + ".");
        assertThat(report.at("/files/0/findings/0/line").asInt()).isEqualTo(5);
        // The same file named twice (or through a link beside it) is not a copy.
        assertThat(run("validate", first.toString(), first.toString()).exitCode()).isZero();
    }

    @Test
    void directoriesAreSearchedRecursivelyForYamlAndYmlFiles() throws IOException {
        write("a/en.yaml", complete);
        write("a/b/to.yml", TestAgreements.complete("oslomet-baerum-helse-2027").replace("    organisationNumber: \"997058925\"",
                "    organisationNumber: \"997058924\""));
        write("a/b/ikke-en-avtale.txt", "dette er ikke yaml");
        Run run = run("validate", directory.resolve("a").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("to.yml:").doesNotContain("ikke-en-avtale")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
    }

    @Test
    void standardInputIsReadForADash() {
        Run run = run(new ByteArrayInputStream(complete.getBytes(StandardCharsets.UTF_8)), "validate", "-");
        assertThat(run.exitCode()).isZero();
        Run broken = run(new ByteArrayInputStream("format: [\n".getBytes(StandardCharsets.UTF_8)), "validate", "-");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.out()).startsWith("<stdin>:2:1: error parse YAML-syntaksen er ugyldig");
    }

    @Test
    void aFileThatCannotBeParsedExitsTwoAndTheOtherFilesAreStillReported() throws IOException {
        Path good = write("god.yaml", complete);
        Path bad = write("ødelagt.yaml", "id: a\n  title: [b\n");
        Path missing = directory.resolve("finnes-ikke.yaml");
        Run run = run("validate", "--format", "json", good.toString(), bad.toString(), missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode report = JsonText.MAPPER.readTree(run.out());
        assertThat(report.at("/files/0/valid").asBoolean()).isTrue();
        assertThat(report.at("/files/1/findings/0/ruleId").asString()).isEqualTo("parse");
        assertThat(report.at("/files/1/findings/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/files/2/findings/0/ruleId").asString()).isEqualTo("parse");
        assertThat(report.at("/files/2/path").asString()).isEqualTo(missing.toString());
        assertThat(report.at("/files/2/findings/0/message").asString()).startsWith("Filen finnes ikke.");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run("validate").exitCode()).isEqualTo(2);
        assertThat(run("validate", "--format", "pdf", "x.yaml").exitCode()).isEqualTo(2);
        assertThat(run("validate", "--fail-on", "never", "x.yaml").exitCode()).isEqualTo(2);
        assertThat(run("validate", "--as-of", "2026-13-01", "x.yaml").exitCode()).isEqualTo(2);
        assertThat(run("finnes-ikke").exitCode()).isEqualTo(2);
        Files.createDirectories(directory.resolve("tom"));
        Run empty = run("validate", directory.resolve("tom").toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("fant ingen avtalefiler");
    }

    @Test
    void failOnSetsTheThresholdForExitCodeOne() throws IOException {
        Path broken = write("avtale.yaml", complete.replace("  effectiveTo: 2029-07-31", "  effectiveTo: 2026-07-31"));
        assertThat(run("validate", "--fail-on", "error", broken.toString()).exitCode()).isEqualTo(1);
        assertThat(run("validate", "--fail-on", "warning", broken.toString()).exitCode()).isEqualTo(1);
        Path valid = write("gyldig.yaml", complete);
        assertThat(run("validate", "--fail-on", "info", valid.toString()).exitCode()).isZero();
    }

    @Test
    void severalFormatsCanBeWrittenInOneRun() throws IOException {
        Path file = write("avtale.yaml", complete);
        Path json = directory.resolve("rapport/praksis.json");
        Run run = run("validate", "--format", "json", "--output", json.toString(), "--format", "text", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("1 fil kontrollert");
        assertThat(JsonText.MAPPER.readTree(json.toFile()).at("/summary/valid").asInt()).isEqualTo(1);
        try (var files = Files.list(json.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .as("no temporary file is left behind").containsExactly("praksis.json");
        }
    }

    @Test
    void aWaivedRecommendationIsListedAsWaivedInEveryReportAndDoesNotFail() throws IOException {
        String withoutUserInvolvement = complete.substring(0, complete.indexOf("userInvolvement:"))
                + complete.substring(complete.indexOf("clauses:"));
        Path unwaived = write("uten-unntak.yaml", withoutUserInvolvement);
        Run warned = run("validate", "--fail-on", "warning", unwaived.toString());
        assertThat(warned.exitCode()).isEqualTo(1);
        assertThat(warned.out()).contains("warning REPORT-2.6-USER-INVOLVEMENT");

        Path waived = write("med-unntak.yaml", withoutUserInvolvement + """
                waivers:
                  - rule: REPORT-2.6-USER-INVOLVEMENT
                    reason: Kommunen oppretter et brukerråd for praksis høsten 2026; avtalen revideres da.
                    approvedBy: Anne Larsen, kommunedirektør
                    expires: 2027-06-30
                """);
        Run text = run("validate", "--fail-on", "warning", waived.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("warning REPORT-2.6-USER-INVOLVEMENT (unntak gitt)")
                .contains("1 med unntak");
        JsonNode json = JsonText.MAPPER.readTree(run("validate", "--format", "json", waived.toString()).out());
        assertThat(json.at("/files/0/findings/0/ruleId").asString()).isEqualTo("REPORT-2.6-USER-INVOLVEMENT");
        assertThat(json.at("/files/0/findings/0/waived").asBoolean()).isTrue();
        assertThat(json.at("/files/0/valid").asBoolean()).isTrue();
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/warnings").asInt()).isZero();

        Run expired = run("validate", "--as-of", "2027-07-01", "--fail-on", "warning", waived.toString());
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.out()).contains("warning WAIVER-EXPIRED").contains("warning REPORT-2.6-USER-INVOLVEMENT ")
                .doesNotContain("unntak gitt");
    }

    @Test
    void rulesListsTheCatalogueAndExplainPrintsARulesPage() {
        Run rules = run("rules");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("RAMMEPLAN-3-DAILY-SUPERVISION").contains("FOR-2025-07-04-1478 § 3 første ledd")
                .contains("REPORT-2.6-USER-INVOLVEMENT").contains("warning");
        Run explain = run("explain", "RAMMEPLAN-3-DAILY-SUPERVISION");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).startsWith("# RAMMEPLAN-3-DAILY-SUPERVISION").contains("## Rettslig grunnlag")
                .contains("## Unngå").contains("## Foretrekk").contains("```yaml")
                .contains("https://lovdata.no/forskrift/2025-07-04-1478/§3");
        Run english = run("explain", "--lang", "en", "REPORT-2.6-USER-INVOLVEMENT");
        assertThat(english.out()).contains("## Legal basis").contains("## Waivers").contains("waivers:");
        Run unknown = run("explain", "RAMMEPLAN-9");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("ukjent regel");
    }

    /** The complete example with one more commitment, to a site the agreement does not have. */
    private static String withCommitmentToUnknownSite() {
        String last = "      site: bolig-og-omsorg-vest\n      minimumPlacements: 6\n";
        assertThat(complete).contains(last);
        return complete.replace(last, last + "    - programme: vernepleier\n      site: bolig-og-omsorg-nord\n"
                + "      minimumPlacements: 2\n");
    }

    @Test
    void anOutputBelongsToTheFormatJustBeforeIt() throws IOException {
        Path file = write("avtale.yaml", complete.replace("    organisationNumber: \"997058925\"",
                "    organisationNumber: \"997058924\""));
        Path sarif = directory.resolve("praksis.sarif");
        Run run = run("validate", "--format", "github", "--format", "sarif", "--output", sarif.toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("::error file=").contains("title=CONSISTENCY-ORGANISATION-NUMBER::");
        assertThat(JsonText.MAPPER.readTree(sarif.toFile()).get("version").asString()).isEqualTo("2.1.0");
        Run twoToScreen = run("validate", "--format", "text", "--format", "json", file.toString());
        assertThat(twoToScreen.exitCode()).isEqualTo(2);
        assertThat(twoToScreen.err()).contains("Bare én rapport kan gå til standard ut");
    }

    @Test
    void sarifLinksTheRulesUnderTheDocumentationAddressSetAtRunTime() throws Exception {
        Path file = write("avtale.yaml", complete.replace("    organisationNumber: \"997058925\"",
                "    organisationNumber: \"997058924\""));
        Path sarif = directory.resolve("praksis.sarif");
        ProcessBuilder command = ChildCli.praksis(List.of(), "validate", "--format", "sarif", "--output", sarif.toString(),
                file.toString());
        command.environment().put("PRAKSIS_DOCS_URL", "https://intranett.example/praksis/docs/");
        Run run = ChildCli.run(command, directory);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode driver = JsonText.MAPPER.readTree(sarif.toFile()).at("/runs/0/tool/driver");
        assertThat(driver.get("informationUri").asString()).isEqualTo("https://intranett.example/praksis/docs");
        assertThat(driver.get("rules").valueStream()).isNotEmpty().allMatch(rule -> rule.get("helpUri").asString()
                .equals("https://intranett.example/praksis/docs/rules/" + rule.get("id").asString() + ".md"));
        String written = Files.readString(sarif);

        ProcessBuilder wrong = ChildCli.praksis(List.of(), "validate", "--format", "sarif", "--output", sarif.toString(),
                file.toString());
        wrong.environment().put("PRAKSIS_DOCS_URL", "intranett.example/docs");
        Run refused = ChildCli.run(wrong, directory);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("praksis: PRAKSIS_DOCS_URL=«intranett.example/docs» er ikke en fullstendig "
                + "http- eller https-adresse");
        assertThat(sarif).hasContent(written);
    }

    private static int lineOf(String text, String line) {
        return text.substring(0, text.indexOf(line)).split("\n", -1).length;
    }


    @Test
    void aFindingNamesEachOfItsSourcesOnceWithEveryArticleOfIt() throws IOException {
        // REPORT-2.2-PROFESSIONAL-DEVELOPER rests on three chapters of one report: one line, not three.
        String withoutDeveloper = complete.replaceAll("(?m)^  professionalDeveloper:\\n(    .*\\n)+", "");
        Run run = run("validate", write("avtale.yaml", withoutDeveloper).toString());
        assertThat(run.out()).contains("warning REPORT-2.2-PROFESSIONAL-DEVELOPER");
        assertThat(run.out().lines().filter(line -> line.contains("(HDIR-PRAKSISMODELL-2022)")))
                .singleElement().asString().contains("kap. 2.2, kap. 2.2.1, kap. 2 (");
    }
}
