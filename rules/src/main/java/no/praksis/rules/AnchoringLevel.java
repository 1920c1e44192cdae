package no.praksis.rules;

import java.util.List;

/**
 * The levels at which the report on the municipal practice model (ch. 2.5) recommends that an
 * agreement is anchored: political/administrative, professional and operational. The fourth level,
 * networks, lies outside a single agreement.
 */
public enum AnchoringLevel {
    ADMINISTRATIVE("administrative", "politisk og administrativt nivå", "political and administrative level"),
    PROFESSIONAL("professional", "faglig nivå", "professional level"),
    OPERATIONAL("operational", "operativt nivå", "operational level");

    /** The codes of the recommended levels, as written in agreements. */
    public static final List<String> RECOMMENDED = List.of("administrative", "professional", "operational");

    private final String code;
    private final String nb;
    private final String en;

    AnchoringLevel(String code, String nb, String en) {
        this.code = code;
        this.nb = nb;
        this.en = en;
    }

    public static AnchoringLevel of(String code) {
        for (AnchoringLevel level : values()) {
            if (level.code.equals(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException(code);
    }

    public String nb() {
        return nb;
    }

    public String en() {
        return en;
    }
}
