package no.praksis.validator.bind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * bound from. An element that is missing binds to null, or to an empty list: in a schema-valid
 * agreement only an element that a rule owns may be (that rule reports it). Any mapping binds, so
 * that the rules judge a file with structural findings too, and a draft can be rendered of it: a
 * value of the wrong kind (a list where a text goes, a date that is no date) binds as missing, and a
 * term without its first day binds as no term, since every rule on the term counts from that day.
 * What the schema could not read should be taken out first ({@link UnreadableValues}), so that no
 * rule sees a half-read value.
 */
public final class AgreementBinder {

    private AgreementBinder() {
    }

    public static Agreement bind(JsonNode root) {
        return new Agreement(text(root, "id"), wholeOr(root, "version", 0), text(root, "language"),
                text(root, "title"), parties(root.get("parties"), "/parties"), term(root.get("term"), "/term"),
                list(root, "programmes", "", AgreementBinder::programme),
                list(root, "sites", "", AgreementBinder::site),
                capacity(root.get("capacity"), "/capacity"),
                competence(root.get("competence"), "/competence"),
                evaluation(root.get("evaluation"), "/evaluation"),
                responsibilities(root.get("responsibilities"), "/responsibilities"),
                roles(root.get("roles"), "/roles"),
                object(root, "collaboration") ? new Collaboration("/collaboration",
                        list(root.get("collaboration"), "forums", "/collaboration", AgreementBinder::forum)) : null,
                text(root, "researchAndInnovation"),
                list(root, "signatories", "", (n, p) -> new Signatory(p, text(n, "party"), text(n, "name"),
                        text(n, "title"), text(n, "level"))),
                object(root, "students") ? students(root.get("students"), "/students") : null,
                object(root, "userInvolvement") ? new UserInvolvement("/userInvolvement",
                        strings(root.get("userInvolvement"), "organisations"),
                        text(root.get("userInvolvement"), "description")) : null,
                list(root, "clauses", "", (n, p) -> new Clause(p, text(n, "id"), text(n, "heading"), text(n, "text"))),
                list(root, "waivers", "", (n, p) -> new Waiver(p, text(n, "rule"), text(n, "pointer"),
                        text(n, "reason"), text(n, "approvedBy"), date(n, "expires"))));
    }

    private static Parties parties(JsonNode node, String pointer) {
        JsonNode institution = child(node, "institution");
        return new Parties(pointer,
                institution == null ? null : new Institution(pointer + "/institution", text(institution, "name"),
                        text(institution, "organisationNumber"), text(institution, "unit")),
                list(node, "municipalities", pointer, (n, p) -> new Municipality(p, text(n, "id"), text(n, "name"),
                        text(n, "organisationNumber"), text(n, "municipalityNumber"))));
    }

    private static Term term(JsonNode node, String pointer) {
        if (date(node, "effectiveFrom") == null) {
            return null;
        }
        return new Term(pointer, date(node, "effectiveFrom"), date(node, "effectiveTo"),
                wholeOr(node, "noticeMonths", null), text(node, "reviewCycle"));
    }

    private static Programme programme(JsonNode node, String pointer) {
        Map<String, String> terms = new LinkedHashMap<>();
        JsonNode written = child(node, "terms");
        if (written != null) {
            written.properties().forEach(e -> {
                if (e.getValue().isString()) {
                    terms.put(e.getKey(), e.getValue().asString());
                }
            });
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
        if (node == null || !node.isObject()) {
            return null;
        }
        return new Capacity(pointer, text(node, "cycle"), text(node, "procedure"), list(node, "commitments", pointer,
                (n, p) -> new CapacityCommitment(p, text(n, "programme"), text(n, "site"),
                        wholeOr(n, "minimumPlacements", 0),
                        list(n, "periods", p, (period, q) -> new CapacityPeriod(q, date(period, "from"),
                                date(period, "to"), text(period, "weeks"), wholeOr(period, "placements", 0))))));
    }

    private static Competence competence(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode supervisors = child(node, "supervisors");
        JsonNode training = child(node, "supervisionTraining");
        return new Competence(pointer,
                supervisors == null ? null : new SupervisorRequirements(pointer + "/supervisors",
                        supervisors.path("sameProfession").asBoolean(false), text(supervisors, "formalSupervisionCompetence"),
                        wholeOr(supervisors, "studentsPerSupervisor", null)),
                text(node, "professionalEnvironment"),
                training == null ? null : new SupervisionTraining(pointer + "/supervisionTraining",
                        text(training, "provider"), text(training, "description"), text(training, "plan")));
    }

    private static Evaluation evaluation(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new Evaluation(pointer, evaluationItem(node, pointer, "cooperation"),
                evaluationItem(node, pointer, "quality"), evaluationItem(node, pointer, "competenceDevelopment"));
    }

    private static EvaluationItem evaluationItem(JsonNode parent, String parentPointer, String key) {
        JsonNode node = child(parent, key);
        if (node == null) {
            return null;
        }
        return new EvaluationItem(parentPointer + "/" + key, text(node, "frequency"), text(node, "description"));
    }

    private static Responsibilities responsibilities(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode institution = child(node, "institution");
        JsonNode municipality = child(node, "municipality");
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
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode coordinators = child(node, "practiceCoordinators");
        String coordinatorsPointer = pointer + "/practiceCoordinators";
        JsonNode institution = child(coordinators, "institution");
        JsonNode developer = child(node, "professionalDeveloper");
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
                node.path("confidentialityDeclaration").isBoolean() ? node.get("confidentialityDeclaration").asBoolean()
                        : null,
                text(node, "policeCertificate"), text(node, "infectionControl"), text(node, "suitabilityAssessment"));
    }

    private static <T> List<T> list(JsonNode parent, String key, String parentPointer,
                                    BiFunction<JsonNode, String, T> binder) {
        List<T> result = new ArrayList<>();
        JsonNode array = parent == null ? null : parent.get(key);
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                // An entry that is no mapping (or was taken out as unreadable) is left out; the others
                // keep their places, so that each pointer still names the entry it was bound from.
                if (array.get(i).isObject()) {
                    // The same few pointers recur in every agreement («/sites/0»): one copy serves them
                    // all, which matters to a portfolio holding thousands of agreements' facts.
                    result.add(binder.apply(array.get(i), (parentPointer + "/" + key + "/" + i).intern()));
                }
            }
        }
        return result;
    }

    private static List<String> strings(JsonNode parent, String key) {
        List<String> result = new ArrayList<>();
        JsonNode array = parent == null ? null : parent.get(key);
        if (array != null && array.isArray()) {
            array.forEach(item -> {
                if (item.isValueNode() && !item.isNull()) {
                    result.add(item.asString());
                }
            });
        }
        return result;
    }

    /**
     * The whole number under {@code key}, exactly, or {@code absent} where the key is missing or empty
     * ({@code minimumPlacements: ~}; a field a rule owns may be either, and the rule reports it), or
     * holds no number (a text in a draft). The schema bounds every number far within an int, and what
     * it reports is taken out before binding ({@link UnreadableValues}); a number that is still not
     * an int (the schema and this binder out of step) is a defect to report, never a number to narrow:
     * {@code asInt()} made 4294967308 placements into 12, or into 0.
     */
    private static Integer wholeOr(JsonNode parent, String key, Integer absent) {
        JsonNode value = parent == null ? null : parent.get(key);
        if (value == null || !value.isNumber()) {
            return absent;
        }
        return value.intValueOpt().orElseThrow(() -> new IllegalStateException(
                "not a whole number within the bounds of the schema: " + value));
    }

    /** The text under {@code key}; a number or a truth value as it reads, a list or a mapping as missing. */
    private static String text(JsonNode parent, String key) {
        JsonNode value = parent == null ? null : parent.get(key);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    /** The date under {@code key}, or null where it is missing or is no date of the format. */
    private static LocalDate date(JsonNode parent, String key) {
        String value = text(parent, key);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The mapping under {@code key}, or null where there is none. */
    private static JsonNode child(JsonNode parent, String key) {
        JsonNode value = parent == null ? null : parent.get(key);
        return value != null && value.isObject() ? value : null;
    }

    private static boolean object(JsonNode parent, String key) {
        return child(parent, key) != null;
    }
}
