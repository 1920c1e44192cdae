package no.praksis.validator.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.Municipality;
import no.praksis.validator.FileReport;
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
    private final List<PortfolioAgreement> agreements = new ArrayList<>();
    private final List<CapacityRow> capacity = new ArrayList<>();

    /** @param asOf the judgement date: every agreement of the portfolio is judged on the same day */
    public Portfolio(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf);
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
        boolean valid = report.valid();
        boolean inForce = valid && agreement.term().covers(asOf);
        agreements.add(new PortfolioAgreement(report.path(), agreement.id(), agreement.version(), valid, inForce,
                agreement.parties().institution().organisationNumber(),
                agreement.parties().municipalities().stream().map(Municipality::municipalityNumber).toList(),
                agreement.term().effectiveFrom(), agreement.term().effectiveTo(), report));
        if (inForce) {
            capacity.addAll(CapacityTable.of(report.path(), agreement, asOf));
        }
    }

    /** Every file added, in the order added. */
    public List<PortfolioAgreement> agreements() {
        return List.copyOf(agreements);
    }

    /** The capacity rows of the agreements in force, in the order added, each commitment's cycles oldest first. */
    public List<CapacityRow> capacity() {
        return List.copyOf(capacity);
    }
}
