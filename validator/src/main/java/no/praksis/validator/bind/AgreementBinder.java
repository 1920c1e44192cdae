package no.praksis.validator.bind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.Capacity;
import no.praksis.rules.model.CapacityCommitment;
import no.praksis.rules.model.CapacityPeriod;
import no.praksis.rules.model.Clause;
import no.praksis.rules.model.Collaboration;
import no.praksis.rules.model.Competence;
import no.praksis.rules.model.Contact;
import no.praksis.rules.model.Evaluation;
import no.praksis.rules.model.EvaluationItem;
import no.praksis.rules.model.Forum;
import no.praksis.rules.model.Institution;
import no.praksis.rules.model.InstitutionResponsibilities;
import no.praksis.rules.model.MunicipalCoordinator;
import no.praksis.rules.model.Municipality;
import no.praksis.rules.model.MunicipalityResponsibilities;
import no.praksis.rules.model.Parties;
import no.praksis.rules.model.PracticeCoordinators;
import no.praksis.rules.model.ProfessionalDeveloper;
import no.praksis.rules.model.Programme;
import no.praksis.rules.model.Responsibilities;
import no.praksis.rules.model.Roles;
import no.praksis.rules.model.Signatory;
import no.praksis.rules.model.Site;
import no.praksis.rules.model.Students;
import no.praksis.rules.model.SupervisionTraining;
import no.praksis.rules.model.SupervisorRequirements;
import no.praksis.rules.model.Term;
import no.praksis.rules.model.UserInvolvement;
import no.praksis.rules.model.Waiver;

/**
 * Binds an agreement tree to the immutable fact model; each record carries the JSON Pointer it was
 * bound from. The schema has already checked every type and every required field that no rule owns;
 * an element that a rule owns may be missing (that rule reports it), and binds to null, or to an
 * empty list.
 */
public final class AgreementBinder {

    private AgreementBinder() {
    }

    public static Agreement bind(JsonNode root) {
        return new Agreement(text(root, "id"), whole(root.get("version")), text(root, "language"),
                text(root, "title"), parties(root.get("parties"), "/parties"), term(root.get("term"), "/term"),
                list(root, "programmes", "", AgreementBinder::programme),
                list(root, "sites", "", AgreementBinder::site),
                capacity(root.get("capacity"), "/capacity"),
                competence(root.get("competence"), "/competence"),
                evaluation(root.get("evaluation"), "/evaluation"),
                responsibilities(root.get("responsibilities"), "/responsibilities"),
                roles(root.get("roles"), "/roles"),
                root.has("collaboration") ? new Collaboration("/collaboration",
                        list(root.get("collaboration"), "forums", "/collaboration", AgreementBinder::forum)) : null,
                text(root, "researchAndInnovation"),
                list(root, "signatories", "", (n, p) -> new Signatory(p, text(n, "party"), text(n, "name"),
                        text(n, "title"), text(n, "level"))),
                root.has("students") ? students(root.get("students"), "/students") : null,
                root.has("userInvolvement") ? new UserInvolvement("/userInvolvement",
                        strings(root.get("userInvolvement"), "organisations"),
                        text(root.get("userInvolvement"), "description")) : null,
                list(root, "clauses", "", (n, p) -> new Clause(p, text(n, "id"), text(n, "heading"), text(n, "text"))),
                list(root, "waivers", "", (n, p) -> new Waiver(p, text(n, "rule"), text(n, "pointer"),
                        text(n, "reason"), text(n, "approvedBy"), date(n, "expires"))));
    }

    private static Parties parties(JsonNode node, String pointer) {
        JsonNode institution = node.get("institution");
        return new Parties(pointer,
                institution == null ? null : new Institution(pointer + "/institution", text(institution, "name"),
                        text(institution, "organisationNumber"), text(institution, "unit")),
                list(node, "municipalities", pointer, (n, p) -> new Municipality(p, text(n, "id"), text(n, "name"),
                        text(n, "organisationNumber"), text(n, "municipalityNumber"))));
    }

    private static Term term(JsonNode node, String pointer) {
        return new Term(pointer, date(node, "effectiveFrom"), date(node, "effectiveTo"),
                wholeOr(node, "noticeMonths", null), text(node, "reviewCycle"));
    }

    private static Programme programme(JsonNode node, String pointer) {
        Map<String, String> terms = new LinkedHashMap<>();
        if (node.has("terms")) {
            node.get("terms").properties().forEach(e -> terms.put(e.getKey(), e.getValue().asString()));
        }
        return new Programme(pointer, text(node, "code"), text(node, "name"), terms);
    }

    private static Site site(JsonNode node, String pointer) {
        return new Site(pointer, text(node, "id"), text(node, "name"), text(node, "municipality"),
                text(node, "serviceArea"), strings(node, "programmes"), node.path("roundTheClockCare").asBoolean(false),
                text(node, "organisationNumber"),
                wholeOr(node, "supervisorCapacity", null));
    }

    private static Capacity capacity(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        return new Capacity(pointer, text(node, "cycle"), text(node, "procedure"), list(node, "commitments", pointer,
                (n, p) -> new CapacityCommitment(p, text(n, "programme"), text(n, "site"),
                        wholeOr(n, "minimumPlacements", 0),
                        list(n, "periods", p, (period, q) -> new CapacityPeriod(q, date(period, "from"),
                                date(period, "to"), text(period, "weeks"), whole(period.get("placements")))))));
    }

    private static Competence competence(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        JsonNode supervisors = node.get("supervisors");
        JsonNode training = node.get("supervisionTraining");
        return new Competence(pointer,
                supervisors == null ? null : new SupervisorRequirements(pointer + "/supervisors",
                        supervisors.get("sameProfession").asBoolean(), text(supervisors, "formalSupervisionCompetence"),
                        wholeOr(supervisors, "studentsPerSupervisor", null)),
                text(node, "professionalEnvironment"),
                training == null ? null : new SupervisionTraining(pointer + "/supervisionTraining",
                        text(training, "provider"), text(training, "description"), text(training, "plan")));
    }

    private static Evaluation evaluation(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        return new Evaluation(pointer, evaluationItem(node, pointer, "cooperation"),
                evaluationItem(node, pointer, "quality"), evaluationItem(node, pointer, "competenceDevelopment"));
    }

    private static EvaluationItem evaluationItem(JsonNode parent, String parentPointer, String key) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return null;
        }
        return new EvaluationItem(parentPointer + "/" + key, text(node, "frequency"), text(node, "description"));
    }

    private static Responsibilities responsibilities(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        JsonNode institution = node.get("institution");
        JsonNode municipality = node.get("municipality");
        return new Responsibilities(pointer,
                institution == null ? null : new InstitutionResponsibilities(pointer + "/institution",
                        text(institution, "followUp"), text(institution, "pedagogicalSupport"),
                        strings(institution, "additional")),
                municipality == null ? null : new MunicipalityResponsibilities(pointer + "/municipality",
                        text(municipality, "placements"),
                        text(municipality, "dailySupervision"), text(municipality, "soundPractice"),
                        strings(municipality, "additional")),
                text(node, "professionalDevelopment"));
    }

    private static Roles roles(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        JsonNode coordinators = node.get("practiceCoordinators");
        String coordinatorsPointer = pointer + "/practiceCoordinators";
        JsonNode institution = coordinators == null ? null : coordinators.get("institution");
        JsonNode developer = node.get("professionalDeveloper");
        return new Roles(pointer,
                coordinators == null ? null : new PracticeCoordinators(coordinatorsPointer,
                        institution == null ? null : new Contact(coordinatorsPointer + "/institution",
                                text(institution, "name"), text(institution, "email"), text(institution, "phone")),
                        list(coordinators, "municipalities", coordinatorsPointer,
                                (n, p) -> new MunicipalCoordinator(p, text(n, "municipality"), text(n, "name"),
                                        text(n, "email"), text(n, "phone")))),
                developer == null ? null : new ProfessionalDeveloper(pointer + "/professionalDeveloper",
                        text(developer, "name"), text(developer, "organisation"), text(developer, "email")),
                text(node, "supervisors"), text(node, "practiceTeacher"));
    }

    private static Forum forum(JsonNode node, String pointer) {
        return new Forum(pointer, text(node, "level"), text(node, "name"), strings(node, "participants"),
                text(node, "frequency"));
    }

    private static Students students(JsonNode node, String pointer) {
        return new Students(pointer,
                node.has("confidentialityDeclaration") ? node.get("confidentialityDeclaration").asBoolean() : null,
                text(node, "policeCertificate"), text(node, "infectionControl"), text(node, "suitabilityAssessment"));
    }

    private static <T> List<T> list(JsonNode parent, String key, String parentPointer,
                                    BiFunction<JsonNode, String, T> binder) {
        List<T> result = new ArrayList<>();
        JsonNode array = parent == null ? null : parent.get(key);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                // The same few pointers recur in every agreement («/sites/0»): one copy serves them
                // all, which matters to a portfolio holding thousands of agreements' facts.
                result.add(binder.apply(array.get(i), (parentPointer + "/" + key + "/" + i).intern()));
            }
        }
        return result;
    }

    private static List<String> strings(JsonNode parent, String key) {
        List<String> result = new ArrayList<>();
        JsonNode array = parent == null ? null : parent.get(key);
        if (array != null) {
            array.forEach(item -> result.add(item.asString()));
        }
        return result;
    }

    /**
     * A whole number of the agreement, exactly. The schema bounds every one far within an int; one
     * that is not (the schema and this binder out of step) is a defect to report, never a number to
     * narrow: {@code asInt()} made 4294967308 placements into 12, or into 0.
     */
    private static int whole(JsonNode value) {
        return value.intValueOpt().orElseThrow(() -> new IllegalStateException(
                "not a whole number within the bounds of the schema: " + value));
    }

    /**
     * The whole number under {@code key}, or {@code absent} where the key is missing or empty
     * ({@code minimumPlacements: ~}): a field a rule owns may be either, and the rule reports it.
     */
    private static Integer wholeOr(JsonNode parent, String key, Integer absent) {
        JsonNode value = parent.get(key);
        return value == null || value.isNull() ? absent : Integer.valueOf(whole(value));
    }

    private static String text(JsonNode parent, String key) {
        JsonNode value = parent == null ? null : parent.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode parent, String key) {
        String value = text(parent, key);
        return value == null ? null : LocalDate.parse(value);
    }
}
