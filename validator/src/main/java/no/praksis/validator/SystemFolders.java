package no.praksis.validator;

import java.nio.file.Path;
import java.util.List;

/**
 * The folders whose files are the operating system's, not anyone's documents: {@code /dev},
 * {@code /proc} and {@code /sys}. Their "files" are devices, the process's own memory and
 * environment, and kernel settings; an agreement is never read from there, and a file is never
 * made there.
 */
final class SystemFolders {

    private static final List<Path> FOLDERS = List.of(Path.of("/dev"), Path.of("/proc"), Path.of("/sys"));

    private SystemFolders() {
    }

    /** True when the absolute path {@code path} lies in one of the system's folders. */
    static boolean holds(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return FOLDERS.stream().anyMatch(normal::startsWith);
    }
}
