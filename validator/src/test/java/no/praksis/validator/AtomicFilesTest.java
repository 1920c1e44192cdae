package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
