package no.praksis.bench;

/**
 * What one generated agreement looks like.
 *
 * @param id             the agreement's id, unique in a corpus (the portfolio tells versions of one id apart)
 * @param language       {@code nb} or {@code nn}
 * @param municipalities how many municipalities are parties, one to many
 * @param siteGroups     how many copies of the example's three sites and four commitments it has
 *                       (at least enough that every municipality has a site)
 * @param defect         the one error put in, or {@link Defect#NONE}
 */
public record AgreementShape(String id, String language, int municipalities, int siteGroups, Defect defect) {

    public AgreementShape {
        siteGroups = Math.max(siteGroups, (municipalities + 2) / 3);
    }

    /** The example's size: one municipality, three sites, four commitments. */
    public static AgreementShape small(String id) {
        return new AgreementShape(id, "nb", 1, 1, Defect.NONE);
    }

    /** A large intermunicipal agreement: five municipalities, sixty sites, eighty commitments. */
    public static AgreementShape large(String id) {
        return new AgreementShape(id, "nb", 5, 20, Defect.NONE);
    }

    /** The number of sites: three per group. */
    public int sites() {
        return siteGroups * 3;
    }
}
