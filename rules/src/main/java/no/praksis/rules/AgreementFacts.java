package no.praksis.rules;

import java.util.ArrayList;
import java.util.List;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.CapacityCommitment;

/**
 * Flattens an agreement into the facts the rules match on: the agreement itself and every part
 * that a rule may need to join on, each inserted on its own.
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
        facts.add(agreement.capacity());
        for (CapacityCommitment commitment : agreement.capacity().commitments()) {
            facts.add(commitment);
            facts.addAll(commitment.periods());
        }
        facts.add(agreement.competence());
        facts.add(agreement.evaluation());
        facts.add(agreement.responsibilities());
        facts.add(agreement.roles());
        facts.add(agreement.roles().practiceCoordinators());
        facts.addAll(agreement.roles().practiceCoordinators().municipalities());
        facts.add(agreement.collaboration());
        facts.addAll(agreement.collaboration().forums());
        facts.addAll(agreement.signatories());
        facts.addAll(agreement.clauses());
        facts.addAll(agreement.waivers());
        return facts;
    }
}
