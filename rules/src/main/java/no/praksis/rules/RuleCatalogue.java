package no.praksis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import no.praksis.schema.LocalizedText;

/**
 * The rule catalogue: one folder per rule, {@code no/praksis/rules/RULE-ID/}, holding its rule file
 * {@value #RULE_FILE} (metadata, texts, legal basis), the DRL {@value #DRL_FILE} where the rule engine
 * detects it, and its fixtures ({@code pass*.yaml}, {@code fail*.yaml}, kept out of the jar); and the
 * legal instruments the rules cite in {@code instruments.yaml}. Every finding the product reports,
 * from the parser, the schema or a DRL rule, is resolved against this catalogue.
 */
public final class RuleCatalogue {

    /** The rule file in each rule's folder; one name for all, as the folder already names the rule. */
    public static final String RULE_FILE = "rule.yaml";
    /** The DRL in the folder of a rule the rule engine detects. */
    public static final String DRL_FILE = "rule.drl";

    private static final String ROOT = "/no/praksis/rules/";
    private static final String INSTRUMENTS = ROOT + "instruments.yaml";
    /** The instrument key that stands for the national guideline of the programme in the finding. */
    private static final String GUIDELINE = "guideline";

    private final Map<String, RuleDefinition> rules;

    private RuleCatalogue(Map<String, RuleDefinition> rules) {
        this.rules = rules;
    }

    private static final class Holder {
        static final RuleCatalogue INSTANCE = load();

        static {
            no.praksis.schema.Startup.mark("rule catalogue read");
        }
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
     * The rule that owns the field at {@code pattern}: the rule whose source requires the field, so
     * that a schema finding about it carries that source. The one in force on {@code date} comes
     * first; where none is, the owner still words the finding, which then rests on no law and is a
     * warning (a field the format asks for is never a structural error because a law was not yet in
     * force).
     */
    public Optional<RuleDefinition> ownerOf(String pattern, LocalDate date) {
        return rules.values().stream().filter(r -> r.owns(pattern))
                .min(Comparator.comparing(r -> !r.inForceOn(date)));
    }

    /** The rule with {@code id}; a rule the catalogue lacks is a defect of the product. */
    public RuleDefinition require(String id) {
        RuleDefinition rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule " + id + " has no entry in the rule catalogue");
        }
        return rule;
    }

    /**
     * The catalogue as the build read it from the rule folders (CatalogueSnapshot, at
     * process-classes, in CatalogueCodec's layout): one resource read at start-up instead of some
     * eighty YAML files parsed and bound, which took about a third of a cold run. RuleCatalogueTest
     * holds it equal to the sources.
     */
    static final String SNAPSHOT = ROOT + "catalogue.bin";

    private static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null) {
                // A classpath of sources only (an IDE's, before the build has run): read them.
                return fromSources();
            }
            return new RuleCatalogue(Collections.unmodifiableMap(
                    CatalogueCodec.read(new DataInputStream(new BufferedInputStream(in)))));
        } catch (IOException e) {
            throw new IllegalStateException("the rule catalogue " + SNAPSHOT + " cannot be read; rebuild praksis", e);
        }
    }

    /** Writes the catalogue read from the rule folders as the snapshot {@link #load()} reads. */
    static void writeSnapshot(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        CatalogueCodec.write(fromSources().rules, data);
        data.flush();
    }

    /** The catalogue read from the rule folders and instruments.yaml. */
    static RuleCatalogue fromSources() {
        Load yaml = new Load(LoadSettings.builder().setLabel("rule catalogue").build());
        Map<String, Instrument> instruments = instruments(bind(yaml, INSTRUMENTS, RuleFile.Instruments.class));
        Map<String, RuleDefinition> rules = new TreeMap<>();
        for (String folder : ruleFolders()) {
            String file = ROOT + folder + "/" + RULE_FILE;
            RuleDefinition rule = definition(bind(yaml, file, RuleFile.class), instruments);
            if (!folder.equals(rule.id())) {
                throw new IllegalStateException("rule file " + file + " declares id " + rule.id());
            }
            rules.put(rule.id(), rule);
        }
        return new RuleCatalogue(Collections.unmodifiableMap(rules));
    }

    /**
     * Binds the YAML file {@code resource} to {@code type}, key by key: an unknown key, or a value of
     * the wrong type, is a defect of the catalogue that stops it from loading (and the build, whose
     * tests load it), never a text or a date silently left out.
     */
    private static <T> T bind(Load yaml, String resource, Class<T> type) {
        return bind(read(yaml, resource), resource, type);
    }

    /** Binds the loaded YAML {@code value} of the file {@code name} to {@code type}, as above. */
    static <T> T bind(Object value, String name, Class<T> type) {
        try {
            return Binder.BINDER.convertValue(value, type);
        } catch (JacksonException e) {
            throw new IllegalStateException(name + ": " + e.getOriginalMessage() + " (at " + e.getPathReference() + ")", e);
        }
    }

    /** Made only when the rule folders are read (the build, the tests), not at every start-up. */
    private static final class Binder {
        static final JsonMapper BINDER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    private static RuleDefinition definition(RuleFile file, Map<String, Instrument> instruments) {
        List<LegalReference> legalBasis = new ArrayList<>();
        for (RuleFile.Reference reference : list(file.legalBasis())) {
            String key = reference.instrument();
            Instrument instrument = GUIDELINE.equals(key) ? null : instruments.get(key);
            if (instrument == null && !GUIDELINE.equals(key)) {
                throw new IllegalStateException("rule " + file.id() + " cites unknown instrument " + key);
            }
            Map<String, LegalReference.Wording> wordings = new TreeMap<>();
            if (reference.wordings() != null) {
                reference.wordings().forEach((id, w) -> wordings.put(id,
                        new LegalReference.Wording(w.article(), w.anchor(), trim(w.quote()))));
            }
            legalBasis.add(new LegalReference(instrument, reference.article(), reference.anchor(),
                    trim(reference.quote()), wordings));
        }
        Map<String, RuleDefinition.Variant> variants = new TreeMap<>();
        if (file.variants() != null) {
            file.variants().forEach((name, texts) -> variants.put(name,
                    new RuleDefinition.Variant(text(texts.message()), text(texts.fix()))));
        }
        return new RuleDefinition(file.id(), Severity.fromLabel(file.severity()),
                Boolean.TRUE.equals(file.waivable()), file.layer(), list(file.fields()), file.validFrom(),
                file.validTo(), legalBasis, list(file.covers()), text(file.summary()), text(file.message()),
                text(file.fix()), variants, text(file.why()), trim(file.avoid()), trim(file.prefer()));
    }

    private static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }

    /** The text, trimmed, or null when the rule has only variants. */
    private static LocalizedText text(RuleFile.Text text) {
        return text == null ? null : new LocalizedText(trim(text.nb()), trim(text.nn()), trim(text.en()));
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static Map<String, Instrument> instruments(RuleFile.Instruments file) {
        Map<String, Instrument> result = new TreeMap<>();
        file.instruments().forEach((key, source) -> result.put(key, new Instrument(key,
                list(source.versions()).stream().map(v -> new Instrument.Version(v.id(), v.title(), v.url(),
                        v.inForceFrom(), v.inForceTo())).toList(), source.scope())));
        return result;
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

    /**
     * The rule folders on the classpath, whether it holds a directory (tests) or a jar: the folders
     * beside {@code instruments.yaml} that hold a rule file. They are looked for where that file is,
     * not by the package's name, which test classes and other jars share.
     */
    private static List<String> ruleFolders() {
        URL url = RuleCatalogue.class.getResource(INSTRUMENTS);
        if (url == null) {
            throw new IllegalStateException("rule catalogue missing from the classpath: " + INSTRUMENTS);
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return ruleFolders(jar.getPath(ROOT));
                } catch (FileSystemAlreadyExistsException e) {
                    return ruleFolders(FileSystems.getFileSystem(url.toURI()).getPath(ROOT));
                }
            }
            return ruleFolders(Paths.get(url.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ruleFolders(Path root) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(p -> Files.isRegularFile(p.resolve(RULE_FILE)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
