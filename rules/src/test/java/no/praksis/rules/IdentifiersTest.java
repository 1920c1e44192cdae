package no.praksis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.praksis.rules.Identifiers.NameVerdict;
import no.praksis.rules.Identifiers.NumberVerdict;

class IdentifiersTest {

    /** Brønnøysundregistrene's worked example, and numbers of public bodies. */
    @ParameterizedTest
    @ValueSource(strings = {"123456785", "983887406", "915933149", "917422575", "971527404", "972417866"})
    void validOrganisationNumbers(String number) {
        assertThat(Identifiers.isValidOrganisationNumber(number)).isTrue();
    }

    /** A wrong check digit; a remainder of 1 (no check digit exists); wrong lengths; not digits. */
    @ParameterizedTest
    @ValueSource(strings = {"123456789", "910000900", "910000901", "12345678", "1234567850", "12345678O", ""})
    void invalidOrganisationNumbers(String number) {
        assertThat(Identifiers.isValidOrganisationNumber(number)).isFalse();
    }

    private static final LocalDate Y2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

    @ParameterizedTest
    @ValueSource(strings = {"0301", "3201", "5001", "1580"})
    void municipalityNumbersOfTodaysList(String number) {
        assertThat(Identifiers.municipalityNumber(number, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 8, 1)))
                .isEqualTo(NumberVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999", "0101", "1234", "301"})
    void municipalityNumbersThatDoNotExistToday(String number) {
        assertThat(Identifiers.municipalityNumber(number, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 8, 1)))
                .isEqualTo(NumberVerdict.UNKNOWN);
    }

    @Test
    void baerumsNumbersAreJudgedByTheListOfTheDay() {
        assertThat(Identifiers.municipalityNumber("0219", Y2019, Y2019)).isEqualTo(NumberVerdict.VALID);
        assertThat(Identifiers.municipalityNumber("0219", Y2020, Y2020)).isEqualTo(NumberVerdict.UNKNOWN);
        assertThat(Identifiers.municipalityNumber("3024", Y2019, Y2019)).isEqualTo(NumberVerdict.UNKNOWN);
        assertThat(Identifiers.municipalityNumber("3024", Y2020, Y2020)).isEqualTo(NumberVerdict.VALID);
        assertThat(Identifiers.municipalityNumber("3024", Y2023, Y2023)).isEqualTo(NumberVerdict.VALID);
        assertThat(Identifiers.municipalityNumber("3024", Y2024, Y2024)).isEqualTo(NumberVerdict.UNKNOWN);
        assertThat(Identifiers.municipalityNumber("3201", Y2023, Y2023)).isEqualTo(NumberVerdict.UNKNOWN);
        assertThat(Identifiers.municipalityNumber("3201", Y2024, Y2024)).isEqualTo(NumberVerdict.VALID);
    }

    @Test
    void aNumberValidWhenTheAgreementTookEffectHasBeenRenumbered() {
        assertThat(Identifiers.municipalityNumber("3024", Y2024, Y2023)).isEqualTo(NumberVerdict.RENUMBERED);
        assertThat(Identifiers.municipalitySuccessors("3024", Y2023, Y2024)).isEqualTo("3201 Bærum");
        assertThat(Identifiers.municipalitySuccessors("0219", Y2019, LocalDate.of(2026, 12, 1))).isEqualTo("3201 Bærum");
        assertThat(Identifiers.municipalitySuccessors("1507", Y2023, Y2024)).isEqualTo("1508 Ålesund, 1580 Haram");
        assertThat(Identifiers.municipalityNumber("3024", Y2023, Y2024))
                .as("an agreement judged before it takes effect: only the judgement date counts")
                .isEqualTo(NumberVerdict.VALID);
        assertThat(Identifiers.municipalityNumber("3201", Y2023, Y2024)).isEqualTo(NumberVerdict.UNKNOWN);
    }

    @Test
    void withoutAConfirmedListTheNumberIsUnchecked() {
        LocalDate before = LocalDate.of(2017, 12, 31);
        LocalDate in2018 = LocalDate.of(2018, 6, 1);
        assertThat(Identifiers.municipalityNumber("0219", before, before)).isEqualTo(NumberVerdict.UNCHECKED);
        assertThat(Identifiers.municipalityNumber("0219", in2018, in2018)).isEqualTo(NumberVerdict.VALID);
        assertThat(Identifiers.municipalityNumber("3201", in2018, in2018)).isEqualTo(NumberVerdict.UNCHECKED);
        assertThat(Identifiers.municipalityNumber("9999", before, before)).isEqualTo(NumberVerdict.UNKNOWN);
        assertThat(Identifiers.municipalityListDate(before)).isEqualTo("–");
        assertThat(Identifiers.municipalityListDate(in2018)).isEqualTo("2018-01-01");
        assertThat(Identifiers.oldestConfirmedMunicipalityListDate()).isEqualTo("2019-01-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bærum", "Bærum kommune", "BÆRUM  Kommune", " bærum\tkommune "})
    void namesAreComparedNormalised(String name) {
        assertThat(Identifiers.municipalityName(name, "3201", Y2024, Y2024)).isEqualTo(NameVerdict.MATCHES);
    }

    @Test
    void everyLanguageFormAndTheCountyInBracketsAreAccepted() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(Identifiers.municipalityName("Oslo kommune", "0301", today, today)).isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Oslove", "0301", today, today)).isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Oslo - Oslove kommune", "0301", today, today))
                .isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Kautokeino kommune", "5612", today, today))
                .isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Nord Fron kommune", "3436", today, today)).isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Herøy kommune", "1818", today, today)).isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Herøy (Nordland)", "1818", today, today)).isEqualTo(NameVerdict.MATCHES);
    }

    @Test
    void anotherMunicipalitysNameIsANameOfAnotherAndAnUnknownNameIsUnconfirmed() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(Identifiers.municipalityName("Bærum kommune", "0301", today, today)).isEqualTo(NameVerdict.ANOTHER);
        assertThat(Identifiers.municipalitiesNamed("Bærum kommune", "0301", today, today)).isEqualTo("3201 Bærum");
        assertThat(Identifiers.municipalityName("Bærum kommune, helse og omsorg", "3201", today, today))
                .isEqualTo(NameVerdict.UNCONFIRMED);
        assertThat(Identifiers.municipalityName("Testby kommune", "0301", today, today))
                .isEqualTo(NameVerdict.UNCONFIRMED);
        LocalDate in2018 = LocalDate.of(2018, 6, 1);
        assertThat(Identifiers.municipalityName("Asker kommune", "0219", in2018, in2018))
                .as("the 2018 list is not confirmed").isEqualTo(NameVerdict.UNCONFIRMED);
        assertThat(Identifiers.municipalityName("Asker kommune", "0219", Y2019, Y2019)).isEqualTo(NameVerdict.ANOTHER);
    }

    @Test
    void theNameOfARenumberedMunicipalityIsCheckedOnTheListItWasFoundOn() {
        assertThat(Identifiers.municipalityName("Bærum kommune", "3024", Y2024, Y2023)).isEqualTo(NameVerdict.MATCHES);
        assertThat(Identifiers.municipalityName("Asker kommune", "3024", Y2024, Y2023)).isEqualTo(NameVerdict.ANOTHER);
        assertThat(Identifiers.municipalityListDateOf("3024", Y2024, Y2023)).isEqualTo("2023-01-01");
        assertThat(Identifiers.municipalityName("Asker kommune", "9999", Y2024, Y2024))
                .as("a number not found is the number rule's").isEqualTo(NameVerdict.MATCHES);
    }
}
