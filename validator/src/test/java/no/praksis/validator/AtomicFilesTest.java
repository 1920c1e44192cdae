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
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aNameOfTheLongestAFileSystemAllowsCanBeWritten() throws IOException {
        // 255 bytes, the limit of ext4 and most others; the temporary name must not be longer.
        Path ascii = directory.resolve("a".repeat(251) + ".pdf");
        AtomicFiles.create(ascii, CONTENT);
        Path norwegian = directory.resolve("ø".repeat(125) + "x.pdf");
        assertThat(norwegian.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(255);
        AtomicFiles.write(norwegian, CONTENT);
        AtomicFiles.write(norwegian, CONTENT);
        assertThat(names()).containsExactlyInAnyOrder(ascii.getFileName().toString(), norwegian.getFileName().toString());
    }

    @Test
    void aTemporaryFileThatAKilledRunLeftBehindIsRemovedByTheNextWrite() throws IOException {
        FileTime longAgo = FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60));
        Path stale = Files.writeString(directory.resolve(".praksis-3kq9z1.tmp"), "halv");
        Files.setLastModifiedTime(stale, longAgo);
        // Another run may be writing this one now.
        Path fresh = Files.writeString(directory.resolve(".praksis-7ab2c.tmp"), "halv");
        // Not of our naming, however old: someone else's.
        Path foreign = Files.writeString(directory.resolve(".avtale.yaml.swp.tmp"), "annet");
        Files.setLastModifiedTime(foreign, longAgo);

        AtomicFiles.write(directory.resolve("rapport.json"), CONTENT);
        assertThat(names()).containsExactly(".avtale.yaml.swp.tmp", ".praksis-7ab2c.tmp", "rapport.json");
        assertThat(fresh).hasContent("halv");
    }

    @Test
    void aRunStoppedWhileWritingLeavesNoTemporaryFile() throws Exception {
        Path target = directory.resolve("stor.pdf");
        // A write large enough to be caught in the middle: 1.5 GB.
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2500m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                LargeWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
        boolean caught = false;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!caught && writer.isAlive() && System.nanoTime() < until) {
            try (Stream<Path> entries = Files.list(directory)) {
                caught = entries.anyMatch(p -> p.getFileName().toString().startsWith(".praksis-"));
            }
        }
        assumeTrue(caught, "the write was caught while its temporary file existed");
        writer.destroy(); // SIGTERM, as Ctrl-C or a CI runner's cancel sends
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // Either the signal came first and nothing is there, or the write had just finished and the
        // contract is whole; never a temporary file, never half a contract.
        assertThat(names()).as("no temporary file").noneMatch(name -> name.startsWith(".praksis-"));
        if (Files.exists(target)) {
            assertThat(Files.size(target)).as("no half contract").isEqualTo(1536L * 1024 * 1024);
        }
    }

    /** Writes 1.5 GB through {@link AtomicFiles} to the file named, for the test above to stop. */
    public static final class LargeWrite {
        public static void main(String[] args) throws IOException {
            AtomicFiles.write(Path.of(args[0]), new byte[1536 * 1024 * 1024]);
        }
    }
}
