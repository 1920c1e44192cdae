package no.praksis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import no.praksis.validator.Texts;
import no.praksis.validator.load.LoadLimits;

/** {@code --max-file-size}, for every command that reads agreements as {@code validate} does. */
final class FileSizeLimit {

    // The bundle's text names the upper bound, LoadLimits.MAX_MAX_BYTES; a test holds them together.
    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + LoadLimits.DEFAULT_MAX_BYTES,
            descriptionKey = "validate.maxFileSize")
    long maxFileSize;

    /** The limits the agreements are read with; a size out of range is a wrong call. */
    LoadLimits limits(CommandLine.Model.CommandSpec spec, Texts texts) {
        if (maxFileSize < 1 || maxFileSize > LoadLimits.MAX_MAX_BYTES) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("validate.maxFileSizeRange",
                    "max", LoadLimits.MAX_MAX_BYTES, "value", maxFileSize));
        }
        return LoadLimits.DEFAULT.withMaxBytes(maxFileSize);
    }
}
