package no.praksis.schema;

/** One entry of the service area code list (the kind of municipal service a site belongs to). */
public record ServiceAreaEntry(String code, LocalizedText names) {
}
