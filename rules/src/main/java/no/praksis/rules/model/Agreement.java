package no.praksis.rules.model;

import java.util.List;
import java.util.Map;

/** One practice agreement in format praksisavtale/v1, bound from a schema-valid document. */
public record Agreement(String id, int version, String language, String title, Parties parties, Term term,
                        List<Programme> programmes, List<Site> sites, Capacity capacity, Competence competence,
                        Evaluation evaluation, Responsibilities responsibilities, Roles roles,
                        Collaboration collaboration, String researchAndInnovation, List<Signatory> signatories,
                        Students students, UserInvolvement userInvolvement, List<Clause> clauses,
                        List<Waiver> waivers) {

    public Agreement {
        programmes = List.copyOf(programmes);
        sites = List.copyOf(sites);
        signatories = List.copyOf(signatories);
        clauses = List.copyOf(clauses);
        waivers = List.copyOf(waivers);
    }

    /**
     * This agreement with only what judging it among others needs (its parties, term, programme codes,
     * sites, capacity, roles and waivers): the prose of its duties, clauses and signatures is let go,
     * so that a portfolio of thousands of agreements holds their facts, not their texts.
     */
    public Agreement overview() {
        List<Programme> codes = programmes.stream()
                .map(programme -> new Programme(programme.pointer(), programme.code(), programme.name(), Map.of()))
                .toList();
        return new Agreement(id, version, language, title, parties, term, codes, sites, capacity, null, null,
                null, roles, null, null, List.of(), null, null, List.of(), waivers);
    }
}
