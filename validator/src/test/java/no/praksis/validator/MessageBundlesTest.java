package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.praksis.rules.Severity;
import no.praksis.schema.TextTemplate;
import no.praksis.validator.report.TextReport;

/**
 * The tool's own texts: every message bundle of the reactor (the library's, the command line's, the
 * Maven plugin's) has the same keys in bokmål, nynorsk and English, with the same places, and no key
 * that nothing asks for.
 */
public class MessageBundlesTest {

    /** The reactor's root: the tests run in validator/. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** picocli's own substitutions, which must survive translation as they are. */
    private static final Pattern PICOCLI = Pattern.compile("\\$\\{[A-Z-]+}|%n");

    /**
     * Keys picocli looks up by its own convention (the usage help's sections, a command's
     * description, the standard help options) rather than by a name in our code; the command line's
     * tests show that each of them appears in the usage help.
     */
    public static final Pattern PICOCLI_KEY = Pattern.compile("usage\\..+|praksis(\\.[a-z]+)?\\.usage\\..+|mixinStandardHelpOptions\\..+");

    record Bundle(Path folder, Path sources) {
    }

    static List<Bundle> bundles() throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/resources"))).toList()) {
                Path resources = module.resolve("src/main/resources");
                try (Stream<Path> files = Files.walk(resources)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList()) {
                        Path folder = file.getParent();
                        bundles.add(new Bundle(folder, module.resolve("src/main/java").resolve(resources.relativize(folder))));
                    }
                }
            }
        }
        return bundles;
    }

    /** A bundle file read strictly as UTF-8, as {@link Texts} reads it. */
    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * The nynorsk forms of «gi» that the texts do not use: both are correct nynorsk, but the rules'
     * texts say «gi», «gir», «gitt», «oppgi», and the tool says it as they do.
     */
    private static final Pattern GJE = Pattern.compile("(?iu)(?<![\\p{L}])(gje|gjev|gjeve|gjevne|gjeven|gjevast|oppgjev|oppgjeve"
            + "|oppgjevast|oppgjevne)(?![\\p{L}])");

    @Test
    void theNynorskTextsSayGiAsTheRulesDo() throws IOException {
        List<Path> nynorsk = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            nynorsk.add(bundle.folder().resolve("messages_nn.properties"));
        }
        nynorsk.add(ROOT.resolve("validator/src/main/resources/no/praksis/validator/schema/annotations_nn.properties"));
        try (Stream<Path> rules = Files.walk(ROOT.resolve("rules/src/main/resources/no/praksis/rules"))) {
            nynorsk.addAll(rules.filter(p -> p.getFileName().toString().equals("rule.yaml")).toList());
        }
        assertThat(nynorsk).hasSizeGreaterThan(50);
        for (Path file : nynorsk) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // In a rule file only the nynorsk texts: the quotes of the sources are bokmål.
                boolean texts = file.toString().endsWith(".properties") || line.trim().startsWith("nn:");
                Matcher matcher = GJE.matcher(line);
                assertThat(texts && matcher.find() ? matcher.group() : null).as(file + ": " + line).isNull();
            }
        }
    }

    @Test
    void theLibraryTheCommandLineAndTheMavenPluginEachHaveTheirBundle() throws IOException {
        assertThat(bundles()).extracting(b -> ROOT.relativize(b.folder()).toString().replace('\\', '/'))
                .contains("validator/src/main/resources/no/praksis/validator",
                        "validator/src/main/resources/no/praksis/validator/report",
                        "validator/src/main/resources/no/praksis/validator/render",
                        "validator/src/main/resources/no/praksis/cli",
                        "maven-plugin/src/main/resources/no/praksis/maven");
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaces() throws IOException {
        for (Bundle bundle : bundles()) {
            Properties nb = read(bundle.folder().resolve("messages.properties"));
            for (String language : List.of("nn", "en")) {
                Properties other = read(bundle.folder().resolve("messages_" + language + ".properties"));
                assertThat(other.stringPropertyNames()).as(bundle.folder() + " " + language)
                        .containsExactlyInAnyOrderElementsOf(nb.stringPropertyNames());
                for (String key : nb.stringPropertyNames()) {
                    assertThat(TextTemplate.places(other.getProperty(key))).as(bundle.folder() + " " + language + " " + key)
                            .isEqualTo(TextTemplate.places(nb.getProperty(key)));
                    assertThat(picocli(other.getProperty(key))).as(bundle.folder() + " " + language + " " + key)
                            .isEqualTo(picocli(nb.getProperty(key)));
                    assertThat(other.getProperty(key)).as(bundle.folder() + " " + language + " " + key).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        for (Bundle bundle : bundles()) {
            String code;
            try (Stream<Path> files = Files.list(bundle.sources())) {
                StringBuilder all = new StringBuilder();
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    all.append(Files.readString(file));
                }
                code = all.toString();
            }
            for (String key : read(bundle.folder().resolve("messages.properties")).stringPropertyNames()) {
                // A count's key is asked for by its stem (Texts.count).
                String asked = key.replaceFirst("\\.(one|other)$", "");
                assertThat(code.contains("\"" + asked + "\"") || PICOCLI_KEY.matcher(key).matches())
                        .as(bundle.folder() + ": " + key + " is used").isTrue();
            }
        }
    }

    @Test
    void aMachineInAnotherLocaleStillSpeaksBokmalByDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(TextReport.summary(new Tally(), "nb")).isEqualTo(
                    "0 filer kontrollert: 0 gyldige, 0 med feil. 0 feil, 0 advarsler, 0 merknader.");
            assertThat(Texts.of(TextReport.class, "xx").language()).isEqualTo("nb");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theSummaryInflectsOneAndOtherInEachLanguage() {
        Tally one = new Tally();
        one.add(report(Severity.ERROR, Severity.WARNING, Severity.INFO));
        Tally two = new Tally();
        two.add(report(Severity.WARNING, Severity.WARNING));
        two.add(report(Severity.WARNING));
        assertThat(TextReport.summary(one, "nb")).isEqualTo("1 fil kontrollert: 0 gyldige, 1 med feil. 1 feil, 1 advarsel, 1 merknad.");
        assertThat(TextReport.summary(two, "nb")).isEqualTo("2 filer kontrollert: 2 gyldige, 0 med feil. 0 feil, 3 advarsler, 0 merknader.");
        assertThat(TextReport.summary(one, "nn")).isEqualTo("1 fil kontrollert: 0 gyldige, 1 med feil. 1 feil, 1 åtvaring, 1 merknad.");
        assertThat(TextReport.summary(two, "nn")).isEqualTo("2 filer kontrollert: 2 gyldige, 0 med feil. 0 feil, 3 åtvaringar, 0 merknader.");
        assertThat(TextReport.summary(one, "en")).isEqualTo("1 file checked: 0 valid, 1 with errors. 1 error, 1 warning, 1 info.");
        assertThat(TextReport.summary(two, "en")).isEqualTo("2 files checked: 2 valid, 0 with errors. 0 errors, 3 warnings, 0 infos.");
    }

    @Test
    void aValueIsNotFilledInAgain() {
        assertThat(Texts.of(TextReport.class, "nb").get("legalBasis", "source", "{url}", "articles", "§ 1", "url", "u"))
                .isEqualTo("Rettslig grunnlag: {url} § 1 (u)");
    }

    private static FileReport report(Severity... severities) {
        List<Finding> findings = new ArrayList<>();
        for (Severity severity : severities) {
            findings.add(new Finding("R", severity, "m", "", 1, 1, List.of(), false));
        }
        return new FileReport("a.yaml", "a", true, findings, List.of("x"));
    }

    private static Set<String> picocli(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PICOCLI.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
