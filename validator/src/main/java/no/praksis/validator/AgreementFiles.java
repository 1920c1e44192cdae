package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agreement files on disk: which files under a directory are agreements, and what of one may be
 * read (links, their boundary and their loops, special files, size). Finding and reading follow
 * one policy, so it stands in one place.
 *
 * <p>The agreement files under a directory are every {@code *.yaml} and {@code *.yml}, in a stable
 * order. Hidden files and directories (a name starting with a dot: {@code .git}, {@code .github},
 * {@code .gitlab-ci.yml}, {@code .pre-commit-config.yaml}) hold tooling, not agreements, and are
 * skipped; a hidden file named on the command line is still validated.
 */
public final class AgreementFiles {

    private AgreementFiles() {
    }

    /** True when {@code file} has an agreement file's extension. */
    public static boolean isAgreementFile(Path file) {
        return isAgreementFile(file.getFileName().toString());
    }

    /** True when a file named {@code name} is an agreement file: also for a name no path on this system may have, as in git. */
    public static boolean isAgreementFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * Where an agreement reached through a symbolic link may lie: inside {@code root} (a real path),
     * and not in a hidden folder there such as {@code .git}. A file reached without any link is not
     * judged by it: whoever named it, or put it in the folder named, chose it.
     *
     * @param root the real path of the folder, or null when no link may be followed at all
     */
    public record Boundary(Path root) {

        /** Follows no link. */
        public static final Boundary NONE = new Boundary(null);

        /** The boundary at the folder {@code folder}: its real path; none for the file system's root. */
        public static Boundary at(Path folder) {
            try {
                Path real = folder.toRealPath();
                return real.getParent() == null ? NONE : new Boundary(real);
            } catch (IOException | SecurityException e) {
                return NONE;
            }
        }

        /** True when the file at the real path {@code real} lies within the boundary. */
        public boolean holds(Path real) {
            if (root == null || !real.startsWith(root)) {
                return false;
            }
            for (Path part : root.relativize(real)) {
                if (part.toString().startsWith(".")) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The boundary for a file or folder named by the user (on the command line, say). It is the git
     * repository that holds it (the nearest folder above it with a {@code .git}): a link committed to
     * it, or a linked folder a shell's {@code agreements/*}{@code /*.yaml} passes through, must not lead
     * out of it. Outside a repository it is the folder named, which the caller chose even if it is a
     * link; for a file, the working folder when the file lies in it, otherwise the file's folder.
     * Never the file system's root, the working folder of many containers: there it follows no link.
     */
    public static Boundary boundaryOf(Path given) {
        Path lexical = given.toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(lexical);
        for (Path above = folder ? lexical : lexical.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Boundary.at(above);
            }
        }
        if (folder) {
            return Boundary.at(lexical);
        }
        Path workingFolder = Path.of("").toAbsolutePath();
        return Boundary.at(lexical.startsWith(workingFolder) && workingFolder.getParent() != null
                ? workingFolder : lexical.getParent());
    }

    /**
     * Why an agreement file was not read, as a {@code parse} variant and the arguments of its
     * message. A checked exception: whoever reads a file must make it a finding, never let it through.
     */
    public static final class NotRead extends Exception {
        private static final long serialVersionUID = 1L;
        private final String variant;
        private final transient Map<String, String> args;

        NotRead(String variant, Map<String, String> args) {
            super(variant, null, false, false);
            this.variant = variant;
            this.args = Map.copyOf(args);
        }

        NotRead(String variant) {
            this(variant, Map.of());
        }

        /** A file or stream the operating system would not let be read, with its reason. */
        public static NotRead unreadable(IOException e) {
            String problem = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new NotRead("unreadable", Map.of("problem", problem));
        }

        /** The variant of the {@code parse} finding. */
        public String variant() {
            return variant;
        }

        /** The arguments of the finding's message. */
        public Map<String, String> args() {
            return args;
        }
    }

    /**
     * The bytes of an agreement file, read as everything that takes one from disk must: the file is
     * judged before it is opened (opening a named pipe would wait for a writer, and a device such as
     * /dev/zero has no end), only a regular file within {@code maxBytes} is opened, it is read no
     * further than the limit, and a link is followed only to a file within {@code boundary}.
     *
     * @throws NotRead whatever stands in the way
     */
    public static byte[] read(Path file, Boundary boundary, long maxBytes) throws NotRead {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NotRead(Files.isSymbolicLink(file) ? "dangling-link" : "missing");
        } catch (FileSystemException e) {
            throw isLinkCycle(e) ? new NotRead("link-cycle") : NotRead.unreadable(e);
        } catch (IOException e) {
            throw NotRead.unreadable(e);
        }
        boolean link = Files.isSymbolicLink(file);
        if (attributes.isDirectory()) {
            throw new NotRead(!link ? "directory" : isLinkLoop(file) ? "link-loop" : "link-to-folder");
        }
        Optional<String> refusal = refusal(file, attributes, boundary);
        if (refusal.isPresent()) {
            throw new NotRead(refusal.get());
        }
        if (attributes.size() > maxBytes) {
            // Judged before reading, so that a huge file is never loaded into memory.
            throw new NotRead("too-large",
                    Map.of("size", String.valueOf(attributes.size()), "limit", String.valueOf(maxBytes)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, maxBytes);
        } catch (IOException e) {
            throw NotRead.unreadable(e);
        }
    }

    /**
     * The bytes of an agreement read from {@code in} no further than {@code maxBytes} and one byte: a
     * stream longer than the limit (standard input, a file that grew while it was read) is not read
     * to its end. The stream is not closed.
     *
     * @throws NotRead when the stream is longer than the limit
     */
    public static byte[] read(InputStream in, long maxBytes) throws IOException, NotRead {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw new NotRead("too-large-stream", Map.of("limit", String.valueOf(maxBytes)));
        }
        return content;
    }

    /**
     * True when the operating system gave up following {@code file}'s symbolic links ("too many
     * levels of symbolic links"): links that lead to one another in a ring, never to a file.
     */
    private static boolean isLinkCycle(FileSystemException e) {
        return e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic links");
    }

    /**
     * True when the directory {@code file} is one of the directories above it on its own path,
     * reached again through a symbolic link: following it would never end. A directory walk lists such
     * an entry rather than following it.
     */
    private static boolean isLinkLoop(Path file) {
        try {
            Path real = file.toRealPath();
            for (Path above = file.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
                if (above.toRealPath().equals(real)) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    /**
     * Why the file {@code file}, of {@code attributes} (its links followed), may not be read, as a
     * {@code parse} variant; empty when it may. Each folder on the way counts, not only the file's
     * own name: the file's real path is compared with the path it was named by, and a file reached
     * through any link must lie within {@code boundary}. Nothing in /proc, /sys or /dev is read.
     */
    private static Optional<String> refusal(Path file, BasicFileAttributes attributes, Boundary boundary) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            return Optional.of("link-outside");
        }
        Path named = file.toAbsolutePath().normalize();
        // Named in the system's folders (/proc/self/environ, whose /proc/self is itself a link): said
        // as such. Led there, or anywhere outside, by a link: a link that leads out.
        if (SystemFolders.holds(named) && SystemFolders.holds(real)) {
            return Optional.of(attributes.isRegularFile() ? "system-file" : "special-file");
        }
        boolean throughLink = !real.equals(named);
        if (throughLink && (SystemFolders.holds(real) || !boundary.holds(real))) {
            return Optional.of("link-outside");
        }
        if (!attributes.isRegularFile()) {
            return Optional.of("special-file");
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    /**
     * What the file {@code file} is on disk, whatever path or chain of links named it: its real path,
     * or, when that cannot be known (the file is missing, or a link leads nowhere), its absolute path.
     */
    public static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * {@code files} with each file on disk once, where it was first named: a link such as
     * {@code gjeldende.yaml} to a file also named is the same agreement, not a second one.
     */
    public static List<Path> distinct(List<Path> files) {
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(file -> seen.add(identity(file))).toList();
    }

    /**
     * The agreement files under {@code directory}, sorted by path. Symbolic links inside the tree
     * are not followed out of it: the tree is what the caller asked to have checked, and a link
     * placed in it by someone else must not make the run read, and its report show, files elsewhere
     * on the machine. A link to an agreement file is listed (validation judges where it leads,
     * {@link #read}); a link to a folder inside the tree is passed over, since that folder
     * is walked anyway; a link to a folder above it (a loop) or outside the tree is listed, so that
     * it is reported as not followed. An entry that cannot be visited (a folder that cannot be
     * opened or whose listing breaks off) is listed too, whatever its name. Hidden entries are
     * skipped as always.
     */
    public static List<Path> under(Path directory) {
        List<Path> files = new ArrayList<>();
        try {
            // The folder named may itself be a link: the caller chose it, so it is walked where it
            // leads, and the files are still named under the name the caller gave.
            Path start = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
            Path realStart = start.toRealPath();
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return !dir.equals(start) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (isHidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
                                if (!insideWithoutLooping(file, realStart)) {
                                    files.add(file);
                                }
                            } else if (isAgreementFile(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // An entry that cannot be read, perhaps a folder of agreements: listed, so
                            // that it is reported as something that cannot be read.
                            if (!isHidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            // A directory whose listing broke off part way: what was found is kept, and
                            // the directory is listed to be reported.
                            if (e != null && !files.contains(dir)) {
                                files.add(dir);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
            List<Path> named = new ArrayList<>();
            for (Path file : files) {
                named.add(start == directory ? file : directory.resolve(start.relativize(file)));
            }
            named.sort(null);
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when the folder the link {@code link} leads to lies inside the tree at {@code root} and is
     * not one of the link's own ancestors: the walk reaches it anyway, and the link adds nothing.
     */
    private static boolean insideWithoutLooping(Path link, Path root) {
        try {
            Path target = link.toRealPath();
            Path above = link.toAbsolutePath().getParent().toRealPath();
            return target.startsWith(root) && !above.startsWith(target);
        } catch (IOException e) {
            return false;
        }
    }
}
