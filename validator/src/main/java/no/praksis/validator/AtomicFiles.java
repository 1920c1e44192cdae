package no.praksis.validator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes files so that a reader never sees half a file and a failure leaves nothing behind: the
 * content goes to a temporary file beside the target, which then takes the target's name in one
 * step. If anything fails, the temporary file is removed and the target is as it was.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "det er en mappe");
        }
        Path temporary;
        try {
            temporary = temporaryBeside(absolute);
        } catch (IOException e) {
            throw aboutTarget(e, absolute);
        }
        try {
            try {
                Files.write(temporary, content);
                keepPermissions(absolute, temporary);
                if (replace) {
                    replace(temporary, absolute);
                } else {
                    claim(temporary, absolute);
                }
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException e) {
                throw aboutTarget(e, absolute);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The failure as one about the file the user asked for: the temporary file is this class's own
     * business, and a full disk says nothing of which file (its {@link IOException} has none).
     */
    private static FileSystemException aboutTarget(IOException e, Path target) {
        // A FileSystemException's message is its file, here the temporary one; only its reason is kept.
        String reason = e instanceof FileSystemException fs
                ? fs.getReason() != null ? fs.getReason()
                        : e instanceof NoSuchFileException ? "filen kan ikke opprettes der" : e.getClass().getSimpleName()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        FileSystemException about = e instanceof AccessDeniedException ? new AccessDeniedException(target.toString(), null, reason)
                : e instanceof NotDirectoryException ? new NotDirectoryException(target.toString())
                : new FileSystemException(target.toString(), null, reason);
        return (FileSystemException) about.initCause(e);
    }

    /**
     * A new, empty temporary file beside {@code target}. Made with the default permissions, so that
     * the result is as readable as any other file the user makes (a temporary file from
     * {@link Files#createTempFile} would be readable by its owner only, and so would the contract).
     */
    private static Path temporaryBeside(Path target) throws IOException {
        while (true) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(
                    RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // Another name, then.
            }
        }
    }

    /** A file that is replaced keeps its permissions. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
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
