package no.praksis.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    void theMunicipalityListValidOnADateIsTheNewestVersionFromThatDateOrBefore() {
        assertThat(CODE_LISTS.municipalityListOn(LocalDate.of(2017, 12, 31))).as("before the oldest version").isEmpty();
        assertThat(CODE_LISTS.municipalityListOn(LocalDate.of(2018, 1, 1)).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(CODE_LISTS.municipalityListOn(LocalDate.of(2021, 12, 31)).orElseThrow().validFrom())
                .as("no version of 2021").isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(CODE_LISTS.municipalityListOn(LocalDate.of(2025, 12, 31)).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(CODE_LISTS.municipalityListOn(LocalDate.of(2030, 6, 1)).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void baerumIs0219Then3024Then3201AndOsloIs0301Throughout() {
        for (MunicipalityList list : CODE_LISTS.municipalityLists()) {
            int year = list.validFrom().getYear();
            String baerum = year < 2020 ? "0219" : year < 2024 ? "3024" : "3201";
            assertThat(list.municipality(baerum)).as(baerum + " in " + year)
                    .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Bærum"));
            assertThat(Set.of("0219", "3024", "3201").stream().filter(list::contains)).as(year + "").containsOnly(baerum);
            assertThat(list.municipality("0301")).as("Oslo in " + year)
                    .hasValueSatisfying(m -> assertThat(m.name()).startsWith("Oslo"));
            assertThat(list.contains("9999")).as("the placeholder is no municipality").isFalse();
        }
    }

    @Test
    void eachVersionHasTheKnownNumberOfMunicipalitiesAndItsCountyInTheNumber() {
        assertThat(CODE_LISTS.municipalityLists().stream()
                .collect(Collectors.toMap(l -> l.validFrom().getYear(), l -> l.entries().size())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(2018, 422, 2019, 422, 2020, 356, 2022, 356,
                        2023, 356, 2024, 357, 2026, 357));
        for (MunicipalityList list : CODE_LISTS.municipalityLists()) {
            assertThat(list.municipalities()).allSatisfy(m -> {
                assertThat(m.number()).matches("[0-9]{4}");
                assertThat(m.countyNumber()).isEqualTo(m.number().substring(0, 2));
                assertThat(m.name()).isNotBlank();
            });
        }
    }

    @Test
    void onlyTheVersionWithoutAnIndependentCheckIsUnconfirmedAndTheCopiedOnesAreNotDerived() {
        assertThat(CODE_LISTS.municipalityLists().stream().filter(l -> !l.codesConfirmed())
                .map(l -> l.validFrom().getYear())).containsExactly(2018);
        assertThat(CODE_LISTS.municipalityLists().stream().filter(l -> !l.derived())
                .map(l -> l.validFrom().getYear())).containsExactly(2024, 2026);
    }

    /**
     * The derivation repeated: each version, with SSB's change records of the next version's first day
     * applied (every old number out, every new one in), gives exactly the next version's numbers, and
     * each new number has the name SSB gives it there.
     */
    @Test
    void sSBsChangeRecordsLeadFromEachVersionToTheNext() {
        List<MunicipalityList> lists = CODE_LISTS.municipalityLists();
        for (int i = 0; i + 1 < lists.size(); i++) {
            MunicipalityList before = lists.get(i);
            MunicipalityList after = lists.get(i + 1);
            List<MunicipalityChange> changes = CODE_LISTS.municipalityChanges().stream()
                    .filter(c -> c.occurred().isAfter(before.validFrom()) && !c.occurred().isAfter(after.validFrom()))
                    .toList();
            Set<String> numbers = new HashSet<>(before.entries().keySet());
            changes.forEach(c -> assertThat(before.contains(c.oldCode())).as(c.toString()).isTrue());
            changes.forEach(c -> numbers.remove(c.oldCode()));
            changes.forEach(c -> numbers.add(c.newCode()));
            assertThat(numbers).as(before.validFrom() + " → " + after.validFrom())
                    .containsExactlyInAnyOrderElementsOf(after.entries().keySet());
            changes.forEach(c -> assertThat(after.municipality(c.newCode()).orElseThrow().name()).as(c.toString())
                    .isEqualTo(c.newName()));
        }
    }

    @Test
    void aMunicipalitysSuccessorsFollowSsbsChanges() {
        assertThat(CODE_LISTS.municipalitySuccessors("0219", LocalDate.of(2019, 6, 1), LocalDate.of(2026, 12, 1)))
                .containsExactly("3201");
        assertThat(CODE_LISTS.municipalitySuccessors("0219", LocalDate.of(2019, 6, 1), LocalDate.of(2020, 1, 1)))
                .containsExactly("3024");
        assertThat(CODE_LISTS.municipalitySuccessors("3024", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)))
                .as("the change of 2024-01-01 is not after it").containsExactly("3024");
        assertThat(CODE_LISTS.municipalitySuccessors("1507", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)))
                .as("Ålesund was split").containsExactly("1508", "1580");
        assertThat(CODE_LISTS.municipalitySuccessors("0301", LocalDate.of(2018, 1, 1), LocalDate.of(2026, 1, 1)))
                .containsExactly("0301");
    }

    @Test
    void serviceAreasAreTheFormatsList() {
        assertThat(CODE_LISTS.serviceAreas()).extracting(ServiceAreaEntry::code).containsExactly("sykehjem",
                "hjemmetjeneste", "helsestasjon", "legevakt", "fastlegekontor", "rehabilitering", "psykisk-helse-rus",
                "tannhelse", "barnevern", "nav", "bolig-og-omsorg", "annen");
    }
}
