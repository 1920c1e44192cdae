package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;

class PortfolioCliTest {

    @TempDir
    Path folder;

    private Path agreements() throws IOException {
        Files.writeString(folder.resolve("baerum.yaml"), TestAgreements.complete());
        Files.writeString(folder.resolve("oedelagt.yaml"), TestAgreements.complete().replace("minimumPlacements: 12",
                "minimumPlacements: null"));
        return folder;
    }

    @Test
    void theTextReportCountsTheAgreementsInForceAndShowsTheFindingsOfThoseLeftOut() throws IOException {
        CliTest.Run run = CliTest.run("portfolio", "--as-of", "2026-12-01", agreements().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("Porteføljen per 2026-12-01: 2 avtaler, 1 i kraft og med i tallene.")
                .contains("oedelagt.yaml: har feil og er utelatt fra tallene")
                .contains("Minste antall praksisplasser i årshjulet 2026/2027")
                .containsPattern("Bachelor i sykepleie \\(sykepleier\\) +20\\n").containsPattern("Bærum kommune \\(3201\\) +30\\n")
                .contains("Funn i avtalene som er utelatt:").contains("oedelagt.yaml:");
    }

    @Test
    void jsonAndCsvGoToTheFileAskedFor() throws IOException {
        Path json = folder.resolve("portefolje.json");
        Path csv = folder.resolve("portefolje.csv");
        Files.writeString(folder.resolve("baerum.yaml"), TestAgreements.complete());
        CliTest.Run run = CliTest.run("portfolio", "--as-of", "2026-12-01", "--format", "json", "--output",
                json.toString(), folder.resolve("baerum.yaml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JsonText.MAPPER.readTree(Files.readString(json));
        assertThat(report.path("summary").path("inForce").asInt()).isEqualTo(1);
        assertThat(report.path("capacity")).hasSize(12);
        assertThat(CliTest.run("portfolio", "--as-of", "2026-12-01", "--format", "csv", "--output", csv.toString(),
                folder.resolve("baerum.yaml").toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(13).first().asString().startsWith("agreementId,path,");
    }

    @Test
    void aLinkToAnAgreementBesideItIsOneAgreementAndACopyIsAnErrorInBoth() throws IOException {
        Path agreement = folder.resolve("2026/baerum.yaml");
        Files.createDirectories(agreement.getParent());
        Files.writeString(agreement, TestAgreements.complete());
        Files.createSymbolicLink(folder.resolve("gjeldende.yaml"), agreement);
        Path json = folder.resolve("portefolje.json");
        CliTest.Run linked = CliTest.run("portfolio", "--as-of", "2026-12-01", "--format", "json", "--output",
                json.toString(), folder.toString());
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        JsonNode report = JsonText.MAPPER.readTree(Files.readString(json));
        assertThat(report.path("agreements")).hasSize(1);
        assertThat(report.path("capacity")).hasSize(12);
        assertThat(report.path("findings").toString()).doesNotContain("PORTFOLIO-DUPLICATE-VERSION");

        Path copy = folder.resolve("kopi/baerum.yaml");
        Files.createDirectories(copy.getParent());
        Files.copy(agreement, copy);
        CliTest.Run copied = CliTest.run("portfolio", "--as-of", "2026-12-01", folder.toString());
        assertThat(copied.exitCode()).isEqualTo(1);
        assertThat(copied.out()).contains("PORTFOLIO-DUPLICATE-VERSION").contains(agreement + ":5:10")
                .contains(copy + ":5:10");
    }

    @Test
    void htmlGoesToTheFileAskedForInTheLanguageAskedFor() throws IOException {
        Path html = folder.resolve("portefolje.html");
        Files.writeString(folder.resolve("baerum.yaml"), TestAgreements.complete());
        CliTest.Run run = CliTest.run("portfolio", "--as-of", "2026-12-01", "--lang", "nn", "--format", "html",
                "--output", html.toString(), folder.resolve("baerum.yaml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<html lang=\"nn\">")
                .contains("<svg role=\"img\"").contains("Bærum kommune (3201)");
        assertThat(CliTest.run("portfolio", "--help").out()).containsPattern("text, json, csv,\\s+html");
    }

    @Test
    void theReportNeverReplacesAnAgreementAndAnEmptyFolderIsAWrongCall() throws IOException {
        Path agreement = folder.resolve("baerum.yaml");
        Files.writeString(agreement, TestAgreements.complete());
        CliTest.Run run = CliTest.run("portfolio", "--output", agreement.toString(), agreement.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(agreement)).isEqualTo(TestAgreements.complete());
        Path empty = Files.createDirectory(folder.resolve("tom"));
        assertThat(CliTest.run("portfolio", empty.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void theReportSpeaksNynorskAndEnglish() throws IOException {
        Files.writeString(folder.resolve("baerum.yaml"), TestAgreements.complete());
        assertThat(CliTest.run("portfolio", "--lang", "nn", "--as-of", "2026-12-01", folder.toString()).out())
                .startsWith("Porteføljen per 2026-12-01: 1 avtale, 1 i kraft og med i tala.");
        assertThat(CliTest.run("portfolio", "--lang", "en", "--as-of", "2026-12-01", folder.toString()).out())
                .startsWith("The portfolio as of 2026-12-01: 1 agreement, 1 in force and counted.")
                .contains("Minimum placements in the annual cycle 2026/2027");
    }
}
