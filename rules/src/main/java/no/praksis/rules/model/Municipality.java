package no.praksis.rules.model;

/** A municipality that is a party to the agreement. */
public record Municipality(String pointer, String id, String name, String organisationNumber,
                           String municipalityNumber) implements Identified {

    @Override
    public String key() {
        return id;
    }

    @Override
    public String keyPointer() {
        return pointer + "/id";
    }
}
