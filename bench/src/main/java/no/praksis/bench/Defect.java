package no.praksis.bench;

import java.util.List;
import java.util.Map;

import static no.praksis.bench.YamlData.list;
import static no.praksis.bench.YamlData.map;

/**
 * The kinds of error the generator puts into an invalid agreement, one per file, each with the rule
 * that must report it: so that a corpus can be checked to be what it claims (bench/run validates a
 * sample with the real command line), and so that Spectral is asked to find the same things.
 */
public enum Defect {
    /** A valid agreement. */
    NONE(null) {
        @Override
        void apply(Map<String, Object> agreement) {
        }
    },
    /** A commitment names a site the agreement does not list. */
    UNKNOWN_SITE("CONSISTENCY-SITE-REFERENCE") {
        @Override
        void apply(Map<String, Object> agreement) {
            map(list(map(agreement, "capacity"), "commitments").get(0)).put("site", "ukjent-praksissted");
        }
    },
    /** A municipality's organisation number with a wrong check digit. */
    BAD_ORGANISATION_NUMBER("CONSISTENCY-ORGANISATION-NUMBER") {
        @Override
        void apply(Map<String, Object> agreement) {
            Map<String, Object> municipality = map(list(map(agreement, "parties"), "municipalities").get(0));
            String number = (String) municipality.get("organisationNumber");
            int last = number.charAt(8) - '0';
            municipality.put("organisationNumber", number.substring(0, 8) + (last + 1) % 10);
        }
    },
    /** The agreement ends before it begins. */
    TERM_REVERSED("CONSISTENCY-TERM-ORDER") {
        @Override
        void apply(Map<String, Object> agreement) {
            Map<String, Object> term = map(agreement, "term");
            Object from = term.get("effectiveFrom");
            term.put("effectiveFrom", term.get("effectiveTo"));
            term.put("effectiveTo", from);
        }
    },
    /** A key misspelt: a structural finding, which the rules then judge only beside. */
    MISSPELT_KEY("SCHEMA-UNKNOWN-KEY") {
        @Override
        void apply(Map<String, Object> agreement) {
            Map<String, Object> term = map(agreement, "term");
            term.put("noticeMonht", term.remove("noticeMonths"));
        }
    },
    /** The municipality's duty of daily supervision left out: a statutory requirement. */
    MISSING_DAILY_SUPERVISION("RAMMEPLAN-3-DAILY-SUPERVISION") {
        @Override
        void apply(Map<String, Object> agreement) {
            map(map(agreement, "responsibilities"), "municipality").remove("dailySupervision");
        }
    };

    private final String ruleId;

    Defect(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The rule that reports this defect; null for {@link #NONE}. */
    public String ruleId() {
        return ruleId;
    }

    /** Puts the defect into {@code agreement}, a generated agreement as mutable YAML data. */
    abstract void apply(Map<String, Object> agreement);

    /** The defects that make an agreement invalid. */
    static List<Defect> errors() {
        return List.of(UNKNOWN_SITE, BAD_ORGANISATION_NUMBER, TERM_REVERSED, MISSPELT_KEY, MISSING_DAILY_SUPERVISION);
    }
}
