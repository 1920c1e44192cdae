package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.CodeLists;
import no.praksis.schema.JsonText;
import no.praksis.schema.TextTemplate;
import no.praksis.validator.Placeholders;
import no.praksis.validator.Texts;

/** {@code praksis init}: a skeleton that is not valid until its placeholders are filled in, and then is. */
class InitCommandTest {

    /**
     * What a user writes for a placeholder that needs more than plain text, by the pointer it stands
     * at (a pattern: {@code N} is any list position). The sites are told apart by their position.
     */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("/id", "testby-uni-2026"),
            Map.entry("/term/effectiveFrom", "2026-08-01"),
            Map.entry("/term/effectiveTo", "2029-07-31"),
            Map.entry("/roles/practiceCoordinators/institution/email", "post@testby.example"),
            Map.entry("/roles/practiceCoordinators/municipalities/N/email", "post@testby.example"),
            Map.entry("/parties/institution/organisationNumber", "971527404"),
            Map.entry("/parties/municipalities/N/organisationNumber", "972417866"),
            Map.entry("/parties/municipalities/N/municipalityNumber", "0301"),
            Map.entry("/parties/municipalities/N/name", "Oslo kommune"),
            Map.entry("/parties/municipalities/N/id", "testby"),
            Map.entry("/roles/practiceCoordinators/municipalities/N/municipality", "testby"),
            Map.entry("/signatories/N/party", "testby"),
            Map.entry("/programmes/N/code", "vernepleier"),
            Map.entry("/sites/N/programmes/N", "vernepleier"),
            Map.entry("/capacity/commitments/N/programme", "vernepleier"),
            Map.entry("/capacity/commitments/N/periods/N/weeks", "36-42"));

    @TempDir
    Path directory;

    @Test
    void theSkeletonIsADraftUntilItsPlaceholdersAreFilledInAndThenValid() throws IOException {
        Path file = directory.resolve("agreements/ny-avtale.yaml");
        CliTest.Run init = CliTest.run("init", file.toString());
        assertThat(init.exitCode()).isZero();
        String skeleton = Files.readString(file);

        String modeline = skeleton.lines().findFirst().orElseThrow();
        assertThat(modeline).startsWith("# yaml-language-server: $schema=");
        Path schema = file.getParent().resolve(modeline.substring(modeline.indexOf('=') + 1)).normalize();
        assertThat(schema).as("the editor finds the schema").isRegularFile();
        assertThat(schema.getFileName().toString()).isEqualTo("praksisavtale-v1.schema.json");
        assertThat(skeleton).contains("  - code: \"<<FYLL INN: programkode, for eksempel vernepleier>>\"\n")
                .doesNotContain("roundTheClockCare").doesNotContain("suitabilityAssessment").doesNotContain("plan:");

        fillAndValidate(file);
    }

    /**
     * Nursing in one go: the skeleton for a nursing programme has what its rules ask for, so that
     * once its placeholders are filled in, nothing is found, none of the RETHOS-SYKEPLEIER rules above all.
     */
    @ParameterizedTest
    @CsvSource({"sykepleier, nb", "sykepleier, nn", "samisk-sykepleier, nb", "sykepleier, en"})
    void aNursingSkeletonFilledInHasNoFindings(String programme, String language) throws IOException {
        Path file = directory.resolve("avtale.yaml");
        CliTest.Run init = CliTest.run("init", "--programme", programme, "--language", language, file.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String skeleton = Files.readString(file);

        assertThat(skeleton).contains("language: " + language + "\n")
                .contains("  - code: " + programme + "\n")
                .contains("    name: \"" + CodeLists.standard().programme(programme).orElseThrow().names().in(language) + "\"\n")
                .contains("    programmes: [" + programme + "]\n")
                .contains("    roundTheClockCare: true")
                .contains("    - programme: " + programme + "\n")
                .contains("      periods:")
                .contains("      periodPlanning: \"<<FYLL INN:")
                .contains("      teacherPresence: \"<<FYLL INN:")
                .contains("      learningOutcomes: \"<<FYLL INN:")
                .contains("      mutualKnowledge: \"<<FYLL INN:")
                .contains("    plan: \"<<FYLL INN:")
                .contains("  suitabilityAssessment: \"<<FYLL INN:");
        switch (language) {
            case "nn" -> assertThat(skeleton).contains("Bachelor i sjukepleie", "praksisstaden", "tittelen på avtalen",
                    "korleis", "til dømes", "døgnkontinuerleg", "sju veker", "Praksiskoordinatorane")
                    .doesNotContain("praksisstedet").doesNotContain("for eksempel");
            case "en" -> assertThat(skeleton).contains("Bachelor's programme in", "the agreement's title",
                    "round-the-clock care", "for example", "The practice coordinators").doesNotContain("for eksempel");
            default -> assertThat(skeleton).contains("praksisstedet", "avtalens tittel", "døgnkontinuerlig", "syv uker");
        }

        JsonNode filled = fillAndValidate(file);
        assertThat(filled.findValuesAsString("ruleId")).noneMatch(id -> id.startsWith("RETHOS-SYKEPLEIER-"));
    }

    /** A period too short is found where the skeleton put it: at the commitment's periods, on its line. */
    @Test
    void aPeriodTooShortIsFoundAtTheCommitmentsPeriods() throws IOException {
        Path file = directory.resolve("avtale.yaml");
        assertThat(CliTest.run("init", "--programme", "sykepleier", file.toString()).exitCode()).isZero();
        String skeleton = Files.readString(file);
        JsonNode draft = JsonText.MAPPER.readTree(CliTest.run("validate", "--format", "json", file.toString()).out())
                .at("/files/0/findings");
        Files.writeString(file, fill(skeleton, draft, Map.of("/capacity/commitments/0/periods/0/weeks", "36-41")));

        CliTest.Run run = CliTest.run("validate", "--format", "json", "--fail-on", "warning", file.toString());
        JsonNode findings = JsonText.MAPPER.readTree(run.out()).at("/files/0/findings");
        assertThat(findings.size()).as(run.out()).isOne();
        JsonNode finding = findings.get(0);
        assertThat(finding.get("ruleId").asString()).isEqualTo("RETHOS-SYKEPLEIER-SEVEN-WEEKS");
        assertThat(finding.get("pointer").asString()).isEqualTo("/capacity/commitments/0/periods");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(finding.get("line").asInt() - 1)).startsWith("      periods:");
    }

    @Test
    void severalProgrammesEachGetTheirSiteAndCommitment() throws IOException {
        Path file = directory.resolve("avtale.yaml");
        CliTest.Run init = CliTest.run("init", "--programme", "sykepleier,vernepleier", "--programme", "sykepleier",
                file.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String skeleton = Files.readString(file);
        assertThat(skeleton).contains("  - code: sykepleier\n", "  - code: vernepleier\n",
                "    programmes: [sykepleier]\n", "    programmes: [vernepleier]\n",
                "    - programme: sykepleier\n", "    - programme: vernepleier\n");
        assertThat(Pattern.compile("roundTheClockCare: true").matcher(skeleton).results().count()).isOne();
        assertThat(Pattern.compile("  - code: sykepleier").matcher(skeleton).results().count())
                .as("a programme given twice is written once").isOne();

        fillAndValidate(file);
    }

    @Test
    void anUnknownProgrammeIsAUsageErrorThatSuggestsTheCodeMeant() {
        Path file = directory.resolve("avtale.yaml");
        CliTest.Run misspelt = CliTest.run("init", "--programme", "sykepleir", file.toString());
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("ukjent programkode «sykepleir»").contains("Mente du «sykepleier»?");
        assertThat(file).doesNotExist();

        CliTest.Run english = CliTest.run("--lang", "en", "init", "--programme", "vernepleier,sykepleir", file.toString());
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("unknown programme code “sykepleir”").contains("Did you mean “sykepleier”?");

        CliTest.Run unknown = CliTest.run("--lang", "nn", "init", "--programme", "astronaut", file.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("ukjend programkode «astronaut»").contains("sykepleier, samisk-sykepleier");
        assertThat(file).doesNotExist();
    }

    @Test
    void theSkeletonsTextsAreInEveryLanguageWithTheSamePlaces() throws IOException {
        Properties nb = skeletonTexts("skeleton.properties");
        for (String language : List.of("nn", "en")) {
            Properties other = skeletonTexts("skeleton_" + language + ".properties");
            assertThat(other.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(nb.stringPropertyNames());
            for (String key : nb.stringPropertyNames()) {
                assertThat(TextTemplate.places(other.getProperty(key))).as(language + " " + key)
                        .isEqualTo(TextTemplate.places(nb.getProperty(key)));
                assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank();
            }
        }
        assertThat(Texts.bundle(InitCommand.class, "skeleton", "nn").getString("fill.title")).isEqualTo("tittelen på avtalen");
    }

    private static Properties skeletonTexts(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = InitCommand.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
        Path file = directory.resolve("avtale.yaml");
        Files.writeString(file, "min avtale\n");
        CliTest.Run refused = CliTest.run("init", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("finnes allerede").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("min avtale\n");
        try (var files = Files.list(directory)) {
            assertThat(files.toList()).as("no temporary file left behind").containsExactly(file);
        }

        assertThat(CliTest.run("init", "--force", "--language", "nn", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).contains("language: nn").contains("<<FYLL INN:");
    }

    /**
     * Validates the skeleton at {@code file}: a draft whose only findings are its placeholders, one
     * for each; then fills each placeholder in by the pointer it stands at, and validates again,
     * with nothing found at all. The second report, as JSON.
     */
    private static JsonNode fillAndValidate(Path file) throws IOException {
        String skeleton = Files.readString(file);
        CliTest.Run draft = CliTest.run("validate", "--format", "json", file.toString());
        assertThat(draft.exitCode()).isEqualTo(1);
        JsonNode findings = JsonText.MAPPER.readTree(draft.out()).at("/files/0/findings");
        long placeholders = skeleton.lines().filter(line -> !line.strip().startsWith("#"))
                .mapToLong(line -> Placeholders.PLACEHOLDER.matcher(line).results().count()).sum();
        assertThat(findings.size()).isEqualTo((int) placeholders);
        findings.forEach(f -> assertThat(f.get("ruleId").asString()).as(f.toString()).isEqualTo("PLACEHOLDER"));

        Files.writeString(file, fill(skeleton, findings, Map.of()));
        CliTest.Run filled = CliTest.run("validate", "--format", "json", "--fail-on", "info", file.toString());
        JsonNode report = JsonText.MAPPER.readTree(filled.out());
        assertThat(report.at("/files/0/findings").size()).as(filled.out()).isZero();
        assertThat(filled.exitCode()).isZero();
        return report;
    }

    /**
     * {@code skeleton} with the placeholder of each of the draft's {@code findings} filled in, with
     * the value {@code overrides} gives for its pointer or else {@link #value}.
     */
    private static String fill(String skeleton, JsonNode findings, Map<String, String> overrides) {
        List<String> lines = new ArrayList<>(List.of(skeleton.split("\n", -1)));
        for (JsonNode finding : findings) {
            int index = finding.get("line").asInt() - 1;
            String line = lines.get(index);
            Matcher matcher = Placeholders.PLACEHOLDER.matcher(line);
            assertThat(matcher.find(finding.get("column").asInt() - 1)).as(finding.toString()).isTrue();
            String pointer = finding.get("pointer").asString();
            String hint = matcher.group().substring("<<FYLL INN: ".length(), matcher.group().length() - 2);
            String value = overrides.containsKey(pointer) ? overrides.get(pointer) : value(pointer, hint, lines);
            lines.set(index, line.substring(0, matcher.start()) + value + line.substring(matcher.end()));
        }
        return String.join("\n", lines);
    }

    /** What a user writes at {@code pointer}, where the skeleton asks for {@code hint}. */
    private static String value(String pointer, String hint, List<String> lines) {
        String pattern = pointer.replaceAll("/\\d+(?=/|$)", "/N");
        if (VALUES.containsKey(pattern)) {
            return VALUES.get(pattern);
        }
        Matcher site = Pattern.compile("/sites/(\\d+)/id|/capacity/commitments/(\\d+)/site").matcher(pointer);
        if (site.matches()) {
            // The skeleton gives each site one commitment, in the same order.
            return "sted-" + (site.group(1) != null ? site.group(1) : site.group(2));
        }
        if (pattern.equals("/sites/N/serviceArea")) {
            return lines.stream().anyMatch(l -> l.contains("roundTheClockCare: true")) ? "sykehjem" : "bolig-og-omsorg";
        }
        return "Avtaletekst for " + hint + ".";
    }
}
