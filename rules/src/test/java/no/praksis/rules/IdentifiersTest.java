package no.praksis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"0301", "3201", "5001", "1580"})
    void existingMunicipalityNumbers(String number) {
        assertThat(Identifiers.isExistingMunicipalityNumber(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999", "0101", "1234", "301"})
    void municipalityNumbersThatDoNotExist(String number) {
        assertThat(Identifiers.isExistingMunicipalityNumber(number)).isFalse();
    }
}
