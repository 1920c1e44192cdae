package no.praksis.validator;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader never sees half a file and a failure leaves nothing behind: the
 * content goes to a temporary file beside the target, which then takes the target's name in one
 * step. If anything fails, the temporary file is removed and the target is as it was. A target that
 * is not a regular file (a device, a named pipe, /dev/stdout) is written into instead, and a
 * symbolic link to a file replaces the file it leads to.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Temporary files beside the target are named {@code .praksis-<random>.tmp}: short enough that a
     * target name of the longest a file system allows (255 bytes) still has room, and of a shape no
     * one else uses, so that a stale one can be known and removed. They are made with the default
     * permissions, so that the result is as readable as any other file the user makes (one from
     * {@link Files#createTempFile} would be readable by its owner only, and so would the contract).
     */
    private static final String TEMPORARY_PREFIX = ".praksis-";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Pattern TEMPORARY = Pattern.compile(Pattern.quote(TEMPORARY_PREFIX) + "[0-9a-z]{1,13}"
            + Pattern.quote(TEMPORARY_SUFFIX));

    /** How old a temporary file of ours must be before another run takes it for one left behind. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    /**
     * The temporary files being written now. A run stopped by Ctrl-C or SIGTERM removes them on its
     * way out; one killed outright cannot, and the next write to the folder removes them once stale.
     */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path temporary : PENDING) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Nothing more can be done on the way out.
                }
            }
        }, "praksis-temporary-files"));
    }

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
        try (Pending pending = open(target, replace)) {
            pending.stream().write(content);
            pending.commit();
        }
    }

    /**
     * Opens {@code target} for a content written piece by piece (a report streamed file by file): the
     * content goes to a temporary file, which {@link Pending#commit} puts in the target's place as
     * {@link #write} and {@link #create} do; closed without a commit, nothing is left and the target is
     * as it was. A device, a named pipe or a descriptor is written into directly.
     *
     * @param replace whether an existing file may be replaced ({@link #write}) or not ({@link #create})
     */
    public static Pending open(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Optional<BasicFileAttributes> existing = attributes(absolute);
        if (existing.isPresent() && streamedInto(absolute, existing.get())) {
            // A device, a named pipe, or a descriptor the caller opened (/dev/stdout, /dev/fd/N,
            // >(cmd)): the bytes go into it. Renaming a file over it would turn /dev/null into a
            // regular file, replace the /dev/stdout link, and lose the report.
            return new Pending(absolute, null, into(absolute, existing.get()), replace);
        }
        if (existing.isEmpty() && SystemFolders.holds(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "det kan ikke lages filer her");
        }
        if (existing.isPresent() && Files.isSymbolicLink(absolute)) {
            // A link to a file: the file it leads to is replaced, and the link stays a link.
            absolute = absolute.toRealPath();
        }
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
        removeStaleTemporaries(directory);
        while (true) {
            Path temporary = absolute.resolveSibling(TEMPORARY_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + TEMPORARY_SUFFIX);
            // Known to the shutdown hook before it exists, and made and opened in one step: a SIGTERM
            // the moment after it is made removes it, and a stream opened afterwards could make it again.
            PENDING.add(temporary);
            try {
                OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new Pending(absolute, temporary, new BufferedOutputStream(stream), replace);
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temporary); // someone else's; another name, then
            } catch (IOException e) {
                PENDING.remove(temporary);
                throw aboutTarget(e, absolute);
            }
        }
    }

    /** A file being written: its content goes to {@link #stream}, and {@link #commit} puts it in place. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path temporary;
        private final OutputStream stream;
        private final boolean replace;
        private boolean done;

        private Pending(Path target, Path temporary, OutputStream stream, boolean replace) {
            this.target = target;
            this.temporary = temporary;
            this.replace = replace;
            // Failures while writing are about the file the user asked for, not the temporary one.
            this.stream = new FilterOutputStream(stream) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        out.write(b, off, len);
                    } catch (IOException e) {
                        throw aboutTarget(e, target);
                    }
                }

                @Override
                public void flush() throws IOException {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        throw aboutTarget(e, target);
                    }
                }
            };
        }

        /** Where the content goes. */
        public OutputStream stream() {
            return stream;
        }

        /** Puts the content in the target's place; a failure leaves the target as it was. */
        public void commit() throws IOException {
            stream.flush();
            try {
                stream.close();
            } catch (IOException e) {
                throw aboutTarget(e, target);
            }
            if (temporary != null) {
                try {
                    keepPermissions(target, temporary);
                    if (replace) {
                        replace(temporary, target);
                    } else {
                        claim(temporary, target);
                    }
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (IOException e) {
                    throw aboutTarget(e, target);
                }
            }
            done = true;
            close();
        }

        /** Without a {@link #commit}, throws the content away: the target is as it was. */
        @Override
        public void close() throws IOException {
            try {
                if (!done) {
                    stream.close();
                }
            } catch (IOException e) {
                // The content is being thrown away; a failure to close its stream changes nothing.
            } finally {
                done = true;
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                    PENDING.remove(temporary);
                }
            }
        }
    }

    /**
     * True when writing to {@code target} streams into what is there rather than replacing it: a
     * device, a named pipe, or a descriptor such as /dev/stdout. Nothing is overwritten then, so
     * there is nothing to refuse without {@code --force}.
     */
    public static boolean writesInto(Path target) {
        try {
            Path absolute = target.toAbsolutePath().normalize();
            return attributes(absolute).map(a -> streamedInto(absolute, a)).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /** The attributes of what {@code path} leads to, or empty when nothing is there. */
    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * True when {@code path} is to be written into rather than replaced: it is not a regular file
     * (a character device, a named pipe, a socket), or it lies in /dev or /proc, where the files are
     * the system's and a regular file is one the caller opened for us (a shell's {@code > out.sarif}
     * seen through /dev/stdout).
     */
    private static boolean streamedInto(Path path, BasicFileAttributes attributes) {
        return !attributes.isDirectory() && (!attributes.isRegularFile() || SystemFolders.holds(path));
    }

    /**
     * Opens an existing device, pipe or opened descriptor to be written into. A regular file behind a
     * descriptor is appended to, so that what the process wrote to it before (an earlier report on
     * standard output) stays.
     */
    private static OutputStream into(Path path, BasicFileAttributes attributes) throws IOException {
        OpenOption[] options = attributes.isRegularFile()
                ? new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND}
                : new OpenOption[] {StandardOpenOption.WRITE};
        try {
            return new BufferedOutputStream(Files.newOutputStream(path, options));
        } catch (IOException e) {
            throw aboutTarget(e, path);
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
     * Removes temporary files of this class's own naming in {@code directory} that a run killed
     * before it could clean up (SIGKILL, a power cut) left behind. Only those older than
     * {@link #STALE_AFTER} go: a younger one may belong to a run that is writing now.
     */
    private static void removeStaleTemporaries(Path directory) {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory,
                entry -> TEMPORARY.matcher(entry.getFileName().toString()).matches())) {
            for (Path temporary : temporaries) {
                BasicFileAttributes attributes = Files.readAttributes(temporary, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Tidying is a courtesy; the write itself does not depend on it.
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
