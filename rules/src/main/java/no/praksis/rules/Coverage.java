package no.praksis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import no.praksis.schema.LocalizedText;

/**
 * The requirements (R1–R20) and recommendations (H1–H8) of the project's legal brief, each either
 * implemented by the rules that name it in {@code covers}, or marked with why no rule can check it
 * from an agreement; and the national guidelines' programme-wide duties (weeks and arenas that bind
 * the study programme), each with whether it can be judged from an institution's municipal
 * agreements in force.
 */
public record Coverage(List<Item> items, List<Duty> programmeWide) {

    private static final String RESOURCE = "/no/praksis/rules/coverage.yaml";

    public Coverage {
        items = List.copyOf(items);
        programmeWide = List.copyOf(programmeWide);
    }

    public Coverage(List<Item> items) {
        this(items, List.of());
    }

    /**
     * @param notCheckable why no rule can check it from an agreement, or, where rules cover it in
     *                     part, what they leave unchecked; null when rules cover it fully
     */
    public record Item(String id, String source, LocalizedText text, LocalizedText notCheckable) {
    }

    /**
     * A programme-wide duty of a guideline that was considered for a portfolio rule.
     *
     * @param source   the guideline, article and paragraph, and the programme
     * @param wording  the guideline's words, verbatim
     * @param decision whether it can be judged from the municipal agreements, and why
     * @param rule     the portfolio rule that judges it, or null
     */
    public record Duty(String source, String wording, LocalizedText decision, String rule) {
    }

    @SuppressWarnings("unchecked")
    public static Coverage standard() {
        try (InputStream in = Coverage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            }
            Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in);
            List<Item> items = new ArrayList<>();
            for (Map<String, Object> item : (List<Map<String, Object>>) root.get("items")) {
                items.add(new Item((String) item.get("id"), (String) item.get("source"), text(item.get("text")),
                        text(item.get("notCheckable"))));
            }
            List<Duty> duties = new ArrayList<>();
            Object programmeWide = root.get("programmeWide");
            if (programmeWide != null) {
                for (Map<String, Object> duty : (List<Map<String, Object>>) programmeWide) {
                    duties.add(new Duty((String) duty.get("source"), (String) duty.get("wording"),
                            text(duty.get("decision")), (String) duty.get("rule")));
                }
            }
            return new Coverage(items, duties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText text(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> map = (Map<String, Object>) value;
        return new LocalizedText(String.valueOf(map.get("nb")).strip(),
                map.get("nn") == null ? null : String.valueOf(map.get("nn")).strip(),
                map.get("en") == null ? null : String.valueOf(map.get("en")).strip());
    }
}
