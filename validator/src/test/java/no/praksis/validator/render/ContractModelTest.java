package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContractModelTest {

    @Test
    void aClauseIsSplitIntoParagraphsAtBlankLinesAndTheLinesOfEachAreJoined() {
        assertThat(ContractModel.paragraphs("  Første linje\n  og andre.\n\n\tNytt  avsnitt\r\n \t fortsetter.\n \n"))
                .containsExactly("Første linje og andre.", "Nytt  avsnitt fortsetter.");
        assertThat(ContractModel.paragraphs("Én linje")).containsExactly("Én linje");
        assertThat(ContractModel.paragraphs(" \n\n ")).isEmpty();
    }

    @Test
    void aLongRunOfSpacesIsJoinedInOnePass() {
        // Every space of the run was a new start for the pattern, which ran on to the run's end from
        // each: 99 000 spaces took 70 s in the launcher's JVM (5 s in a test's), three times as many
        // nine times that. The timeout only catches that.
        String text = "a" + " ".repeat(300_000) + "b\nc";
        List<String> paragraphs = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ContractModel.paragraphs(text));
        assertThat(paragraphs).containsExactly("a" + " ".repeat(300_000) + "b c");
    }
}
