package no.praksis.rules;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.praksis.schema.CodeLists;
import no.praksis.schema.MunicipalityEntry;
import no.praksis.schema.MunicipalityList;

/** Checks of Norwegian identifiers, called from the rules. */
public final class Identifiers {

    private static final int[] ORGANISATION_NUMBER_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private Identifiers() {
    }

    /**
     * True when {@code number} is nine digits whose last is the modulus-11 check digit of the first
     * eight (Brønnøysundregistrene: weights 3 2 7 6 5 4 3 2; a remainder of 1 gives no valid number).
     */
    public static boolean isValidOrganisationNumber(String number) {
        if (number == null || !number.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (number.charAt(i) - '0') * ORGANISATION_NUMBER_WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return number.charAt(8) - '0' == check;
    }

    /** What SSB's municipality lists say of a municipality number on the judgement date. */
    public enum NumberVerdict {
        /** On the list valid on the judgement date. */
        VALID,
        /** Not on that list, but on the list valid on the day the agreement took effect, before the judgement date. */
        RENUMBERED,
        /** Not on any list that can decide: none is known for the date, or its numbers are not confirmed. */
        UNCHECKED,
        /** Not on the list valid on the judgement date, which is confirmed, nor on the one of the day the agreement took effect. */
        UNKNOWN
    }

    /** What SSB's list says of a municipality's name beside its number. */
    public enum NameVerdict {
        /** The name is one of the forms of the number's own name (or the number could not be found). */
        MATCHES,
        /** The name is another municipality's on a confirmed list: number and name point at different ones. */
        ANOTHER,
        /** The name is none on the list, or the list is not confirmed: it cannot be confirmed. */
        UNCONFIRMED
    }

    /** SSB's placeholder for an unknown municipality; never a municipality. */
    private static final String UNKNOWN_MUNICIPALITY = "9999";

    /**
     * What SSB's lists say of {@code number}: on the list valid on {@code judgementDate}; failing that,
     * on the list valid on {@code effectiveFrom} when the agreement took effect before the judgement
     * date (it has been renumbered since); failing both, whether the list could decide.
     */
    public static NumberVerdict municipalityNumber(String number, LocalDate judgementDate, LocalDate effectiveFrom) {
        if (UNKNOWN_MUNICIPALITY.equals(number)) {
            return NumberVerdict.UNKNOWN;
        }
        Optional<MunicipalityList> onJudgementDate = CodeLists.standard().municipalityListOn(judgementDate);
        if (onJudgementDate.isPresent() && onJudgementDate.get().contains(number)) {
            return NumberVerdict.VALID;
        }
        if (onJudgementDate.isPresent() && tookEffectOn(effectiveFrom, judgementDate).filter(l -> l.contains(number))
                .isPresent()) {
            return NumberVerdict.RENUMBERED;
        }
        return onJudgementDate.isPresent() && onJudgementDate.get().codesConfirmed() ? NumberVerdict.UNKNOWN
                : NumberVerdict.UNCHECKED;
    }

    public static boolean isMunicipalityNumber(String verdict, String number, LocalDate judgementDate,
                                               LocalDate effectiveFrom) {
        // A draft's municipality may have no number: the schema reports it, and no verdict is given.
        return number != null && municipalityNumber(number, judgementDate, effectiveFrom) == NumberVerdict.valueOf(verdict);
    }

    /** The first day of the SSB list valid on {@code date} ({@code 2024-01-01}), or «–» before the oldest. */
    public static String municipalityListDate(LocalDate date) {
        return CodeLists.standard().municipalityListOn(date).map(l -> l.validFrom().toString()).orElse("–");
    }

    /** The first day of the oldest SSB list the tool has whose numbers are confirmed. */
    public static String oldestConfirmedMunicipalityListDate() {
        return CodeLists.standard().municipalityLists().stream().filter(MunicipalityList::codesConfirmed)
                .findFirst().orElseThrow().validFrom().toString();
    }

    /**
     * The numbers, with their names on the list valid on {@code to}, that {@code number} became after
     * {@code from} ({@code 3201 Bærum}; several joined by «, » after a split), or «–» when SSB records none.
     */
    public static String municipalitySuccessors(String number, LocalDate from, LocalDate to) {
        Set<String> successors = CodeLists.standard().municipalitySuccessors(number, from, to);
        Optional<MunicipalityList> list = CodeLists.standard().municipalityListOn(to);
        String named = successors.stream().filter(s -> !s.equals(number))
                .map(s -> s + list.flatMap(l -> l.municipality(s)).map(m -> " " + m.name()).orElse(""))
                .collect(Collectors.joining(", "));
        return named.isEmpty() ? "–" : named;
    }

    /**
     * Whether {@code name} belongs to {@code number} on the list the number was found on (that of the
     * judgement date, or that of the day the agreement took effect). Names are compared normalised
     * ({@link #normalisedMunicipalityName}) against every language form of SSB's name.
     */
    public static NameVerdict municipalityName(String name, String number, LocalDate judgementDate,
                                               LocalDate effectiveFrom) {
        Optional<MunicipalityList> list = listWith(number, judgementDate, effectiveFrom);
        if (list.isEmpty() || name == null) {
            return NameVerdict.MATCHES;
        }
        Set<String> given = givenForms(name);
        if (namedBy(list.get(), list.get().municipality(number).orElseThrow(), given)) {
            return NameVerdict.MATCHES;
        }
        return list.get().codesConfirmed() && !othersNamed(list.get(), given).isEmpty() ? NameVerdict.ANOTHER
                : NameVerdict.UNCONFIRMED;
    }

    public static boolean isMunicipalityName(String verdict, String name, String number, LocalDate judgementDate,
                                             LocalDate effectiveFrom) {
        // A draft's municipality may lack its name or number: the schema reports it, and no verdict is given.
        return name != null && number != null
                && municipalityName(name, number, judgementDate, effectiveFrom) == NameVerdict.valueOf(verdict);
    }

    /** SSB's name of {@code number} on the list it was found on, or «–». */
    public static String officialMunicipalityName(String number, LocalDate judgementDate, LocalDate effectiveFrom) {
        return listWith(number, judgementDate, effectiveFrom).flatMap(l -> l.municipality(number))
                .map(MunicipalityEntry::name).orElse("–");
    }

    /** The first day of the list {@code number} was found on, or «–». */
    public static String municipalityListDateOf(String number, LocalDate judgementDate, LocalDate effectiveFrom) {
        return listWith(number, judgementDate, effectiveFrom).map(l -> l.validFrom().toString()).orElse("–");
    }

    /** The municipalities (number and SSB name) whose name {@code name} is, on the list {@code number} was found on. */
    public static String municipalitiesNamed(String name, String number, LocalDate judgementDate,
                                             LocalDate effectiveFrom) {
        return listWith(number, judgementDate, effectiveFrom)
                .map(l -> othersNamed(l, givenForms(name)).stream().map(m -> m.number() + " " + m.name())
                        .collect(Collectors.joining(", ")))
                .orElse("–");
    }

    /**
     * A name as compared: Unicode NFC, lower case, hyphens and dashes as spaces, runs of white space as
     * one, and a final word «kommune» dropped, so that «Bærum kommune», «bærum» and «BÆRUM  Kommune»
     * are the same name, and «Nord-Fron» is «Nord Fron».
     */
    public static String normalisedMunicipalityName(String name) {
        String result = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        result = SPACES.matcher(DASHES.matcher(result).replaceAll(" ")).replaceAll(" ").strip();
        return KOMMUNE.matcher(result).replaceAll("").strip();
    }

    private static final Pattern DASHES = Pattern.compile("[\\-\u2010-\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern KOMMUNE = Pattern.compile("(^| )kommune$");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");

    /** Per version of the list (by its first day): each normalised name form, and the numbers it names. */
    private static final Map<LocalDate, Map<String, Set<String>>> NAME_FORMS = new ConcurrentHashMap<>();

    private static Optional<MunicipalityList> tookEffectOn(LocalDate effectiveFrom, LocalDate judgementDate) {
        return effectiveFrom != null && effectiveFrom.isBefore(judgementDate)
                ? CodeLists.standard().municipalityListOn(effectiveFrom) : Optional.empty();
    }

    /** The list valid on the judgement date if it has {@code number}, else that of the day the agreement took effect if it has. */
    private static Optional<MunicipalityList> listWith(String number, LocalDate judgementDate, LocalDate effectiveFrom) {
        Optional<MunicipalityList> onJudgementDate = CodeLists.standard().municipalityListOn(judgementDate);
        if (onJudgementDate.isPresent() && onJudgementDate.get().contains(number)) {
            return onJudgementDate;
        }
        return tookEffectOn(effectiveFrom, judgementDate).filter(l -> l.contains(number));
    }

    /** The name as written, and without a parenthesised part, each normalised. */
    private static Set<String> givenForms(String name) {
        return Set.copyOf(List.of(normalisedMunicipalityName(name),
                normalisedMunicipalityName(BRACKETS.matcher(name).replaceAll(" "))));
    }

    /** True when one of the given forms is one of SSB's forms of the name of {@code municipality}. */
    private static boolean namedBy(MunicipalityList list, MunicipalityEntry municipality, Set<String> given) {
        Map<String, Set<String>> forms = nameForms(list);
        return given.stream().anyMatch(g -> forms.getOrDefault(g, Set.of()).contains(municipality.number()));
    }

    /** The municipalities of {@code list} that one of the given forms names, in number order. */
    private static List<MunicipalityEntry> othersNamed(MunicipalityList list, Set<String> given) {
        Map<String, Set<String>> forms = nameForms(list);
        return given.stream().flatMap(g -> forms.getOrDefault(g, Set.of()).stream()).distinct().sorted()
                .map(number -> list.municipality(number).orElseThrow()).toList();
    }

    /**
     * SSB's forms of every name of {@code list}, normalised: the whole name, each language form of it
     * (SSB writes «Oslo - Oslove», «Guovdageaidnu - Kautokeino»), each with and without SSB's county in
     * brackets («Herøy (Nordland)»). Computed once per version.
     */
    private static Map<String, Set<String>> nameForms(MunicipalityList list) {
        return NAME_FORMS.computeIfAbsent(list.validFrom(), date -> {
            Map<String, Set<String>> result = new HashMap<>();
            for (MunicipalityEntry municipality : list.municipalities()) {
                List<String> forms = new ArrayList<>();
                forms.add(municipality.name());
                forms.addAll(List.of(municipality.name().split(" - ")));
                for (String form : List.copyOf(forms)) {
                    forms.add(BRACKETS.matcher(form).replaceAll(" "));
                }
                for (String form : forms) {
                    result.computeIfAbsent(normalisedMunicipalityName(form), f -> new TreeSet<>())
                            .add(municipality.number());
                }
            }
            result.replaceAll((form, numbers) -> Set.copyOf(numbers));
            return Map.copyOf(result);
        });
    }
}
