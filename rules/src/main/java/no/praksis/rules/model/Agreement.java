package no.praksis.rules.model;

import java.util.List;

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
}
