package no.praksis.schema;

import java.time.LocalDate;

/** One of SSB's change records of Klass 131: on {@code occurred}, {@code oldCode} became {@code newCode}. */
public record MunicipalityChange(LocalDate occurred, String oldCode, String oldName, String newCode, String newName) {
}
