package no.praksis.validator.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written the Norwegian way where the format asks for {@code ÅÅÅÅ-MM-DD}: {@code 31.07.2030},
 * {@code 31.7.2030}, {@code 31.07.30}, {@code 31. juli 2030}, {@code 31 juli 2030} or
 * {@code 31.juli 2030} (month names in bokmål and nynorsk, which are the same). The finding then
 * names the date in the format's form, or says that the day does not exist.
 *
 * @param written   the value as written
 * @param day       the day of the month as written
 * @param month     the month as written, 1 to 12 when named
 * @param year      the year, with a two-digit year read as 20xx
 * @param shortYear true when the year was written with two digits
 */
public record NorwegianDate(String written, int day, int month, int year, boolean shortYear) {

    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "desember");

    private static final Pattern NUMERIC = Pattern.compile("([0-9]{1,2})\\. ?([0-9]{1,2})\\. ?([0-9]{4}|[0-9]{2})");
    private static final Pattern NAMED = Pattern.compile(
            "([0-9]{1,2})(?:\\. ?| )(" + String.join("|", MONTHS) + ") ([0-9]{4})", Pattern.CASE_INSENSITIVE);

    /** The Norwegian date {@code text} is written as, if it is one. */
    public static Optional<NorwegianDate> of(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        Matcher numeric = NUMERIC.matcher(value);
        if (numeric.matches()) {
            String year = numeric.group(3);
            return Optional.of(new NorwegianDate(text, Integer.parseInt(numeric.group(1)),
                    Integer.parseInt(numeric.group(2)),
                    year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year), year.length() == 2));
        }
        Matcher named = NAMED.matcher(value);
        if (named.matches()) {
            return Optional.of(new NorwegianDate(text, Integer.parseInt(named.group(1)),
                    MONTHS.indexOf(named.group(2).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(named.group(3)),
                    false));
        }
        return Optional.empty();
    }

    /** True when {@code text} is a date written the Norwegian way, whether or not the day exists. */
    public static boolean looksLike(String text) {
        return of(text).isPresent();
    }

    /** The day this is, or empty when there is no such day (31.02.2030, 12.13.2030). */
    public Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
