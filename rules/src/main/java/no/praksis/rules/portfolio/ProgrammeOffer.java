package no.praksis.rules.portfolio;

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
 */
public record ProgrammeOffer(String path, String pointer, String institution, String institutionName, String code,
                             LocalizedText programme, boolean sevenWeeksWithRoundTheClockCare, int municipalWeeks,
                             boolean municipalWeeksCounted)
        implements PortfolioHits.Located {

    @Override
    public Place place() {
        return new Place(path, pointer);
    }
}
