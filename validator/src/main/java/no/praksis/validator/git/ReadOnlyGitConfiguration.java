package no.praksis.validator.git;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from writing into the user's home folder: on first use it records how finely the file
 * system keeps time in {@code ~/.config/jgit/config}, a file the user never asked praksis to write.
 * Here that measure lives in memory for the run. The user's and the system's git configuration are
 * still read, never written. JGit holds this setting for all the code that shares its classes: the
 * command line sets it for its JVM, the Maven plugin for the JGit classes of its own class realm.
 */
public final class ReadOnlyGitConfiguration {

    private static boolean installed;

    private ReadOnlyGitConfiguration() {
    }

    /** Installs it for this JVM; once is enough, and a second call changes nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new InMemory(parent, fs);
            }
        });
        installed = true;
    }

    /** A configuration that is never loaded from or saved to a file. */
    private static final class InMemory extends FileBasedConfig {

        InMemory(Config parent, FS fs) {
            super(parent, null, fs);
        }

        @Override
        public void load() {
            // Nothing to read: the measure is made anew in each run.
        }

        @Override
        public void save() {
            // Nothing written: see the class.
        }

        @Override
        public boolean isOutdated() {
            return false;
        }
    }
}
