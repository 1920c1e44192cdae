package no.praksis.rules;

import java.util.List;

import no.praksis.schema.LocalizedText;

/**
 * The levels at which the report on the municipal practice model (ch. 2.5) recommends that an
 * agreement is anchored: political/administrative, professional and operational. The fourth level,
 * networks, lies outside a single agreement.
 */
public enum AnchoringLevel {
    ADMINISTRATIVE("administrative", new LocalizedText("politisk og administrativt nivå",
            "politisk og administrativt nivå", "political and administrative level")),
    PROFESSIONAL("professional", new LocalizedText("faglig nivå", "fagleg nivå", "professional level")),
    OPERATIONAL("operational", new LocalizedText("operativt nivå", "operativt nivå", "operational level"));

    /** The codes of the recommended levels, as written in agreements. */
    public static final List<String> RECOMMENDED = List.of("administrative", "professional", "operational");

    private final String code;
    private final LocalizedText name;

    AnchoringLevel(String code, LocalizedText name) {
        this.code = code;
        this.name = name;
    }

    public static AnchoringLevel of(String code) {
        for (AnchoringLevel level : values()) {
            if (level.code.equals(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The level's name in each language, as a message says it: «faglig nivå», «fagleg nivå», "professional level". */
    public LocalizedText text() {
        return name;
    }
}
