package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directory walks list what cannot be walked, so that it is reported rather than passed over. */
class AgreementFilesTest {

    @TempDir
    Path directory;

    private Path file(String name) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "id: a\n");
    }

    @Test
    void aLinkBackToADirectoryAboveIsListedOnceAndNotFollowed() throws IOException {
        Path a = file("a.yaml");
        Path b = file("kommune/b.yml");
        Path loop = Files.createSymbolicLink(directory.resolve("kommune/opp"), directory);
        Path self = Files.createSymbolicLink(directory.resolve("kommune/her.yaml"), directory.resolve("kommune"));
        assertThat(AgreementFiles.under(directory)).containsExactly(a, b, self, loop);
    }

    @Test
    void aLinkToADirectoryOutsideIsListedButNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(directory.resolve("andre"));
        Files.writeString(elsewhere.resolve("c.yaml"), "id: c\n");
        Path root = Files.createDirectories(directory.resolve("avtaler"));
        Path link = Files.createSymbolicLink(root.resolve("lenke"), elsewhere);
        assertThat(AgreementFiles.under(root)).containsExactly(link);
    }

    @Test
    void aLinkToADirectoryInsideIsPassedOverSinceItsFolderIsWalkedAnyway() throws IOException {
        Path a = file("2026/a.yaml");
        Files.createSymbolicLink(directory.resolve("gjeldende"), directory.resolve("2026"));
        Path linkToFile = Files.createSymbolicLink(directory.resolve("gjeldende.yaml"), a);
        assertThat(AgreementFiles.under(directory)).containsExactly(a, linkToFile);
    }

    @Test
    void aFolderNamedThroughALinkIsWalkedUnderTheNameGiven() throws IOException {
        Path a = file("ekte/a.yaml");
        Path link = Files.createSymbolicLink(directory.resolve("lenke"), directory.resolve("ekte"));
        assertThat(AgreementFiles.under(link)).containsExactly(link.resolve("a.yaml"));
    }

    @Test
    void hiddenLoopsAreSkippedLikeEverythingHidden() throws IOException {
        Path a = file("a.yaml");
        Files.createSymbolicLink(directory.resolve(".opp"), directory);
        Files.createDirectories(directory.resolve(".github"));
        Files.createSymbolicLink(directory.resolve(".github/opp"), directory);
        assertThat(AgreementFiles.under(directory)).containsExactly(a);
    }

    @Test
    void aDanglingLinkWithAnAgreementsNameIsListedAndOneWithAnotherNameIsNot() throws IOException {
        Path dangling = Files.createSymbolicLink(directory.resolve("borte.yaml"), directory.resolve("finnes-ikke"));
        Files.createSymbolicLink(directory.resolve("borte.txt"), directory.resolve("finnes-ikke"));
        assertThat(AgreementFiles.under(directory)).containsExactly(dangling);
    }
}
