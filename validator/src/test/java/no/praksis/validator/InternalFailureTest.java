package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A defect of the tool met while one file is checked is that file's finding, and the run goes on:
 * before, version: 2147483648 made the binder throw, and the run printed no report for any file.
 * No input is known to cause a defect any more, so the tests make one through a seam.
 */
class InternalFailureTest {

    @TempDir
    Path directory;

    private static Validator failingOn(String file, RuntimeException exception) {
        return failingOn(file, name -> {
            throw exception;
        });
    }

    private static Validator failingOn(String file, Consumer<String> failure) {
        return Validator.builder().beforeCheck(name -> {
            if (name.endsWith(file)) {
                failure.accept(name);
            }
        }).build();
    }

    private List<Path> files() throws IOException {
        Path first = Files.writeString(directory.resolve("første.yaml"), TestAgreements.complete());
        Path broken = Files.writeString(directory.resolve("feil.yaml"), TestAgreements.complete());
        Path last = Files.writeString(directory.resolve("siste.yaml"), TestAgreements.complete());
        return List.of(first, broken, last);
    }

    @Test
    void anInternalFailureOnOneFileIsThatFilesFindingAndTheOthersAreStillReported() throws IOException {
        List<Path> files = files();
        ValidationReport report = failingOn("feil.yaml", new IllegalStateException("noe gikk galt"))
                .validate(files);
        assertThat(report.files()).extracting(FileReport::path)
                .containsExactly(files.get(0).toString(), files.get(1).toString(), files.get(2).toString());
        assertThat(report.files().get(0).valid()).isTrue();
        assertThat(report.files().get(2).valid()).isTrue();
        FileReport failed = report.files().get(1);
        assertThat(failed.parsed()).isFalse();
        assertThat(failed.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.message()).isEqualTo("Filen kunne ikke kontrolleres på grunn av en intern feil i praksis "
                    + "(IllegalStateException: noe gikk galt). Feilen ligger i verktøyet, ikke nødvendigvis i avtalen. "
                    + "Meld fra om feilen til dem som vedlikeholder praksis, og legg ved filen. De andre filene i "
                    + "kjøringen er kontrollert som vanlig.");
        });
        // What makes the command line end with exit code 2, as for a file that cannot be read.
        assertThat(report.hasUnreadable()).isTrue();
    }

    @Test
    void aStackOverflowIsReportedTooAndAFileGivenAsBytesAlike() throws IOException {
        Validator validator = failingOn("feil.yaml", name -> {
            throw new StackOverflowError();
        });
        assertThat(validator.validate(files()).files()).extracting(FileReport::parsed).containsExactly(true, false, true);
        Validator.Checked checked = validator.check("feil.yaml", TestAgreements.complete().getBytes());
        assertThat(checked.agreement()).isNull();
        assertThat(checked.report().findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(StackOverflowError)"));
    }

    @Test
    void runningOutOfMemoryIsNotHidden() throws IOException {
        // After an OutOfMemoryError nothing can be relied on, not even a report: it ends the run.
        Validator validator = failingOn("feil.yaml", name -> {
            throw new OutOfMemoryError("Java heap space");
        });
        List<Path> files = files();
        assertThatThrownBy(() -> validator.validate(files)).isInstanceOf(OutOfMemoryError.class);
    }
}
