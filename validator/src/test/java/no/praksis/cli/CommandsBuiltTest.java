package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.praksis.cli.CliTest.Run;

/**
 * Only the command a run names is built, for start-up's sake; a run that names none, or one that does
 * not exist, still sees them all: in the help, and in the suggestion for a misspelt one.
 */
class CommandsBuiltTest {

    private static final List<String> ALL = List.of("validate", "portfolio", "diff", "render", "extract", "verify",
            "rules", "explain", "init");

    @Test
    void theCommandARunNamesIsItsFirstWordThatIsNoOption() {
        assertThat(Main.commandNamed(new String[] {"validate", "x.yaml"})).isEqualTo("validate");
        assertThat(Main.commandNamed(new String[] {"--lang", "en", "render", "--draft", "x.yaml"})).isEqualTo("render");
        assertThat(Main.commandNamed(new String[] {"--lang=nn", "diff"})).isEqualTo("diff");
        assertThat(Main.commandNamed(new String[] {"--help"})).isNull();
        assertThat(Main.commandNamed(new String[] {})).isNull();
    }

    @Test
    void theHelpListsEveryCommandInItsOrder() {
        String help = CliTest.run("--help").out();
        int at = -1;
        for (String command : ALL) {
            int next = help.indexOf("\n  " + command + " ");
            assertThat(next).as(command + " after the one before it").isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aCommandWorksWithOnlyItselfBuiltAndAMisspeltOneIsStillMatched() {
        Run rules = CliTest.run("rules");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("RAMMEPLAN-3-CAPACITY");
        Run misspelt = CliTest.run("--lang", "en", "explian", "RAMMEPLAN-3-CAPACITY");
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Did you mean “explain");
    }
}
