package no.praksis.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds the agreement files under a directory: every {@code *.yaml} and {@code *.yml}, in a stable
 * order. Hidden files and directories (a name starting with a dot: {@code .git}, {@code .github},
 * {@code .gitlab-ci.yml}, {@code .pre-commit-config.yaml}) hold tooling, not agreements, and are
 * skipped; a hidden file named on the command line is still validated.
 */
public final class AgreementFiles {

    private AgreementFiles() {
    }

    /** True when {@code file} has an agreement file's extension. */
    public static boolean isAgreementFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    /**
     * The agreement files under {@code directory}, sorted by path. Symbolic links are followed. An
     * entry that cannot be visited is listed too, whatever its name, so that validating it reports
     * why rather than the run passing it over in silence: a link back into a directory already being
     * walked (a loop, which is not followed), a directory that cannot be opened or listed. Hidden
     * entries are skipped as always.
     */
    public static List<Path> under(Path directory) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return !dir.equals(directory) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (isAgreementFile(file) && !isHidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A loop or an unreadable entry, perhaps a directory of agreements: listed,
                            // so that it is reported as something that cannot be read.
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }
}
