package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.JsonText;
import no.praksis.validator.Placeholders;

/** {@code praksis init}: a skeleton that is not valid until its placeholders are filled in, and then is. */
class InitCommandTest {

    /** What a user writes for each placeholder that needs more than plain text. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("avtalens id", "testby-uni-2026"),
            Map.entry("dato avtalen trer i kraft", "2026-08-01"),
            Map.entry("dato avtalen utløper", "2029-07-31"),
            Map.entry("e-postadresse", "post@testby.example"),
            Map.entry("institusjonens organisasjonsnummer", "971527404"),
            Map.entry("kommunens organisasjonsnummer", "972417866"),
            Map.entry("kommunenummer", "0301"),
            Map.entry("kommunens navn", "Oslo kommune"),
            Map.entry("kort id for kommunen", "testby"),
            Map.entry("kommunens id", "testby"),
            Map.entry("kort id for praksisstedet", "bolig-vest"),
            Map.entry("praksisstedets id", "bolig-vest"),
            Map.entry("programkode", "vernepleier"),
            Map.entry("tjenesteområde", "bolig-og-omsorg"));

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

        CliTest.Run draft = CliTest.run("validate", "--format", "json", file.toString());
        assertThat(draft.exitCode()).isEqualTo(1);
        JsonNode findings = JsonText.MAPPER.readTree(draft.out()).at("/files/0/findings");
        long placeholders = skeleton.lines().filter(line -> !line.startsWith("#"))
                .mapToLong(line -> Placeholders.PLACEHOLDER.matcher(line).results().count()).sum();
        assertThat(findings.size()).isEqualTo((int) placeholders);
        findings.forEach(f -> assertThat(f.get("ruleId").asString()).isEqualTo("PLACEHOLDER"));

        Files.writeString(file, fill(skeleton));
        CliTest.Run filled = CliTest.run("validate", "--fail-on", "info", file.toString());
        assertThat(filled.out()).isEqualTo("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
        assertThat(filled.exitCode()).isZero();
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

    private static String fill(String skeleton) {
        StringBuilder out = new StringBuilder();
        for (String line : skeleton.split("\n", -1)) {
            if (line.startsWith("#")) {
                out.append(line).append('\n');
                continue;
            }
            Matcher matcher = Placeholders.PLACEHOLDER.matcher(line);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String hint = matcher.group().substring("<<FYLL INN: ".length(), matcher.group().length() - 2);
                String value = VALUES.entrySet().stream().filter(e -> hint.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse("Avtaletekst for " + hint + ".");
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(filled);
            out.append(filled).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
