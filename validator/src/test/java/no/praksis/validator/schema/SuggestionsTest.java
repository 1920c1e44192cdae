package no.praksis.validator.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> AREAS = List.of("sykehjem", "hjemmetjeneste", "bolig-og-omsorg", "helsestasjon");

    @Test
    void aMisspellingIsMatchedToTheClosestCandidate() {
        assertThat(Suggestions.closest("sykehjm", AREAS)).contains("sykehjem");
        assertThat(Suggestions.closest("Hjemmetjenesten", AREAS)).contains("hjemmetjeneste");
        assertThat(Suggestions.closest("bolig-omsorg", AREAS)).contains("bolig-og-omsorg");
        // Short words tolerate one edit, longer ones up to three.
        assertThat(Suggestions.closest("syk", AREAS)).isEmpty();
        assertThat(Suggestions.closest("skole", AREAS)).isEmpty();
        assertThat(Suggestions.closest("", AREAS)).isEmpty();
        assertThat(Suggestions.closest("sykehjem", List.of())).isEmpty();
    }

    @Test
    void theBandedDistanceIsLevenshteinWithinTheBand() {
        Random random = new Random(42);
        for (int n = 0; n < 5000; n++) {
            String a = word(random);
            String b = word(random);
            int exact = levenshtein(a, b);
            for (int max = 0; max <= 4; max++) {
                int banded = Suggestions.distance(a, b, max);
                if (exact <= max) {
                    assertThat(banded).as("%s / %s within %d", a, b, max).isEqualTo(exact);
                } else {
                    assertThat(banded).as("%s / %s beyond %d", a, b, max).isGreaterThan(max);
                }
            }
        }
    }

    @Test
    void aValueFarLongerThanAnyCandidateCostsNothing() {
        // Every alias to a long value where a code is expected asked for a suggestion, and each
        // computed the full distance to every candidate: the length of the value times theirs.
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            candidates.add("kode-nummer-" + i + "-med-et-langt-navn-".repeat(2));
        }
        String value = "x".repeat(2_000_000);
        Optional<String> suggestion = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Suggestions.closest(value, candidates));
        assertThat(suggestion).isEmpty();
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(3)));
        }
        return word.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
