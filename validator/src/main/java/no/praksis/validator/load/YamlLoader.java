package no.praksis.validator.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            List<String> lines = before.lines().toList();
            Position at = new Position(Math.max(1, (int) before.chars().filter(c -> c == '\n').count() + 1),
                    lines.isEmpty() || before.endsWith("\n") ? 1 : lines.get(lines.size() - 1).length() + 1);
            return failed(lines, "encoding", at, Map.of());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            // A byte order mark is allowed in YAML and says nothing about the agreement.
            text = text.substring(1);
        }
        return parse(text);
    }

    private LoadedDocument parse(String text) {
        List<String> lines = text.lines().toList();
        LoadSettings settings = LoadSettings.builder()
                .setLabel("agreement")
                .setAllowDuplicateKeys(true) // reported by the walk below, at the duplicate's line
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .build();
        Optional<Node> root;
        try {
            Composer composer = new Composer(settings, new DepthLimitedParser(
                    new ParserImpl(settings, new StreamReader(settings, text)), limits.maxDepth()));
            root = composer.getSingleNode();
        } catch (DepthLimitedParser.TooDeep e) {
            return failed(lines, "too-deep", position(e.event.getStartMark()),
                    Map.of("limit", String.valueOf(limits.maxDepth())));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            if (String.valueOf(e.getMessage()).contains("single document")) {
                return failed(lines, "several-documents", position(mark), Map.of());
            }
            return failed(lines, "syntax", position(mark), Map.of("problem", e.getProblem() == null
                    ? e.getMessage() : e.getProblem()));
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("aliases")) {
                return failed(lines, "too-many-aliases", null, Map.of("limit", String.valueOf(limits.maxAliases())));
            }
            return failed(lines, "syntax", null, Map.of("problem", message));
        }
        if (root.isEmpty()) {
            return failed(lines, "empty", null, Map.of());
        }
        Node node = root.get();
        if (!(node instanceof MappingNode)) {
            return failed(lines, node instanceof SequenceNode ? "top-level-list" : "top-level-scalar",
                    position(node.getStartMark()), Map.of());
        }
        Walk walk = new Walk();
        try {
            JsonNode tree = walk.convert(node, "", schema.root(), 0);
            return new LoadedDocument(tree, walk.sourceMap, lines, walk.detections);
        } catch (Walk.LimitExceeded e) {
            return failed(lines, e.variant, e.position, Map.of("limit", e.limit));
        }
    }

    private static LoadedDocument failed(List<String> lines, String variant, Position position,
                                         Map<String, String> args) {
        return LoadedDocument.failed(lines, variant, position, args);
    }

    private static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.START);
    }

    /** One conversion of a composed YAML tree into a JSON tree with positions. */
    private final class Walk {

        private static final class LimitExceeded extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final String variant;
            final transient Position position;
            final String limit;

            LimitExceeded(String variant, Position position, long limit) {
                super(null, null, false, false);
                this.variant = variant;
                this.position = position;
                this.limit = String.valueOf(limit);
            }
        }

        final SourceMap sourceMap = new SourceMap();
        final List<Detection> detections = new ArrayList<>();
        private int nodes;

        JsonNode convert(Node node, String pointer, JsonNode subschema, int depth) {
            Position at = position(node.getStartMark());
            // Aliases share nodes, so the expanded tree can be far larger and deeper than the text.
            if (++nodes > limits.maxNodes()) {
                throw new LimitExceeded("too-many-aliases", at, limits.maxAliases());
            }
            if (depth > limits.maxDepth()) {
                throw new LimitExceeded("too-deep", at, limits.maxDepth());
            }
            if (pointer.isEmpty()) {
                sourceMap.putNode(pointer, at);
            }
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, pointer, subschema, depth);
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                JsonNode itemSchema = schema.items(subschema);
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    String child = pointer + "/" + i;
                    sourceMap.putNode(child, position(items.get(i).getStartMark()));
                    array.add(convert(items.get(i), child, itemSchema, depth + 1));
                }
                return array;
            }
            return scalar((ScalarNode) node, pointer, subschema);
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, JsonNode subschema, int depth) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Position keyAt = position(keyNode.getStartMark());
                String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null) {
                    detections.add(new Detection("parse", "complex-key", pointer, keyAt, Map.of()));
                    continue;
                }
                String child = pointer + "/" + SourceMap.escape(key);
                Position first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    detections.add(new Detection("YAML-DUPLICATE-KEY", null, child, keyAt,
                            Map.of("key", key, "firstLine", String.valueOf(first.line()))));
                    continue;
                }
                Node value = tuple.getValueNode();
                sourceMap.putKey(child, keyAt);
                boolean collection = value instanceof MappingNode || value instanceof SequenceNode;
                sourceMap.putNode(child, collection ? keyAt : position(value.getStartMark()));
                object.set(key, convert(value, child, schema.property(subschema, key), depth + 1));
            }
            return object;
        }

        private JsonNode scalar(ScalarNode scalar, String pointer, JsonNode subschema) {
            String text = scalar.getValue();
            boolean explicitText = !scalar.isResolved() && Tag.STR.equals(scalar.getTag());
            if (scalar.getScalarStyle() != ScalarStyle.PLAIN || explicitText) {
                return JsonNodeFactory.instance.textNode(text);
            }
            if (!schema.expectsText(subschema)) {
                return ScalarReading.coreValue(text);
            }
            ScalarReading.Kind reading = ScalarReading.ambiguity(text, schema.expectsDate(subschema));
            if (reading == ScalarReading.Kind.NULL) {
                return JsonNodeFactory.instance.nullNode();
            }
            if (reading != ScalarReading.Kind.TEXT) {
                detections.add(new Detection("YAML-QUOTE-TEXT", reading.name().toLowerCase(java.util.Locale.ROOT),
                        pointer, position(scalar.getStartMark()),
                        Map.of("value", text, "number", ScalarReading.coreValue(text).asString(),
                                "boolean", String.valueOf(text.matches("(?i)y|yes|on|true")))));
            }
            return JsonNodeFactory.instance.textNode(text);
        }
    }
}
