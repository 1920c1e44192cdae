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
 * from an agreement.
 */
public record Coverage(List<Item> items) {

    private static final String RESOURCE = "/no/praksis/rules/coverage.yaml";

    public Coverage {
        items = List.copyOf(items);
    }

    /**
     * @param notCheckable why no rule can check it from an agreement, or, where rules cover it in
     *                     part, what they leave unchecked; null when rules cover it fully
     */
    public record Item(String id, String source, LocalizedText text, LocalizedText notCheckable) {
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
            return new Coverage(items);
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
