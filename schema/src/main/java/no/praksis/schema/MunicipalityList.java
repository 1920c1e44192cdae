package no.praksis.schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of SSB's standard for municipalities (Klass 131): the municipalities valid from
 * {@code validFrom} until the next version's first day.
 *
 * @param derived        true when the list was computed from another version and SSB's change records
 *                       rather than copied from SSB (see codelists/municipalities/SOURCE.md)
 * @param codesConfirmed true when its numbers are confirmed; a number missing from an unconfirmed
 *                       list cannot be called wrong
 */
public record MunicipalityList(LocalDate validFrom, boolean derived, boolean codesConfirmed,
                               Map<String, MunicipalityEntry> entries) {

    public MunicipalityList {
        entries = Map.copyOf(entries);
    }

    public Optional<MunicipalityEntry> municipality(String number) {
        return Optional.ofNullable(entries.get(number));
    }

    public boolean contains(String number) {
        return entries.containsKey(number);
    }

    /** The municipalities, in number order. */
    public List<MunicipalityEntry> municipalities() {
        return entries.values().stream().sorted(java.util.Comparator.comparing(MunicipalityEntry::number)).toList();
    }
}
