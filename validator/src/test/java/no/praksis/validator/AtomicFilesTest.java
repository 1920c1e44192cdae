package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole or not at all, and an existing file is replaced only when asked. */
class AtomicFilesTest {

    private static final byte[] CONTENT = "ny".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private Stream<String> names() throws IOException {
        return Files.list(directory).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = Files.writeString(directory.resolve("kontrakt.pdf"), "gammel");
        AtomicFiles.write(target, CONTENT);
        assertThat(target).hasBinaryContent(CONTENT);
        assertThat(names()).containsExactly("kontrakt.pdf");
    }

    @Test
    void createWritesANewFileButNeverReplacesOne() throws IOException {
        Path fresh = directory.resolve("ny.yaml");
        AtomicFiles.create(fresh, CONTENT);
        assertThat(fresh).hasBinaryContent(CONTENT);

        Path existing = Files.writeString(directory.resolve("avtale.yaml"), "avtalen");
        assertThatThrownBy(() -> AtomicFiles.create(existing, CONTENT)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(existing).hasContent("avtalen");
        assertThat(names()).containsExactly("avtale.yaml", "ny.yaml");
    }

    @Test
    void aWriteThatFailsLeavesTheTargetAsItWasAndNoPartialFile() throws IOException {
        // The target is a folder with a file in it: the last step, the move, fails.
        Path folder = Files.createDirectories(directory.resolve("kontrakt.pdf"));
        Files.writeString(folder.resolve("inni.txt"), "inni");
        assertThatThrownBy(() -> AtomicFiles.write(folder, CONTENT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> AtomicFiles.create(folder, CONTENT)).isInstanceOf(IOException.class);
        assertThat(folder.resolve("inni.txt")).hasContent("inni");
        assertThat(names()).containsExactly("kontrakt.pdf");

        // The folder to write in cannot be made: a file stands where it should be.
        Path file = Files.writeString(directory.resolve("fil"), "fil");
        assertThatThrownBy(() -> AtomicFiles.write(file.resolve("kontrakt.pdf"), CONTENT)).isInstanceOf(IOException.class);
        assertThat(file).hasContent("fil");
        assertThat(names()).containsExactly("fil", "kontrakt.pdf");
    }

    @Test
    void aNewFileIsAsReadableAsAnyOtherAndAReplacedOneKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX");
        // A file made the ordinary way gets the user's default permissions (umask); so must a contract.
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(directory.resolve("vanlig")));
        Path fresh = directory.resolve("kontrakt.pdf");
        AtomicFiles.create(fresh, CONTENT);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(usual);
        Path replaced = directory.resolve("rapport.json");
        AtomicFiles.write(replaced, CONTENT);
        Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(replaced, CONTENT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced))).isEqualTo("rw-r-----");
    }

    @Test
    void aFailureNamesTheFileAskedForNotTheTemporaryOne() throws IOException {
        Path folder = Files.createDirectories(directory.resolve("kontrakt.pdf"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, CONTENT)).isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(folder.toAbsolutePath().toString()));
        Path unwritable = Path.of("/proc/praksis-test.json");
        assertThatThrownBy(() -> AtomicFiles.write(unwritable, CONTENT)).isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(unwritable.toString()));
    }
}
