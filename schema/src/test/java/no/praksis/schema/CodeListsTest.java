package no.praksis.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CodeListsTest {

    private static final CodeLists CODE_LISTS = CodeLists.standard();

    /** Felles rammeplan § 1, with the codes of format v1. */
    private static final List<String> RAMMEPLAN_PROGRAMMES = List.of("barnevernspedagog", "bioingenior",
            "ergoterapeut", "fysioterapeut", "radiograf", "sosionom", "sykepleier", "samisk-sykepleier",
            "vernepleier", "audiograf", "farmasoyt", "klinisk-ernaeringsfysiolog", "medisin", "optiker",
            "ortopediingenior", "paramedisin", "psykolog", "tannlege", "tanntekniker", "tannpleier");

    @Test
    void theTwentyProgrammesOfRammeplanParagraphOneAreThereAndMarkedSo() {
        assertThat(CODE_LISTS.programmes().stream().filter(ProgrammeEntry::rammeplan).map(ProgrammeEntry::code))
                .containsExactlyInAnyOrderElementsOf(RAMMEPLAN_PROGRAMMES);
    }

    @Test
    void furtherEducationProgrammesWithTheirOwnGuidelinesAreThere() {
        assertThat(CODE_LISTS.programmes().stream().map(ProgrammeEntry::code)).contains("helsesykepleier", "jordmor",
                "avansert-klinisk-allmennsykepleier", "anestesisykepleier", "barnesykepleier", "intensivsykepleier",
                "kreftsykepleier", "operasjonssykepleier");
    }

    @Test
    void everyProgrammeHasNamesInThreeLanguagesAndAGuidelineWithALovdataAddress() {
        for (ProgrammeEntry programme : CODE_LISTS.programmes()) {
            assertThat(programme.names().nb()).as(programme.code()).isNotBlank();
            assertThat(programme.names().nn()).as(programme.code()).isNotBlank();
            assertThat(programme.names().en()).as(programme.code()).isNotBlank();
            assertThat(programme.guidelines()).as(programme.code()).isNotEmpty().allSatisfy(g -> {
                assertThat(g.instrument()).matches("FOR-\\d{4}-\\d{2}-\\d{2}-\\d+");
                assertThat(g.url()).startsWith("https://lovdata.no/forskrift/");
                assertThat(g.article()).startsWith("§");
                assertThat(g.inForceFrom()).isNotNull();
            });
        }
    }

    @Test
    void nursingRequiresTheFourTermsOfItsGuideline() {
        for (String code : List.of("sykepleier", "samisk-sykepleier")) {
            assertThat(CODE_LISTS.programme(code).orElseThrow().terms()).extracting(ProgrammeTerm::key)
                    .containsExactly("periodPlanning", "teacherPresence", "learningOutcomes", "mutualKnowledge");
        }
        assertThat(CODE_LISTS.programme("sykepleier").orElseThrow().guidelineOn(LocalDate.of(2026, 1, 1)))
                .hasValueSatisfying(g -> assertThat(g.instrument()).isEqualTo("FOR-2025-07-04-1477"));
    }

    @Test
    void aProgrammeWhoseGuidelineWasReissuedCitesTheOneInForce() {
        ProgrammeEntry programme = CODE_LISTS.programme("barnevernspedagog").orElseThrow();
        assertThat(programme.guidelineOn(LocalDate.of(2025, 12, 31)).orElseThrow().instrument())
                .isEqualTo("FOR-2025-07-04-1464");
        assertThat(programme.guidelineOn(LocalDate.of(2026, 1, 1)).orElseThrow().instrument())
                .isEqualTo("FOR-2025-09-04-1828");
    }

    @Test
    void municipalitiesAreSsbsListWithoutThePlaceholder() {
        assertThat(CODE_LISTS.municipalities()).hasSize(357);
        assertThat(CODE_LISTS.municipality("0301")).hasValueSatisfying(m -> assertThat(m.name()).startsWith("Oslo"));
        assertThat(CODE_LISTS.municipality("3201")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Bærum"));
        assertThat(CODE_LISTS.municipality("9999")).isEmpty();
        assertThat(CODE_LISTS.municipality("0101")).as("Halden's number before 2020").isEmpty();
    }

    @Test
    void serviceAreasAreTheFormatsList() {
        assertThat(CODE_LISTS.serviceAreas()).extracting(ServiceAreaEntry::code).containsExactly("sykehjem",
                "hjemmetjeneste", "helsestasjon", "legevakt", "fastlegekontor", "rehabilitering", "psykisk-helse-rus",
                "tannhelse", "barnevern", "nav", "bolig-og-omsorg", "annen");
    }
}
