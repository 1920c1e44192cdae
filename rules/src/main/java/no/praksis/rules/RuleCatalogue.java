package no.praksis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import no.praksis.schema.LocalizedText;

/**
 * The rule catalogue: one metadata file per rule under {@code no/praksis/rules/catalogue/}, and the
 * legal instruments they cite in {@code instruments.yaml}. Every finding the product reports, from
 * the parser, the schema or a DRL rule, is resolved against this catalogue.
 */
public final class RuleCatalogue {

    private static final String DIRECTORY = "no/praksis/rules/catalogue";
    private static final String INSTRUMENTS = "/no/praksis/rules/instruments.yaml";
    /** The instrument key that stands for the national guideline of the programme in the finding. */
    private static final String GUIDELINE = "guideline";

    private final Map<String, RuleDefinition> rules;

    private RuleCatalogue(Map<String, RuleDefinition> rules) {
        this.rules = rules;
    }

    private static final class Holder {
        static final RuleCatalogue INSTANCE = load();
    }

    /** The catalogue shipped with this version of the tool. */
    public static RuleCatalogue standard() {
        return Holder.INSTANCE;
    }

    /** Every rule, ordered by id. */
    public List<RuleDefinition> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * The rule that owns the field at {@code pattern} and applies on {@code date}: the rule whose
     * source requires the field, so that a schema finding about it carries that source.
     */
    public Optional<RuleDefinition> ownerOf(String pattern, LocalDate date) {
        return rules.values().stream().filter(r -> r.owns(pattern) && r.inForceOn(date)).findFirst();
    }

    /** The rule with {@code id}; a rule the catalogue lacks is a defect of the product. */
    public RuleDefinition require(String id) {
        RuleDefinition rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule " + id + " has no entry in the rule catalogue");
        }
        return rule;
    }

    private static RuleCatalogue load() {
        Load yaml = new Load(LoadSettings.builder().setLabel("rule catalogue").build());
        Map<String, Instrument> instruments = instruments(yaml);
        Map<String, RuleDefinition> rules = new TreeMap<>();
        for (String file : catalogueFiles()) {
            RuleDefinition rule = definition(asMap(read(yaml, "/" + DIRECTORY + "/" + file)), instruments);
            if (!file.equals(rule.id() + ".yaml")) {
                throw new IllegalStateException("rule file " + file + " declares id " + rule.id());
            }
            rules.put(rule.id(), rule);
        }
        return new RuleCatalogue(Collections.unmodifiableMap(rules));
    }

    private static RuleDefinition definition(Map<String, Object> map, Map<String, Instrument> instruments) {
        List<LegalReference> legalBasis = new ArrayList<>();
        for (Object entry : list(map.get("legalBasis"))) {
            Map<String, Object> reference = asMap(entry);
            String key = (String) reference.get("instrument");
            Instrument instrument = GUIDELINE.equals(key) ? null : instruments.get(key);
            if (instrument == null && !GUIDELINE.equals(key)) {
                throw new IllegalStateException("rule " + map.get("id") + " cites unknown instrument " + key);
            }
            Map<String, LegalReference.Wording> wordings = new TreeMap<>();
            if (reference.get("wordings") != null) {
                for (Map.Entry<String, Object> wording : asMap(reference.get("wordings")).entrySet()) {
                    Map<String, Object> w = asMap(wording.getValue());
                    wordings.put(wording.getKey(), new LegalReference.Wording((String) w.get("article"),
                            (String) w.get("anchor"), trim(w.get("quote"))));
                }
            }
            legalBasis.add(new LegalReference(instrument, (String) reference.get("article"),
                    (String) reference.get("anchor"), trim(reference.get("quote")), wordings));
        }
        Map<String, RuleDefinition.Variant> variants = new TreeMap<>();
        if (map.get("variants") != null) {
            for (Map.Entry<String, Object> variant : asMap(map.get("variants")).entrySet()) {
                Map<String, Object> texts = asMap(variant.getValue());
                variants.put(variant.getKey(), new RuleDefinition.Variant(text(texts, "message"), text(texts, "fix")));
            }
        }
        return new RuleDefinition((String) map.get("id"), Severity.fromLabel((String) map.get("severity")),
                Boolean.TRUE.equals(map.get("waivable")), (String) map.get("layer"), strings(map.get("fields")),
                date(map.get("validFrom")), date(map.get("validTo")), legalBasis, strings(map.get("covers")),
                text(map, "summary"), text(map, "message"), text(map, "fix"), variants, text(map, "why"),
                trim(map.get("avoid")), trim(map.get("prefer")));
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    /** The text under {@code key}, or null when the rule has only variants. */
    private static LocalizedText text(Map<String, Object> map, String key) {
        if (map.get(key) == null) {
            return null;
        }
        Map<String, Object> text = asMap(map.get(key));
        return new LocalizedText(trim(text.get("nb")), trim(text.get("nn")), trim(text.get("en")));
    }

    private static String trim(Object text) {
        return text == null ? null : text.toString().strip();
    }

    private static Map<String, Instrument> instruments(Load yaml) {
        Map<String, Instrument> result = new TreeMap<>();
        for (Map.Entry<String, Object> entry : asMap(asMap(read(yaml, INSTRUMENTS)).get("instruments")).entrySet()) {
            List<Instrument.Version> versions = new ArrayList<>();
            for (Object v : list(asMap(entry.getValue()).get("versions"))) {
                Map<String, Object> version = asMap(v);
                versions.add(new Instrument.Version((String) version.get("id"), (String) version.get("title"),
                        (String) version.get("url"), date(version.get("inForceFrom")), date(version.get("inForceTo"))));
            }
            result.put(entry.getKey(), new Instrument(entry.getKey(), versions,
                    (String) asMap(entry.getValue()).get("scope")));
        }
        return result;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static Object read(Load yaml, String resource) {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return yaml.loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metadata files on the classpath, whether it holds a directory (tests) or a jar. */
    private static List<String> catalogueFiles() {
        URL url = RuleCatalogue.class.getClassLoader().getResource(DIRECTORY);
        if (url == null) {
            throw new IllegalStateException("rule catalogue missing from the classpath: " + DIRECTORY);
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return yamlFiles(jar.getPath(DIRECTORY));
                } catch (FileSystemAlreadyExistsException e) {
                    return yamlFiles(FileSystems.getFileSystem(url.toURI()).getPath(DIRECTORY));
                }
            }
            return yamlFiles(Paths.get(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }
}
