package no.praksis.validator.report;

import java.io.IOException;

import no.praksis.validator.FileReport;
import no.praksis.validator.Tally;

/**
 * A report written as the run goes: each file's part as soon as the file is checked, then the end.
 * Nothing of a file need be kept once its part is written, so a run over twenty thousand files needs
 * no more memory than one over twenty.
 */
public interface ReportWriter {

    /** Writes the part about {@code file}. */
    void file(FileReport file) throws IOException;

    /** Writes what follows the files (a summary, closing brackets) and flushes. */
    void end(Tally tally) throws IOException;
}
