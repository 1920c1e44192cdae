package no.praksis.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The code lists of format v1: programmes, service areas and municipality numbers. They are the one
 * source that the schema (its generated {@code $defs}), the rules and the templates all read.
 */
public final class CodeLists {

    private static final String BASE = "/no/praksis/codelists/";

    private final Map<String, ProgrammeEntry> programmes;
    private final Map<String, ServiceAreaEntry> serviceAreas;
    private final Map<String, MunicipalityEntry> municipalities;

    private CodeLists(Map<String, ProgrammeEntry> programmes, Map<String, ServiceAreaEntry> serviceAreas,
                      Map<String, MunicipalityEntry> municipalities) {
        this.programmes = programmes;
        this.serviceAreas = serviceAreas;
        this.municipalities = municipalities;
    }

    private static final class Holder {
        static final CodeLists INSTANCE = load();
    }

    /** The code lists shipped with this version of the tool. */
    public static CodeLists standard() {
        return Holder.INSTANCE;
    }

    public List<ProgrammeEntry> programmes() {
        return List.copyOf(programmes.values());
    }

    public Optional<ProgrammeEntry> programme(String code) {
        return Optional.ofNullable(programmes.get(code));
    }

    public List<ServiceAreaEntry> serviceAreas() {
        return List.copyOf(serviceAreas.values());
    }

    public Optional<ServiceAreaEntry> serviceArea(String code) {
        return Optional.ofNullable(serviceAreas.get(code));
    }

    public List<MunicipalityEntry> municipalities() {
        return List.copyOf(municipalities.values());
    }

    public Optional<MunicipalityEntry> municipality(String number) {
        return Optional.ofNullable(municipalities.get(number));
    }

    private static CodeLists load() {
        Load yaml = new Load(LoadSettings.builder().setLabel("code list").build());
        Map<String, ProgrammeEntry> programmes = new LinkedHashMap<>();
        for (Map<String, Object> p : list(yaml, "programmes.yaml", "programmes")) {
            ProgrammeEntry entry = new ProgrammeEntry((String) p.get("code"), LocalizedText.from(p.get("names")),
                    Boolean.TRUE.equals(p.get("rammeplan")), guidelines(p.get("guidelines")), terms(p.get("terms")),
                    (String) p.get("supervisorOfSameProfession"));
            programmes.put(entry.code(), entry);
        }
        Map<String, ServiceAreaEntry> serviceAreas = new LinkedHashMap<>();
        for (Map<String, Object> s : list(yaml, "service-areas.yaml", "serviceAreas")) {
            serviceAreas.put((String) s.get("code"),
                    new ServiceAreaEntry((String) s.get("code"), LocalizedText.from(s.get("names"))));
        }
        return new CodeLists(Collections.unmodifiableMap(programmes), Collections.unmodifiableMap(serviceAreas),
                loadMunicipalities());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Load yaml, String file, String key) {
        try (InputStream in = open(file)) {
            Map<String, Object> root = (Map<String, Object>) yaml.loadFromInputStream(in);
            return (List<Map<String, Object>>) root.get(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Guideline> guidelines(Object yaml) {
        List<Guideline> result = new ArrayList<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) yaml) {
            result.add(new Guideline((String) g.get("instrument"), (String) g.get("title"), (String) g.get("article"),
                    (String) g.get("url"), date(g.get("inForceFrom")), date(g.get("inForceTo")),
                    (String) g.get("replaces"), date(g.get("appliesFrom"))));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<ProgrammeTerm> terms(Object yaml) {
        List<ProgrammeTerm> result = new ArrayList<>();
        if (yaml != null) {
            for (Map<String, Object> t : (List<Map<String, Object>>) yaml) {
                result.add(new ProgrammeTerm((String) t.get("key"), LocalizedText.from(t.get("title")),
                        LocalizedText.from(t.get("description"))));
            }
        }
        return result;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static Map<String, MunicipalityEntry> loadMunicipalities() {
        Map<String, MunicipalityEntry> result = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open("municipalities.csv"),
                StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(";", -1);
                result.put(cells[0], new MunicipalityEntry(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(result);
    }

    private static InputStream open(String file) {
        InputStream in = CodeLists.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("code list missing from the classpath: " + BASE + file);
        }
        return in;
    }
}
