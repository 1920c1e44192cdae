package no.praksis.validator.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;

/** The HTML report as text: escaped, self-contained, in the language asked for (the drawing is {@link PortfolioHtmlBrowserTest}'s). */
class PortfolioHtmlTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    /** Agreement text that would run, load or break the page if it were written unescaped. */
    static final String HOSTILE = "<script>window.pwned=1</script>\\\" ' </svg><img src=x onerror=\\\"window.pwned=2\\\">";
    /** {@link #HOSTILE} as the page must show it. */
    static final String HOSTILE_TEXT = "<script>window.pwned=1</script>\" ' </svg><img src=x onerror=\"window.pwned=2\">";

    /** The three agreements of examples/portfolio/, judged on 2026-12-01. */
    static Portfolio example(String language) throws IOException {
        Path folder = Path.of("").toAbsolutePath().getParent().resolve("examples/portfolio");
        Validator validator = Validator.builder().language(language).asOf(AS_OF).build();
        Portfolio portfolio = new Portfolio(AS_OF, language);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                portfolio.add(validator.check("examples/portfolio/" + file.getFileName(), Files.readAllBytes(file)));
            }
        }
        return portfolio;
    }

    /** The complete test agreement with hostile site, municipality and institution names, and one broken file. */
    static Portfolio hostile() {
        String agreement = TestAgreements.complete()
                .replace("name: Lindelia sykehjem", "name: \"" + HOSTILE + "\"")
                .replace("name: Bærum kommune", "name: \"Bærum " + HOSTILE + "\"")
                .replace("name: OsloMet – storbyuniversitetet", "name: \"OsloMet " + HOSTILE + "\"");
        Validator validator = Validator.builder().asOf(AS_OF).build();
        Portfolio portfolio = new Portfolio(AS_OF, "nb");
        portfolio.add(validator.check("<script>alert(1)</script>.yaml", agreement.getBytes(StandardCharsets.UTF_8)));
        portfolio.add(validator.check("oedelagt.yaml", agreement.replace("minimumPlacements: 12", "minimumPlacements: -1")
                .getBytes(StandardCharsets.UTF_8)));
        return portfolio;
    }

    static String html(Portfolio portfolio, String language) throws IOException {
        StringWriter out = new StringWriter();
        PortfolioFormat.HTML.write(portfolio, out, language);
        return out.toString();
    }

    @Test
    void htmlIsAFormatOfItsOwnWithItsFileName() {
        assertThat(PortfolioFormat.of("html")).isEqualTo(PortfolioFormat.HTML);
        assertThat(PortfolioFormat.HTML.fileName()).isEqualTo("praksis-portfolio.html");
        assertThat(PortfolioFormat.labels()).contains("html");
    }

    @Test
    void agreementTextIsEscapedEverywhere() throws IOException {
        Portfolio portfolio = hostile();
        assertThat(portfolio.capacity()).as("the hostile agreement is in force").isNotEmpty();
        String html = html(portfolio, "nb");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=\"")
                .contains("&lt;script&gt;window.pwned=1&lt;/script&gt;")
                .contains("&lt;/svg&gt;&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;.yaml");
        // The names are shown, not only the numbers: in the agreements, the bars and the heat map.
        assertThat(html).contains("Bærum &lt;script&gt;").contains("OsloMet &lt;script&gt;");
        assertThat(count(html, "<svg ")).isEqualTo(count(html, "</svg>"));
    }

    @Test
    void thePageLoadsNothingAndForbidsLoading() throws IOException {
        String html = html(example("nb"), "nb");
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        // No script, and nothing that fetches: no src, no stylesheet link, no CSS url() or @import.
        assertThat(html).doesNotContainPattern("(?i)<script|<link|<iframe|<object|<embed|\\ssrc=|url\\(|@import|srcset");
        // A link (to the legal basis) is followed only when clicked; nothing else names an address.
        List<String> addresses = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://[^\"'<\\s]+").matcher(html);
        while (m.find()) {
            addresses.add(m.group());
        }
        assertThat(addresses).allSatisfy(address -> assertThat(html).contains("<a href=\"" + address + "\""));
    }

    @Test
    void thePageSpeaksTheLanguageAskedFor() throws IOException {
        assertThat(html(example("nb"), "nb")).contains("<html lang=\"nb\">")
                .contains("Porteføljen av praksisavtaler per 2026-12-01").contains("⚠</span> Advarsel")
                .contains("Asker kommune (3203)").contains("Bachelor i sykepleie (sykepleier)");
        assertThat(html(example("nn"), "nn")).contains("<html lang=\"nn\">").contains("⚠</span> Åtvaring");
        assertThat(html(example("en"), "en")).contains("<html lang=\"en\">")
                .contains("The portfolio of practice agreements as of 2026-12-01").contains("⚠</span> Warning")
                .contains("Findings: 0 errors, 1 warning, 0 notes.");
    }

    @Test
    void withNoAgreementInForceThePageSaysThereAreNoFigures() throws IOException {
        Validator validator = Validator.builder().asOf(AS_OF).build();
        Portfolio portfolio = new Portfolio(AS_OF, "nb");
        portfolio.add(validator.check("oedelagt.yaml", TestAgreements.complete()
                .replace("minimumPlacements: 12", "minimumPlacements: -1").getBytes(StandardCharsets.UTF_8)));
        String html = html(portfolio, "nb");
        assertThat(html).contains("Ingen avtale er i kraft på vurderingsdatoen").doesNotContain("<svg")
                .contains("✖</span> Feil").contains("<code>oedelagt.yaml:");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
