package no.praksis.cli;

import java.nio.file.Path;

import no.praksis.validator.FileReport;
import no.praksis.validator.Validator;
import no.praksis.validator.git.GitProblem;
import no.praksis.validator.git.GitRevisions;

/**
 * One version of an agreement as {@code diff} and {@code render --changes-from} are given it: a file,
 * or {@code REV:PATH}, the file as it was at a git revision.
 */
final class AgreementVersion {

    private AgreementVersion() {
    }

    /** A version that could not be read, with the report that says why. */
    static final class Unread extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient FileReport report;

        Unread(FileReport report) {
            super(report.path(), null, false, false);
            this.report = report;
        }

        FileReport report() {
            return report;
        }
    }

    /** The bytes of {@code argument}, within the validator's size limit. */
    static byte[] read(Validator validator, String argument) throws GitProblem, Unread {
        if (GitRevisions.isRevisionPath(argument)) {
            return GitRevisions.read(argument, validator.limits().maxBytes()).bytes();
        }
        Validator.Content content = validator.read(Path.of(argument), argument);
        if (!content.readable()) {
            throw new Unread(content.problem());
        }
        return content.bytes();
    }
}
