package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.TestAgreements;

/**
 * A command loads only what it uses, for start-up's sake: validate does not touch the PDF libraries,
 * FreeMarker's engine, JGit or the web server, though all are on the class path.
 */
class ClassesLoadedTest {

    @TempDir
    Path directory;

    @Test
    void validateLoadsNoPdfTemplateGitOrServerClasses() throws Exception {
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), TestAgreements.complete());
        Path log = directory.resolve("classes.txt");
        CliTest.Run run = ChildCli.run(ChildCli.praksis(List.of("-Xlog:class+load=info:file=" + log), "validate",
                agreement.toString()), directory);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).as("the run was logged").anyMatch(line -> line.contains(" no.praksis.rules.RuleEngine "));
        for (String library : List.of("org.apache.pdfbox.", "com.openhtmltopdf.", "freemarker.core.", "org.eclipse.jgit.",
                "org.eclipse.jetty.", "org.verapdf.")) {
            assertThat(loaded).as(library).noneMatch(line -> line.contains(" " + library));
        }
    }
}
