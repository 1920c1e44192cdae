package no.praksis.validator.git;

/**
 * An agreement file as it was at a git revision.
 *
 * @param name     the argument as the user wrote it ({@code HEAD~1:avtaler/x.yaml}), so that a report
 *                 names the old version the way the user asked for it
 * @param revision the commit the revision resolved to (40 hex digits), so that a report stays true
 *                 after a branch has moved on
 * @param bytes    the file's content, undecoded: it is read as any agreement file is
 */
public record RevisionFile(String name, String revision, byte[] bytes) {
}
