package no.praksis.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import no.praksis.schema.CodeLists;
import no.praksis.schema.Guideline;

/**
 * A rule's reference to an article of a legal source, independent of the source's version.
 *
 * @param instrument the instrument, or null for the national guideline of the programme a finding
 *                   is about (taken from the programme code list)
 * @param article    the article as cited; for a guideline, null means its practice article
 * @param anchor     the article's anchor in the Lovdata address (for example {@code §3}), or null
 * @param quote      the words of the source the rule rests on
 */
public record LegalReference(Instrument instrument, String article, String anchor, String quote) {

    /** The argument of a finding that names the programme whose guideline applies. */
    public static final String PROGRAMME_CODE = "programmeCode";

    public boolean isGuideline() {
        return instrument == null;
    }

    /**
     * The citation in force on {@code date} for a finding with {@code args}; empty when the finding
     * names no programme with a guideline in force on that date.
     */
    public Optional<LegalBasis> on(LocalDate date, Map<String, String> args) {
        if (isGuideline()) {
            return Optional.ofNullable(args.get(PROGRAMME_CODE))
                    .flatMap(code -> CodeLists.standard().programme(code))
                    .flatMap(programme -> programme.guidelineOn(date))
                    .map(this::cite);
        }
        Instrument.Version version = instrument.versionOn(date);
        String url = anchor == null ? version.url() : version.url() + "/" + anchor;
        return Optional.of(new LegalBasis(version.id(), version.title(), article, url));
    }

    private LegalBasis cite(Guideline guideline) {
        if (article == null) {
            return new LegalBasis(guideline.instrument(), guideline.title(), guideline.article(), guideline.url());
        }
        String base = guideline.url().substring(0, guideline.url().lastIndexOf('/'));
        return new LegalBasis(guideline.instrument(), guideline.title(), article,
                anchor == null ? base : base + "/" + anchor);
    }
}
