package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.cli.CliTest.Run;
import no.praksis.validator.TestAgreements;

/**
 * The packaged command line through the {@code ./praksis} launcher, as a user or a CI job starts it,
 * in an environment as bare as {@code env -i} gives: no locale, no HOME, no JAVA_HOME.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("praksis.root", "..")).resolve("praksis")
            .toAbsolutePath().normalize();

    @TempDir
    Path directory;

    /** {@code env -i PATH=<java's folder>:/usr/bin:/bin ./praksis ARGS}. */
    private Run bare(String... args) throws IOException, InterruptedException {
        return ChildCli.run(ChildCli.bare(LAUNCHER, Map.of(), args), directory);
    }

    @Test
    void withoutAnyLocaleFileNamesAndReportsAreUtf8() throws Exception {
        Path folder = Files.createDirectories(directory.resolve("bærum-og-asker"));
        Path good = Files.writeString(folder.resolve("særavtale.yaml"), TestAgreements.complete());
        Path bad = Files.writeString(folder.resolve("feil-på-kommunenummer.yaml"),
                TestAgreements.complete("oslomet-baerum-helse-2027")
                .replaceFirst("municipalityNumber: \"3201\"", "municipalityNumber: \"9998\""));

        Run run = bare("validate", good.toString(), bad.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).startsWith(bad + ":").contains("Kommunenummeret 9998 for")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
    }
}
