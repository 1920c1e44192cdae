package no.praksis.rules.portfolio;

/**
 * A programme that an agreement in force covers, for one institution: where the agreement names it,
 * and whether the agreement gives the programme's students a period of seven weeks or more at a
 * site with round-the-clock care (the nursing guidelines' duty, judged across the institution's
 * agreements).
 */
public record ProgrammeOffer(String path, String pointer, String institution, String institutionName, String code,
                             String programme, boolean sevenWeeksWithRoundTheClockCare)
        implements PortfolioHits.Located {

    @Override
    public Place place() {
        return new Place(path, pointer);
    }
}
