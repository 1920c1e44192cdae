package no.praksis.validator.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A parser that stops at the loader's limits on nesting depth, number of nodes and length of a
 * scalar, as the events stream by: before the recursive composer could overflow the stack on input
 * such as ten thousand opening brackets, and before a node graph of millions of tiny nodes is built.
 * A limit exceeded is a {@link LimitExceeded} at the event that exceeds it.
 */
final class BoundedParser implements Parser {

    private final Parser delegate;
    private final LoadLimits limits;
    private int depth;
    private int nodes;
    private Event last;
    private final List<Optional<Mark>> aliases = new ArrayList<>();

    BoundedParser(Parser delegate, LoadLimits limits) {
        this.delegate = delegate;
        this.limits = limits;
    }

    /** The last event handed on, or null before the first. */
    Event last() {
        return last;
    }

    /**
     * Where each alias ({@code *name}) stands in the text, in the order of the text. The composer
     * puts the node an alias refers to in its place and keeps no trace of the alias itself.
     */
    List<Optional<Mark>> aliases() {
        return aliases;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public Event next() {
        Event event = delegate.next();
        last = event;
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                node(event);
                if (++depth > limits.maxDepth()) {
                    throw exceeded("too-deep", event, limits.maxDepth(), depth);
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar -> {
                node(event);
                int length = ((ScalarEvent) event).getValue().length();
                if (length > limits.maxScalarLength()) {
                    throw exceeded("too-long", event, limits.maxScalarLength(), length);
                }
            }
            case Alias -> {
                node(event);
                aliases.add(event.getStartMark());
            }
            default -> {
            }
        }
        return event;
    }

    private void node(Event event) {
        if (++nodes > limits.maxNodes()) {
            throw exceeded("too-many-nodes", event, limits.maxNodes(), nodes);
        }
    }

    /** The limit {@code variant} exceeded at {@code event}. */
    private static LimitExceeded exceeded(String variant, Event event, long limit, long actual) {
        return LimitExceeded.of(variant, YamlLoader.position(event.getStartMark()), limit, actual);
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }
}
