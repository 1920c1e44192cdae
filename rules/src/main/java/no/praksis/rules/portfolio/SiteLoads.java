package no.praksis.rules.portfolio;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.CapacityCommitment;
import no.praksis.rules.model.CapacityPeriod;
import no.praksis.rules.model.Municipality;
import no.praksis.rules.model.Site;

/**
 * The students the agreements in force place at each site, week by week, against the site's
 * {@code supervisorCapacity}. A site is one site across agreements when they give the same
 * organisation number (underenhet), or else the same municipality and name, compared without case
 * and spacing. Only commitments with periods are counted: a commitment without one places its
 * students in no particular week.
 */
final class SiteLoads {

    /** Weeks looked at from the judgement date: the planning horizon of three annual cycles. */
    private static final int WEEKS_AHEAD = 3 * 53;

    private SiteLoads() {
    }

    private static final class Load {
        final String name;
        Integer capacity;
        final List<Place> places = new ArrayList<>();
        final java.util.Set<String> agreements = new java.util.LinkedHashSet<>();
        final Map<LocalDate, Long> students = new TreeMap<>();

        Load(String name) {
            this.name = name;
        }
    }

    static List<SiteOverload> overloads(List<PortfolioEngine.Member> members, LocalDate judgementDate) {
        LocalDate firstMonday = judgementDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Load> loads = new LinkedHashMap<>();
        for (PortfolioEngine.Member member : members) {
            if (!member.inForce()) {
                continue;
            }
            Agreement agreement = member.agreement();
            Map<String, Municipality> municipalities = agreement.parties().municipalities().stream()
                    .collect(Collectors.toMap(Municipality::id, Function.identity(), (first, later) -> first));
            for (Site site : agreement.sites()) {
                Load load = loads.computeIfAbsent(key(site, municipalities), k -> new Load(site.name()));
                if (site.supervisorCapacity() != null) {
                    load.capacity = load.capacity == null ? site.supervisorCapacity()
                            : Math.min(load.capacity, site.supervisorCapacity());
                }
                load.places.add(new Place(member.path(), site.pointer()));
                load.agreements.add(member.path());
                for (CapacityCommitment commitment : agreement.capacity().commitments()) {
                    if (!commitment.site().equals(site.id())) {
                        continue;
                    }
                    for (int week = 0; week < WEEKS_AHEAD; week++) {
                        LocalDate monday = firstMonday.plusWeeks(week);
                        if (!agreement.term().covers(monday) && !agreement.term().covers(monday.plusDays(6))) {
                            continue;
                        }
                        for (CapacityPeriod period : commitment.periods()) {
                            if (period.covers(monday)) {
                                load.students.merge(monday, (long) period.placements(), Long::sum);
                            }
                        }
                    }
                }
            }
        }
        List<SiteOverload> overloads = new ArrayList<>();
        for (Load load : loads.values()) {
            if (load.capacity == null || load.agreements.size() < 2) {
                // One agreement over its own site's capacity is that agreement's matter, not the portfolio's.
                continue;
            }
            load.students.entrySet().stream().filter(e -> e.getValue() > load.capacity).findFirst()
                    .ifPresent(e -> overloads.add(new SiteOverload(load.name, load.capacity, e.getKey(), e.getValue(),
                            load.agreements.size(), load.places)));
        }
        return overloads;
    }

    /** The site's identity across agreements: its organisation number, else municipality and name. */
    private static String key(Site site, Map<String, Municipality> municipalities) {
        if (site.organisationNumber() != null) {
            return "org:" + site.organisationNumber();
        }
        Municipality municipality = site.municipality() != null ? municipalities.get(site.municipality())
                : municipalities.size() == 1 ? municipalities.values().iterator().next() : null;
        String number = municipality == null ? "?" : municipality.municipalityNumber();
        return "name:" + number + ":" + site.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
