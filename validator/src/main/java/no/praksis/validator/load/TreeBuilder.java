package no.praksis.validator.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.validator.Detection;
import no.praksis.validator.Position;
import no.praksis.validator.schema.SchemaNavigator;

/**
 * The third step of loading: a composed YAML tree to a JSON tree in which every node knows its
 * line, column and JSON Pointer ({@link SourceMap}), within the limits on what aliases expand to.
 * One builder builds one tree.
 *
 * <p>An alias is expanded where it stands, so that every place holds its value, but the node it
 * refers to is checked once however many aliases there are: the scan for forbidden characters,
 * the typing of a plain scalar and the JSON value it gives are kept per node. What the loader
 * finds about how a value is written (a control character, a character the contract cannot
 * draw, text to quote, a duplicate key) is reported once, where the value is written; what is
 * found about a place (by the schema, later) is reported at that place, at the alias that fills it. The text of all places together is
 * bounded ({@link LoadLimits#maxExpandedLength()}), so that what each place costs after loading
 * is bounded too.
 */
final class TreeBuilder {

    /** What the format expects at a place, as far as the reading of a plain scalar depends on it. */
    private enum Expectation { TEXT, DATE, WHOLE_NUMBER, ANY }

    private final SchemaNavigator schema;
    private final LoadLimits limits;
    private final SourceMap sourceMap = new SourceMap();
    private final List<Detection> detections = new ArrayList<>();
    private final AliasPlaces aliases;
    private int nodes;
    private long characters;
    /** Nodes whose own findings have been made: each is checked once, however often it is reached. */
    private final Set<Node> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Scalars reported as text to quote: once for a node, whichever place reads it as text first. */
    private final Set<Node> quoted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Scalars whose characters have been checked against the contract's fonts, at a place the contract shows. */
    private final Set<Node> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How many distinct characters of one kind a finding names; more are marked with an ellipsis. */
    private static final int MAX_NAMED = 3;
    /** The JSON value of each scalar, by {@link Expectation}: read once, shared by every place. */
    private final Map<Node, JsonNode[]> values = new IdentityHashMap<>();

    TreeBuilder(SchemaNavigator schema, LoadLimits limits, AliasPlaces aliases) {
        this.schema = schema;
        this.limits = limits;
        this.aliases = aliases;
    }

    /** The JSON tree of the document whose root is {@code root}. */
    JsonNode build(Node root) {
        return convert(root, "", schema.root(), 0, null);
    }

    /** Where each node of the tree built stands in the file. */
    SourceMap sourceMap() {
        return sourceMap;
    }

    /**
     * What was found about how keys and values are written (control characters, characters the
     * contract cannot draw, text to quote, duplicate keys).
     */
    List<Detection> detections() {
        return detections;
    }

    /**
     * The JSON value of {@code node} at {@code pointer}. {@code alias} is where the alias stands
     * whose expansion this node is part of, or null when the node is reached where it is written.
     */
    private JsonNode convert(Node node, String pointer, JsonNode subschema, int depth, Position alias) {
        Position at = alias != null ? alias : YamlLoader.position(node.getStartMark());
        // Aliases share nodes, so the expanded tree can be far larger and deeper than the text.
        if (++nodes > limits.maxNodes()) {
            throw LimitExceeded.aliases(at, limits);
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
                Position itemAt = itemAlias != null ? itemAlias : YamlLoader.position(items.get(i).getStartMark());
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
            Position keyAt = keyAlias != null ? keyAlias : YamlLoader.position(keyNode.getStartMark());
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
                    : valueAlias != null ? valueAlias : YamlLoader.position(value.getStartMark()));
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
        Position written = YamlLoader.position(scalar.getStartMark());
        if (checked.add(scalar)) {
            ContractText.firstForbidden(text).ifPresent(character -> detections.add(new Detection(
                    "YAML-CONTROL-CHARACTER", null, pointer, written,
                    Map.of("character", ContractText.describe(character)))));
        }
        if (reachesContract(pointer) && drawn.add(scalar)) {
            undrawable(text, pointer, written);
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

    /**
     * Whether the value at {@code pointer} is part of what the contract shows: all but
     * {@code extensions}, which is for local tools and never printed. (No key reaches the contract
     * either: every key outside {@code extensions} is one of the format's, or an error.)
     */
    private static boolean reachesContract(String pointer) {
        return !(pointer.equals("/extensions") || pointer.startsWith("/extensions/"));
    }

    /**
     * Reports the characters of {@code text} that the contract cannot show as written
     * ({@link Drawable}): one finding for each kind of problem, naming the first
     * {@value #MAX_NAMED} distinct characters of that kind, so that a line of Chinese or Arabic is one
     * finding and not fifty. The control characters are YAML-CONTROL-CHARACTER's alone.
     */
    private void undrawable(String text, String pointer, Position written) {
        Map<Drawable.Problem, List<Integer>> found = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Drawable.Problem problem = ContractText.forbidden(c) ? null : Drawable.problem(c);
            if (problem == null) {
                continue;
            }
            if (found == null) {
                found = new EnumMap<>(Drawable.Problem.class);
            }
            List<Integer> characters = found.computeIfAbsent(problem, p -> new ArrayList<>());
            if (characters.size() <= MAX_NAMED && !characters.contains(c)) {
                characters.add(c);
            }
        }
        if (found == null) {
            return;
        }
        for (Map.Entry<Drawable.Problem, List<Integer>> problem : found.entrySet()) {
            List<Integer> characters = problem.getValue();
            StringBuilder named = new StringBuilder();
            for (int k = 0; k < Math.min(characters.size(), MAX_NAMED); k++) {
                named.append(k == 0 ? "" : ", ").append(ContractText.describe(characters.get(k)));
            }
            if (characters.size() > MAX_NAMED) {
                named.append(", …");
            }
            detections.add(new Detection("YAML-UNDRAWABLE-CHARACTER", problem.getKey().variant(), pointer, written,
                    Map.of("characters", named.toString())));
        }
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
            throw LimitExceeded.of("too-long-number", written, LoadLimits.MAX_NUMBER_LENGTH, text.length());
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
            detections.add(new Detection("YAML-QUOTE-TEXT", reading.name().toLowerCase(Locale.ROOT),
                    pointer, written,
                    Map.of("value", text, "number", ScalarReading.coreValue(text).asString(),
                            "boolean", String.valueOf(text.matches("(?i)y|yes|on|true")))));
        }
        return JsonNodeFactory.instance.textNode(text);
    }
}
