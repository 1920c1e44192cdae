package no.praksis.rules;

/**
 * A citation of the source of a rule, as in force on the judgement date.
 *
 * @param instrument Lovdata identifier ({@code FOR-…}, {@code LOV-…}) or {@code HDIR-PRAKSISMODELL-2022}
 */
public record LegalBasis(String instrument, String title, String article, String url) {

    /**
     * The source as a reader names it: its title and, in brackets, its identifier («Forskrift om
     * nasjonal retningslinje for sykepleierutdanning (FOR-2025-07-04-1477)»); the identifier alone
     * when the source has no title.
     */
    public String name() {
        return title == null || title.isBlank() ? instrument : title + " (" + instrument + ")";
    }
}
