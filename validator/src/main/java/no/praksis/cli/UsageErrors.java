package no.praksis.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import no.praksis.validator.Texts;

/**
 * A wrong call, said in the user's language: picocli's own messages ("Unknown option: '--x'") are
 * English only, so each kind of mistake is told from what picocli found, and the commands' own
 * usage errors (already in the bundle's language) are said as they are. Exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine line = exception.getCommandLine();
        Texts texts = Texts.of(line.getResourceBundle());
        line.getErr().println(message(exception, texts));
        line.getErr().println(texts.get("error.help", "command", line.getCommandSpec().qualifiedName()));
        return 2;
    }

    private static String message(CommandLine.ParameterException exception, Texts texts) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String said = texts.get("error.unmatched", "args", String.join(" ", unmatched.getUnmatched()));
            // picocli's guesses at what was meant, from the commands and options there are.
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? said : said + " " + texts.get("error.suggestion", "suggestions",
                    String.join(" / ", suggestions));
        }
        if (exception instanceof CommandLine.MissingParameterException missing) {
            return texts.get("error.missing", "names", String.join(", ", missing.getMissing().stream()
                    .map(UsageErrors::wanted).toList()));
        }
        if (exception instanceof CommandLine.OverwrittenOptionException overwritten) {
            return texts.get("error.overwritten", "option", name(overwritten.getOverwritten()));
        }
        ArgSpec arg = exception.getArgSpec();
        if (arg != null && exception.getValue() != null) {
            // A value picocli could not convert: what was given, and what would do.
            String said = texts.get("error.invalid", "value", exception.getValue(), "option", name(arg));
            if (arg.completionCandidates() != null) {
                List<String> choices = StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
                said += " " + texts.get("error.choices", "choices", String.join(", ", choices));
            } else if (arg.type() == LocalDate.class) {
                said += " " + texts.get("error.date");
            }
            return said;
        }
        // The commands' own usage errors, already in the user's language.
        return "praksis: " + exception.getMessage();
    }

    /** What a missing argument is called: an option with its value's label, or the parameter's label. */
    private static String wanted(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.arity().max() > 0
                ? option.longestName() + "=" + option.paramLabel() : name(arg);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
