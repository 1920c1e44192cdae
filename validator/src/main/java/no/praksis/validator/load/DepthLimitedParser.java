package no.praksis.validator.load;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A parser that stops at a nesting depth, before the recursive composer could overflow the stack
 * on input such as ten thousand opening brackets.
 */
final class DepthLimitedParser implements Parser {

    /** Thrown when the input nests deeper than the limit. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Event event;

        TooDeep(Event event) {
            super(null, null, false, false);
            this.event = event;
        }
    }

    private final Parser delegate;
    private final int maxDepth;
    private int depth;

    DepthLimitedParser(Parser delegate, int maxDepth) {
        this.delegate = delegate;
        this.maxDepth = maxDepth;
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
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > maxDepth) {
                    throw new TooDeep(event);
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
            }
        }
        return event;
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }
}
