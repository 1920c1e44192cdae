package no.praksis.validator.schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft202012;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.RuleCatalogue;
import no.praksis.schema.AgreementSchema;
import no.praksis.schema.LocalizedText;
import no.praksis.schema.PeoplePath;
import no.praksis.schema.TextTemplate;
import no.praksis.validator.Detection;
import no.praksis.validator.load.MissingSpace;
import no.praksis.validator.load.SourceMap;

/**
 * Checks an agreement tree against the JSON Schema of format v1 and words each violation for a
 * lawyer: which field, what is wrong, what to write instead.
 */
public final class SchemaCheck {

    /** Pattern definitions of the schema that have their own explanation. */
    private static final List<String> EXPLAINED_PATTERNS = List.of("slug", "organisationNumber",
            "municipalityNumber", "text");

    /** The variant of an owning rule that words a missing field, where the rule has other cases too. */
    private static final String MISSING = "missing";

    private final SchemaNavigator navigator;
    private final Schema schema;

    public SchemaCheck(JsonNode schemaJson) {
        this.navigator = new SchemaNavigator(schemaJson);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        // enumDescriptions is the editors' keyword for the code lists' names: an annotation, not an assertion.
        Dialect dialect = Dialect.builder(Draft202012.getInstance()).format(new MailboxFormat())
                .keyword(new AnnotationKeyword("enumDescriptions")).build();
        SchemaRegistry registry = SchemaRegistry.withDialect(dialect, builder -> builder.schemaRegistryConfig(config));
        this.schema = registry.getSchema(schemaJson);
    }

    /** The schema shipped with the tool, compiled once: it is immutable and checks on any thread. */
    public static SchemaCheck standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final SchemaCheck INSTANCE = new SchemaCheck(AgreementSchema.load());

        static {
            no.praksis.schema.Startup.mark("schema compiled");
        }
    }

    public SchemaNavigator navigator() {
        return navigator;
    }

    /**
     * The schema's findings. {@code sourceMap} places those about a key at the key itself. A missing
     * or empty element that a legal source requires is reported under the rule of that source, as in
     * force on {@code judgementDate}, so that it carries the source's severity and legal basis.
     */
    public List<Detection> check(JsonNode tree, SourceMap sourceMap, LocalDate judgementDate) {
        List<Detection> detections = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            detections.add(owned(describe(error, sourceMap), judgementDate));
        }
        return detections.stream().distinct().collect(Collectors.toList());
    }

    private Detection describe(Error error, SourceMap sourceMap) {
        String pointer = error.getInstanceLocation().toString();
        JsonNode instance = error.getInstanceNode();
        JsonNode subschema = navigator.at(pointer);
        String field = fieldName(pointer);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("field", field);
        // What is missing or wrong, and where: replaced by the missing key and its object for "required".
        String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
        args.put("property", field);
        args.put("where", PeoplePath.of(parent));
        switch (error.getKeyword()) {
            case "required" -> {
                String property = error.getProperty();
                JsonNode propertySchema = navigator.property(subschema, property);
                args.put("property", property);
                put(args, "title", navigator.titleText(propertySchema));
                put(args, "description", navigator.descriptionText(propertySchema));
                args.put("where", PeoplePath.of(pointer));
                return new Detection("SCHEMA-REQUIRED", pointer.isEmpty() ? "top-level" : "field", pointer, null, args);
            }
            case "additionalProperties" -> {
                String property = error.getProperty();
                args.put("property", property);
                Optional<String> suggestion = Suggestions.closest(property, navigator.propertyNames(subschema));
                suggestion.ifPresent(s -> args.put("suggestion", s));
                String unknown = pointer + "/" + SourceMap.escape(property);
                return new Detection("SCHEMA-UNKNOWN-KEY", suggestion.isPresent() ? "misspelt" : "unknown",
                        unknown, sourceMap.keyPositionOf(unknown), args);
            }
            case "type" -> {
                if (instance == null || instance.isNull()) {
                    return new Detection("SCHEMA-REQUIRED", "empty", pointer, null, args);
                }
                args.put("actual", shown(instance, sourceMap.writtenAt(pointer)));
                String expected = navigator.resolve(subschema) == null ? "string"
                        : navigator.resolve(subschema).path("type").asString("string");
                Optional<Map<String, String>> space = "object".equals(expected) && instance.isString()
                        ? MissingSpace.in(instance.asString()) : Optional.empty();
                if (space.isPresent()) {
                    // term: with the line effectiveTo:2029-07-31 under it is the text "effectiveTo:2029-07-31".
                    return new Detection("parse", MissingSpace.VARIANT, pointer, null, space.get());
                }
                return new Detection("SCHEMA-TYPE", expected, pointer, null, args);
            }
            case "enum" -> {
                args.put("value", shown(instance, sourceMap.writtenAt(pointer)));
                List<String> allowed = new ArrayList<>();
                navigator.resolve(subschema).path("enum").forEach(v -> allowed.add(v.asString()));
                args.put("allowed", String.join(", ", allowed));
                Optional<String> suggestion = instance.isString()
                        ? Suggestions.closest(instance.asString(), allowed) : Optional.empty();
                suggestion.ifPresent(s -> args.put("suggestion", s));
                return new Detection("SCHEMA-ENUM", suggestion.isPresent() ? "misspelt" : "value", pointer, null, args);
            }
            case "const" -> {
                args.put("value", shown(instance, sourceMap.writtenAt(pointer)));
                return new Detection("SCHEMA-FORMAT-VERSION", null, pointer, null, args);
            }
            case "format" -> {
                args.put("value", shown(instance, sourceMap.writtenAt(pointer)));
                String format = navigator.resolve(subschema).path("format").asString("date");
                if ("email".equals(format)) {
                    return new Detection("SCHEMA-FORMAT", "email", pointer, null, args);
                }
                Optional<NorwegianDate> norwegian = instance != null && instance.isString()
                        ? NorwegianDate.of(instance.asString()) : Optional.empty();
                return new Detection("SCHEMA-FORMAT", norwegian.map(date -> norwegianDate(date, args)).orElse("date"),
                        pointer, null, args);
            }
            case "pattern", "minLength" -> {
                args.put("value", shown(instance, sourceMap.writtenAt(pointer)));
                put(args, "description", navigator.descriptionText(subschema));
                String location = error.getSchemaLocation().toString();
                String variant = "minLength".equals(error.getKeyword()) ? "text" : EXPLAINED_PATTERNS.stream()
                        .filter(name -> location.contains("/$defs/" + name + "/")).findFirst().orElse("other");
                return new Detection("SCHEMA-PATTERN", variant, pointer, null, args);
            }
            case "minItems" -> {
                args.put("limit", String.valueOf(navigator.resolve(subschema).path("minItems").asInt()));
                args.put("actual", String.valueOf(instance.size()));
                put(args, "description", navigator.descriptionText(subschema));
                return new Detection("SCHEMA-SIZE", "min-items", pointer, null, args);
            }
            case "minimum", "maximum" -> {
                String keyword = error.getKeyword();
                args.put("limit", String.valueOf(navigator.resolve(subschema).path(keyword).asInt()));
                args.put("value", shown(instance, sourceMap.writtenAt(pointer)));
                return new Detection("SCHEMA-SIZE", keyword, pointer, null, args);
            }
            default -> {
                args.put("problem", error.getMessage());
                return new Detection("SCHEMA-INVALID", "other", pointer, null, args);
            }
        }
    }

    /**
     * Puts {@code text} in {@code args} in each language: bokmål under {@code name}, the others
     * beside it ({@link TextTemplate#inLanguage}), as the rules give a name from the code lists.
     */
    private static void put(Map<String, String> args, String name, LocalizedText text) {
        args.put(name, text.nb());
        for (String language : List.of("nn", "en")) {
            args.put(TextTemplate.inLanguage(name, language), text.in(language));
        }
    }

    /**
     * The variant for a date written the Norwegian way ({@code 31.07.2030}), with the date as the
     * format writes it in {@code args}: {@code iso} when the day exists, {@code asWritten} (the same
     * numbers in the format's order) when it does not.
     */
    private static String norwegianDate(NorwegianDate date, Map<String, String> args) {
        Optional<LocalDate> day = date.date();
        if (day.isEmpty()) {
            args.put("asWritten", String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", date.year(), date.month(),
                    date.day()));
            return "date-norwegian-impossible";
        }
        args.put("iso", day.get().toString());
        if (date.shortYear()) {
            args.put("year", String.valueOf(date.year()));
            return "date-norwegian-short-year";
        }
        return "date-norwegian";
    }

    /** The detection under the rule that owns the missing or empty element, if a rule owns it. */
    private static Detection owned(Detection detection, LocalDate judgementDate) {
        boolean missing = detection.ruleId().equals("SCHEMA-REQUIRED")
                || detection.ruleId().equals("SCHEMA-SIZE") && "min-items".equals(detection.variant())
                || detection.ruleId().equals("SCHEMA-PATTERN") && "text".equals(detection.variant());
        if (!missing) {
            return detection;
        }
        boolean inParent = "field".equals(detection.variant()) || "top-level".equals(detection.variant());
        String element = inParent
                ? detection.pointer() + "/" + SourceMap.escape(detection.args().get("property")) : detection.pointer();
        return RuleCatalogue.standard().ownerOf(element.replaceAll("/[0-9]+(?=/|$)", "/*"), judgementDate)
                // A rule that is also checked by the rule engine words the missing field in its "missing" variant.
                .map(owner -> new Detection(owner.id(), owner.variants().containsKey(MISSING) ? MISSING : null,
                        detection.pointer(), detection.position(), detection.args()))
                .orElse(detection);
    }

    /**
     * The last segment of the pointer, as the user wrote it: the key, or the list's key and the
     * position, counted from 1 as in {@link PeoplePath} ({@code sites[1]}).
     */
    private static String fieldName(String pointer) {
        if (pointer.isEmpty()) {
            return "/";
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            return fieldName(parent) + PeoplePath.of("/" + last);
        }
        return PeoplePath.of("/" + last);
    }

    /**
     * A value as a user would recognise it in the file: a number as it is written there, when the
     * loader kept that ({@code 1e400} rather than infinity).
     */
    private static String shown(JsonNode value, String written) {
        if (written != null) {
            return written;
        }
        if (value == null || value.isNull()) {
            return "~";
        }
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
