package no.praksis.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeoplePathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/clauses/0/text|clauses[1].text",
        "/sites/1/programmes|sites[2].programmes",
        "/capacity/commitments/9/periods/0/from|capacity.commitments[10].periods[1].from",
        "/term|term",
        "/a~1b/c~0d|a/b.c~d",
        "/matrix/0/1|matrix[1][2]",
        "''|''"})
    void listPositionsAreCountedFromOne(String pointer, String shown) {
        assertThat(PeoplePath.of(pointer)).isEqualTo(shown);
    }
}
