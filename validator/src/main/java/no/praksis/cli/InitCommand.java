package no.praksis.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import freemarker.template.TemplateException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.rules.Programmes;
import no.praksis.schema.CodeLists;
import no.praksis.schema.ProgrammeEntry;
import no.praksis.schema.ProgrammeTerm;
import no.praksis.schema.TextTemplate;
import no.praksis.validator.Texts;
import no.praksis.validator.render.LockedTemplates;
import no.praksis.validator.schema.Suggestions;

/**
 * {@code praksis init FILE}: writes a new agreement skeleton with the editor's schema line, every
 * section of the format, and {@code <<FYLL INN: …>>} placeholders, its texts in the agreement's
 * language ({@code --language}). With {@code --programme} it writes what those programmes' rules ask
 * for: each programme's entry with the terms its guideline requires, a site and a capacity commitment
 * for it (for nursing at a site with round-the-clock care, with a period of seven weeks), the plan for
 * the supervision training and the suitability assessment where the guideline requires them. It never
 * overwrites a file unless asked to with {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    private static final String SCHEMA_FILE = "schema/praksisavtale-v1.schema.json";

    enum AgreementLanguage { nb, nn, en }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "init.file")
    Path file;

    @CommandLine.Mixin
    Overwrite overwrite;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "nb", descriptionKey = "init.language")
    AgreementLanguage language;

    @Option(names = "--schema", paramLabel = "PATH-OR-URL", descriptionKey = "init.schema")
    String schema;

    @Option(names = "--programme", paramLabel = "CODE", split = ",", descriptionKey = "init.programme")
    List<String> programmes = new ArrayList<>();

    @CommandLine.Mixin
    MessageLanguage messages;

    @Override
    public Integer call() throws IOException {
        Texts texts = Texts.of(spec.resourceBundle());
        List<ProgrammeEntry> entries = programmes(texts);
        if (overwrite.refuses(file, spec.commandLine().getErr(), texts)) {
            return 2;
        }
        byte[] content = skeleton(schemaReference(), language.name(), entries).getBytes(StandardCharsets.UTF_8);
        overwrite.write(file, content);
        spec.commandLine().getOut().println(texts.get("init.wrote", "file", file));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The code list's entries of the programmes asked for, each once, in the order given; an unknown
     * code is a usage error, with the code it most likely meant.
     */
    private List<ProgrammeEntry> programmes(Texts texts) {
        List<ProgrammeEntry> entries = new ArrayList<>();
        for (String code : new LinkedHashSet<>(programmes)) {
            Optional<ProgrammeEntry> entry = CodeLists.standard().programme(code.strip());
            if (entry.isEmpty()) {
                List<String> codes = CodeLists.standard().programmes().stream().map(ProgrammeEntry::code).toList();
                String message = texts.get("init.unknownProgramme", "code", code);
                message += " " + Suggestions.closest(code.strip(), codes)
                        .map(closest -> texts.get("error.suggestion", "suggestions", closest))
                        .orElseGet(() -> texts.get("init.programmeCodes", "codes", String.join(", ", codes)));
                throw new CommandLine.ParameterException(spec.commandLine(), message);
            }
            entries.add(entry.get());
        }
        return entries;
    }

    /**
     * The skeleton in {@code language} for {@code entries} (none: programme, site and commitment are
     * placeholders), from agreement-skeleton.ftl and the texts of skeleton*.properties.
     */
    static String skeleton(String schema, String language, List<ProgrammeEntry> entries) {
        ResourceBundle bundle = Texts.bundle(InitCommand.class, "skeleton", language);
        Map<String, String> plain = new HashMap<>();
        Map<String, String> fill = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("text.")) {
                plain.put(key.substring("text.".length()), bundle.getString(key));
            } else if (key.startsWith("fill.")) {
                fill.put(key.substring("fill.".length()), placeholder(bundle.getString(key)));
            }
        }
        List<Map<String, Object>> programmeModels = new ArrayList<>();
        for (ProgrammeEntry entry : entries) {
            programmeModels.add(programme(entry, language, bundle));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("schema", schema);
        model.put("language", language);
        model.put("t", plain);
        model.put("f", fill);
        model.put("programmes", programmeModels);
        model.put("supervisionTrainingPlan", entries.stream()
                .anyMatch(e -> Programmes.mayRequireSupervisionTrainingPlan(e.code())));
        model.put("suitabilityAssessment", entries.stream()
                .anyMatch(e -> Programmes.mayRequireSuitabilityAssessment(e.code())));
        StringWriter out = new StringWriter();
        try {
            LockedTemplates.configuration(InitCommand.class, "").getTemplate("agreement-skeleton.ftl").process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the agreement skeleton does not render", e);
        }
        return out.toString();
    }

    /** What the skeleton writes for one programme: its entry, its site and its commitment. */
    private static Map<String, Object> programme(ProgrammeEntry entry, String language, ResourceBundle bundle) {
        Map<String, String> named = Map.of("programme", entry.code());
        List<Map<String, String>> terms = new ArrayList<>();
        for (ProgrammeTerm term : entry.terms()) {
            terms.add(Map.of("key", term.key(), "fill", placeholder(TextTemplate.fill(bundle.getString("fill.term"),
                    Map.of("title", term.title().in(language))))));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("code", entry.code());
        model.put("name", entry.names().in(language));
        model.put("terms", terms);
        model.put("siteId", placeholder(TextTemplate.fill(bundle.getString("fill.programmeSiteId"), named)));
        model.put("siteName", placeholder(TextTemplate.fill(bundle.getString("fill.programmeSiteName"), named)));
        model.put("siteReference", placeholder(TextTemplate.fill(bundle.getString("fill.programmeSiteReference"), named)));
        model.put("roundTheClockCare", Programmes.needsSevenWeeksAtRoundTheClockCare(entry.code()));
        return model;
    }

    /** A placeholder for {@code hint}, quoted, as the skeleton writes it and {@code praksis validate} finds it. */
    private static String placeholder(String hint) {
        return "\"<<FYLL INN: " + hint + ">>\"";
    }

    /** The schema as the editor should find it from the new file: relative to it when the schema is on disk. */
    private String schemaReference() {
        if (schema != null) {
            return schema;
        }
        Path installed = installedSchema();
        if (installed == null) {
            return SCHEMA_FILE;
        }
        Path directory = file.toAbsolutePath().normalize().getParent();
        return directory.relativize(installed).toString().replace('\\', '/');
    }

    /** The schema file of the checkout this tool runs from (the jar sits in validator/target/). */
    private static Path installedSchema() {
        try {
            Path location = Paths.get(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = location; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(SCHEMA_FILE);
                if (Files.isRegularFile(candidate)) {
                    return candidate.toAbsolutePath().normalize();
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
        return null;
    }
}
