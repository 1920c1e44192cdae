package no.praksis.rules.portfolio;

import java.util.Locale;

/**
 * A municipality's practice coordinator as one agreement in force names it: for the report's «one way
 * in, one way out» judged across the agreements a municipality has made.
 *
 * @param person the coordinator as compared: the e-mail address, lower-cased, or the name where the
 *               agreement gives no address
 */
public record CoordinatorNamed(String path, String pointer, String municipalityNumber, String municipality,
                               String name, String person) implements PortfolioHits.Located {

    /** The coordinator named {@code name}, reached at {@code email} (or null), compared by the address. */
    public static CoordinatorNamed of(String path, String pointer, String municipalityNumber, String municipality,
                                      String name, String email) {
        String person = email == null || email.isBlank() ? name : email;
        return new CoordinatorNamed(path, pointer, municipalityNumber, municipality, name,
                person == null ? "" : person.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Place place() {
        return new Place(path, pointer);
    }
}
