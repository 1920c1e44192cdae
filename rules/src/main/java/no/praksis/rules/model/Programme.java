package no.praksis.rules.model;

import java.util.Map;

/** A study programme covered by the agreement, with its programme-specific terms. */
public record Programme(String pointer, String code, String name, Map<String, String> terms) implements Identified {

    public Programme {
        terms = Map.copyOf(terms);
    }

    @Override
    public String key() {
        return code;
    }

    @Override
    public String keyPointer() {
        return pointer + "/code";
    }
}
