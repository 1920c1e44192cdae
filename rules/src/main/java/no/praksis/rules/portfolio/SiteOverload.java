package no.praksis.rules.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * A site that the agreements in force together load beyond the most students it can take at one
 * time ({@code supervisorCapacity}, format 1.1): the first week that happens, and every agreement's
 * entry for the site.
 *
 * @param week     the Monday of the first week over capacity
 * @param students the students the agreements place at the site in that week
 */
public record SiteOverload(String site, int capacity, LocalDate week, long students, int agreements,
                           List<Place> places) {

    public SiteOverload {
        places = List.copyOf(places);
    }
}
