package no.praksis.cli;

import static no.praksis.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.MessageBundlesTest;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.load.LoadLimits;

/** The command line in each of its languages: bokmål by default, nynorsk and English with --lang. */
class LanguagesCliTest {

    private static final List<String> COMMANDS = List.of("validate", "portfolio", "diff", "render", "extract", "verify", "rules", "explain", "init");

    @TempDir
    Path directory;

    private Path agreement() throws IOException {
        Path file = directory.resolve("avtale.yaml");
        Files.writeString(file, TestAgreements.complete());
        return file;
    }

    @Test
    void theSummaryIsInNynorskAndInEnglish() throws IOException {
        Path file = agreement();
        assertThat(run("validate", "--lang", "nn", file.toString()).out())
                .isEqualTo("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 åtvaringar, 0 merknader.\n");
        assertThat(run("validate", "--lang=en", file.toString()).out())
                .isEqualTo("1 file checked: 1 valid, 0 with errors. 0 errors, 0 warnings, 0 infos.\n");
        // Given before the command, the language is the same.
        assertThat(run("--lang", "nn", "validate", file.toString()).out()).contains("0 åtvaringar");
    }

    @Test
    void theUsageHelpIsInEachLanguage() {
        assertThat(run("validate", "--help").out()).startsWith("Bruk: praksis validate")
                .contains("Språk i meldingene: nb, nn, en (standard: nb).");
        assertThat(run("validate", "--help", "--lang", "nn").out()).startsWith("Bruk: praksis validate")
                .contains("Språk i meldingane: nb, nn, en (standard: nb).").contains("Vis denne hjelpeteksten og avslutt.");
        assertThat(run("--lang", "en", "--help").out()).startsWith("Usage: praksis")
                .contains("Commands:").contains("Show this help message and exit.");
    }

    @Test
    void aWrongCallIsToldInTheUsersLanguage() {
        CliTest.Run unknown = run("validate", "--lang", "nn", "--bogus", "x.yaml");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("praksis: ukjent val eller argument: --bogus.\nSjå «praksis validate --help».\n");
        assertThat(run("validate").err()).isEqualTo("praksis: mangler PATH.\nSe «praksis validate --help».\n");
        assertThat(run("render", "--lang", "en", "-o", "k.pdf").err())
                .isEqualTo("praksis: missing FILE.\nSee 'praksis render --help'.\n");
        assertThat(run("validate", "--fail-on", "alt", "x.yaml").err())
                .startsWith("praksis: ugyldig verdi «alt» for --fail-on. Velg en av: error, warning, info.\n");
        assertThat(run("validate", "--lang", "nn", "--as-of", "2026-13-01", "x.yaml").err())
                .startsWith("praksis: ugyldig verdi «2026-13-01» for --as-of. Skriv datoen som ÅÅÅÅ-MM-DD.\n");
        assertThat(run("validate", "--lang", "en", "--format", "xml", "x.yaml").err())
                .startsWith("praksis: invalid value 'xml' for --format. Choose one of: text, json, sarif, junit, github.\n");
    }

    @Test
    void aMisspeltCommandOrOptionGetsWhatWasMeant() {
        assertThat(run("valdate", "x.yaml").err())
                .startsWith("praksis: ukjent valg eller argument: valdate x.yaml. Mente du «validate»?\n");
        assertThat(run("validate", "--lang", "nn", "--formt", "json", "x.yaml").err())
                .startsWith("praksis: ukjent val eller argument: --formt. Meinte du «--format»?\n");
        assertThat(run("--lang", "en", "portfolo", "x").err())
                .startsWith("praksis: unknown option or argument: portfolo x. Did you mean “portfolio”?\n");
    }

    @Test
    void aMachineInAnotherLocaleStillGetsBokmal() throws IOException {
        Path file = agreement();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(run("validate", file.toString()).out()).startsWith("1 fil kontrollert");
            assertThat(run("--help").out()).startsWith("Bruk: praksis");
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * picocli finds its texts by key names of its own; a misspelt one would leave a section in
     * English or empty without a word. Every such key of each language shows in some usage help.
     */
    @Test
    void everyUsageTextOfTheBundlesIsShown() throws IOException {
        for (String language : List.of("nb", "nn", "en")) {
            StringBuilder help = new StringBuilder(run("--lang", language, "--help").out());
            for (String command : COMMANDS) {
                help.append(run(command, "--lang", language, "--help").out());
            }
            String shown = help.toString().replaceAll("\\s+", " ");
            Properties texts = new Properties();
            String file = "nb".equals(language) ? "messages.properties" : "messages_" + language + ".properties";
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/no/praksis/cli", file), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String key : texts.stringPropertyNames()) {
                if (MessageBundlesTest.PICOCLI_KEY.matcher(key).matches()) {
                    String text = texts.getProperty(key).replace("%n", "").replaceAll("\\s+", " ").strip();
                    assertThat(shown).as(language + " " + key).contains(text);
                }
            }
        }
    }

    /** The bundles write the largest --max-file-size out; it must be the one the tool allows. */
    @Test
    void theHelpNamesTheLargestFileSizeThereIs() {
        for (String language : List.of("nb", "nn", "en")) {
            assertThat(run("validate", "--lang", language, "--help").out().replaceAll("\\s+", " ")).as(language)
                    .contains(" " + LoadLimits.MAX_MAX_BYTES + " (");
        }
    }

    @Test
    void theVersionIsInEachLanguage() {
        assertThat(run("--version", "--lang", "en").out()).contains("(rule base ");
        assertThat(run("--version").out()).contains("(regelbase ");
    }
}
