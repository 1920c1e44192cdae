package no.praksis.cli;

import static no.praksis.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import no.praksis.cli.CliTest.Run;
import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;

/**
 * Broken and tricky input, end to end through the command line: every broken file gets a finding
 * that names it (and its line, where there is one), the good file in the same run is still checked
 * and reported, the exit code says what happened, and nothing but the report reaches the terminal.
 * The broken file comes first, so that the run visibly goes on after it.
 */
class BrokenInputCliTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String complete = TestAgreements.complete();

    @TempDir
    Path directory;

    private Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the text report to the terminal and the JSON report to a file. */
    private static Run runBoth(Path jsonReport, String... files) {
        return run(Stream.concat(Stream.of("validate", "--format", "json", "--output", jsonReport.toString(),
                "--format", "text"), Stream.of(files)).toArray(String[]::new));
    }

    static void assertNoStackTrace(Run run) {
        assertThat(run.err()).as("nothing on standard error").isEmpty();
        assertThat(run.out()).doesNotContain("\tat ").doesNotContain("intern feil")
                .doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("empty", new byte[0], 1, 1, "Filen er tom."),
                Arguments.of("only-a-comment", bytes("# bare en kommentar\n"), 1, 1, "Filen er tom."),
                Arguments.of("top-level-list", bytes("- format: praksisavtale/v1\n- id: a\n"), 1, 1,
                        "Filen inneholder en liste, ikke en avtale."),
                Arguments.of("top-level-scalar", bytes("praksisavtale\n"), 1, 1,
                        "Filen inneholder bare én enkelt verdi, ikke en avtale."),
                Arguments.of("latin-1", "id: a\ntitle: Bærum\n".getBytes(StandardCharsets.ISO_8859_1), 2, 9,
                        "Filen er ikke gyldig UTF-8-tekst."),
                Arguments.of("utf-16", "id: a\n".getBytes(StandardCharsets.UTF_16), 1, 1,
                        "Filen er ikke gyldig UTF-8-tekst."),
                Arguments.of("tab-indentation", bytes("id: a\nparties:\n\tinstitution: b\n"), 3, 1,
                        "Linjen er rykket inn med tabulator. YAML tillater bare mellomrom til innrykk."),
                Arguments.of("unterminated-quote", bytes("id: a\ntitle: \"Samarbeidsavtale\nversion: 1\n"), 2, 8,
                        "Anførselstegnet som åpner teksten her, blir aldri lukket."),
                Arguments.of("binary-png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0,
                    0x0D, 'I', 'H', 'D', 'R'}, 1, 1, "Filen er ikke gyldig UTF-8-tekst."),
                Arguments.of("control-characters", bytes("id: a\ntitle: b\u0000\u0001\n"), 2, 9,
                        "Filen inneholder tegnet U+0000 (NULL), som ikke er tillatt i YAML."),
                Arguments.of("several-documents", bytes("id: a\n---\nid: b\n"), 2, 1,
                        "Filen inneholder flere YAML-dokumenter"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsAParseFindingAtItsLineAndTheGoodFileIsStillReported(String name, byte[] content, int line,
                                                                           int column, String message)
            throws IOException {
        Path broken = write(name + ".yaml", content);
        Path good = write("god.yaml", complete);
        Path json = directory.resolve("rapport.json");
        Run run = runBoth(json, broken.toString(), good.toString());

        assertThat(run.exitCode()).as("a file that cannot be parsed exits 2").isEqualTo(2);
        assertThat(run.out()).contains(broken + ":" + line + ":" + column + ": error parse ")
                .contains(message)
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
        JsonNode report = JsonText.MAPPER.readTree(json.toFile());
        assertThat(report.at("/files/0/path").asString()).isEqualTo(broken.toString());
        assertThat(report.at("/files/0/valid").asBoolean()).isFalse();
        assertThat(report.at("/files/0/findings")).hasSize(1);
        assertThat(report.at("/files/0/findings/0/ruleId").asString()).isEqualTo("parse");
        assertThat(report.at("/files/0/findings/0/line").asInt()).isEqualTo(line);
        assertThat(report.at("/files/1/path").asString()).isEqualTo(good.toString());
        assertThat(report.at("/files/1/valid").asBoolean()).isTrue();
    }

    @Test
    void aByteOrderMarkIsAcceptedAndDoesNotShiftColumns() throws IOException {
        Path withBom = write("med-bom.yaml", concat(BOM, bytes(complete)));
        Path good = write("god.yaml", TestAgreements.complete("oslomet-baerum-helse-2027"));
        Run run = run("validate", withBom.toString(), good.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2 filer kontrollert: 2 gyldige, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);

        // A finding on the first line is placed as if the mark were not there.
        String unquotedFirstLine = "title: NO\n" + complete.replaceFirst("(?m)^title: .*\n", "");
        Path trap = write("bom-og-felle.yaml", concat(BOM, bytes(unquotedFirstLine)));
        Run trapped = run("validate", trap.toString(), good.toString());
        assertThat(trapped.exitCode()).isEqualTo(1);
        assertThat(trapped.out()).startsWith(trap + ":1:8: error YAML-QUOTE-TEXT Verdien NO skal være tekst")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(trapped);
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersAreStillChecked() throws IOException {
        // Tests run as root, for whom no permission bit makes a file unreadable: a dangling link
        // has the name of an agreement, and nothing to read behind it.
        Path dangling = Files.createSymbolicLink(directory.resolve("borte.yaml"), directory.resolve("finnes-ikke"));
        Path good = write("god.yaml", complete);
        Path json = directory.resolve("rapport.json");
        Run run = runBoth(json, dangling.toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(dangling + ":1:1: error parse Filen er en symbolsk lenke til noe som ikke finnes.")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
        JsonNode report = JsonText.MAPPER.readTree(json.toFile());
        assertThat(report.at("/files/1/path").asString()).isEqualTo(good.toString());
        assertThat(report.at("/files/1/valid").asBoolean()).isTrue();
    }

    @Test
    void aFileWhoseReadingFailsIsReportedWithTheReasonAndTheOthersAreStillChecked() throws IOException {
        // Tests run as root, whom no permission stops, and /proc (whose /proc/self/mem stood in here
        // before) is no longer read at all: standard input that fails as a failing disk would stands in.
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        Path good = write("god.yaml", complete);
        Run run = run(failing, "validate", "-", good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("<stdin>:1:1: error parse Filen kan ikke leses: Input/output error.")
                .contains("Kontroller at du har lesetilgang")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
    }

    @Test
    void aDanglingLinkInADirectoryIsReportedToo() throws IOException {
        Path agreements = directory.resolve("avtaler");
        write("avtaler/a-god.yaml", complete);
        Path dangling = Files.createSymbolicLink(agreements.resolve("b-borte.yaml"), directory.resolve("finnes-ikke"));
        Run run = run("validate", agreements.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(dangling + ":1:1: error parse Filen er en symbolsk lenke til noe som ikke finnes.")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
    }

    @Test
    void aSymbolicLinkLoopInADirectoryIsReportedNotSkipped() throws IOException {
        Path agreements = directory.resolve("avtaler");
        write("avtaler/god.yaml", complete);
        Files.createDirectories(agreements.resolve("kommune"));
        write("avtaler/kommune/andre.yaml", TestAgreements.complete("oslomet-baerum-helse-2027"));
        // A link back to the directory above it: following it would never end.
        Path loop = Files.createSymbolicLink(agreements.resolve("kommune/tilbake"), agreements);
        Path json = directory.resolve("rapport.json");
        Run run = runBoth(json, agreements.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(loop + ":1:1: error parse Denne mappen er nådd gjennom en symbolsk lenke som fører "
                + "tilbake til en mappe over den (en løkke).")
                .endsWith("3 filer kontrollert: 2 gyldige, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
        JsonNode report = JsonText.MAPPER.readTree(json.toFile());
        assertThat(report.at("/files").findValuesAsString("path")).containsExactly(
                agreements.resolve("god.yaml").toString(), agreements.resolve("kommune/andre.yaml").toString(),
                loop.toString());
    }

    @Test
    void aLinkToAFileElsewhereIsNotReadSoNothingOfItIsShown() throws IOException {
        // In CI the agreements come from whoever made the change: a link to a file elsewhere on the
        // machine must not have its lines printed in the report.
        write("utenfor/hemmelighet.txt", "PASSORD=hunter2\u0000\n");
        Path agreements = directory.resolve("avtaler");
        write("avtaler/god.yaml", complete);
        Path outside = Files.createSymbolicLink(agreements.resolve("lekk.yaml"),
                directory.resolve("utenfor/hemmelighet.txt"));
        Path hidden = Files.createSymbolicLink(agreements.resolve("skjult.yaml"),
                write("avtaler/.git/config", "token = hunter2\n"));
        Path environment = Path.of("/proc/self/environ");
        Path proc = Files.isReadable(environment)
                ? Files.createSymbolicLink(agreements.resolve("miljø.yaml"), environment) : null;
        Run run = run("validate", agreements.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        String refused = ":1:1: error parse Filen nås gjennom en symbolsk lenke (til filen selv eller til en mappe på "
                + "veien) som fører ut av depotet";
        assertThat(run.out()).contains(outside + refused).contains(hidden + refused).doesNotContain("hunter2")
                .doesNotContain("PATH=").doesNotContain("HOME=");
        if (proc != null) {
            assertThat(run.out()).contains(proc + refused);
        }
        assertNoStackTrace(run);
        // Named one by one, as a shell's agreements/*.yaml would, the links are refused as well.
        Run named = run("validate", outside.toString(), hidden.toString());
        assertThat(named.out()).contains(outside + refused).contains(hidden + refused).doesNotContain("hunter2");
    }

    @Test
    void aLinkToAnAgreementBesideItIsFollowed() throws IOException {
        Path agreements = directory.resolve("avtaler");
        Path agreement = write("avtaler/2026/avtale.yaml", complete);
        Path current = Files.createSymbolicLink(agreements.resolve("gjeldende.yaml"), agreement);
        Run run = run("validate", agreements.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("2 filer kontrollert: 2 gyldige, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
        assertThat(run("validate", current.toString()).exitCode()).isZero();
    }

    @Test
    void aLinkToAFolderOutsideIsReportedAndNotFollowed() throws IOException {
        write("arkiv/gammel.yaml", "ikke: en avtale\n");
        Path agreements = directory.resolve("avtaler");
        write("avtaler/god.yaml", complete);
        Path link = Files.createSymbolicLink(agreements.resolve("arkiv"), directory.resolve("arkiv"));
        Run run = run("validate", agreements.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(link + ":1:1: error parse Dette er en symbolsk lenke til en mappe utenfor mappen "
                        + "som kontrolleres. Den blir ikke fulgt.")
                .doesNotContain("gammel.yaml")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
    }

    @Test
    void aRingOfSymbolicLinksIsReported() throws IOException {
        Path agreements = directory.resolve("avtaler");
        write("avtaler/god.yaml", complete);
        Path first = agreements.resolve("a.yaml");
        Path second = Files.createSymbolicLink(agreements.resolve("b.yaml"), first);
        Files.createSymbolicLink(first, second);
        Run run = run("validate", agreements.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(first + ":1:1: error parse Dette er en symbolsk lenke i en ring av lenker")
                .contains(second + ":1:1: error parse Dette er en symbolsk lenke i en ring av lenker")
                .endsWith("3 filer kontrollert: 1 gyldig, 2 med feil. 2 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
    }

    @Test
    void aDeviceIsNotReadAndTheOtherFilesAreStillChecked() throws IOException {
        // /dev/zero never ends: reading it to the end was an OutOfMemoryError.
        Path good = write("god.yaml", complete);
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", "/dev/zero", good.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("/dev/zero:1:1: error parse Dette er ikke en vanlig fil, men for eksempel en "
                        + "enhet eller et navngitt rør (pipe). Den blir ikke lest.")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
    }

    @Test
    void aNamedPipeInADirectoryIsReportedWithoutWaitingForAWriter() throws Exception {
        Path agreements = directory.resolve("avtaler");
        write("avtaler/god.yaml", complete);
        Path pipe = agreements.resolve("rør.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        // Opening a named pipe waits until something writes to it, which nothing here ever does.
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", agreements.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(pipe + ":1:1: error parse Dette er ikke en vanlig fil")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
    }

    @Test
    void aFolderWithoutAgreementsNamedNextToAFileIsSaidAndFailsTheRun() throws IOException {
        Path good = write("god.yaml", complete);
        Path empty = Files.createDirectories(directory.resolve("tom"));
        write("tom/notat.txt", "ikke en avtale");
        Run run = run("validate", good.toString(), empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).endsWith("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
        assertThat(run.err()).isEqualTo("praksis: fant ingen avtalefiler (*.yaml, *.yml) i " + empty + ".\n");
    }

    @Test
    void aFolderNamedLikeAnAgreementIsWalkedAndAFolderNamedOnItsOwnIsSaidToBeOne() throws IOException {
        Path folder = Files.createDirectories(directory.resolve("avtaler.yaml"));
        write("avtaler.yaml/god.yaml", complete);
        assertThat(run("validate", folder.toString()).exitCode()).isZero();
        Validator validator = Validator.builder().build();
        assertThat(validator.validate(folder).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Dette er en mappe, ikke en avtalefil."));
    }

    @Test
    void valuesAndFileNamesCannotSendControlSequencesToTheTerminalOrTheLog() throws Exception {
        // A double-quoted value may hold any character through an escape, and SCHEMA-ENUM quotes it;
        // a file name may hold them too. "{value}" in the value is text, not a place to fill in.
        String hostile = complete.replaceFirst("(?m)^language: .*$",
                Matcher.quoteReplacement("language: \"\\e[2J\\e]0;eid\\a\\u202Enb{value}\""));
        Path file = write("avtale-\u001b[31m.yaml", hostile);
        for (String format : new String[] {"text", "github", "junit", "json", "sarif"}) {
            Run run = run("validate", "--format", format, file.toString());
            assertThat(run.exitCode()).as(format).isEqualTo(1);
            assertThat(run.out()).as(format).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E")
                    .contains("{value}");
        }
        Run text = run("validate", file.toString());
        assertThat(text.out()).startsWith(directory.resolve("avtale-\uFFFD[31m.yaml") + ":")
                .contains("SCHEMA-ENUM «\uFFFD[2J\uFFFD]0;eid\uFFFD\uFFFDnb{value}» er ikke en tillatt verdi");
        // The JUnit report is still well-formed XML: XML 1.0 has no place for an escape character.
        Run junit = run("validate", "--format", "junit", file.toString());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<Arguments> yaml11Traps() {
        String institution = "    unit: Fakultet for helsevitenskap\n";
        // Not the municipality's name: a name that is no municipality's is a finding of its own
        // (CONSISTENCY-MUNICIPALITY-NAME-UNCONFIRMED).
        return Stream.of(
                Arguments.of(institution, "    unit: NO\n", "NO", "sannhetsverdien false"),
                Arguments.of(institution, "    unit: yes\n", "yes", "sannhetsverdien true"),
                Arguments.of(institution, "    unit: on\n", "on", "sannhetsverdien true"),
                Arguments.of(institution, "    unit: 0042\n", "0042", "tallet 42"),
                Arguments.of(institution, "    unit: 1e3\n", "1e3", "tallet 1000"),
                Arguments.of(institution, "    unit: 2026-01-01\n", "2026-01-01", "som en dato"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("yaml11Traps")
    void textThatYamlWouldReadAsSomethingElseIsReportedWithTheHintToQuoteIt(String original, String trap,
                                                                            String value, String reading)
            throws IOException {
        assertThat(complete).contains(original);
        String agreement = complete.replace(original, trap);
        Path file = write("felle.yaml", agreement);
        Path good = write("god.yaml", TestAgreements.complete("oslomet-baerum-helse-2027"));
        Path json = directory.resolve("rapport.json");
        Run run = runBoth(json, file.toString(), good.toString());

        int line = agreement.substring(0, agreement.indexOf(trap)).split("\n", -1).length;
        int column = trap.indexOf(':') + 3;
        assertThat(run.exitCode()).as("a finding, in a file that could be read").isEqualTo(1);
        assertThat(run.out()).startsWith(file + ":" + line + ":" + column + ": error YAML-QUOTE-TEXT Verdien " + value
                        + " skal være tekst")
                .contains(reading)
                .contains("Sett verdien i anførselstegn: \"" + value + "\".")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertNoStackTrace(run);
        JsonNode report = JsonText.MAPPER.readTree(json.toFile());
        // Kept as the text written, never converted: no schema finding about a boolean, number or date.
        assertThat(report.at("/files/0/findings")).hasSize(1);
        assertThat(report.at("/files/0/findings/0/ruleId").asString()).isEqualTo("YAML-QUOTE-TEXT");
        assertThat(report.at("/files/1/valid").asBoolean()).isTrue();
    }

    @Test
    void quotingTheValueSettlesIt() throws IOException {
        Path file = write("sitert.yaml", complete.replace("      name: Bærum kommune\n", "      name: \"NO\"\n")
                .replace("    unit: Fakultet for helsevitenskap\n", "    unit: '0042'\n"));
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isZero();
        assertNoStackTrace(run);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
