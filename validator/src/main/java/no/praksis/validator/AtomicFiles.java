package no.praksis.validator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half a file and a failure leaves nothing behind: the
 * content goes to a temporary file beside the target, which then takes the target's name in one
 * step. If anything fails, the temporary file is removed and the target is as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} to {@code target}, replacing it if it exists. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, replacing it if it exists. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /**
     * Writes {@code content} to {@code target}, which must not exist: if it does, or comes to exist
     * while the content is written, a {@link FileAlreadyExistsException} is thrown and it is left
     * alone. A check beforehand is not enough, since another program may create the file in between.
     */
    public static void create(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    private static void write(Path target, byte[] content, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            // Something that is not a folder stands where the folder should be; not to be mistaken
            // for the target existing.
            throw new NotDirectoryException(e.getFile());
        }
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            if (replace) {
                replace(temporary, absolute);
            } else {
                claim(temporary, absolute);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the temporary file the target's name only if no file has it. A hard link does so in one
     * step; a rename would replace a file that appeared in the meantime. Where the file system has no
     * hard links, a move without replacing comes closest.
     */
    private static void claim(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(temporary, target);
        }
    }
}
