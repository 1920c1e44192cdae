package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void theFirstPlaceholderIsFoundAsThePatternFindsIt() {
        for (String text : List.of("", "tekst", "<<FYLL INN: navn>>", "før <<FYLL INN: a>> og <<FYLL INN: b>>",
                "<<FYLL INN: a> ikke> <<FYLL INN: b>>", "<<FYLL INN:<<FYLL INN: x>>", "<<FYLL INN: uten slutt",
                "<<FYLL INN: a>", "<<FYLL INN:>>", "<<FYLL INN: a\nb>>", ">><<FYLL INN: >>", "<<FYLL IN: a>>")) {
            Matcher matcher = Placeholders.PLACEHOLDER.matcher(text);
            Optional<String> expected = matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
            assertThat(Placeholders.first(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void aValueOfManyUnfinishedPlaceholdersIsSearchedInOnePass() {
        // Twenty thousand starts and no end: the pattern ran on from each start to the end, which took
        // ten seconds for nine thousand and about a minute for these. The timeout only catches that.
        String text = "<<FYLL INN:".repeat(20_000) + "> og <<FYLL INN: slutt>>";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Placeholders.first(text)))
                .contains("<<FYLL INN: slutt>>");
    }
}
