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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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
    /** The versions of the municipality list, by their first day, oldest first. */
    private final TreeMap<LocalDate, MunicipalityList> municipalityLists;
    private final List<MunicipalityChange> municipalityChanges;

    private CodeLists(Map<String, ProgrammeEntry> programmes, Map<String, ServiceAreaEntry> serviceAreas,
                      TreeMap<LocalDate, MunicipalityList> municipalityLists,
                      List<MunicipalityChange> municipalityChanges) {
        this.programmes = programmes;
        this.serviceAreas = serviceAreas;
        this.municipalityLists = municipalityLists;
        this.municipalityChanges = municipalityChanges;
    }

    private static final class Holder {
        static final CodeLists INSTANCE = load();

        static {
            Startup.mark("code lists read");
        }
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

    /** The municipalities of the newest version of SSB's list. */
    public List<MunicipalityEntry> municipalities() {
        return municipalityLists.lastEntry().getValue().municipalities();
    }

    /** The municipality with {@code number} in the newest version of SSB's list. */
    public Optional<MunicipalityEntry> municipality(String number) {
        return municipalityLists.lastEntry().getValue().municipality(number);
    }

    /** Every version of SSB's municipality list that the tool has, oldest first. */
    public List<MunicipalityList> municipalityLists() {
        return List.copyOf(municipalityLists.values());
    }

    /**
     * The version of SSB's municipality list valid on {@code date}: the newest whose first day is on or
     * before it; empty before the oldest version (the tool cannot say which numbers were valid then).
     */
    public Optional<MunicipalityList> municipalityListOn(LocalDate date) {
        return Optional.ofNullable(municipalityLists.floorEntry(date)).map(Map.Entry::getValue);
    }

    /** SSB's change records since the oldest version, in the order SSB gives them. */
    public List<MunicipalityChange> municipalityChanges() {
        return municipalityChanges;
    }

    /**
     * The numbers that {@code number} became through SSB's changes after {@code from} up to and
     * including {@code to}: itself when nothing changed, several when the municipality was split,
     * empty when SSB records no successor.
     */
    public Set<String> municipalitySuccessors(String number, LocalDate from, LocalDate to) {
        Set<String> current = new TreeSet<>(Set.of(number));
        TreeMap<LocalDate, List<MunicipalityChange>> byDate = new TreeMap<>();
        for (MunicipalityChange change : municipalityChanges) {
            if (change.occurred().isAfter(from) && !change.occurred().isAfter(to)) {
                byDate.computeIfAbsent(change.occurred(), d -> new ArrayList<>()).add(change);
            }
        }
        for (List<MunicipalityChange> changes : byDate.values()) {
            Set<String> next = new TreeSet<>(current);
            for (MunicipalityChange change : changes) {
                if (current.contains(change.oldCode())) {
                    next.remove(change.oldCode());
                }
            }
            for (MunicipalityChange change : changes) {
                if (current.contains(change.oldCode())) {
                    next.add(change.newCode());
                }
            }
            current = next;
        }
        return Collections.unmodifiableSet(current);
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
                loadMunicipalityLists(), List.copyOf(rows("municipalities/changes.csv",
                        cells -> new MunicipalityChange(LocalDate.parse(cells[0]), cells[1], cells[2], cells[3],
                                cells[4]))));
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

    /** The versions listed in municipalities/versions.csv, each read from its file. */
    private static TreeMap<LocalDate, MunicipalityList> loadMunicipalityLists() {
        TreeMap<LocalDate, MunicipalityList> result = new TreeMap<>();
        for (String[] version : rows("municipalities/versions.csv", cells -> cells)) {
            Map<String, MunicipalityEntry> entries = new LinkedHashMap<>();
            for (MunicipalityEntry entry : rows("municipalities/" + version[1],
                    cells -> new MunicipalityEntry(cells[0], cells[1], cells[2]))) {
                entries.put(entry.number(), entry);
            }
            LocalDate validFrom = LocalDate.parse(version[0]);
            result.put(validFrom, new MunicipalityList(validFrom, "derived".equals(version[2]),
                    "yes".equals(version[3]), entries));
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("no version of the municipality list: " + BASE + "municipalities/versions.csv");
        }
        return result;
    }

    /** The rows of a {@code ;}-separated file with {@code #} comments and one header line, each made into a T. */
    private static <T> List<T> rows(String file, Function<String[], T> row) {
        List<T> result = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                result.add(row.apply(line.split(";", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static InputStream open(String file) {
        InputStream in = CodeLists.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("code list missing from the classpath: " + BASE + file);
        }
        return in;
    }
}
