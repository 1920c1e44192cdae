package no.praksis.validator.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.validator.Detection;
import no.praksis.validator.Position;
import no.praksis.validator.schema.SchemaNavigator;

/**
 * Reads an agreement file into a JSON tree in which every node knows its line, column and JSON
 * Pointer. Problems a user can cause (bad syntax, encoding, duplicate keys, unquoted text, limits)
 * become {@link Detection}s, never exceptions.
 */
public final class YamlLoader {

    /**
     * Lines kept for showing a finding in context are cut at this many characters, so that a report
     * never prints megabytes of one line (a huge scalar, a whole document in flow style).
     */
    static final int MAX_SHOWN_LINE = 1000;

    private final SchemaNavigator schema;
    private final LoadLimits limits;

    public YamlLoader(SchemaNavigator schema, LoadLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    public LoadedDocument load(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return failed(List.of(), "too-large", null,
                    Map.of("size", String.valueOf(bytes.length), "limit", String.valueOf(limits.maxBytes())));
        }
        int malformed = malformedAt(bytes);
        if (malformed >= 0) {
            return notUtf8(new String(bytes, 0, malformed, StandardCharsets.UTF_8));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            // A byte order mark is allowed in YAML and says nothing about the agreement.
            text = text.substring(1);
        }
        return parse(text);
    }

    /** The offset of the first byte that is not well-formed UTF-8, or -1 when all are. */
    private static int malformedAt(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Decoded a piece at a time and thrown away: the text itself is made once, afterwards.
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            out.clear();
            if (result.isUnderflow()) {
                return -1;
            }
        }
    }

    /** The finding for a file that is not UTF-8, at the line and column of the first bad byte. */
    private LoadedDocument notUtf8(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String last = before.substring(lineStart);
        Position at = new Position(line, last.length() + 1);
        // Only the offending line is shown; the lines before it are not needed.
        List<String> lines = line > limits.maxLines() ? List.of()
                : shown(Stream.concat(Collections.nCopies(line - 1, "").stream(), Stream.of(last)).toList());
        return failed(lines, "encoding", at, Map.of());
    }

    private LoadedDocument parse(String text) {
        int lineCount = lineCount(text);
        if (lineCount > limits.maxLines()) {
            // Judged before the lines are split out: a file of a million empty comments would
            // otherwise take a hundred megabytes as line strings.
            return failed(List.of(), "too-many-lines", new Position(limits.maxLines() + 1, 1),
                    Map.of("lines", String.valueOf(lineCount), "limit", String.valueOf(limits.maxLines())));
        }
        List<String> lines = shown(text.lines().toList());
        LoadSettings settings = LoadSettings.builder()
                .setLabel("agreement")
                .setAllowDuplicateKeys(true) // reported by the walk below, at the duplicate's line
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true) // reported by the walk below as complex-key, at the key
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                // The text is read in one piece. With the default 1 KiB buffer the reader copies the
                // token it is in for every kilobyte more it reads, and a 4 MB word takes seconds.
                .setBufferSize(Math.max(1024, text.length() + 1))
                .build();
        Optional<Node> root;
        BoundedParser parser = new BoundedParser(new ParserImpl(settings, new StreamReader(settings, text)), limits);
        try {
            root = new Composer(settings, parser).getSingleNode();
        } catch (BoundedParser.LimitExceeded e) {
            return failed(lines, e.variant, position(e.event.getStartMark()),
                    Map.of("limit", String.valueOf(e.limit), "length", String.valueOf(e.actual)));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            if (String.valueOf(e.getMessage()).contains("single document")) {
                return failed(lines, "several-documents", position(mark), Map.of());
            }
            SyntaxProblem syntax = SyntaxProblem.of(e.getContext(), e.getProblem() == null
                    ? String.valueOf(e.getMessage()) : e.getProblem());
            if (syntax.variant().equals("syntax-unclosed-quote") && e.getContextMark().isPresent()) {
                // A quote that is never closed is found at the end of the file; the fix is where it opens.
                mark = e.getContextMark();
            }
            return failed(lines, syntax.variant(), position(mark), syntax.args());
        } catch (ReaderException e) {
            // A character YAML does not allow (a control character, as in binary data).
            return failed(lines, "syntax-control-character", positionOfCodePoint(text, e.getPosition()),
                    Map.of("character", ContractText.describe(e.getCodePoint())));
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("aliases")) {
                return failed(lines, "too-many-aliases", null, aliasLimits());
            }
            return failed(lines, "syntax", lastPosition(parser), Map.of("problem", SyntaxProblem.sentence(message)));
        } catch (RuntimeException e) {
            // SnakeYAML throws a few plain exceptions on malformed input (IllegalArgumentException
            // for a tag such as !%0, found by fuzzing). Whatever the parser cannot take is a syntax
            // error at the last event it read, not a failure of the whole run.
            return failed(lines, "syntax", lastPosition(parser),
                    Map.of("problem", SyntaxProblem.sentence(String.valueOf(e.getMessage()))));
        }
        if (root.isEmpty()) {
            return failed(lines, "empty", null, Map.of());
        }
        Node node = root.get();
        if (!(node instanceof MappingNode)) {
            return failed(lines, node instanceof SequenceNode ? "top-level-list" : "top-level-scalar",
                    position(node.getStartMark()), Map.of());
        }
        Walk walk = new Walk(AliasPlaces.of(node, parser.aliases()));
        try {
            JsonNode tree = walk.convert(node, "", schema.root(), 0, null);
            return new LoadedDocument(tree, walk.sourceMap, lines, walk.detections);
        } catch (Walk.LimitExceeded e) {
            return failed(lines, e.variant, e.position, e.args);
        }
    }

    /** SnakeYAML's account of a syntax error: what it was doing, and what went wrong. */
    /** The line and column of the code point at {@code index} in {@code text}. */
    private static Position positionOfCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static Position lastPosition(BoundedParser parser) {
        return parser.last() == null ? null : position(parser.last().getStartMark());
    }

    private Map<String, String> aliasLimits() {
        return Map.of("limit", String.valueOf(limits.maxAliases()), "nodes", String.valueOf(limits.maxNodes()));
    }

    /** The number of lines as {@link String#lines()} counts them. */
    private static int lineCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? count : count + 1;
    }

    /**
     * The lines as shown in reports: a very long line is cut, with an ellipsis, and made printable
     * ({@link Printable}).
     */
    private static List<String> shown(List<String> lines) {
        if (lines.stream().noneMatch(line -> line.length() > MAX_SHOWN_LINE || !Printable.harmless(line))) {
            return lines;
        }
        return lines.stream().map(line -> Printable.cut(line, MAX_SHOWN_LINE)).toList();
    }

    private static LoadedDocument failed(List<String> lines, String variant, Position position,
                                         Map<String, String> args) {
        return LoadedDocument.failed(lines, variant, position, args);
    }

    static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.START);
    }

    /**
     * One conversion of a composed YAML tree into a JSON tree with positions.
     *
     * <p>An alias is expanded where it stands, so that every place holds its value, but the node it
     * refers to is checked once however many aliases there are: the scan for forbidden characters,
     * the typing of a plain scalar and the JSON value it gives are kept per node. What the loader
     * finds about how a value is written (a control character, text to quote, a duplicate key) is
     * reported once, where the value is written; what is found about a place (by the schema, later)
     * is reported at that place, at the alias that fills it. The text of all places together is
     * bounded ({@link LoadLimits#maxExpandedLength()}), so that what each place costs after loading
     * is bounded too.
     */
    private final class Walk {

        private static final class LimitExceeded extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final String variant;
            final transient Position position;
            final transient Map<String, String> args;

            LimitExceeded(String variant, Position position, Map<String, String> args) {
                super(variant, null, false, false);
                this.variant = variant;
                this.position = position;
                this.args = args;
            }
        }

        /** What the format expects at a place, as far as the reading of a plain scalar depends on it. */
        private enum Expectation { TEXT, DATE, WHOLE_NUMBER, ANY }

        final SourceMap sourceMap = new SourceMap();
        final List<Detection> detections = new ArrayList<>();
        private final AliasPlaces aliases;
        private int nodes;
        private long characters;
        /** Nodes whose own findings have been made: each is checked once, however often it is reached. */
        private final Set<Node> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Scalars reported as text to quote: once for a node, whichever place reads it as text first. */
        private final Set<Node> quoted = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The JSON value of each scalar, by {@link Expectation}: read once, shared by every place. */
        private final Map<Node, JsonNode[]> values = new IdentityHashMap<>();

        Walk(AliasPlaces aliases) {
            this.aliases = aliases;
        }

        /**
         * The JSON value of {@code node} at {@code pointer}. {@code alias} is where the alias stands
         * whose expansion this node is part of, or null when the node is reached where it is written.
         */
        JsonNode convert(Node node, String pointer, JsonNode subschema, int depth, Position alias) {
            Position at = alias != null ? alias : position(node.getStartMark());
            // Aliases share nodes, so the expanded tree can be far larger and deeper than the text.
            if (++nodes > limits.maxNodes()) {
                throw new LimitExceeded("too-many-aliases", at, aliasLimits());
            }
            if (depth > limits.maxDepth()) {
                throw new LimitExceeded("too-deep", at, Map.of("limit", String.valueOf(limits.maxDepth())));
            }
            if (pointer.isEmpty()) {
                sourceMap.putNode(pointer, at);
            }
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, pointer, subschema, depth, alias);
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                JsonNode itemSchema = schema.items(subschema);
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    Position itemAlias = alias != null ? alias : aliases.at(sequence, i);
                    Position itemAt = itemAlias != null ? itemAlias : position(items.get(i).getStartMark());
                    String child = path(pointer, String.valueOf(i), itemAt);
                    sourceMap.putNode(child, itemAt);
                    array.add(convert(items.get(i), child, itemSchema, depth + 1, itemAlias));
                }
                return array;
            }
            return scalar((ScalarNode) node, pointer, subschema, at);
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, JsonNode subschema, int depth, Position alias) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            boolean first = checked.add(mapping);
            Map<String, Position> seen = new HashMap<>();
            List<NodeTuple> tuples = mapping.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple tuple = tuples.get(i);
                Node keyNode = tuple.getKeyNode();
                Position keyAlias = alias != null ? alias : aliases.at(mapping, 2 * i);
                Position keyAt = keyAlias != null ? keyAlias : position(keyNode.getStartMark());
                String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null) {
                    if (first) {
                        detections.add(new Detection("parse", "complex-key", pointer, keyAt, Map.of()));
                    }
                    continue;
                }
                count(key, keyAt);
                String child = path(pointer, SourceMap.escape(key), keyAt);
                Position firstAt = seen.putIfAbsent(key, keyAt);
                if (firstAt != null) {
                    if (first) {
                        detections.add(new Detection("YAML-DUPLICATE-KEY", null, child, keyAt,
                                Map.of("key", key, "firstLine", String.valueOf(firstAt.line()))));
                    }
                    continue;
                }
                Node value = tuple.getValueNode();
                Position valueAlias = alias != null ? alias : aliases.at(mapping, 2 * i + 1);
                sourceMap.putKey(child, keyAt);
                boolean collection = value instanceof MappingNode || value instanceof SequenceNode;
                sourceMap.putNode(child, collection ? keyAt
                        : valueAlias != null ? valueAlias : position(value.getStartMark()));
                object.set(key, convert(value, child, schema.property(subschema, key), depth + 1, valueAlias));
            }
            return object;
        }

        /**
         * The pointer to child {@code token} of {@code pointer}, within the limit on paths: each
         * node's path is kept, so paths that grow with every level would take memory of the order of
         * the number of nodes times the length of their keys.
         */
        private String path(String pointer, String token, Position at) {
            if ((long) pointer.length() + 1 + token.length() > limits.maxPathLength()) {
                throw new LimitExceeded("too-long-path", at, Map.of("limit", String.valueOf(limits.maxPathLength())));
            }
            return pointer + "/" + token;
        }

        /** Counts {@code text} towards the limit on expanded text; {@code at} is where it is reported. */
        private void count(String text, Position at) {
            characters += text.length();
            if (characters > limits.maxExpandedLength()) {
                throw new LimitExceeded("too-long-expanded", at,
                        Map.of("limit", String.valueOf(limits.maxExpandedLength())));
            }
        }

        private JsonNode scalar(ScalarNode scalar, String pointer, JsonNode subschema, Position at) {
            String text = scalar.getValue();
            count(text, at);
            Position written = position(scalar.getStartMark());
            if (checked.add(scalar)) {
                ContractText.firstForbidden(text).ifPresent(character -> detections.add(new Detection(
                        "YAML-CONTROL-CHARACTER", null, pointer, written,
                        Map.of("character", ContractText.describe(character)))));
            }
            Expectation expected = schema.expectsDate(subschema) ? Expectation.DATE
                    : schema.expectsText(subschema) ? Expectation.TEXT
                    : schema.expectsInteger(subschema) ? Expectation.WHOLE_NUMBER : Expectation.ANY;
            JsonNode[] readings = values.computeIfAbsent(scalar, n -> new JsonNode[Expectation.values().length]);
            if (readings[expected.ordinal()] == null) {
                readings[expected.ordinal()] = read(scalar, pointer, expected, written);
            }
            JsonNode value = readings[expected.ordinal()];
            if (value.isNumber()) {
                sourceMap.putWritten(pointer, text);
            }
            return value;
        }

        /** The JSON value of {@code scalar} where {@code expected}; the first time a node is read so. */
        private JsonNode read(ScalarNode scalar, String pointer, Expectation expected, Position written) {
            String text = scalar.getValue();
            boolean explicitText = !scalar.isResolved() && Tag.STR.equals(scalar.getTag());
            if (scalar.getScalarStyle() != ScalarStyle.PLAIN || explicitText) {
                return JsonNodeFactory.instance.textNode(text);
            }
            // Also where text is expected: the finding that asks to quote it says which number it reads as.
            if (text.length() > LoadLimits.MAX_NUMBER_LENGTH && ScalarReading.core(text) == ScalarReading.Kind.NUMBER) {
                throw new LimitExceeded("too-long-number", written, Map.of("limit",
                        String.valueOf(LoadLimits.MAX_NUMBER_LENGTH), "length", String.valueOf(text.length())));
            }
            if (expected == Expectation.WHOLE_NUMBER) {
                return ScalarReading.wholeNumberValue(text);
            }
            if (expected == Expectation.ANY) {
                return ScalarReading.coreValue(text);
            }
            ScalarReading.Kind reading = ScalarReading.ambiguity(text, expected == Expectation.DATE);
            if (reading == ScalarReading.Kind.NULL) {
                return JsonNodeFactory.instance.nullNode();
            }
            if (reading != ScalarReading.Kind.TEXT && quoted.add(scalar)) {
                detections.add(new Detection("YAML-QUOTE-TEXT", reading.name().toLowerCase(java.util.Locale.ROOT),
                        pointer, written,
                        Map.of("value", text, "number", ScalarReading.coreValue(text).asString(),
                                "boolean", String.valueOf(text.matches("(?i)y|yes|on|true")))));
            }
            return JsonNodeFactory.instance.textNode(text);
        }
    }
}
