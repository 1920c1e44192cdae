package no.praksis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.CapacityCommitment;

/**
 * Flattens an agreement into the facts the rules match on: the agreement itself and every part
 * that a rule may need to join on, each inserted on its own. A part the agreement lacks is simply
 * not there; rules that require it say so.
 */
public final class AgreementFacts {

    private AgreementFacts() {
    }

    public static List<Object> of(Agreement agreement) {
        List<Object> facts = new ArrayList<>();
        facts.add(agreement);
        facts.add(agreement.parties());
        facts.add(agreement.parties().institution());
        facts.addAll(agreement.parties().municipalities());
        facts.add(agreement.term());
        facts.addAll(agreement.programmes());
        facts.addAll(agreement.sites());
        if (agreement.capacity() != null) {
            facts.add(agreement.capacity());
            for (CapacityCommitment commitment : agreement.capacity().commitments()) {
                facts.add(commitment);
                facts.addAll(commitment.periods());
            }
        }
        if (agreement.competence() != null) {
            facts.add(agreement.competence());
            facts.add(agreement.competence().supervisors());
            facts.add(agreement.competence().supervisionTraining());
        }
        facts.add(agreement.evaluation());
        if (agreement.responsibilities() != null) {
            facts.add(agreement.responsibilities());
            facts.add(agreement.responsibilities().municipality());
        }
        if (agreement.roles() != null) {
            facts.add(agreement.roles());
            if (agreement.roles().practiceCoordinators() != null) {
                facts.add(agreement.roles().practiceCoordinators());
                facts.addAll(agreement.roles().practiceCoordinators().municipalities());
            }
        }
        if (agreement.collaboration() != null) {
            facts.add(agreement.collaboration());
            facts.addAll(agreement.collaboration().forums());
        }
        facts.addAll(agreement.signatories());
        facts.add(agreement.students());
        facts.addAll(agreement.clauses());
        facts.addAll(agreement.waivers());
        facts.removeIf(Objects::isNull);
        return facts;
    }
}
