package no.praksis.rules.portfolio;

import java.util.Collection;
import java.util.List;

import no.praksis.schema.LocalizedText;

/**
 * A programme that an agreement in force covers, for one institution: where the agreement names it,
 * and what the agreement gives the programme's students that a guideline requires of the whole
 * programme, judged across the institution's agreements.
 *
 * @param programme                       the programme's name in each language ({@code Programmes#name})
 * @param sevenWeeksWithRoundTheClockCare a period of seven weeks or more at a site with round-the-clock
 *                                        care (the nursing guidelines' duty)
 * @param municipalWeeks                  the weeks of placement the agreement's commitments for the
 *                                        programme give in one cycle at sites in the municipal health
 *                                        and care services (every site but NAV and child welfare),
 *                                        summed over their periods ({@code CapacityPeriod#wholeWeeks})
 * @param municipalWeeksCounted           false when some such commitment has no period, or a period
 *                                        without a countable length: its weeks cannot be counted
 * @param sevenWeeksPointer               where the period of seven weeks goes in the agreement: the
 *                                        periods of its first commitment for the programme at a site
 *                                        with round-the-clock care, else its first commitment for the
 *                                        programme, else the programme
 * @param municipalWeeksPointer           where the weeks in the municipal health and care services go:
 *                                        the periods of its first commitment for the programme at such
 *                                        a site, else its first commitment for the programme, else the
 *                                        programme
 */
public record ProgrammeOffer(String path, String pointer, String institution, String institutionName, String code,
                             LocalizedText programme, boolean sevenWeeksWithRoundTheClockCare, int municipalWeeks,
                             boolean municipalWeeksCounted, String sevenWeeksPointer, String municipalWeeksPointer)
        implements PortfolioHits.Located {

    @Override
    public Place place() {
        return new Place(path, pointer);
    }

    /** Where the period of seven weeks goes in this agreement. */
    public Place sevenWeeksPlace() {
        return new Place(path, sevenWeeksPointer);
    }

    /** Where the weeks in the municipal health and care services go in this agreement. */
    public Place municipalWeeksPlace() {
        return new Place(path, municipalWeeksPointer);
    }

    /** The places of {@code offers} (a rule's collected ProgrammeOffers) where the seven weeks go. */
    public static List<Place> sevenWeeksPlaces(Collection<?> offers) {
        return offers.stream().map(o -> ((ProgrammeOffer) o).sevenWeeksPlace()).toList();
    }

    /** The places of {@code offers} (a rule's collected ProgrammeOffers) where the municipal weeks go. */
    public static List<Place> municipalWeeksPlaces(Collection<?> offers) {
        return offers.stream().map(o -> ((ProgrammeOffer) o).municipalWeeksPlace()).toList();
    }
}
