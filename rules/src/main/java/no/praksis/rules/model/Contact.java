package no.praksis.rules.model;

/** A named person who can be reached. */
public record Contact(String pointer, String name, String email, String phone) implements Located {
}
