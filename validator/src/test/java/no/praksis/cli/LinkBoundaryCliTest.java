package no.praksis.cli;

import static no.praksis.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.cli.CliTest.Run;
import no.praksis.validator.TestAgreements;

/**
 * Symbolic links cannot make a run read files outside the repository, or outside the folder named
 * when there is none, whichever link on the way leads out — the file's own, or a folder's — and
 * whatever the working folder is, the file system's root included (a container's default).
 */
class LinkBoundaryCliTest {

    /** Text that would appear in the report, as the excerpt under a syntax finding, if the file were read. */
    private static final String SECRET = "AWS_SECRET_ACCESS_KEY: hunter2: [\n";

    private static final String REFUSED = ":1:1: error parse Filen nås gjennom en symbolsk lenke";

    @TempDir
    Path directory;

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path repository() throws IOException {
        Path repository = Files.createDirectories(directory.resolve("depot"));
        Files.createDirectories(repository.resolve(".git"));
        write("hemmelig/nøkler.yaml", SECRET);
        return repository;
    }

    /** The command line in a JVM of its own whose working folder is {@code workingFolder}. */
    private Run runIn(Path workingFolder, String... args) throws IOException, InterruptedException {
        return ChildCli.run(ChildCli.praksis(List.of(), args).directory(workingFolder.toFile()), directory);
    }

    @Test
    void aCommittedLinkToAFolderOutsideTheRepositoryIsNotFollowedEvenFromTheRoot() throws Exception {
        Path repository = repository();
        Path agreements = Files.createSymbolicLink(repository.resolve("avtaler"), Path.of("../hemmelig"));
        Run run = runIn(Path.of(File.separator), "validate", agreements.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(agreements.resolve("nøkler.yaml") + REFUSED).doesNotContain("hunter2");
    }

    @Test
    void aLinkedFolderThatAShellGlobPassesThroughIsNotFollowedOutOfTheRepository() throws Exception {
        Path repository = repository();
        Path good = Files.writeString(Files.createDirectories(repository.resolve("avtaler/bærum")).resolve("avtale.yaml"),
                TestAgreements.complete());
        Files.createSymbolicLink(repository.resolve("avtaler/ekstern"), directory.resolve("hemmelig"));
        // What `praksis validate avtaler/*/*.yaml` is given.
        Path throughLink = repository.resolve("avtaler/ekstern/nøkler.yaml");
        Run run = runIn(Path.of(File.separator), "validate", good.toString(), throughLink.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(throughLink + REFUSED).doesNotContain("hunter2")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
    }

    @Test
    void aLinkToAnotherFolderOfTheSameRepositoryIsFollowed() throws IOException {
        Path repository = repository();
        Files.writeString(Files.createDirectories(repository.resolve("arkiv")).resolve("2026.yaml"),
                TestAgreements.complete());
        Path current = Files.createSymbolicLink(Files.createDirectories(repository.resolve("avtaler"))
                .resolve("gjeldende.yaml"), Path.of("../arkiv/2026.yaml"));
        Run run = run("validate", current.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run("validate", repository.resolve("avtaler").toString()).exitCode()).isZero();
    }

    @Test
    void withoutARepositoryTheWorkingFolderIsTheBoundaryAndAFolderNamedMayBeALink() throws Exception {
        Path work = Files.createDirectories(directory.resolve("arbeid"));
        write("hemmelig/nøkler.yaml", SECRET);
        Files.createSymbolicLink(Files.createDirectories(work.resolve("avtaler")).resolve("delt"),
                directory.resolve("hemmelig"));
        Run throughLink = runIn(work, "validate", "avtaler/delt/nøkler.yaml");
        assertThat(throughLink.exitCode()).isEqualTo(2);
        assertThat(throughLink.out()).contains("avtaler/delt/nøkler.yaml" + REFUSED).doesNotContain("hunter2");

        // Naming the linked folder itself is choosing it: its files are read (this one is no agreement).
        Run named = runIn(work, "validate", "avtaler/delt");
        assertThat(named.out()).contains("avtaler/delt/nøkler.yaml:1:").doesNotContain(REFUSED);
    }

    @Test
    void theSystemsFilesAreNeverReadEvenWhenNamed() throws IOException {
        Path environment = Path.of("/proc/self/environ");
        Run run = run("validate", environment.toString(), "/sys/kernel/mm/transparent_hugepage/enabled");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(environment + ":1:1: error parse Filen ligger i en av operativsystemets mapper")
                .doesNotContain("PATH=").doesNotContain("HOME=");
        Run render = run("render", environment.toString(), "-o", directory.resolve("k.pdf").toString());
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.out()).contains("operativsystemets mapper").doesNotContain("PATH=");
        assertThat(directory.resolve("k.pdf")).doesNotExist();
    }
}
