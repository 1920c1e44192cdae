package no.praksis.validator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.model.Waiver;

/**
 * Applies an agreement's waivers: a valid waiver marks the recommendation findings it names (at its
 * pointer and below, when it gives one) as waived; they stay in every report. A waiver of a rule
 * that may not be waived, an expired waiver and a waiver that matches nothing are findings themselves.
 */
final class Waivers {

    private Waivers() {
    }

    static List<Detection> apply(List<Waiver> waivers, List<Detection> detections, RuleCatalogue catalogue,
                                 LocalDate judgementDate) {
        List<Detection> result = new ArrayList<>(detections);
        for (Waiver waiver : waivers) {
            if (waiver.rule() == null || waiver.expires() == null) {
                // Only a file with structural findings has such a waiver (the schema reports what it
                // lacks), and a waiver that does not say what it waives, or until when, waives nothing.
                continue;
            }
            Map<String, String> args = Map.of("rule", waiver.rule(),
                    "pointer", waiver.target() == null ? "" : waiver.target(),
                    "expires", String.valueOf(waiver.expires()));
            Optional<RuleDefinition> rule = catalogue.rule(waiver.rule());
            if (rule.isPresent() && !rule.get().waivable() && !coversOnlyAdvisory(waiver, result)) {
                result.add(Detection.at("WAIVER-STATUTORY", waiver.pointer() + "/rule", args));
            } else if (rule.isPresent() && waiver.expires().isBefore(judgementDate)) {
                result.add(Detection.at("WAIVER-EXPIRED", waiver.pointer() + "/expires", args));
            } else if (!waive(waiver, result)) {
                result.add(Detection.at("WAIVER-UNUSED", waiver.pointer(), args));
            }
        }
        return result;
    }

    /**
     * True when {@code waiver} covers findings and all of them are advisory: a statutory rule whose
     * sources do not govern the agreement gives a warning that may be waived like any other.
     */
    private static boolean coversOnlyAdvisory(Waiver waiver, List<Detection> detections) {
        List<Detection> covered = detections.stream()
                .filter(d -> d.ruleId().equals(waiver.rule()) && covers(waiver.target(), d.pointer())).toList();
        return !covered.isEmpty() && covered.stream().allMatch(Detection::advisory);
    }

    /** Marks the findings {@code waiver} covers; true when it covered any. */
    private static boolean waive(Waiver waiver, List<Detection> detections) {
        boolean used = false;
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            if (detection.ruleId().equals(waiver.rule()) && covers(waiver.target(), detection.pointer())) {
                detections.set(i, detection.asWaived());
                used = true;
            }
        }
        return used;
    }

    private static boolean covers(String target, String pointer) {
        return target == null || target.equals(pointer) || pointer != null && pointer.startsWith(target + "/");
    }
}
