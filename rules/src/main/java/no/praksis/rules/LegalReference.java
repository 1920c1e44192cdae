package no.praksis.rules;

import java.time.LocalDate;

/**
 * A rule's reference to an article of an instrument, independent of the instrument's version.
 *
 * @param anchor the article's anchor in the Lovdata address (for example {@code §3}), or null
 */
public record LegalReference(Instrument instrument, String article, String anchor) {

    /** The citation as in force on {@code date}. */
    public LegalBasis on(LocalDate date) {
        Instrument.Version version = instrument.versionOn(date);
        String url = anchor == null ? version.url() : version.url() + "/" + anchor;
        return new LegalBasis(version.id(), version.title(), article, url);
    }
}
