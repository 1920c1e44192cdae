package no.praksis.rules.model;

/** A further clause, rendered after the structured ones. */
public record Clause(String pointer, String id, String heading, String text) implements Identified {

    @Override
    public String key() {
        return id;
    }

    @Override
    public String keyPointer() {
        return pointer + "/id";
    }
}
