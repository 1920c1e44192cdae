package no.praksis.validator.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.Municipality;
import no.praksis.rules.model.Programme;
import no.praksis.rules.portfolio.Place;
import no.praksis.rules.portfolio.PortfolioEngine;
import no.praksis.rules.portfolio.PortfolioHit;
import no.praksis.validator.FileReport;
import no.praksis.validator.Position;
import no.praksis.validator.Validator;

/**
 * Many agreements at once, as a coordinator sees them: which are in force on the judgement date, and
 * the placements they commit to per institution, municipality, site, programme and annual cycle.
 * Agreements are added one by one, as they are checked; of each, only what the overview needs is
 * kept (its bound facts for the figures, its findings), so that memory grows with the portfolio's
 * facts, not its files' text.
 */
public final class Portfolio {

    private final LocalDate asOf;
    private final String language;
    private final List<PortfolioAgreement> agreements = new ArrayList<>();
    private final List<CapacityRow> capacity = new ArrayList<>();
    private final List<PortfolioEngine.Member> members = new ArrayList<>();
    /** Where the places the portfolio rules may name are in their files: kept instead of whole source maps. */
    private final Map<Place, Position> positions = new HashMap<>();
    private List<PortfolioFinding> findings;
    /**
     * The names the bound agreements give the numbers and codes of the figures, so that an overview
     * can say «Asker kommune» rather than «3203»; the first agreement to name one wins.
     */
    private final Map<String, String> municipalityNames = new LinkedHashMap<>();
    private final Map<String, String> programmeNames = new LinkedHashMap<>();
    private final Map<String, String> institutionNames = new LinkedHashMap<>();

    /**
     * @param asOf     the judgement date: every agreement of the portfolio is judged on the same day
     * @param language the language of the portfolio findings' messages
     */
    public Portfolio(LocalDate asOf, String language) {
        this.asOf = Objects.requireNonNull(asOf);
        this.language = language;
    }

    public Portfolio(LocalDate asOf) {
        this(asOf, "nb");
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Adds the agreement checked as {@code checked} (validated with {@code --as-of} {@link #asOf()}). */
    public void add(Validator.Checked checked) {
        FileReport report = checked.report();
        Agreement agreement = checked.agreement();
        if (agreement == null) {
            agreements.add(new PortfolioAgreement(report.path(), report.agreementId(), null, false, false, null,
                    List.of(), null, null, report));
            return;
        }
        for (Municipality municipality : agreement.parties().municipalities()) {
            name(municipalityNames, municipality.municipalityNumber(), municipality.name());
        }
        for (Programme programme : agreement.programmes()) {
            name(programmeNames, programme.code(), programme.name());
        }
        name(institutionNames, agreement.parties().institution().organisationNumber(),
                agreement.parties().institution().name());
        boolean valid = report.valid();
        boolean inForce = valid && agreement.term().covers(asOf);
        agreements.add(new PortfolioAgreement(report.path(), agreement.id(), agreement.version(), valid, inForce,
                agreement.parties().institution().organisationNumber(),
                agreement.parties().municipalities().stream().map(Municipality::municipalityNumber).toList(),
                agreement.term().effectiveFrom(), agreement.term().effectiveTo(), report));
        if (inForce) {
            capacity.addAll(CapacityTable.of(report.path(), agreement, asOf));
        }
        // Only the facts are kept: memory grows with the portfolio's figures, not its texts.
        PortfolioEngine.Member member = new PortfolioEngine.Member(report.path(), agreement.overview(), inForce);
        members.add(member);
        for (Place place : PortfolioEngine.places(member)) {
            positions.put(place, checked.sourceMap().positionOf(place.pointer()));
        }
        findings = null;
    }

    private static void name(Map<String, String> names, String key, String name) {
        if (key != null && name != null && !name.isBlank()) {
            names.putIfAbsent(key, name);
        }
    }

    /** The municipalities' names by municipality number, as the agreements added give them. */
    public Map<String, String> municipalityNames() {
        return Map.copyOf(municipalityNames);
    }

    /** The programmes' names by programme code, as the agreements added give them. */
    public Map<String, String> programmeNames() {
        return Map.copyOf(programmeNames);
    }

    /** The institutions' names by organisation number, as the agreements added give them. */
    public Map<String, String> institutionNames() {
        return Map.copyOf(institutionNames);
    }

    /**
     * What the portfolio rules find across the agreements (run once, when first asked), each resolved
     * against the rule catalogue as an agreement's finding is: only rules in force on the judgement
     * date and for the programmes their sources govern; the others' findings are not reported.
     */
    public List<PortfolioFinding> findings() {
        if (findings == null) {
            RuleCatalogue catalogue = RuleCatalogue.standard();
            List<PortfolioFinding> result = new ArrayList<>();
            for (PortfolioHit hit : PortfolioEngine.run(members, asOf)) {
                RuleDefinition rule = catalogue.require(hit.ruleId());
                if (!rule.appliesTo(asOf, hit.args(), Set.of())) {
                    continue;
                }
                List<PortfolioFinding.Location> locations = hit.places().stream().map(place -> {
                    Position at = positions.getOrDefault(place, Position.START);
                    return new PortfolioFinding.Location(place.path(), place.pointer(), at.line(), at.column());
                }).toList();
                result.add(new PortfolioFinding(rule.id(), rule.severity(), rule.describe(language, hit.args()),
                        rule.legalBasisOn(asOf, hit.args(), Set.of()), locations));
            }
            result.sort(Comparator.comparing((PortfolioFinding f) -> f.severity().ordinal())
                    .thenComparing(PortfolioFinding::ruleId)
                    .thenComparing(f -> f.locations().isEmpty() ? "" : f.locations().get(0).path()));
            findings = List.copyOf(result);
        }
        return findings;
    }

    /** Every file added, in the order added. */
    public List<PortfolioAgreement> agreements() {
        return List.copyOf(agreements);
    }

    /** The capacity rows of the agreements in force, in the order added, each commitment's cycles oldest first. */
    public List<CapacityRow> capacity() {
        return List.copyOf(capacity);
    }

    /** «Asker kommune (3203)» where the agreements name {@code key} in {@code names}, else the key alone. */
    static String named(Map<String, String> names, String key) {
        String name = names.get(key);
        return name == null ? key : name + " (" + key + ")";
    }
}
