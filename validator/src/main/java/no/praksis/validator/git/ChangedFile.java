package no.praksis.validator.git;

import java.nio.file.Path;

/**
 * An agreement file that differs between a revision and the working tree.
 *
 * @param path     the file on disk, where its new version is read; for a deleted file where it was
 * @param oldName  the old version's name as {@code REV:path}, with the path relative to the current
 *                 folder, so that it can be given back to {@link GitRevisions#read}; {@code null}
 *                 when the file was added
 * @param oldBytes the old version's content; {@code null} when the file was added
 * @param deleted  whether the file is gone from the working tree, so that there is no new version
 */
public record ChangedFile(Path path, String oldName, byte[] oldBytes, boolean deleted) {

    /** Whether the file is new since the revision, so that there is no old version. */
    public boolean added() {
        return oldBytes == null;
    }
}
