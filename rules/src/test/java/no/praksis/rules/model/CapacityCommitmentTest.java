package no.praksis.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CapacityCommitmentTest {

    @Test
    void thePlacementsOfThePeriodsAddUpWithoutWrappingRound() {
        LocalDate day = LocalDate.of(2026, 9, 7);
        CapacityCommitment commitment = new CapacityCommitment("/capacity/commitments/0", "sykepleier", "a", 12,
                List.of(new CapacityPeriod("/p/0", day, day, null, Integer.MAX_VALUE),
                        new CapacityPeriod("/p/1", day, day, null, Integer.MAX_VALUE),
                        new CapacityPeriod("/p/2", day, day, null, 14)));
        // As ints, the sum wrapped round to 12: exactly the minimum.
        assertThat(commitment.periodPlacements()).isEqualTo(2L * Integer.MAX_VALUE + 14);
    }
}
