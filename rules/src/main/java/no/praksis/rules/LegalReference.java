package no.praksis.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.praksis.schema.CodeLists;
import no.praksis.schema.Guideline;

/**
 * A rule's reference to an article of a legal source, with the article and wording of each version
 * of it where they differ (OpenFisca keys its references by date; here the version in force on the
 * judgement date chooses).
 *
 * @param instrument the instrument, or null for the national guideline of the programme a finding
 *                   is about (taken from the programme code list)
 * @param article    the article as cited; for a guideline, null means its practice article
 * @param anchor     the article's anchor in the Lovdata address (for example {@code §3}), or null
 * @param quote      the words of the source the rule rests on
 * @param wordings   the article, anchor and words by version ({@code FOR-…} of an instrument's
 *                   version, or of a guideline), where they differ from the above; for a guideline
 *                   reference with wordings, only the guidelines named are cited
 */
public record LegalReference(Instrument instrument, String article, String anchor, String quote,
                             Map<String, Wording> wordings) {

    /** The argument of a finding that names the programme whose guideline applies. */
    public static final String PROGRAMME_CODE = "programmeCode";

    /** What one version of the source says, and where. */
    public record Wording(String article, String anchor, String quote) {
    }

    public LegalReference {
        // Sorted by instrument, so that pages and citations come out the same on every run.
        wordings = Collections.unmodifiableMap(new TreeMap<>(wordings));
    }

    public LegalReference(Instrument instrument, String article, String anchor, String quote) {
        this(instrument, article, anchor, quote, Map.of());
    }

    public boolean isGuideline() {
        return instrument == null;
    }

    /** True when the source is law (a regulation or a guideline), not a report's recommendation. */
    public boolean isStatutory() {
        return isGuideline() || !Instrument.REPORT.equals(instrument.scope());
    }

    /**
     * The citations in force on {@code date} for a finding with {@code args} in an agreement for
     * {@code programmes}: the programmes a finding names ({@code programmeCode}) or, if it names
     * none, the agreement's. Empty when the source was not in force, or does not govern those
     * programmes (felles rammeplan governs only the programmes of its § 1), or, for a guideline,
     * when none of them has one in force that this reference cites.
     */
    public List<LegalBasis> on(LocalDate date, Map<String, String> args, Set<String> programmes) {
        Set<String> codes = args.containsKey(PROGRAMME_CODE) ? Set.of(args.get(PROGRAMME_CODE)) : programmes;
        if (isGuideline()) {
            Map<String, LegalBasis> cited = new LinkedHashMap<>();
            for (String code : codes) {
                CodeLists.standard().programme(code).flatMap(programme -> programme.guidelineOn(date))
                        .flatMap(this::cite).ifPresent(basis -> cited.putIfAbsent(basis.instrument(), basis));
            }
            return new ArrayList<>(cited.values());
        }
        // An agreement that names no programme cannot be scoped; its sources stay (REPORT-2.1-PROGRAMMES
        // reports the omission).
        if (!codes.isEmpty() && codes.stream().noneMatch(instrument::governs)) {
            return List.of();
        }
        return instrument.versionOn(date).map(version -> {
            Wording wording = wordingOf(version.id());
            String url = wording.anchor() == null ? version.url() : version.url() + "/" + wording.anchor();
            return List.of(new LegalBasis(version.id(), version.title(), wording.article(), url));
        }).orElse(List.of());
    }

    /** The article, anchor and words of the version {@code id}. */
    public Wording wordingOf(String id) {
        return wordings.getOrDefault(id, new Wording(article, anchor, quote));
    }

    private Optional<LegalBasis> cite(Guideline guideline) {
        if (!wordings.isEmpty() && !wordings.containsKey(guideline.instrument())) {
            return Optional.empty();
        }
        Wording wording = wordingOf(guideline.instrument());
        if (wording.article() == null) {
            return Optional.of(new LegalBasis(guideline.instrument(), guideline.title(), guideline.article(),
                    guideline.url()));
        }
        String base = guideline.url().substring(0, guideline.url().lastIndexOf('/'));
        return Optional.of(new LegalBasis(guideline.instrument(), guideline.title(), wording.article(),
                wording.anchor() == null ? base : base + "/" + wording.anchor()));
    }
}
