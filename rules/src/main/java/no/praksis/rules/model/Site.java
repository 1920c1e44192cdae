package no.praksis.rules.model;

import java.util.List;

/** A service or unit that offers placements (praksissted). */
public record Site(String pointer, String id, String name, String municipality, String serviceArea,
                   List<String> programmes, boolean roundTheClockCare, String organisationNumber,
                   Integer supervisorCapacity) implements Identified {

    public Site {
        programmes = List.copyOf(programmes);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String keyPointer() {
        return pointer + "/id";
    }

    public boolean takes(String programme) {
        return programmes.contains(programme);
    }
}
