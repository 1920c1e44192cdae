package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import no.praksis.validator.AtomicFiles;
import no.praksis.validator.Texts;

/**
 * {@code --force}, and writing a file the way it allows: whole or not at all ({@link AtomicFiles}),
 * and over an existing file only when forced. Shared by the commands that write a file the user
 * names or implies (render, extract, init).
 */
final class Overwrite {

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    /** What is said when {@code file} exists and is not to be overwritten. */
    static String refusal(Object file, Texts texts) {
        return texts.get("overwrite.refused", "file", file);
    }

    /**
     * True, having said so on {@code err}, when {@code target} exists and may not be replaced: checked
     * before any work is done, so that the user hears it at once. A device or pipe (/dev/stdout) is
     * written into, not replaced, and needs no {@code --force}.
     */
    boolean refuses(Path target, PrintWriter err, Texts texts) {
        if (!force && Files.exists(target) && !AtomicFiles.writesInto(target)) {
            err.println(refusal(target, texts));
            return true;
        }
        return false;
    }

    /**
     * True, having said so on {@code err}, when {@code target} is the file the command reads,
     * {@code input}: the same path however spelt, a hard link to it or a symbolic link to it. That
     * file is never replaced, not even with {@code --force}: {@code render avtale.yaml -o avtale.yaml
     * --force} would put the contract where the only copy of the agreement was.
     *
     * @param what the key of the message, which names what {@code input} is
     *             ({@code overwrite.isAgreement}, {@code overwrite.isContract})
     */
    static boolean refusesInput(Path target, Path input, String what, PrintWriter err, Texts texts) {
        if (sameFile(target, input)) {
            err.println(texts.get(what, "target", target, "input", input));
            return true;
        }
        return false;
    }

    /** Whether {@code target} is this process's standard output (/dev/stdout, /dev/fd/1, …). */
    static boolean isStandardOutput(Path target) {
        return sameFile(target, Path.of("/proc/self/fd/1"));
    }

    /** Whether {@code a} and {@code b} are one file; false when either is not there or cannot be compared. */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            // A file that cannot be compared (gone, unreadable) is not the one being read.
            return false;
        }
    }

    /**
     * Writes {@code content} to {@code target}. Without {@code --force} a file that has appeared since
     * {@link #refuses} looked is still not replaced (the command line reports the
     * {@link java.nio.file.FileAlreadyExistsException}).
     */
    void write(Path target, byte[] content) throws IOException {
        if (force) {
            AtomicFiles.write(target, content);
        } else {
            AtomicFiles.create(target, content);
        }
    }
}
