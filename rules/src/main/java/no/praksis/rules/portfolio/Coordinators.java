package no.praksis.rules.portfolio;

import java.util.List;
import java.util.TreeSet;

/** The names of coordinators, for a message: each once, in order. */
public final class Coordinators {

    private Coordinators() {
    }

    public static String names(List<?> named) {
        TreeSet<String> names = new TreeSet<>();
        for (Object coordinator : named) {
            names.add(((CoordinatorNamed) coordinator).name());
        }
        return String.join(", ", names);
    }
}
