package no.praksis.validator.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.CapacityCommitment;
import no.praksis.rules.model.CapacityPeriod;
import no.praksis.rules.model.Contact;
import no.praksis.rules.model.EvaluationItem;
import no.praksis.rules.model.Municipality;
import no.praksis.rules.model.Programme;
import no.praksis.rules.model.Signatory;
import no.praksis.rules.model.Site;
import no.praksis.schema.CodeLists;
import no.praksis.schema.Guideline;
import no.praksis.validator.Finding;
import no.praksis.validator.Texts;

/**
 * The view model of a contract: the agreement as plain maps, lists and texts in the contract's
 * language, with names taken from the code lists and dates written out. The templates see nothing
 * else, so they cannot reach Java objects.
 */
final class ContractModel {

    private final Agreement agreement;
    private final String language;
    private final CodeLists codeLists = CodeLists.standard();

    /** The languages a contract can be written in: those the format allows. */
    private static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

    private ContractModel(Agreement agreement) {
        this.agreement = agreement;
        this.language = language(agreement);
    }

    /**
     * The language of {@code agreement}'s contract: its own, or bokmål for a draft whose language is
     * missing or not one the format allows.
     */
    static String language(Agreement agreement) {
        return agreement.language() != null && LANGUAGES.contains(agreement.language()) ? agreement.language() : "nb";
    }

    /**
     * @param sha256         the SHA-256 of the agreement's YAML, as printed on the signature page
     * @param attachmentName the name of the embedded YAML file
     * @param findings       what is left to be done, listed in a draft's appendix; none for a contract
     */
    static Map<String, Object> of(Agreement agreement, boolean draft, String sha256, String attachmentName,
                                  List<Finding> findings) {
        Map<String, Object> model = new ContractModel(agreement).build(draft, sha256, attachmentName);
        model.put("findings", findings.stream().map(f -> map("rule", f.ruleId(), "line", f.line() > 0 ? f.line() : null,
                "severity", f.severity().name().toLowerCase(Locale.ROOT), "message", f.message())).toList());
        return model;
    }

    /**
     * The signature field name of each signatory, in order: {@code signatur-<n>-<name>}, where n is
     * the signatory's place in the list (from 1) and the name is theirs in plain letters. Unique by
     * construction, as the number stands alone between the first two hyphens: a count appended to
     * repeated names ({@code -2}) once collided with a signatory called «Per Olsen 2», and three
     * fields were made for four people. The name is only there for a person reading the field list;
     * one without Latin letters («Иван Петров», «გიორგი ბერიძე») is {@code signatar}.
     */
    static List<String> signatureFieldNames(Agreement agreement) {
        List<String> names = new ArrayList<>();
        for (Signatory signatory : agreement.signatories()) {
            names.add("signatur-" + (names.size() + 1) + "-" + slug(signatory.name()));
        }
        return names;
    }

    private Map<String, Object> build(boolean draft, String sha256, String attachmentName) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> doc = map("language", language, "id", agreement.id(),
                "version", agreement.version() > 0 ? agreement.version() : null,
                "title", agreement.title(), "draft", draft, "sha256", sha256, "attachmentName", attachmentName);
        model.put("doc", doc);
        var party = agreement.parties().institution();
        Map<String, Object> institution = party == null ? map() : map("name", party.name(),
                "organisationNumber", party.organisationNumber(), "unit", party.unit());
        model.put("parties", map("institution", institution, "municipalities",
                list(agreement.parties().municipalities(), m -> map("id", m.id(), "name", m.name(),
                        "organisationNumber", m.organisationNumber(), "municipalityNumber", m.municipalityNumber(),
                        "municipalityName", m.municipalityNumber() == null ? m.name()
                                : codeLists.municipality(m.municipalityNumber()).map(e -> e.name()).orElse(m.name())))));
        var term = agreement.term();
        model.put("term", term == null ? map() : map("effectiveFrom", date(term.effectiveFrom()),
                "effectiveTo", date(term.effectiveTo()), "noticeMonths", term.noticeMonths(),
                "reviewCycle", term.reviewCycle()));
        model.put("programmes", list(agreement.programmes(), this::programme));
        model.put("sites", list(agreement.sites(), s -> map("id", s.id(), "name", s.name(),
                "municipalityName", s.municipality() == null ? null : municipalityName(s.municipality()),
                "serviceAreaName", codeLists.serviceArea(s.serviceArea()).map(a -> a.names().in(language))
                        .orElse(s.serviceArea()),
                "programmeNames", s.programmes().stream().map(this::programmeName).toList(),
                "roundTheClockCare", s.roundTheClockCare())));
        // An element the agreement lacks (a waived recommendation, or anything in a draft) is left out.
        var capacity = agreement.capacity();
        List<CapacityCommitment> commitments = capacity == null ? List.of() : capacity.commitments();
        model.put("capacity", map("cycle", capacity == null ? null : capacity.cycle(),
                "procedure", capacity == null ? null : capacity.procedure(), "programmes",
                list(agreement.programmes(), p -> map("name", programmeName(p.code()), "commitments",
                        list(commitments.stream().filter(c -> Objects.equals(c.programme(), p.code())).toList(),
                                this::commitment)))));
        var competence = agreement.competence();
        if (competence != null) {
            var supervisors = competence.supervisors();
            var training = competence.supervisionTraining();
            model.put("competence", map(
                    "sameProfession", supervisors == null ? null : supervisors.sameProfession(),
                    "formalSupervisionCompetence", supervisors == null ? null : supervisors.formalSupervisionCompetence(),
                    "studentsPerSupervisor", supervisors == null ? null : supervisors.studentsPerSupervisor(),
                    "professionalEnvironment", competence.professionalEnvironment(),
                    "supervisionTraining", training == null ? null : map("provider", training.provider(),
                            "description", training.description(), "plan", training.plan())));
        }
        var evaluation = agreement.evaluation();
        List<Map<String, Object>> evaluations = new ArrayList<>();
        if (evaluation != null) {
            evaluation("cooperation", evaluation.cooperation(), evaluations);
            evaluation("quality", evaluation.quality(), evaluations);
            evaluation("competenceDevelopment", evaluation.competenceDevelopment(), evaluations);
        }
        model.put("evaluation", evaluations);
        var responsibilities = agreement.responsibilities();
        if (responsibilities != null) {
            var ofInstitution = responsibilities.institution();
            var ofMunicipality = responsibilities.municipality();
            model.put("responsibilities", map(
                    "institution", ofInstitution == null ? map("additional", List.of()) : map(
                            "followUp", ofInstitution.followUp(), "pedagogicalSupport", ofInstitution.pedagogicalSupport(),
                            "additional", ofInstitution.additional()),
                    "municipality", ofMunicipality == null ? map("additional", List.of()) : map(
                            "placements", ofMunicipality.placements(), "dailySupervision", ofMunicipality.dailySupervision(),
                            "soundPractice", ofMunicipality.soundPractice(), "additional", ofMunicipality.additional()),
                    "professionalDevelopment", responsibilities.professionalDevelopment()));
        }
        var roles = agreement.roles();
        if (roles != null) {
            var coordinators = roles.practiceCoordinators();
            var developer = roles.professionalDeveloper();
            model.put("roles", map(
                    "institutionCoordinator", coordinators == null || coordinators.institution() == null ? null
                            : contact(coordinators.institution()),
                    "municipalCoordinators", coordinators == null ? List.of() : list(coordinators.municipalities(),
                            c -> map("municipalityName", municipalityName(c.municipality()), "name", c.name(),
                                    "email", c.email(), "phone", c.phone())),
                    "professionalDeveloper", developer == null ? null : map("name", developer.name(),
                            "organisation", developer.organisation(), "email", developer.email()),
                    "supervisors", roles.supervisors(), "practiceTeacher", roles.practiceTeacher()));
        }
        model.put("forums", agreement.collaboration() == null ? List.of() : list(agreement.collaboration().forums(),
                f -> map("level", f.level(), "name", f.name(), "participants", f.participants(),
                        "frequency", f.frequency())));
        model.put("researchAndInnovation", agreement.researchAndInnovation());
        var students = agreement.students();
        model.put("students", students == null ? null : map("confidentialityDeclaration",
                students.confidentialityDeclaration(), "policeCertificate", students.policeCertificate(),
                "infectionControl", students.infectionControl(), "suitabilityAssessment", students.suitabilityAssessment()));
        var involvement = agreement.userInvolvement();
        model.put("userInvolvement", involvement == null ? null : map("organisations", involvement.organisations(),
                "description", involvement.description()));
        model.put("clauses", list(agreement.clauses(), c -> map("heading", c.heading(),
                "paragraphs", c.text() == null ? List.of() : paragraphs(c.text()))));
        List<String> fields = signatureFieldNames(agreement);
        List<Map<String, Object>> signatories = new ArrayList<>();
        for (int i = 0; i < agreement.signatories().size(); i++) {
            Signatory s = agreement.signatories().get(i);
            signatories.add(map("fieldName", fields.get(i), "name", s.name(), "title", s.title(),
                    "partyName", partyName(s.party()), "level", s.level()));
        }
        model.put("signatories", signatories);
        return model;
    }

    private Map<String, Object> programme(Programme programme) {
        var guideline = agreement.term() == null ? Optional.<Guideline>empty()
                : codeLists.programme(programme.code()).flatMap(p -> p.guidelineOn(agreement.term().effectiveFrom()));
        List<Map<String, Object>> terms = new ArrayList<>();
        codeLists.programme(programme.code()).ifPresent(entry -> entry.terms().forEach(term -> {
            if (programme.terms().containsKey(term.key())) {
                terms.add(map("key", term.key(), "title", term.title().in(language), "text", programme.terms().get(term.key())));
            }
        }));
        return map("code", programme.code(), "name", programmeName(programme.code()), "guideline",
                guideline.map(g -> map("instrument", g.instrument(), "title", g.title(), "article", g.article())).orElse(null),
                "terms", terms);
    }

    private Map<String, Object> commitment(CapacityCommitment commitment) {
        // A draft may name a site the agreement does not have: it is shown as written.
        Site site = agreement.sites().stream().filter(s -> Objects.equals(s.id(), commitment.site())).findFirst()
                .orElse(null);
        String municipality = site != null && site.municipality() != null ? municipalityName(site.municipality())
                : agreement.parties().municipalities().isEmpty() ? null : agreement.parties().municipalities().get(0).name();
        return map("siteName", site == null ? commitment.site() : site.name(), "municipalityName", municipality,
                "minimumPlacements", commitment.minimumPlacements(),
                "periods", list(commitment.periods(), (CapacityPeriod p) -> map("from", date(p.from()), "to", date(p.to()),
                        "weeks", p.weeks(), "placements", p.placements())));
    }

    private static void evaluation(String subject, EvaluationItem item, List<Map<String, Object>> evaluations) {
        if (item != null) {
            evaluations.add(map("subject", subject, "frequency", item.frequency(), "description", item.description()));
        }
    }

    private static Map<String, Object> contact(Contact contact) {
        return map("name", contact.name(), "email", contact.email(), "phone", contact.phone());
    }

    /** The programme's name as the agreement gives it, else the code list's name in the contract's language. */
    private String programmeName(String code) {
        return agreement.programmes().stream().filter(p -> Objects.equals(p.code(), code) && p.name() != null)
                .map(Programme::name).findFirst()
                .orElseGet(() -> codeLists.programme(code).map(p -> p.names().in(language)).orElse(code));
    }

    private String municipalityName(String id) {
        return agreement.parties().municipalities().stream().filter(m -> Objects.equals(m.id(), id) && m.name() != null)
                .map(Municipality::name).findFirst().orElse(id);
    }

    private String partyName(String party) {
        return Signatory.INSTITUTION.equals(party) && agreement.parties().institution() != null
                ? agreement.parties().institution().name() : municipalityName(party);
    }

    private String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        // Written out as each language's long form: «1. august 2026», «1 August 2026».
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.locale(language)));
    }

    /** A clause's text as paragraphs: blank lines separate them, and the lines of one are joined. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(joinLines(paragraph.strip()));
            }
        }
        return paragraphs;
    }

    /**
     * {@code text} with every run of white space that holds a line break made one space, in one pass.
     * The regular expression {@code \\s*\\n\\s*} did the same, but tried every space of a run without
     * a line break and ran on to the run's end from each: a value with 99 000 spaces in a row took
     * 70 s to render.
     */
    private static String joinLines(String text) {
        StringBuilder joined = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            boolean lineBreak = false;
            while (end < text.length() && isSpace(text.charAt(end))) {
                lineBreak |= text.charAt(end) == '\n';
                end++;
            }
            if (end == i) {
                joined.append(text.charAt(i));
                i++;
            } else {
                joined.append(lineBreak ? " " : text.substring(i, end));
                i = end;
            }
        }
        return joined.toString();
    }

    /** White space as {@code \\s} means it: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static <T> List<Map<String, Object>> list(List<T> items, Function<T, Map<String, Object>> mapper) {
        return items.stream().map(mapper).toList();
    }

    /** A map from alternating keys and values; null values are left out, so that templates test with {@code ??}. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    private static String slug(String text) {
        if (text == null) {
            return "signatar";
        }
        String ascii = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "signatar" : slug;
    }
}
