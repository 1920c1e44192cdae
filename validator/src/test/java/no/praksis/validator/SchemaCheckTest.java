package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema layer as a lawyer meets it: which finding, where, and what the message says. */
class SchemaCheckTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    private static final Validator ENGLISH = Validator.builder().language("en").build();
    private static final String complete = TestAgreements.complete();

    private static FileReport validate(String yaml) {
        return VALIDATOR.validate("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String replace(String old, String replacement) {
        assertThat(complete).contains(old);
        return complete.replace(old, replacement);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kari.nordmann@oslomet.example", "post@bærum.no", "a.b+c@sub.kommune.no"})
    void mailboxesAreAcceptedWhateverTheirTopLevelDomain(String email) {
        FileReport report = validate(replace("kari.nordmann@oslomet.example", email));
        assertThat(report.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kari.nordmann", "kari@", "kari@oslomet", "kari nordmann@oslomet.no", "kari@@oslomet.no"})
    void malformedMailboxesAreFound(String email) {
        FileReport report = validate(replace("kari.nordmann@oslomet.example", email));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-FORMAT");
            assertThat(f.pointer()).isEqualTo("/roles/practiceCoordinators/institution/email");
            assertThat(f.message()).contains("ikke en gyldig e-postadresse");
        });
    }

    @Test
    void aMisspeltKeyIsFoundAtTheKeyWithTheNameMeant() {
        FileReport report = validate(replace("      minimumPlacements: 8", "      minimumPlacement: 8"));
        // The key the user meant is then missing: rammeplan § 3 requires the capacity, so its rule reports it.
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("SCHEMA-UNKNOWN-KEY", "RAMMEPLAN-3-CAPACITY");
        Finding unknown = report.findings().stream().filter(f -> f.ruleId().equals("SCHEMA-UNKNOWN-KEY"))
                .findFirst().orElseThrow();
        assertThat(unknown.column()).isEqualTo(7);
        assertThat(unknown.pointer()).isEqualTo("/capacity/commitments/1/minimumPlacement");
        assertThat(unknown.message()).contains("Mente du «minimumPlacements»?");
    }

    @Test
    void aMissingFieldIsNamedWithItsNorwegianTitleAndPlacedAtTheObjectThatLacksIt() {
        FileReport report = validate(replace("  reviewCycle: annual\n", ""));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-REQUIRED");
            assertThat(f.pointer()).isEqualTo("/term");
            assertThat(f.message()).startsWith("Feltet «reviewCycle» (").contains("mangler i «term»");
            assertThat(f.line()).isEqualTo(complete.substring(0, complete.indexOf("term:")).split("\n", -1).length);
        });
    }

    @Test
    void aCodeOutsideTheCodeListIsFoundWithTheAllowedCodes() {
        FileReport report = validate(replace("    serviceArea: sykehjem", "    serviceArea: sykeheim"));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-ENUM");
            assertThat(f.message()).contains("«sykeheim»").contains("Mente du «sykehjem»?")
                    .contains("hjemmetjeneste");
        });
    }

    @Test
    void anUnknownProgrammeCodeIsFoundBecauseTheSchemaIsGeneratedFromTheCodeList() {
        FileReport report = validate(replace("  - code: vernepleier\n", "  - code: vernepleie\n"));
        assertThat(report.findings()).extracting(Finding::ruleId).contains("SCHEMA-ENUM");
    }

    @Test
    void wrongTypesAndEmptyValuesAreWordedForTheReader() {
        FileReport wrongType = validate(replace("    roundTheClockCare: true", "    roundTheClockCare: ja"));
        // The rules judge the site as not round-the-clock, as a value that cannot be read is missing.
        assertThat(wrongType.findings()).extracting(Finding::ruleId)
                .containsExactly("SCHEMA-TYPE", "RETHOS-SYKEPLEIER-ROUND-THE-CLOCK");
        assertThat(wrongType.findings()).filteredOn(f -> f.ruleId().startsWith("SCHEMA-")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-TYPE");
            assertThat(f.message()).isEqualTo("«roundTheClockCare» skal være true eller false, men verdien er ja. "
                    + "Skriv true (ja) eller false (nei), uten anførselstegn.");
        });
        FileReport empty = validate(replace("title: Samarbeidsavtale om praksisstudier i kommunale helse- og omsorgstjenester",
                "title:"));
        assertThat(empty.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-REQUIRED");
            assertThat(f.message()).startsWith("«title» står tomt.");
        });
    }

    /**
     * Every whole number has a maximum, and a number beyond it (or any other bound) is found by the
     * schema and quoted as it is written, however large. Before, version 2147483648 failed the whole
     * run with an internal error, and 4294967308 placements passed as 12.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            version: 1                 | version: 2147483648              | /version | kan være høyst 9999, men er 2147483648. | may be at most 9999, but is 2147483648.
            version: 1                 | version: 99999999999999999999999 | /version | kan være høyst 9999, men er 99999999999999999999999. | may be at most 9999, but is 99999999999999999999999.
            version: 1                 | version: -99999999999999999999999 | /version | må være minst 1, men er -99999999999999999999999. | must be at least 1, but is -99999999999999999999999.
            version: 1                 | version: 1e300                   | /version | kan være høyst 9999, men er 1e300. | may be at most 9999, but is 1e300.
            version: 1                 | version: 1e400                   | /version | skal være et heltall, men verdien er 1e400. | must be a whole number, but the value is 1e400.
            version: 1                 | version: -1e400                  | /version | skal være et heltall, men verdien er -1e400. | must be a whole number, but the value is -1e400.
            noticeMonths: 6            | noticeMonths: 121                | /term/noticeMonths | kan være høyst 120, men er 121. | may be at most 120, but is 121.
            minimumPlacements: 12      | minimumPlacements: 4294967308    | /capacity/commitments/0/minimumPlacements | kan være høyst 10000, men er 4294967308. | may be at most 10000, but is 4294967308.
            placements: 6              | placements: 2147483647           | /capacity/commitments/0/periods/0/placements | kan være høyst 10000, men er 2147483647. | may be at most 10000, but is 2147483647.
            studentsPerSupervisor: 2   | studentsPerSupervisor: 0x7fffffffffff | /competence/supervisors/studentsPerSupervisor | kan være høyst 100, men er 0x7fffffffffff. | may be at most 100, but is 0x7fffffffffff.
            """)
    void aNumberOutsideItsBoundsIsFoundAndQuotedAsWritten(String line, String replacement, String pointer,
                                                          String bokmål, String english) {
        String yaml = complete.replaceFirst("(?m)^( *)" + java.util.regex.Pattern.quote(line) + "$", "$1" + replacement);
        assertThat(yaml).isNotEqualTo(complete);
        Finding nb = validate(yaml).findings().stream().filter(f -> f.pointer().equals(pointer)).findFirst().orElseThrow();
        assertThat(nb.ruleId()).isIn("SCHEMA-SIZE", "SCHEMA-TYPE");
        assertThat(nb.message()).contains(bokmål);
        assertThat(ENGLISH.validate("agreement.yaml", yaml.getBytes(StandardCharsets.UTF_8)).findings())
                .filteredOn(f -> f.pointer().equals(pointer)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(english));
        assertThat(validate(yaml).findings()).as("nothing but the bound").hasSize(1);
    }

    @Test
    void anotherFormatVersionIsNamedAsSuch() {
        FileReport report = validate(replace("format: praksisavtale/v1", "format: praksisavtale/v2"));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-FORMAT-VERSION");
            assertThat(f.message()).contains("praksisavtale/v2");
        });
    }

    @Test
    void structuralProblemsDoNotHoldBackTheRulesAndComeFirst() {
        // The number below its minimum is the form's problem; the site that does not exist, and the
        // site left without placements, are the rules' findings, in the same run, after it.
        FileReport report = validate(replace("      site: hjemmetjenesten-sandvika\n      minimumPlacements: 8",
                "      site: ukjent\n      minimumPlacements: 0"));
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactly("SCHEMA-SIZE", "REPORT-2.1-SITES", "CONSISTENCY-SITE-REFERENCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.07.2030", "31.7.2030", "31. juli 2030", "31 juli 2030", "31.juli 2030", "31. Juli 2030",
            "\"31.07.2030\""})
    void aDateWrittenTheNorwegianWayIsOneFindingThatGivesTheIsoDate(String written) {
        FileReport report = validate(replace("  effectiveTo: 2029-07-31", "  effectiveTo: " + written));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-FORMAT");
            assertThat(f.pointer()).isEqualTo("/term/effectiveTo");
            assertThat(f.line()).isEqualTo(22);
            assertThat(f.column()).isEqualTo(16);
            assertThat(f.message()).contains("denne datoen er 2030-07-31").contains("Skriv datoen som 2030-07-31")
                    .doesNotContain("anførselstegn").doesNotContain("tallet");
        });
        assertThat(ENGLISH.validate("avtale.yaml", replace("  effectiveTo: 2029-07-31", "  effectiveTo: " + written)
                .getBytes(StandardCharsets.UTF_8)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Write the date as 2030-07-31"));
    }

    @Test
    void aNorwegianDateWithATwoDigitYearIsGivenWithTheFullYear() {
        FileReport report = validate(replace("  effectiveTo: 2029-07-31", "  effectiveTo: 31.07.30"));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-FORMAT");
            assertThat(f.message()).contains("to sifre").contains("Skriv datoen som 2030-07-31");
        });
    }

    @ParameterizedTest
    @CsvSource({"31.02.2030, 2030-02-31", "31. april 2030, 2030-04-31", "12.31.2030, 2030-31-12"})
    void aNorwegianDateThatDoesNotExistIsSaidNotToExist(String written, String asWritten) {
        FileReport report = validate(replace("  effectiveTo: 2029-07-31", "  effectiveTo: " + written));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SCHEMA-FORMAT");
            assertThat(f.message()).contains("den dagen finnes ikke: som ÅÅÅÅ-MM-DD blir den " + asWritten)
                    .doesNotContain("Skriv datoen som");
        });
    }

    @Test
    void aNorwegianDateInATextFieldIsStillAskedToBeQuoted() {
        FileReport report = validate(replace("    unit: Fakultet for helsevitenskap", "    unit: 31.07.2030"));
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("YAML-QUOTE-TEXT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    unit: Fakultet for helsevitenskap|    unit:\"OsloMet\"|13|9|unit:\"OsloMet\"",
        "  effectiveTo: 2029-07-31|  effectiveTo:2029-07-31|22|14|effectiveTo:2029-07-31"})
    void aKeyWithoutASpaceAfterItsColonIsFoundAtItsOwnLine(String old, String written, int line, int column,
                                                           String shown) {
        FileReport report = validate(replace(old, written));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse");
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.column()).isEqualTo(column);
            assertThat(f.message()).contains("Det mangler et mellomrom etter kolon i «" + shown + "»");
        });
    }

    @Test
    void aListPositionInAMessageIsCountedFromOneAndInThePointerFromZero() {
        FileReport report = validate(replace("    serviceArea: hjemmetjeneste\n", ""));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/sites/1");
            assertThat(f.message()).contains("mangler i «sites[2]»");
        });
    }
}
