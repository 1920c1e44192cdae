package no.praksis.rules.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.KieBase;

import no.praksis.rules.Hits;
import no.praksis.rules.Programmes;
import no.praksis.rules.RuleEngine;
import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.CapacityCommitment;
import no.praksis.rules.model.CapacityPeriod;
import no.praksis.rules.model.MunicipalCoordinator;
import no.praksis.rules.model.Municipality;
import no.praksis.rules.model.Programme;
import no.praksis.rules.model.Site;

/**
 * Runs the portfolio rules (DRL package {@code no.praksis.rules.portfolio}) over many agreements at
 * once, in one session: the duties that bind a programme or a municipality across agreements, and
 * what only shows between files (two files of one version, two versions in force at once).
 */
public final class PortfolioEngine {

    /** The DRL package of the portfolio rules. */
    public static final String PACKAGE = "no.praksis.rules.portfolio";

    private static final class Holder {
        static final KieBase KIE_BASE = RuleEngine.kieBase(PACKAGE);
    }

    private PortfolioEngine() {
    }

    /** One agreement file of the portfolio that could be bound; {@code inForce} when valid and in force. */
    public record Member(String path, Agreement agreement, boolean inForce) {
    }

    /** Runs every portfolio rule over {@code members}, judged on {@code judgementDate}. */
    public static List<PortfolioHit> run(List<Member> members, LocalDate judgementDate) {
        PortfolioHits hits = new PortfolioHits();
        List<Object> facts = facts(members);
        facts.addAll(SiteLoads.overloads(members, judgementDate));
        RuleEngine.fire(Holder.KIE_BASE, hits, name -> hits.firing(Hits.ruleId(name)), facts, judgementDate);
        return hits.list();
    }

    /** The names of the portfolio's DRL rules, for the tests that tie them to the catalogue. */
    public static List<String> drlRuleNames() {
        return Holder.KIE_BASE.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName).sorted().toList();
    }

    /**
     * Every place the portfolio rules may name in {@code member}'s file, so that a caller can note
     * where each is before it lets the file's text go.
     */
    public static List<Place> places(Member member) {
        List<Place> places = new ArrayList<>();
        for (Object fact : facts(List.of(member))) {
            if (fact instanceof PortfolioHits.Located located) {
                places.add(located.place());
            }
            if (fact instanceof ProgrammeOffer offer) {
                places.add(offer.sevenWeeksPlace());
                places.add(offer.municipalWeeksPlace());
            }
            if (fact instanceof AgreementFile file) {
                places.add(file.end());
                places.add(file.review());
            }
        }
        member.agreement().sites().forEach(site -> places.add(new Place(member.path(), site.pointer())));
        return places;
    }

    static List<Object> facts(List<Member> members) {
        List<Object> facts = new ArrayList<>();
        // The groups the rules judge together, each once: a rule that fired for every member of its
        // group would collect the group for each, quadratic in a large municipality or institution.
        Set<Object> groups = new LinkedHashSet<>();
        // A municipality is its number; the name is the first agreement's way of writing it.
        Map<String, MunicipalityParty> municipalities = new LinkedHashMap<>();
        for (Member member : members) {
            Agreement agreement = member.agreement();
            facts.add(new AgreementFile(member.path(), agreement.id(), agreement.version(), member.inForce(),
                    agreement.term().effectiveFrom(), agreement.term().effectiveTo(), agreement.term().reviewCycle()));
            groups.add(new AgreementVersion(agreement.id(), null));
            groups.add(new AgreementVersion(agreement.id(), agreement.version()));
            if (!member.inForce()) {
                continue;
            }
            for (Municipality municipality : agreement.parties().municipalities()) {
                if (municipality.municipalityNumber() != null) {
                    municipalities.putIfAbsent(municipality.municipalityNumber(),
                            new MunicipalityParty(municipality.municipalityNumber(), municipality.name()));
                }
            }
            String institution = agreement.parties().institution().organisationNumber();
            String institutionName = agreement.parties().institution().name();
            coordinators(member, facts);
            for (Programme programme : agreement.programmes()) {
                int weeks = municipalWeeks(agreement, programme.code());
                facts.add(new ProgrammeOffer(member.path(), programme.pointer(), institution, institutionName,
                        programme.code(), Programmes.name(programme), sevenWeeksWithRoundTheClockCare(agreement,
                        programme.code()), Math.max(weeks, 0), weeks >= 0,
                        periodsPointer(agreement, programme, Site::roundTheClockCare),
                        periodsPointer(agreement, programme,
                                site -> site.serviceArea() == null || !NOT_HEALTH_AND_CARE.contains(site.serviceArea()))));
                groups.add(new InstitutionProgramme(institution, institutionName, programme.code(),
                        Programmes.name(programme)));
            }
        }
        facts.addAll(groups);
        facts.addAll(municipalities.values());
        return facts;
    }

    /** The municipalities' practice coordinators the agreement names, each with its municipality's number. */
    private static void coordinators(Member member, List<Object> facts) {
        Agreement agreement = member.agreement();
        if (agreement.roles() == null || agreement.roles().practiceCoordinators() == null) {
            return;
        }
        Map<String, Municipality> municipalities = agreement.parties().municipalities().stream()
                .collect(Collectors.toMap(Municipality::id, Function.identity(), (first, later) -> first));
        for (MunicipalCoordinator coordinator : agreement.roles().practiceCoordinators().municipalities()) {
            Municipality municipality = municipalities.get(coordinator.municipality());
            if (municipality != null && municipality.municipalityNumber() != null) {
                facts.add(CoordinatorNamed.of(member.path(), coordinator.pointer(), municipality.municipalityNumber(),
                        municipality.name(), coordinator.name(), coordinator.email()));
            }
        }
    }

    /**
     * The service areas of the format that are not municipal health and care services: NAV and child
     * welfare (barnevern) are services under other acts; a placement there does not count towards a
     * guideline's weeks in the municipal health and care services.
     */
    static final Set<String> NOT_HEALTH_AND_CARE = Set.of("nav", "barnevern");

    /**
     * The weeks of placement the agreement's commitments for {@code code} give in one cycle at its
     * sites in the municipal health and care services (every site but {@link #NOT_HEALTH_AND_CARE}),
     * summed over their periods; -1 when some such commitment has no period, or a period without a
     * countable length, or at a site it does not name, or when the agreement has no commitment for the programme but a procedure by
     * which places are asked for in each cycle (format 1.1): then the weeks cannot be counted.
     */
    static int municipalWeeks(Agreement agreement, String code) {
        Map<String, Site> sites = agreement.sites().stream()
                .collect(Collectors.toMap(Site::id, Function.identity(), (first, later) -> first));
        int weeks = 0;
        boolean committed = false;
        for (CapacityCommitment commitment : agreement.capacity().commitments()) {
            Site site = sites.get(commitment.site());
            if (!commitment.programme().equals(code)) {
                continue;
            }
            committed = true;
            if (site != null && NOT_HEALTH_AND_CARE.contains(site.serviceArea())) {
                continue;
            }
            // A commitment at a site the agreement does not name (CONSISTENCY-SITE-REFERENCE) cannot
            // be placed, and one without periods says how many, not how long: not countable.
            if (site == null || commitment.periods().isEmpty()) {
                return -1;
            }
            for (CapacityPeriod period : commitment.periods()) {
                int length = period.wholeWeeks(agreement.term());
                if (length < 0) {
                    return -1;
                }
                weeks += length;
            }
        }
        return !committed && agreement.capacity().hasProcedure() ? -1 : weeks;
    }

    /**
     * Where a period for {@code programme} goes in the agreement: the periods of its first commitment
     * for the programme at a site it names that is {@code suitable} (the commitment itself when that
     * has no periods), else its first commitment for the programme, else the programme itself.
     */
    static String periodsPointer(Agreement agreement, Programme programme, java.util.function.Predicate<Site> suitable) {
        Map<String, Site> sites = agreement.sites().stream()
                .collect(Collectors.toMap(Site::id, Function.identity(), (first, later) -> first));
        List<CapacityCommitment> commitments = agreement.capacity().commitments().stream()
                .filter(c -> c.programme().equals(programme.code())).toList();
        return commitments.stream().filter(c -> sites.containsKey(c.site()) && suitable.test(sites.get(c.site())))
                .findFirst().or(() -> commitments.stream().findFirst())
                .map(CapacityCommitment::periodsPointer).orElse(programme.pointer());
    }

    /**
     * True when the agreement commits placements for {@code code} at a site with round-the-clock care
     * in a period of seven weeks or more (as RETHOS-SYKEPLEIER-SEVEN-WEEKS reads one agreement).
     */
    static boolean sevenWeeksWithRoundTheClockCare(Agreement agreement, String code) {
        Map<String, Site> sites = agreement.sites().stream()
                .collect(Collectors.toMap(Site::id, Function.identity(), (first, later) -> first));
        for (CapacityCommitment commitment : agreement.capacity().commitments()) {
            Site site = sites.get(commitment.site());
            if (commitment.programme().equals(code) && site != null && site.roundTheClockCare()) {
                for (CapacityPeriod period : commitment.periods()) {
                    if (period.lastsSevenWeeks(agreement.term())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
