package no.praksis.validator.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import no.praksis.validator.Position;

/**
 * Where each alias ({@code *name}) stands in the text. SnakeYAML's composer puts the very node an
 * alias refers to in the alias's place, so the composed graph says only where the anchored value is
 * written. A finding about the place an alias fills (a code where text is expected, a limit that the
 * alias's expansion exceeds) belongs where the alias is written, not at the anchor.
 *
 * <p>The text's aliases are matched, in order, with the children of the graph that a walk in the
 * order of the text reaches a second time: the first time a node is reached is where it is written
 * (an anchor always comes before its aliases), every later time is an alias.
 */
final class AliasPlaces {

    private static final AliasPlaces NONE = new AliasPlaces(Map.of());

    /** By collection, the positions of the aliases among its children (a mapping's keys and values interleaved). */
    private final Map<Node, Map<Integer, Position>> places;

    private AliasPlaces(Map<Node, Map<Integer, Position>> places) {
        this.places = places;
    }

    /**
     * The places of {@code aliases} (in the order of the text) in the graph under {@code root}. If
     * the two do not match, as when SnakeYAML has merged a mapping into another ({@code !!merge}),
     * no alias has a place of its own and findings fall back to the anchored value's position.
     */
    static AliasPlaces of(Node root, List<Optional<Mark>> aliases) {
        if (aliases.isEmpty()) {
            return NONE;
        }
        Map<Node, Map<Integer, Position>> places = new IdentityHashMap<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(root);
        Iterator<Optional<Mark>> marks = aliases.iterator();
        boolean matched = visit(root, seen, marks, places) && !marks.hasNext();
        return matched ? new AliasPlaces(places) : NONE;
    }

    /** Where the alias that is child {@code index} of {@code collection} is written, or null if that child is written out there. */
    Position at(Node collection, int index) {
        Map<Integer, Position> children = places.get(collection);
        return children == null ? null : children.get(index);
    }

    /** False when the graph has more second visits than the text has aliases. */
    private static boolean visit(Node node, Set<Node> seen, Iterator<Optional<Mark>> marks,
                                 Map<Node, Map<Integer, Position>> places) {
        List<Node> children = children(node);
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (seen.add(child)) {
                // Nesting in the text is bounded by BoundedParser, so this recursion is too.
                if (!visit(child, seen, marks, places)) {
                    return false;
                }
            } else if (!marks.hasNext()) {
                return false;
            } else {
                places.computeIfAbsent(node, n -> new HashMap<>()).put(i, YamlLoader.position(marks.next()));
            }
        }
        return true;
    }

    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = mapping.getValue();
            Node[] children = new Node[tuples.size() * 2];
            for (int i = 0; i < tuples.size(); i++) {
                children[2 * i] = tuples.get(i).getKeyNode();
                children[2 * i + 1] = tuples.get(i).getValueNode();
            }
            return List.of(children);
        }
        return List.of();
    }
}
