package no.praksis.schema;

/** One municipality of SSB's standard for municipalities (Klass 131). */
public record MunicipalityEntry(String number, String name, String countyNumber) {
}
