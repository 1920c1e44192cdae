package no.praksis.rules.portfolio;

/** A place in one agreement file of a portfolio: the file, and the JSON pointer within it. */
public record Place(String path, String pointer) {
}
