package no.praksis.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;
import no.praksis.validator.git.ChangedFile;

/** What changed between two versions of an agreement, as a lawyer and a pull-request check need it. */
class AmendmentsTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    private static final Amendments AMENDMENTS = new Amendments(VALIDATOR);
    private static final String V1 = TestAgreements.complete();

    private static Amendments.Amendment compare(String before, String after) {
        return AMENDMENTS.compare("v1.yaml", before.getBytes(StandardCharsets.UTF_8), "v2.yaml",
                after.getBytes(StandardCharsets.UTF_8));
    }

    private static String v2(String... replacements) {
        String text = V1.replace("version: 1\n", "version: 2\n");
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return text;
    }

    private static List<String> rules(Amendments.Amendment amendment) {
        return amendment.report().findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void commentsQuotingFoldingAndKeyOrderAreNoChanges() {
        String reformatted = "# En kommentar\n" + V1.replace("format: praksisavtale/v1", "format: \"praksisavtale/v1\"")
                .replace("id: oslomet-baerum-helse-2026\nversion: 1\n", "version: 1\nid: oslomet-baerum-helse-2026\n")
                .replace("  noticeMonths: 6", "  noticeMonths: 6  # seks måneder");
        Amendments.Amendment amendment = compare(V1, reformatted);
        assertThat(amendment.changes()).isEmpty();
        assertThat(rules(amendment)).doesNotContain("DIFF-VERSION-NOT-RAISED");
    }

    @Test
    void aMovedEntryIsNoChangeAndAnInsertedOneIsOneAddition() {
        String site = "  - id: lindelia-sykehjem\n    name: Lindelia sykehjem\n    serviceArea: sykehjem\n"
                + "    programmes: [sykepleier, vernepleier]\n    roundTheClockCare: true\n";
        String other = "  - id: hjemmetjenesten-sandvika\n    name: Hjemmetjenesten Sandvika\n    serviceArea: hjemmetjeneste\n"
                + "    programmes: [sykepleier]\n";
        String added = "  - id: ringstabekk-sykehjem\n    name: Ringstabekk sykehjem\n    serviceArea: sykehjem\n"
                + "    programmes: [sykepleier]\n";
        Amendments.Amendment amendment = compare(V1, v2(site + other, added + other + site));
        assertThat(amendment.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Change.Kind.ADDED);
            assertThat(change.pointer()).isEqualTo("/sites/0");
            assertThat(change.newValue().path("id").asString()).isEqualTo("ringstabekk-sykehjem");
            assertThat(change.section().nb()).isEqualTo("Praksissteder");
            assertThat(change.line()).isEqualTo(47);
        });
    }

    @Test
    void aRemovedEntryIsOneRemovalAtItsPlaceInTheOldVersion() {
        String other = "  - id: bolig-og-omsorg-vest\n    name: Bolig og omsorg vest\n    serviceArea: bolig-og-omsorg\n"
                + "    programmes: [vernepleier]\n";
        Amendments.Amendment amendment = compare(V1.replace(other, other.replace("vest", "øst")
                .replace("bolig-og-omsorg-øst", "bolig-og-omsorg-ost") + other), v2());
        assertThat(amendment.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Change.Kind.REMOVED);
            assertThat(change.pointer()).isEqualTo("/sites/2");
            assertThat(change.oldValue().path("id").asString()).isEqualTo("bolig-og-omsorg-ost");
        });
    }

    @Test
    void aCommitmentIsMatchedByProgrammeAndSiteAndAChangedNumberIsOneMaterialChange() {
        Amendments.Amendment amendment = compare(V1, v2("minimumPlacements: 12", "minimumPlacements: 10"));
        assertThat(amendment.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Change.Kind.CHANGED);
            assertThat(change.pointer()).isEqualTo("/capacity/commitments/0/minimumPlacements");
            assertThat(change.oldValue().asInt()).isEqualTo(12);
            assertThat(change.newValue().asInt()).isEqualTo(10);
            assertThat(change.material()).isTrue();
        });
        assertThat(amendment.material()).isEqualTo(1);
    }

    @Test
    void aChangedTextIsOneChangeWithItsOldAndNewWordingAndTheWordsThatChanged() {
        Amendments.Amendment amendment = compare(V1, v2("løst ved forhandlinger mellom partene", "løst ved mekling mellom partene"));
        assertThat(amendment.changes()).singleElement().satisfies(change -> {
            assertThat(change.pointer()).isEqualTo("/clauses/0/text");
            assertThat(change.oldValue().asString()).contains("forhandlinger");
            assertThat(change.newValue().asString()).contains("mekling");
            assertThat(change.material()).isTrue();
            assertThat(DiffFormat.shown(change, "[-", "-]", "{+", "+}")).contains("[-forhandlinger-] {+mekling+} mellom");
        });
    }

    @Test
    void theTitleIsEditorialAndTheTermMaterial() {
        Amendments.Amendment amendment = compare(V1, v2(
                "title: Samarbeidsavtale om praksisstudier i kommunale helse- og omsorgstjenester",
                "title: Samarbeidsavtale om praksisstudier i Bærum",
                "  noticeMonths: 6", "  noticeMonths: 3"));
        assertThat(amendment.changes()).extracting(Change::pointer, Change::material)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/title", false),
                        org.assertj.core.groups.Tuple.tuple("/term/noticeMonths", true));
    }

    @Test
    void aChangeWithoutAHigherVersionALowerVersionAndAnotherIdAreErrorsAtTheirLines() {
        Amendments.Amendment same = compare(V1, V1.replace("minimumPlacements: 12", "minimumPlacements: 10"));
        assertThat(same.report().findings()).filteredOn(f -> f.ruleId().equals("DIFF-VERSION-NOT-RAISED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isEqualTo(5);
                    assertThat(f.message()).contains("versjon 1");
                });
        Amendments.Amendment lower = compare(V1.replace("version: 1\n", "version: 3\n"), v2());
        assertThat(rules(lower)).contains("DIFF-VERSION-LOWER");
        Amendments.Amendment other = compare(V1, v2("id: oslomet-baerum-helse-2026", "id: oslomet-baerum-2027"));
        assertThat(rules(other)).contains("DIFF-ID-CHANGED");
        assertThat(rules(compare(V1, v2()))).doesNotContain("DIFF-VERSION-NOT-RAISED", "DIFF-VERSION-LOWER",
                "DIFF-ID-CHANGED");
    }

    @Test
    void theNewVersionsOwnFindingsAreReportedAsValidateGivesThem() {
        Amendments.Amendment amendment = compare(V1, v2("minimumPlacements: 12", "minimumPlacements: 0"));
        assertThat(rules(amendment)).isEqualTo(VALIDATOR.validate("v2.yaml",
                v2("minimumPlacements: 12", "minimumPlacements: 0").getBytes(StandardCharsets.UTF_8)).findings()
                .stream().map(Finding::ruleId).toList());
        assertThat(rules(amendment)).isNotEmpty();
    }

    @Test
    void theJsonHasTheShapeOfTheInterface() {
        Amendments.Amendment amendment = compare(V1, v2("minimumPlacements: 12", "minimumPlacements: 10"));
        JsonNode json = JsonText.MAPPER.readTree(DiffFormat.JSON.format(List.of(amendment),
                AMENDMENTS.report(List.of(amendment)), "nb", Severity.ERROR));
        assertThat(json.at("/old/version").asInt()).isEqualTo(1);
        assertThat(json.at("/new/version").asInt()).isEqualTo(2);
        assertThat(json.at("/new/agreementId").asString()).isEqualTo("oslomet-baerum-helse-2026");
        assertThat(json.at("/changes/0/pointer").asString()).isEqualTo("/capacity/commitments/0/minimumPlacements");
        assertThat(json.at("/changes/0/kind").asString()).isEqualTo("changed");
        assertThat(json.at("/changes/0/section").asString()).isEqualTo("Kapasitet");
        assertThat(json.at("/changes/0/old").asInt()).isEqualTo(12);
        assertThat(json.at("/changes/0/new").asInt()).isEqualTo(10);
        assertThat(json.at("/changes/0/material").asBoolean()).isTrue();
        assertThat(json.at("/findings").isArray()).isTrue();
        assertThat(json.at("/summary/changes").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/material").asInt()).isEqualTo(1);
    }

    @Test
    void markdownIsATableOfSectionChangeAndMaterialThatStaysInItsCells() {
        Amendments.Amendment amendment = compare(V1, v2("løst ved forhandlinger mellom partene",
                "løst ved | mekling <b>x</b> mellom partene"));
        String markdown = DiffFormat.MARKDOWN.format(List.of(amendment), AMENDMENTS.report(List.of(amendment)), "nb",
                Severity.ERROR);
        assertThat(markdown).contains("### Endringer i oslomet-baerum-helse-2026: versjon 1 til 2")
                .contains("| Del | Endring | Vesentlig |")
                .contains("| Andre avtalepunkter | endret `/clauses/0/text`: ").contains("~~forhandlinger~~")
                .contains("**\\| mekling &lt;b&gt;x&lt;/b&gt;**").contains(" | ja |");
        assertThat(markdown.lines().filter(l -> l.startsWith("| Andre"))).hasSize(1);
    }

    @Test
    void aRunsReportsGetTheComparisonsFindingsOfTheFilesAmendedSinceARevision(@TempDir Path folder)
            throws IOException {
        Path same = Files.writeString(folder.resolve("same.yaml"), v2("minimumPlacements: 12", "minimumPlacements: 10")
                .replace("version: 2\n", "version: 1\n"));
        Path raised = Files.writeString(folder.resolve("raised.yaml"), v2("minimumPlacements: 12",
                "minimumPlacements: 10"));
        Path added = Files.writeString(folder.resolve("added.yaml"), V1);
        Path untouched = Files.writeString(folder.resolve("untouched.yaml"), V1);
        List<Path> files = List.of(same, raised, added, untouched);
        List<FileReport> reports = files.stream().map(f -> VALIDATOR.validate(f, f.getFileName().toString(),
                AgreementFiles.boundaryOf(f))).toList();
        byte[] old = V1.getBytes(StandardCharsets.UTF_8);
        List<ChangedFile> changed = List.of(new ChangedFile(same, "HEAD:same.yaml", old, false),
                new ChangedFile(raised, "HEAD:raised.yaml", old, false), new ChangedFile(added, null, null, false),
                new ChangedFile(folder.resolve("gone.yaml"), "HEAD:gone.yaml", old, true));
        List<FileReport> judged = AMENDMENTS.withComparisons(reports, files, changed, AgreementFiles.boundaryOf(same));
        assertThat(judged).hasSize(4);
        assertThat(judged.get(0).findings()).filteredOn(f -> f.ruleId().startsWith("DIFF-")).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("DIFF-VERSION-NOT-RAISED");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isEqualTo(judged.get(0).lines().indexOf("version: 1") + 1);
                });
        assertThat(judged.get(0).findings()).containsAll(reports.get(0).findings());
        assertThat(judged.subList(1, 4)).isEqualTo(reports.subList(1, 4));
    }
}
