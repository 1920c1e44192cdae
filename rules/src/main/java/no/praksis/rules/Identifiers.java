package no.praksis.rules;

import no.praksis.schema.CodeLists;

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

    /** True when {@code number} is a municipality number in SSB's standard in force (Klass 131). */
    public static boolean isExistingMunicipalityNumber(String number) {
        return CodeLists.standard().municipality(number).isPresent();
    }
}
