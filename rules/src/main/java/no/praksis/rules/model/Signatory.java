package no.praksis.rules.model;

/** A person who signs on behalf of a party, at an anchoring level. */
public record Signatory(String pointer, String party, String name, String title, String level) implements Located {

    /** The party value that stands for the institution; any other value is a municipality id. */
    public static final String INSTITUTION = "institution";
}
