package no.praksis.validator.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import tools.jackson.databind.JsonNode;

import no.praksis.validator.Detection;
import no.praksis.validator.Position;
import no.praksis.validator.schema.SchemaNavigator;

/**
 * Reads an agreement file into a JSON tree in which every node knows its line, column and JSON
 * Pointer. Problems a user can cause (bad syntax, encoding, duplicate keys, unquoted text, limits)
 * become {@link Detection}s, never exceptions.
 *
 * <p>Loading has three steps, each in its own class: decoding the bytes to text
 * ({@link TextDecoder}), composing the text with SnakeYAML, whose exceptions {@link ParserExceptions}
 * tells as findings, and building the tree ({@link TreeBuilder}). A limit exceeded in any of them is
 * a {@link LimitExceeded}, made a finding here.
 */
public final class YamlLoader {

    private final SchemaNavigator schema;
    private final LoadLimits limits;

    public YamlLoader(SchemaNavigator schema, LoadLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    public LoadedDocument load(byte[] bytes) {
        TextDecoder.DecodedText text;
        try {
            text = TextDecoder.decode(bytes, limits);
        } catch (TextDecoder.NotUtf8 e) {
            return e.document();
        } catch (LimitExceeded e) {
            // Found before the text is split into lines: no line is shown.
            return e.document(List.of());
        }
        try {
            return parse(text);
        } catch (LimitExceeded e) {
            return e.document(text.lines());
        }
    }

    /**
     * The settings SnakeYAML reads an agreement of {@code length} characters with; public for the
     * benchmark of the bare parse (bench's ParseFloor), which must read as the loader does.
     */
    public static LoadSettings settings(LoadLimits limits, int length) {
        return LoadSettings.builder()
                .setLabel("agreement")
                .setAllowDuplicateKeys(true) // reported by TreeBuilder, at the duplicate's line
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true) // reported by TreeBuilder as complex-key, at the key
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                // The text is read in one piece. With the default 1 KiB buffer the reader copies the
                // token it is in for every kilobyte more it reads, and a 4 MB word takes seconds.
                .setBufferSize(Math.max(1024, length + 1))
                .build();
    }

    /** The agreement in {@code text}: composed by SnakeYAML within the limits, then built into the tree. */
    private LoadedDocument parse(TextDecoder.DecodedText text) {
        LoadSettings settings = settings(limits, text.text().length());
        BoundedParser parser = new BoundedParser(new ParserImpl(settings, new StreamReader(settings, text.text())),
                limits);
        Optional<Node> root;
        try {
            root = new Composer(settings, parser).getSingleNode();
        } catch (LimitExceeded e) {
            // Made a finding in load, as every other limit is.
            throw e;
        } catch (RuntimeException e) {
            return ParserExceptions.finding(e, text, parser.last(), limits);
        }
        if (root.isEmpty()) {
            return LoadedDocument.failed(text.lines(), "empty", null, Map.of());
        }
        Node node = root.get();
        if (!(node instanceof MappingNode)) {
            return LoadedDocument.failed(text.lines(), node instanceof SequenceNode ? "top-level-list"
                    : "top-level-scalar", position(node.getStartMark()), Map.of());
        }
        TreeBuilder builder = new TreeBuilder(schema, limits, AliasPlaces.of(node, parser.aliases()));
        JsonNode tree = builder.build(node);
        return new LoadedDocument(tree, builder.sourceMap(), text.lines(), builder.detections());
    }

    /** The line and column of {@code mark}, counted from 1; the start of the file when there is none. */
    static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.START);
    }
}
