package no.praksis.schema;

import java.util.Map;
import java.util.Objects;

/** A text in the product's languages: bokmål, nynorsk and English. */
public record LocalizedText(String nb, String nn, String en) {

    public LocalizedText {
        Objects.requireNonNull(nb, "nb");
    }

    /** The text in {@code language} ({@code nb}, {@code nn} or {@code en}), falling back to bokmål. */
    public String in(String language) {
        String text = switch (language) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
        return text != null ? text : nb;
    }

    /** The same text in every language: a name written in the agreement, which is not translated. */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    static LocalizedText from(Object yaml) {
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new IllegalStateException("expected a mapping with nb/nn/en, got " + yaml);
        }
        return new LocalizedText((String) map.get("nb"), (String) map.get("nn"), (String) map.get("en"));
    }
}
