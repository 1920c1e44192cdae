package no.praksis.rules.model;

/** A list element that the agreement refers to by an identifier that must be unique within its list. */
public interface Identified extends Located {

    /** The identifier (an {@code id}, or a programme's {@code code}). */
    String key();

    /** Pointer to the identifier itself, where a duplicate is reported. */
    String keyPointer();
}
