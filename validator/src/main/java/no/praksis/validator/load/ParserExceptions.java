package no.praksis.validator.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import no.praksis.validator.Position;

/**
 * The second step of loading, where it fails: what SnakeYAML throws on a text it cannot compose,
 * told as a {@code parse} finding at the place a person would fix (the mistake behind a syntax error
 * is {@link SyntaxProblem}'s). Whatever the parser throws is a finding, never a failure of the run.
 */
final class ParserExceptions {

    private ParserExceptions() {
    }

    /**
     * The finding for {@code e}, thrown while composing {@code text}; {@code last} is the last event
     * the parser read, or null before the first.
     *
     * @throws LimitExceeded for SnakeYAML's own limit on aliases, a limit like the loader's others
     */
    static LoadedDocument finding(RuntimeException e, TextDecoder.DecodedText text, Event last, LoadLimits limits) {
        List<String> lines = text.lines();
        if (e instanceof MarkedYamlEngineException marked) {
            Optional<Mark> mark = marked.getProblemMark().isPresent() ? marked.getProblemMark()
                    : marked.getContextMark();
            if (String.valueOf(marked.getMessage()).contains("single document")) {
                return LoadedDocument.failed(lines, "several-documents", YamlLoader.position(mark), Map.of());
            }
            SyntaxProblem syntax = SyntaxProblem.of(marked.getContext(), marked.getProblem() == null
                    ? String.valueOf(marked.getMessage()) : marked.getProblem());
            if (syntax.variant().equals("syntax-unclosed-quote") && marked.getContextMark().isPresent()) {
                // A quote that is never closed is found at the end of the file; the fix is where it opens.
                mark = marked.getContextMark();
            }
            Position at = YamlLoader.position(mark);
            if (List.of("syntax-indentation", "syntax-colon", "syntax").contains(syntax.variant())) {
                // unit:"OsloMet" is one text to YAML, and the parser fails at a later line: the mistake is the colon's.
                Optional<MissingSpace.Found> space = MissingSpace.before(lines, at.line());
                if (space.isPresent()) {
                    return LoadedDocument.failed(lines, MissingSpace.VARIANT, space.get().at(), space.get().args());
                }
            }
            return LoadedDocument.failed(lines, syntax.variant(), at, syntax.args());
        }
        if (e instanceof ReaderException reader) {
            // A character YAML does not allow (a control character, as in binary data).
            return LoadedDocument.failed(lines, "syntax-control-character",
                    text.positionOfCodePoint(reader.getPosition()),
                    Map.of("character", ContractText.describe(reader.getCodePoint())));
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof YamlEngineException && message.contains("aliases")) {
            throw LimitExceeded.aliases(null, limits);
        }
        // SnakeYAML throws a few plain exceptions on malformed input (IllegalArgumentException for a
        // tag such as !%0, found by fuzzing). Whatever the parser cannot take is a syntax error at
        // the last event it read.
        return LoadedDocument.failed(lines, "syntax", last == null ? null : YamlLoader.position(last.getStartMark()),
                Map.of("problem", SyntaxProblem.sentence(message)));
    }
}
